"""The lists filed with award decisions ("Danh sách … kèm theo Quyết định số …").

One annex per decision and award type, collectives first, then individuals, each in
the order the decision's list gives them (the stored list position).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ceremony.services.ceremonies import get_ceremony
from ceremony.services.records import CeremonyInfo
from ceremony.store.enums import HonoreeKind
from ceremony.store.models import Authority, Award, AwardType, Decision, Honoree, Unit
from ceremony.store.registry import Registry

# Words that name the office holder rather than the body: a decision of "Chủ tịch Ủy ban
# nhân dân tỉnh" is issued on the letterhead of "Ủy ban nhân dân tỉnh".
_OFFICE_HOLDERS = ("Chủ tịch ", "Bộ trưởng ", "Giám đốc ", "Tổng Giám đốc ", "Thủ trưởng ",
                   "Hiệu trưởng ", "Viện trưởng ", "Cục trưởng ", "Vụ trưởng ")


@dataclass(frozen=True)
class AnnexEntry:
    award_id: int
    honoree_id: int
    name: str
    kind: str
    rank: str
    position: str
    unit: str

    @property
    def rank_position(self) -> str:
        return ", ".join(part for part in (self.rank, self.position) if part)


@dataclass(frozen=True)
class Annex:
    """The list of one award type conferred by one decision (or by none yet)."""

    award: str
    award_type_id: int
    authority: str
    issuer: str  # the body on whose letterhead the decision is issued
    decision_number: str
    decision_date: date | None
    entries: tuple[AnnexEntry, ...]

    @property
    def collectives(self) -> list[AnnexEntry]:
        return [e for e in self.entries if e.kind == HonoreeKind.COLLECTIVE]

    @property
    def individuals(self) -> list[AnnexEntry]:
        return [e for e in self.entries if e.kind == HonoreeKind.INDIVIDUAL]

    def sections(self) -> list[tuple[str, list[AnnexEntry]]]:
        """(kind, entries) for each kind present, collectives first as annexes list them."""
        parts = [(HonoreeKind.COLLECTIVE.value, self.collectives),
                 (HonoreeKind.INDIVIDUAL.value, self.individuals)]
        return [(kind, entries) for kind, entries in parts if entries]


@dataclass(frozen=True)
class AnnexDocument:
    ceremony: CeremonyInfo
    annexes: tuple[Annex, ...]

    @property
    def entry_count(self) -> int:
        return sum(len(annex.entries) for annex in self.annexes)


def issuer_of(authority: str) -> str:
    """The issuing body of an authority named by its office holder."""
    for holder in _OFFICE_HOLDERS:
        if authority.startswith(holder) and len(authority) > len(holder):
            rest = authority[len(holder):]
            return rest[:1].upper() + rest[1:]
    return authority


def annex_document(registry: Registry, ceremony_id: int) -> AnnexDocument:
    """Every annex of a ceremony's awards, in award precedence and decision order."""
    ceremony = get_ceremony(registry, ceremony_id)
    with registry.reading() as session:
        rows = session.execute(_query(ceremony_id)).all()
    return AnnexDocument(ceremony, tuple(_grouped(rows)))


def _query(ceremony_id: int) -> Any:
    return (
        select(AwardType.id, AwardType.name, Authority.name, func.coalesce(Decision.number, ""),
               Decision.date, Award.id, Honoree.id, Honoree.name, Honoree.kind, Honoree.rank,
               Honoree.position, func.coalesce(Unit.name, ""))
        .join(Honoree, Award.honoree_id == Honoree.id)
        .join(AwardType, Award.award_type_id == AwardType.id)
        .join(Authority, AwardType.authority_id == Authority.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .outerjoin(Unit, Honoree.unit_id == Unit.id)
        .where(Award.ceremony_id == ceremony_id)
        # Undated decisions last on both databases (SQLite sorts NULL first, PostgreSQL last).
        .order_by(AwardType.precedence, AwardType.id, Decision.date.is_(None), Decision.date,
                  Decision.number, Award.list_position, Award.id)
    )


def _grouped(rows: Sequence[Any]) -> list[Annex]:
    groups: dict[tuple[int, str], list[Any]] = {}
    for row in rows:
        groups.setdefault((row[0], row[3]), []).append(row)
    return [_annex(members) for members in groups.values()]


def _annex(rows: list[Any]) -> Annex:
    type_id, award, authority, number, decided = rows[0][:5]
    entries = tuple(AnnexEntry(award_id, honoree_id, name, kind, rank, position, unit)
                    for *_, award_id, honoree_id, name, kind, rank, position, unit in rows)
    return Annex(award, type_id, authority, issuer_of(authority), number, decided, entries)
