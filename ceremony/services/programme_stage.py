"""The ceremony day: which round is on stage now, and who was presented when.

Stored in the registry at every step, so an app closed and reopened
mid-ceremony (a crash, a flat battery) resumes on the same round.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.store.models import Award
from ceremony.store.programme import Attendance, PresentationBlock, StageProgress, StageSlot
from ceremony.store.registry import Registry


@dataclass(frozen=True)
class OnStage:
    """The round on stage (block None: the presentations have not started)."""

    block_id: int | None
    round_number: int
    started_at: datetime | None


def on_stage(registry: Registry, ceremony_id: int) -> OnStage:
    with registry.reading() as session:
        require_ceremony(session, ceremony_id)
        progress = session.get(StageProgress, ceremony_id)
        if progress is None:
            return OnStage(None, 1, None)
        return OnStage(progress.block_id, progress.round_number, progress.started_at)


def set_on_stage(registry: Registry, ceremony_id: int, now: OnStage) -> OnStage:
    """Put a round on stage (the operator's keystroke); returns what was on stage before."""
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        if now.block_id is not None:
            block = session.get(PresentationBlock, now.block_id)
            if block is None or block.ceremony_id != ceremony_id:
                raise DataError("programme.block_not_found", id=now.block_id)
        progress = session.get(StageProgress, ceremony_id)
        if progress is None:
            progress = StageProgress(ceremony_id=ceremony_id)
            session.add(progress)
            before = OnStage(None, 1, None)
        else:
            before = OnStage(progress.block_id, progress.round_number, progress.started_at)
        progress.block_id = now.block_id
        progress.round_number = now.round_number
        progress.started_at = now.started_at or datetime.now()
        audit.record(session, "on_stage", "ceremony", ceremony_id, block=now.block_id,
                     round=now.round_number)
    return before


def mark_presented(registry: Registry, block_id: int, round_number: int,
                   at: datetime | None = None) -> dict[int, datetime | None]:
    """Log the round's awards as presented now (the absent excepted); returns the old times."""
    with registry.transaction() as session:
        award_ids = list(session.scalars(select(StageSlot.award_id).where(
            StageSlot.block_id == block_id, StageSlot.round_number == round_number)))
        before: dict[int, datetime | None] = {
            award_id: presented for award_id, presented in session.execute(
                select(Award.id, Award.presented_at).where(Award.id.in_(award_ids)))}
        session.execute(
            update(Award).where(Award.id.in_(award_ids),
                                Award.attendance != Attendance.ABSENT.value)
            .values(presented_at=at or datetime.now(), version=Award.version + 1)
            .execution_options(synchronize_session=False))
        audit.record(session, "presented", "presentation_block", block_id, round=round_number)
    return before


def set_presented_times(registry: Registry,
                        times: dict[int, datetime | None]) -> dict[int, datetime | None]:
    """Set (or clear) when awards were presented: the undo of mark_presented."""
    with registry.transaction() as session:
        awards = list(session.scalars(select(Award).where(Award.id.in_(times))))
        before = {award.id: award.presented_at for award in awards}
        for award in awards:
            award.presented_at = times[award.id]
        audit.record(session, "presented_times", "award", None, count=len(awards))
    return before
