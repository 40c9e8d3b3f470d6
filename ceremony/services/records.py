"""Plain, immutable values the services hand out.

The UI passes these (never live ORM objects) across threads and into models.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import NamedTuple


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
    posthumous: bool
    ceremony_id: int | None
    list_position: int

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
