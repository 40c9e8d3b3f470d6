"""Editing honorees and awards by hand: one transaction per action, undoable.

Every change returns what it replaced, so the UI's undo command can put it back
through the same services (and the same validation and audit trail).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.eligibility import Candidate, EligibilityWarning, check_in
from ceremony.services.honorees import HonoreeInput, new_honoree, overlong
from ceremony.services.lookup import unit_named
from ceremony.services.naming import stored_name
from ceremony.services.tone_order import tone_order_in
from ceremony.store.enums import AwardStatus, Gender, HonoreeKind, Recipients
from ceremony.store.models import Award, AwardType, Ceremony, Decision, Honoree
from ceremony.store.registry import Registry
from ceremony.text import canonical_text

OLDEST_BIRTH_YEAR, NEWEST_BIRTH_YEAR = 1850, 2200


class ConflictError(DataError):
    """Someone else saved the same record since it was opened: nothing was overwritten."""


@dataclass(frozen=True)
class HonoreeFields:
    """An honoree as the edit form shows it, with the version it was read at."""

    id: int
    version: int
    entry: HonoreeInput


def validate(entry: HonoreeInput) -> None:
    """Refuse what can never be right, with a message naming the field."""
    if not canonical_text(entry.name):
        raise DataError("honoree.name_empty")
    too_long = overlong(entry)
    if too_long is not None:
        field, length, limit = too_long
        raise DataError(f"honoree.too_long.{field}", length=length, limit=limit)
    if entry.kind not in (HonoreeKind.INDIVIDUAL, HonoreeKind.COLLECTIVE):
        raise DataError("honoree.bad_kind", value=entry.kind)
    if entry.gender and entry.gender not in (Gender.MALE, Gender.FEMALE):
        raise DataError("honoree.bad_gender", value=entry.gender)
    if entry.kind == HonoreeKind.COLLECTIVE and (entry.gender or entry.birth_year):
        raise DataError("honoree.collective_personal")
    year = entry.birth_year
    if year is not None and not OLDEST_BIRTH_YEAR <= year <= NEWEST_BIRTH_YEAR:
        raise DataError("honoree.bad_year", value=year)


def add_honoree(registry: Registry, entry: HonoreeInput) -> HonoreeFields:
    validate(entry)
    with registry.transaction() as session:
        honoree = new_honoree(session, entry)
        audit.record(session, "add", "honoree", honoree.id, name=honoree.name)
        return _fields(honoree)


def honoree_fields(registry: Registry, honoree_id: int) -> HonoreeFields:
    with registry.reading() as session:
        return _fields(_require(session, honoree_id))


def update_honoree(registry: Registry, honoree_id: int, entry: HonoreeInput,
                   expected_version: int) -> HonoreeFields:
    """Save an edit made on the version the user saw; refuse if it changed since."""
    validate(entry)
    with registry.transaction() as session:
        honoree = _require(session, honoree_id)
        if honoree.version != expected_version:
            raise ConflictError("honoree.changed_elsewhere", name=honoree.name)
        before = _fields(honoree).entry
        _apply(session, honoree, entry)
        session.flush()
        audit.record(session, "edit", "honoree", honoree.id, before=before.__dict__,
                     after=entry.__dict__)
        return _fields(honoree)


def _apply(session: Session, honoree: Honoree, entry: HonoreeInput) -> None:
    name = stored_name(entry.name, entry.kind, tone_order_in(session))
    honoree.kind = entry.kind
    if name.name != honoree.name:
        honoree.name_as_typed = entry.name
    honoree.name = name.name
    honoree.family_name, honoree.middle_name, honoree.given_name = (
        name.family, name.middle, name.given)
    honoree.search_key, honoree.duplicate_key, honoree.sort_key = (
        name.search_key, name.duplicate_key, name.sort_key)
    honoree.rank = canonical_text(entry.rank)
    honoree.position = canonical_text(entry.position)
    honoree.unit = unit_named(session, entry.unit)
    honoree.gender = entry.gender or None
    honoree.birth_year = entry.birth_year
    honoree.ethnicity = canonical_text(entry.ethnicity)
    honoree.notes = entry.notes.strip()


def _require(session: Session, honoree_id: int) -> Honoree:
    honoree = session.get(Honoree, honoree_id)
    if honoree is None:
        raise DataError("honoree.not_found", id=honoree_id)
    return honoree


def _fields(honoree: Honoree) -> HonoreeFields:
    return HonoreeFields(
        id=honoree.id,
        version=honoree.version,
        entry=HonoreeInput(
            name=honoree.name,
            kind=honoree.kind,
            rank=honoree.rank,
            position=honoree.position,
            unit="" if honoree.unit is None else honoree.unit.name,
            gender=honoree.gender,
            birth_year=honoree.birth_year,
            ethnicity=honoree.ethnicity,
            notes=honoree.notes,
        ),
    )


def set_award_statuses(registry: Registry, statuses: dict[int, str]) -> dict[int, str]:
    """Give each award its status; returns the statuses they had (for undo)."""
    for status in statuses.values():
        AwardStatus(status)
    with registry.transaction() as session:
        awards = _awards(session, statuses)
        before = {award.id: award.status for award in awards}
        for award in awards:
            award.status = statuses[award.id]
        audit.record(session, "set_status", "award", None, changes=statuses)
    return before


def set_award_ceremonies(registry: Registry,
                         ceremonies: dict[int, int | None]) -> dict[int, int | None]:
    """Assign awards to ceremonies (None: to none); returns the previous ones."""
    with registry.transaction() as session:
        for ceremony_id in set(ceremonies.values()) - {None}:
            if session.get(Ceremony, ceremony_id) is None:
                raise DataError("ceremony.not_found", id=ceremony_id)
        awards = _awards(session, ceremonies)
        before = {award.id: award.ceremony_id for award in awards}
        for award in awards:
            award.ceremony_id = ceremonies[award.id]
        audit.record(session, "set_ceremony", "award", None, changes=ceremonies)
    return before


def set_award_citations(registry: Registry, citations: dict[int, str]) -> dict[int, str]:
    """Set each award's citation (the text printed on its certificate); returns the old ones."""
    with registry.transaction() as session:
        awards = _awards(session, citations)
        before = {award.id: award.citation for award in awards}
        for award in awards:
            award.citation = canonical_text(citations[award.id])
        audit.record(session, "set_citation", "award", None, count=len(awards))
    return before


