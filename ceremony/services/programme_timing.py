"""How long things take: the time estimate of blocks and of the whole ceremony.

A block costs the reading of its decision, plus per round the assembling and
the photo, plus per person the walk-on and the handing over. Only people who
come on stage count: an absentee without a proxy costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from ceremony.services.programme_records import RoundView

# A ceremony without a start time is planned from 08:00, the usual hour.
DEFAULT_START = time(8, 0)


@dataclass(frozen=True)
class Timing:
    per_person: int
    per_round: int
    per_reading: int


def block_seconds(timing: Timing, rounds: Sequence[RoundView]) -> int:
    walking = [stage_round.walking for stage_round in rounds]
    called = sum(1 for count in walking if count)
    return timing.per_reading + called * timing.per_round + sum(walking) * timing.per_person


def item_seconds(estimate: int, slot_minutes: int | None) -> tuple[int, bool]:
    """(seconds the running order gives a block, whether its estimate outruns its slot).

    A block keeps its planned slot when it fits; when it does not, the running
    order shows the estimate, so the times after it stay realistic.
    """
    if slot_minutes is None:
        return estimate, False
    slot = slot_minutes * 60
    return max(slot, estimate), estimate > slot


def ceremony_start(day: date, at: time | None) -> datetime:
    return datetime.combine(day, at or DEFAULT_START)
