"""Use cases for ceremonies: add one, list them, look one up."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremony_fields import CeremonyFields
from ceremony.services.records import CeremonyInfo
from ceremony.store.enums import Language
from ceremony.store.models import Award, Ceremony
from ceremony.store.registry import Registry
from ceremony.text import canonical_text


def add_ceremony(
    registry: Registry,
    title: str,
    on: date,
    *,
    at: time | None = None,
    venue: str = "",
    place_name: str = "",
    language: str = Language.VI.value,
) -> CeremonyInfo:
    clean_title = canonical_text(title)
    if not clean_title:
        raise DataError("ceremony.title_empty")
    with registry.transaction() as session:
        ceremony = Ceremony(
            title=clean_title,
            date=on,
            time=at,
            venue=canonical_text(venue),
            place_name=canonical_text(place_name),
            language=Language(language).value,
        )
        session.add(ceremony)
        session.flush()
        audit.record(session, "add", "ceremony", ceremony.id, title=clean_title)
        return _info(ceremony, 0)


def list_ceremonies(registry: Registry) -> list[CeremonyInfo]:
    """All ceremonies, newest first, each with its number of awards."""
    with registry.reading() as session:
        counts = (
            select(Award.ceremony_id, func.count(Award.id).label("n"))
            .group_by(Award.ceremony_id)
            .subquery()
        )
        rows = session.execute(
            select(Ceremony, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.ceremony_id == Ceremony.id)
            .order_by(Ceremony.date.desc(), Ceremony.id.desc())
        ).all()
        return [_info(ceremony, count) for ceremony, count in rows]


def get_ceremony(registry: Registry, ceremony_id: int) -> CeremonyInfo:
    with registry.reading() as session:
        return _info(require_ceremony(session, ceremony_id), 0)


def require_ceremony(session: Session, ceremony_id: int) -> Ceremony:
    ceremony = session.get(Ceremony, ceremony_id)
    if ceremony is None:
        raise DataError("ceremony.not_found", id=ceremony_id)
    return ceremony


def _info(ceremony: Ceremony, award_count: int) -> CeremonyInfo:
    return CeremonyInfo(
        id=ceremony.id,
        title=ceremony.title,
        date=ceremony.date,
        time=ceremony.time,
        venue=ceremony.venue,
        place_name=ceremony.place_name,
        language=ceremony.language,
        award_count=award_count,
    )


def ceremony_fields(info: CeremonyInfo) -> CeremonyFields:
    return CeremonyFields(info.title, info.date, info.time, info.venue, info.place_name,
                          info.language)


def update_ceremony(registry: Registry, ceremony_id: int,
                    fields: CeremonyFields) -> CeremonyFields:
    """Change a ceremony; returns its fields as they were (for undo)."""
    title = canonical_text(fields.title)
    if not title:
        raise DataError("ceremony.title_empty")
    with registry.transaction() as session:
        ceremony = require_ceremony(session, ceremony_id)
        before = ceremony_fields(_info(ceremony, 0))
        ceremony.title = title
        ceremony.date = fields.date
        ceremony.time = fields.time
        ceremony.venue = canonical_text(fields.venue)
        ceremony.place_name = canonical_text(fields.place_name)
        ceremony.language = Language(fields.language).value
        audit.record(session, "edit", "ceremony", ceremony_id, title=title)
    return before


def remove_ceremony(registry: Registry, ceremony_id: int) -> None:
    """Remove a ceremony that has no awards (undoing its creation)."""
    with registry.transaction() as session:
        ceremony = require_ceremony(session, ceremony_id)
        held = session.scalars(select(Award.id).where(Award.ceremony_id == ceremony_id)).first()
        if held is not None:
            raise DataError("ceremony.has_awards", title=ceremony.title)
        session.delete(ceremony)
        audit.record(session, "remove", "ceremony", ceremony_id, title=ceremony.title)
