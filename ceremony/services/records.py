"""Plain, immutable values the services hand out.

The UI passes these (never live ORM objects) across threads and into models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any, NamedTuple, overload


@dataclass(frozen=True)
class CeremonyInfo:
    id: int
    title: str
    date: date
    time: time | None
    venue: str
    place_name: str
    language: str
    award_count: int = 0

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "date": self.date.isoformat()}


class AwardRow(NamedTuple):
    """One award with the honoree it goes to: a line of the honorees table.

    A named tuple rather than a dataclass: building 100,000 of them is 5× cheaper.
    """

    award_id: int
    honoree_id: int
    name: str
    kind: str
    rank: str
    position: str
    unit: str
    award: str
    authority: str
    decision_number: str
    status: str
    ceremony_id: int | None
    list_position: int
    # As the driver gives it (0/1 from SQLite, a bool from PostgreSQL): see posthumous.
    posthumous_flag: int

    @property
    def posthumous(self) -> bool:
        return bool(self.posthumous_flag)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.honoree_id,
            "award_id": self.award_id,
            "name": self.name,
            "kind": self.kind,
            "rank": self.rank,
            "position": self.position,
            "unit": self.unit,
            "award": self.award,
            "status": self.status,
        }


class AwardRows(Sequence[AwardRow]):
    """A read-only list of AwardRow over the rows as the database returned them.

    Each AwardRow is built when it is asked for: a table shows a few dozen rows
    of 100,000, and building them all up front would double the load time.
    """

    def __init__(self, raw: Sequence[Sequence[Any]]) -> None:
        self._raw = raw

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> AwardRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[AwardRow]: ...

    def __getitem__(self, index: int | slice) -> AwardRow | list[AwardRow]:
        if isinstance(index, slice):
            return [AwardRow._make(raw) for raw in self._raw[index]]
        return AwardRow._make(self._raw[index])
