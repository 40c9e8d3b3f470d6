"""Undo for plan edits: each edit returns the plan as it was; restoring puts it back.

A plan edit (a move, a re-plan, a new order of blocks) renumbers many rows at
once; returning the whole plan of the ceremony — a few rows per award — is far
simpler to get right than a reverse operation per edit, and restores exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.store.models import Award
from ceremony.store.programme import (
    BlockPresenter,
    PresentationBlock,
    Presenter,
    ProgrammeItem,
    StageProgress,
    StageSlot,
)
from ceremony.store.registry import Registry

Row = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class PlanSnapshot:
    """Every plan row of one ceremony, as plain column values."""

    ceremony_id: int
    blocks: tuple[Row, ...]
    block_presenters: tuple[Row, ...]
    slots: tuple[Row, ...]
    items: tuple[Row, ...]
    progress: tuple[Row, ...]


_BLOCK_COLUMNS = ("id", "ceremony_id", "award_type_id", "decision_id", "position",
                  "round_size", "inner_order", "collectives_first", "slot_minutes")
_ITEM_COLUMNS = ("id", "ceremony_id", "position", "kind", "title", "speaker", "minutes",
                 "block_id")


def take_snapshot(session: Session, ceremony_id: int) -> PlanSnapshot:
    block_ids = select(PresentationBlock.id).where(PresentationBlock.ceremony_id == ceremony_id)
    return PlanSnapshot(
        ceremony_id=ceremony_id,
        blocks=_rows(session, PresentationBlock, _BLOCK_COLUMNS,
                     PresentationBlock.ceremony_id == ceremony_id),
        block_presenters=_rows(session, BlockPresenter, ("block_id", "presenter_id", "position"),
                               BlockPresenter.block_id.in_(block_ids)),
        slots=_rows(session, StageSlot, ("award_id", "block_id", "round_number", "position"),
                    StageSlot.block_id.in_(block_ids)),
        items=_rows(session, ProgrammeItem, _ITEM_COLUMNS,
                    ProgrammeItem.ceremony_id == ceremony_id),
        progress=_rows(session, StageProgress,
                       ("ceremony_id", "block_id", "round_number", "started_at"),
                       StageProgress.ceremony_id == ceremony_id),
    )


def _rows(session: Session, model: Any, columns: tuple[str, ...], where: Any) -> tuple[Row, ...]:
    query = select(*(getattr(model, name) for name in columns)).where(where)
    return tuple(tuple(zip(columns, row, strict=True)) for row in session.execute(query))


def clear_plan(session: Session, ceremony_id: int) -> None:
    """Remove the ceremony's blocks (their slots, links and items go with them) and items."""
    session.execute(delete(ProgrammeItem).where(ProgrammeItem.ceremony_id == ceremony_id))
    session.execute(delete(StageProgress).where(StageProgress.ceremony_id == ceremony_id))
    block_ids = select(PresentationBlock.id).where(PresentationBlock.ceremony_id == ceremony_id)
    # Children explicitly, not by ON DELETE CASCADE: the session must not keep stale rows.
    session.execute(delete(StageSlot).where(StageSlot.block_id.in_(block_ids)))
    session.execute(delete(BlockPresenter).where(BlockPresenter.block_id.in_(block_ids)))
    session.execute(delete(PresentationBlock).where(PresentationBlock.ceremony_id == ceremony_id))
    session.expire_all()


def write_snapshot(session: Session, snapshot: PlanSnapshot) -> None:
    clear_plan(session, snapshot.ceremony_id)
    # Presenters removed, or awards moved to another ceremony, since the snapshot
    # was taken stay gone: restoring a plan never undoes those other edits.
    presenters = set(session.scalars(
        select(Presenter.id).where(Presenter.ceremony_id == snapshot.ceremony_id)))
    awards = set(session.scalars(
        select(Award.id).where(Award.ceremony_id == snapshot.ceremony_id)))
    links = tuple(row for row in snapshot.block_presenters
                  if dict(row)["presenter_id"] in presenters)
    slots = tuple(row for row in snapshot.slots if dict(row)["award_id"] in awards)
    for model, rows in ((PresentationBlock, snapshot.blocks),
                        (BlockPresenter, links),
                        (StageSlot, slots),
                        (ProgrammeItem, snapshot.items),
                        (StageProgress, snapshot.progress)):
        if rows:
            session.execute(insert(model), [dict(row) for row in rows])


def restore_plan(registry: Registry, snapshot: PlanSnapshot) -> PlanSnapshot:
    """Put a ceremony's plan back as it was; returns the plan it replaced (for redo)."""
    with registry.transaction() as session:
        require_ceremony(session, snapshot.ceremony_id)
        before = take_snapshot(session, snapshot.ceremony_id)
        write_snapshot(session, snapshot)
        audit.record(session, "restore_plan", "ceremony", snapshot.ceremony_id)
    return before
