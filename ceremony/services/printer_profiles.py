"""Printer profiles: per printer and tray, how far and how much to move the output.

Offsets are in millimetres as a clerk measures them on paper: x to the right,
y downwards (towards the bottom of the sheet); the scale is applied about the
sheet's top-left corner, where printers start feeding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.store.models import PrinterProfile
from ceremony.store.registry import Registry
from ceremony.text import canonical_text

MAX_OFFSET_MM = 50.0  # a blank is never off by more; a larger value is a typing slip
MIN_OFFSET_MM = -MAX_OFFSET_MM  # both limits are accepted
# Accepted only strictly between: a printer that shrinks or stretches a sheet by half
# is broken, not calibrated. Forms stop a step inside these (profiles_dialog).
SCALE_MIN_EXCLUSIVE = 0.5
SCALE_MAX_EXCLUSIVE = 1.5


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    printer: str = ""
    tray: str = ""
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "printer": self.printer, "tray": self.tray,
                "offset_x_mm": self.offset_x_mm, "offset_y_mm": self.offset_y_mm,
                "scale": self.scale}


NO_PROFILE = ProfileInfo("")


def list_profiles(registry: Registry) -> list[ProfileInfo]:
    with registry.reading() as session:
        found = session.scalars(select(PrinterProfile).order_by(PrinterProfile.name)).all()
        return [_info(profile) for profile in found]


def get_profile(registry: Registry, name: str) -> ProfileInfo:
    clean = canonical_text(name)
    with registry.reading() as session:
        found = session.scalars(select(PrinterProfile).where(PrinterProfile.name == clean)).first()
        if found is None:
            raise DataError("profile.not_found", name=clean)
        return _info(found)


def save_profile(registry: Registry, profile: ProfileInfo) -> ProfileInfo:
    """Create the profile, or change the one with the same name."""
    clean = _checked(profile)
    with registry.transaction() as session:
        found = session.scalars(
            select(PrinterProfile).where(PrinterProfile.name == clean.name)).first()
        if found is None:
            found = PrinterProfile(name=clean.name)
            session.add(found)
        found.printer, found.tray = clean.printer, clean.tray
        found.offset_x_mm, found.offset_y_mm = clean.offset_x_mm, clean.offset_y_mm
        found.scale = clean.scale
        session.flush()
        audit.record(session, "save", "printer_profile", found.id, **clean.as_json())
        return _info(found)


def delete_profile(registry: Registry, name: str) -> None:
    clean = canonical_text(name)
    with registry.transaction() as session:
        found = session.scalars(select(PrinterProfile).where(PrinterProfile.name == clean)).first()
        if found is None:
            raise DataError("profile.not_found", name=clean)
        audit.record(session, "delete", "printer_profile", found.id, name=clean)
        session.delete(found)


def _checked(profile: ProfileInfo) -> ProfileInfo:
    name = canonical_text(profile.name)
    if not name:
        raise DataError("profile.name_empty")
    # Written so that NaN fails too: every comparison with NaN is false, so a check for
    # "too large" lets it through. SQLite stores NaN as NULL and the insert fails;
    # PostgreSQL keeps it, and every PDF printed through the profile would carry it.
    if not all(_within_offsets(offset) for offset in (profile.offset_x_mm, profile.offset_y_mm)):
        raise DataError("profile.offset_range", limit=MAX_OFFSET_MM)
    if not (math.isfinite(profile.scale)
            and SCALE_MIN_EXCLUSIVE < profile.scale < SCALE_MAX_EXCLUSIVE):
        raise DataError("profile.scale_range")
    return ProfileInfo(name, canonical_text(profile.printer), canonical_text(profile.tray),
                       float(profile.offset_x_mm), float(profile.offset_y_mm),
                       float(profile.scale))


def _within_offsets(offset: float) -> bool:
    return math.isfinite(offset) and MIN_OFFSET_MM <= offset <= MAX_OFFSET_MM


def _info(profile: PrinterProfile) -> ProfileInfo:
    return ProfileInfo(profile.name, profile.printer, profile.tray, profile.offset_x_mm,
                       profile.offset_y_mm, profile.scale)
