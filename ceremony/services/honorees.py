"""Use cases for honorees and their awards: record one, list and search them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ceremony.services.lookup import unit_named
from ceremony.services.naming import stored_name
from ceremony.services.records import AwardRow, AwardRows
from ceremony.store.enums import HonoreeKind
from ceremony.store.models import NAME, SHORT, Authority, Award, AwardType, Decision, Honoree, Unit
from ceremony.store.plain import plain_rows
from ceremony.store.registry import Registry
from ceremony.text import canonical_text, search_key


class AwardOrder(StrEnum):
    LIST = "list"  # as the decision's annex lists them
    NAME = "name"  # Vietnamese official order: given name, middle, family


@dataclass(frozen=True)
class HonoreeInput:
    """An honoree as entered or imported, before it is canonicalised and stored."""

    name: str
    kind: str = HonoreeKind.INDIVIDUAL.value
    rank: str = ""
    position: str = ""
    unit: str = ""
    gender: str | None = None
    birth_year: int | None = None
    ethnicity: str = ""
    notes: str = ""


# What the registry's columns hold. PostgreSQL enforces it and SQLite would not, so the
# services check it on both: longer text is refused with a message, never cut.
TEXT_LIMITS: tuple[tuple[str, int], ...] = (
    ("name", NAME), ("rank", SHORT), ("position", NAME), ("unit", NAME), ("ethnicity", SHORT))


def overlong(entry: Any, *, canonical: bool = False) -> tuple[str, int, int] | None:
    """The first field of *entry* (an HonoreeInput or an imported row) too long to store,
    with its length and the limit. *canonical*: the fields are already in stored form
    (the importer's rows), so they are measured as they are, not cleaned again."""
    for field, limit in TEXT_LIMITS:
        value = getattr(entry, field, "") or ""
        length = len(value if canonical else canonical_text(value))
        if length > limit:
            return field, length, limit
    return None


def new_honoree(session: Session, entry: HonoreeInput) -> Honoree:
    """Store a new honoree in the caller's transaction."""
    from ceremony.services.tone_order import tone_order_in

    kind = HonoreeKind(entry.kind).value
    name = stored_name(entry.name, kind, tone_order_in(session))
    honoree = Honoree(
        kind=kind,
        name=name.name,
        name_as_typed=entry.name,
        family_name=name.family,
        middle_name=name.middle,
        given_name=name.given,
        search_key=name.search_key,
        duplicate_key=name.duplicate_key,
        sort_key=name.sort_key,
        gender=entry.gender or None,
        birth_year=entry.birth_year,
        ethnicity=canonical_text(entry.ethnicity),
        rank=canonical_text(entry.rank),
        position=canonical_text(entry.position),
        unit=unit_named(session, entry.unit),
        notes=entry.notes.strip(),
    )
    session.add(honoree)
    session.flush()
    return honoree


def list_awards(
    registry: Registry,
    *,
    ceremony_id: int | None = None,
    award: str | None = None,
    search: str | None = None,
    order: AwardOrder = AwardOrder.LIST,
) -> Sequence[AwardRow]:
    """Awards with their honorees; an honoree holding two awards appears twice."""
    query = _award_query(ceremony_id, search, order)
    with registry.reading() as session:
        # Plain driver values, not ORM entities: 100,000 rows must load in about
        # the time the database itself takes to return them.
        rows = AwardRows(plain_rows(session, query))
    if award:
        wanted = search_key(award)
        return [row for row in rows if wanted in search_key(row.award)]
    return rows


def _award_query(
    ceremony_id: int | None, search: str | None, order: AwardOrder
) -> Select[*tuple[Any, ...]]:
    # The column order is AwardRow's field order.
    query = (
        select(
            Award.id,
            Honoree.id,
            Honoree.name,
            Honoree.kind,
            Honoree.rank,
            Honoree.position,
            func.coalesce(Unit.name, ""),
            AwardType.name,
            Authority.name,
            func.coalesce(Decision.number, ""),
            Award.status,
            Award.ceremony_id,
            Award.list_position,
            Award.posthumous,
        )
        .join(Honoree, Award.honoree_id == Honoree.id)
        .join(AwardType, Award.award_type_id == AwardType.id)
        .join(Authority, AwardType.authority_id == Authority.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .outerjoin(Unit, Honoree.unit_id == Unit.id)
    )
    if ceremony_id is not None:
        query = query.where(Award.ceremony_id == ceremony_id)
    if search:
        query = query.where(Honoree.search_key.contains(search_key(search), autoescape=True))
    if order is AwardOrder.NAME:
        return query.order_by(Honoree.kind, Honoree.sort_key, Award.id)
    return query.order_by(AwardType.precedence, Award.list_position, Award.id)
