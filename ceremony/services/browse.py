"""Loading the registry-wide list of honorees and awards for the browse index."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from ceremony.services.browse_index import BrowseIndex, BrowseRow, Filters
from ceremony.store.models import Award, AwardType, Ceremony, Decision, Honoree, Unit
from ceremony.store.plain import plain_rows
from ceremony.store.registry import Registry

__all__ = ["BrowseIndex", "BrowseRow", "Filters", "load_browse_rows"]


def load_browse_rows(registry: Registry) -> list[BrowseRow]:
    with registry.reading() as session:
        raw = plain_rows(session, _browse_query())
    return [_row(values) for values in raw]


def _row(values: Sequence[Any]) -> BrowseRow:
    # Drivers return BLOBs as bytes (SQLite) or memoryview (PostgreSQL).
    row = BrowseRow._make(values)
    return row._replace(name_sort=bytes(row.name_sort), unit_sort=bytes(row.unit_sort or b""))


def _browse_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Award.id,
            Honoree.id,
            Honoree.name,
            Honoree.kind,
            Honoree.rank,
            Honoree.position,
            func.coalesce(Unit.name, ""),
            func.coalesce(AwardType.name, ""),
            func.coalesce(Decision.number, ""),
            func.coalesce(Award.status, ""),
            Award.ceremony_id,
            func.coalesce(Ceremony.title, ""),
            Honoree.search_key,
            Honoree.sort_key,
            func.coalesce(Unit.search_key, ""),
            Unit.sort_key,
        )
        .select_from(Honoree)
        .outerjoin(Award, Award.honoree_id == Honoree.id)
        .outerjoin(AwardType, Award.award_type_id == AwardType.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
        .outerjoin(Unit, Honoree.unit_id == Unit.id)
        .order_by(Honoree.id, Award.id)
    )
