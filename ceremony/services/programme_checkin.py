"""The ceremony day's check-in, who receives each award, and the timing settings.

Each function takes the new state and returns the old one, so undo is the same
call with what it returned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.programme_timing import Timing
from ceremony.store.models import Award
from ceremony.store.programme import Attendance
from ceremony.store.registry import Registry
from ceremony.text import canonical_text


@dataclass(frozen=True)
class CheckIn:
    """Who receives an award and whether they are here.

    receiver_name/title: a collective's representative, the proxy of an absent
    person (attendance PROXY), or the relative receiving a posthumous award.
    """

    attendance: Attendance = Attendance.EXPECTED
    receiver_name: str = ""
    receiver_title: str = ""
    checked_in_at: datetime | None = None


def set_check_in(registry: Registry, award_id: int, state: CheckIn) -> CheckIn:
    """Record a check-in (the time is now unless given); returns the previous state."""
    name = canonical_text(state.receiver_name)
    if state.attendance == Attendance.PROXY and not name:
        raise DataError("programme.proxy_needs_name")
    with registry.transaction() as session:
        award = _award(session.get(Award, award_id), award_id)
        before = CheckIn(Attendance(award.attendance), award.receiver_name,
                         award.receiver_title, award.checked_in_at)
        award.attendance = Attendance(state.attendance).value
        award.receiver_name = name
        award.receiver_title = canonical_text(state.receiver_title)
        award.checked_in_at = (None if state.attendance == Attendance.EXPECTED
                               else state.checked_in_at or datetime.now())
        audit.record(session, "check_in", "award", award_id, attendance=award.attendance,
                     receiver=name)
    return before


def set_posthumous(registry: Registry, award_id: int, posthumous: bool) -> bool:
    """Mark an award as conferred posthumously (truy tặng); returns the old flag."""
    with registry.transaction() as session:
        award = _award(session.get(Award, award_id), award_id)
        before = bool(award.posthumous)
        award.posthumous = posthumous
        audit.record(session, "set_posthumous", "award", award_id, posthumous=posthumous)
    return before


def set_timing(registry: Registry, ceremony_id: int, timing: Timing) -> Timing:
    """Seconds per person, per round and per decision reading; returns the old ones."""
    if min(timing.per_person, timing.per_round, timing.per_reading) < 0:
        raise DataError("programme.bad_timing")
    with registry.transaction() as session:
        ceremony = require_ceremony(session, ceremony_id)
        before = Timing(ceremony.seconds_per_person, ceremony.seconds_per_round,
                        ceremony.seconds_per_reading)
        ceremony.seconds_per_person = timing.per_person
        ceremony.seconds_per_round = timing.per_round
        ceremony.seconds_per_reading = timing.per_reading
        audit.record(session, "set_timing", "ceremony", ceremony_id, **timing.__dict__)
    return before


def _award(award: Award | None, award_id: int) -> Award:
    if award is None:
        raise DataError("award.not_found", id=award_id)
    return award
