"""An honoree's awards across ceremonies and years: "has this person already had it?"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ceremony.store.models import Authority, Award, AwardType, Ceremony, Decision
from ceremony.store.registry import Registry


@dataclass(frozen=True)
class HistoryEntry:
    award_id: int
    award: str
    authority: str
    decision: str
    decision_date: date | None
    ceremony: str
    ceremony_date: date | None
    status: str
    register_no: str

    @property
    def year(self) -> int | None:
        when = self.decision_date or self.ceremony_date
        return None if when is None else when.year


def award_history(registry: Registry, honoree_id: int) -> list[HistoryEntry]:
    """Every award of one honoree, newest first."""
    query = (
        select(Award.id, AwardType.name, Authority.name, Decision.number, Decision.date,
               Ceremony.title, Ceremony.date, Award.status, Award.register_no)
        .join(AwardType, Award.award_type_id == AwardType.id)
        .join(Authority, AwardType.authority_id == Authority.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
        .where(Award.honoree_id == honoree_id)
    )
    with registry.reading() as session:
        rows = session.execute(query).all()
    entries = [HistoryEntry(award_id, award, authority, number or "", decided, title or "",
                            held, status, register or "")
               for award_id, award, authority, number, decided, title, held, status, register
               in rows]
    return sorted(entries, key=lambda e: (e.year or 0, e.award_id), reverse=True)