def _awards(session: Session, ids: Iterable[int]) -> list[Award]:
    wanted = set(ids)
    awards = list(session.scalars(select(Award).where(Award.id.in_(wanted))))
    missing = wanted - {award.id for award in awards}
    if missing:
        raise DataError("award.not_found", id=min(missing))
    return awards


def remove_honoree(registry: Registry, honoree_id: int) -> HonoreeFields:
    """Remove an honoree who holds no award (undoing an add); returns what was removed."""
    with registry.transaction() as session:
        honoree = _require(session, honoree_id)
        held = session.scalars(select(Award.id).where(Award.honoree_id == honoree_id)).first()
        if held is not None:
            raise DataError("honoree.has_awards", name=honoree.name)
        removed = _fields(honoree)
        session.delete(honoree)
        audit.record(session, "remove", "honoree", honoree_id, name=removed.entry.name)
        return removed


@dataclass(frozen=True)
class AwardInput:
    honoree_id: int
    award_type_id: int
    decision_id: int | None = None
    ceremony_id: int | None = None
    citation: str = ""


@dataclass(frozen=True)
class AddedAward:
    award_id: int
    # Eligibility warnings (services.eligibility): the decision is signed, so they
    # inform rather than refuse; the caller may show them and undo with remove_award.
    warnings: tuple[EligibilityWarning, ...]


def add_award(registry: Registry, entry: AwardInput) -> AddedAward:
    """Give an honoree an award, at the end of its ceremony's list."""
    with registry.transaction() as session:
        award = _new_award(session, entry)
        session.flush()
        on = _award_date(session, award)
        warnings = check_in(session, [Candidate(entry.honoree_id, entry.award_type_id, on,
                                                award.id)])
        audit.record(session, "add", "award", award.id, honoree=entry.honoree_id,
                     award_type=entry.award_type_id, warnings=[w.key for w in warnings])
        return AddedAward(award.id, tuple(warnings))


def _new_award(session: Session, entry: AwardInput) -> Award:
    honoree = _require(session, entry.honoree_id)
    award_type = session.get(AwardType, entry.award_type_id)
    if award_type is None:
        raise DataError("eligibility.award_type_not_found", id=entry.award_type_id)
    if award_type.recipients not in (Recipients.BOTH, honoree.kind):
        raise DataError("eligibility.wrong_kind", award=award_type.name, name=honoree.name)
    decision = session.get(Decision, entry.decision_id) if entry.decision_id else None
    if decision is not None and decision.authority_id != award_type.authority_id:
        raise DataError("eligibility.decision_elsewhere", decision=decision.number,
                        award=award_type.name)
    if entry.ceremony_id is not None and session.get(Ceremony, entry.ceremony_id) is None:
        raise DataError("ceremony.not_found", id=entry.ceremony_id)
    if session.scalar(select(Award.id).where(
            Award.honoree_id == honoree.id, Award.award_type_id == award_type.id,
            Award.decision_id == (decision.id if decision else None))) is not None:
        raise DataError("eligibility.already_listed", name=honoree.name, award=award_type.name)
    last = session.scalar(select(func.max(Award.list_position))
                          .where(Award.ceremony_id == entry.ceremony_id)) or 0
    award = Award(honoree_id=honoree.id, award_type_id=award_type.id,
                  decision_id=None if decision is None else decision.id,
                  ceremony_id=entry.ceremony_id, list_position=last + 1,
                  citation=canonical_text(entry.citation) or award_type.default_citation)
    session.add(award)
    return award


def _award_date(session: Session, award: Award) -> date | None:
    if award.decision_id is not None:
        decision = session.get(Decision, award.decision_id)
        if decision is not None and decision.date is not None:
            return decision.date
    ceremony = session.get(Ceremony, award.ceremony_id) if award.ceremony_id else None
    return None if ceremony is None else ceremony.date


def remove_award(registry: Registry, award_id: int) -> None:
    """Remove an award never printed (undoing an add)."""
    with registry.transaction() as session:
        award = session.get(Award, award_id)
        if award is None:
            raise DataError("award.not_found", id=award_id)
        if award.print_count:
            raise DataError("eligibility.award_printed", name=award.honoree.name)
        session.delete(award)
        audit.record(session, "remove", "award", award_id, honoree=award.honoree_id)
