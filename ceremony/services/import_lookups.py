"""Registry lookups the importer's checks need, kept with the other queries.

Both page through IN (...) lists on indexed columns, so 50,000 new names against
100,000 stored ones is a few hundred index lookups, never a pairing of every name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ceremony.services.imports import IN_CHUNK
from ceremony.store.models import Award, Decision, Honoree, Unit


@dataclass(frozen=True)
class Stored:
    """An honoree already in the registry whose duplicate key a new row shares."""

    id: int
    kind: str
    name: str
    unit_key: str
    unit: str


def stored_by_duplicate_key(session: Session, keys: Iterable[str]) -> dict[str, list[Stored]]:
    wanted = list(keys)
    found: dict[str, list[Stored]] = defaultdict(list)
    for start in range(0, len(wanted), IN_CHUNK):
        query = (select(Honoree.id, Honoree.duplicate_key, Honoree.kind, Honoree.name,
                        Unit.duplicate_key, Unit.name)
                 .outerjoin(Unit, Honoree.unit_id == Unit.id)
                 .where(Honoree.duplicate_key.in_(wanted[start:start + IN_CHUNK])))
        for hid, key, kind, name, unit_key, unit in session.execute(query):
            found[key].append(Stored(hid, kind, name, unit_key or "", unit or ""))
    return found


def decisions_held(session: Session, honoree_ids: Sequence[int],
                   award_type_ids: set[int]) -> dict[tuple[int, int], set[str]]:
    """(honoree, award type) -> the decision numbers under which it is already held."""
    held: dict[tuple[int, int], set[str]] = defaultdict(set)
    for start in range(0, len(honoree_ids), IN_CHUNK):
        query = (select(Award.honoree_id, Award.award_type_id, Decision.number)
                 .outerjoin(Decision, Award.decision_id == Decision.id)
                 .where(Award.honoree_id.in_(honoree_ids[start:start + IN_CHUNK]),
                        Award.award_type_id.in_(award_type_ids)))
        for honoree_id, type_id, number in session.execute(query):
            held[(honoree_id, type_id)].add(number or "")
    return held
