"""Plain values describing a ceremony's plan, for the editor, the PDFs and the projector.

Built in one read from the registry; nothing here holds a session or an ORM object,
so the UI can pass them across threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from ceremony.services.records import CeremonyInfo
from ceremony.store.enums import HonoreeKind
from ceremony.store.programme import Attendance, InnerOrder


@dataclass(frozen=True)
class PresenterInput:
    name: str
    rank: str = ""
    title: str = ""


@dataclass(frozen=True)
class PresenterInfo:
    id: int
    name: str
    rank: str
    title: str
    position: int

    @property
    def called(self) -> str:
        """How the MC names them: "Thiếu tướng Phùng Quốc Tuấn, Phó Chính ủy …"."""
        named = f"{self.rank} {self.name}".strip()
        return f"{named}, {self.title}" if self.title else named


@dataclass(frozen=True)
class PlanOptions:
    """How an automatic plan cuts blocks into rounds (the user can change each block after)."""

    round_size: int = 10
    collectives_first: bool = True
    inner_order: InnerOrder = InnerOrder.LIST


@dataclass(frozen=True)
class StagePerson:
    """One award as it is presented: who, and who actually walks on stage."""

    award_id: int
    honoree_id: int
    name: str
    kind: str
    rank: str
    position: str
    unit: str
    posthumous: bool
    attendance: str
    receiver_name: str
    receiver_title: str
    round_number: int
    stage_position: int

    @property
    def is_collective(self) -> bool:
        return self.kind == HonoreeKind.COLLECTIVE

    @property
    def walks(self) -> bool:
        """Someone comes on stage for this award (absent without a proxy: nobody)."""
        return self.attendance != Attendance.ABSENT

    @property
    def by_proxy(self) -> bool:
        return self.attendance == Attendance.PROXY and bool(self.receiver_name)

    @property
    def role_line(self) -> str:
        """Position and unit, as the MC reads them after the name."""
        return ", ".join(part for part in (self.position, self.unit) if part)


@dataclass(frozen=True)
class RoundView:
    number: int
    people: tuple[StagePerson, ...]

    @property
    def walking(self) -> int:
        return sum(1 for person in self.people if person.walks)


@dataclass(frozen=True)
class BlockView:
    id: int
    position: int
    award_type_id: int
    decision_id: int | None
    award: str
    authority: str
    decision_number: str
    decision_date: date | None
    round_size: int
    inner_order: str
    collectives_first: bool
    slot_minutes: int | None
    presenters: tuple[PresenterInfo, ...]
    rounds: tuple[RoundView, ...]
    # The estimate: the decision read out, then every round called and presented.
    seconds: int
    overruns: bool

    def people(self) -> Iterator[StagePerson]:
        for stage_round in self.rounds:
            yield from stage_round.people


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    kind: str
    title: str
    speaker: str
    minutes: int
    block_id: int | None
    start: datetime
    seconds: int
    overruns: bool


@dataclass(frozen=True)
class PlanView:
    ceremony: CeremonyInfo
    items: tuple[ItemView, ...]
    blocks: tuple[BlockView, ...]
    presenters: tuple[PresenterInfo, ...]
    # Awards of the ceremony that have no place on stage yet (added after planning).
    unplanned: tuple[int, ...]
    end: datetime

    @property
    def planned(self) -> bool:
        return bool(self.blocks)

    def block(self, block_id: int) -> BlockView:
        return next(block for block in self.blocks if block.id == block_id)

    def stage_order(self) -> list[int]:
        """Award ids in the order they are handed over: blocks, rounds, left to right."""
        return [person.award_id for block in self.blocks for person in block.people()]

    def overrunning(self) -> list[BlockView]:
        return [block for block in self.blocks if block.overruns]
