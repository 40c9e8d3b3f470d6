"""Hand edits of the stage plan: moves, late additions, removals, block settings.

One transaction per user action (a drop in the editor is one action); each
returns the plan as it was, which restore_plan puts back (undo).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.programme_items import sync_block_items
from ceremony.services.programme_planning import place_late_award
from ceremony.services.programme_rounds import read_rounds, replan_block, write_rounds
from ceremony.services.programme_snapshot import PlanSnapshot, take_snapshot
from ceremony.store.models import Award
from ceremony.store.programme import InnerOrder, PresentationBlock, StageSlot
from ceremony.store.registry import Registry

MAX_ROUND_SIZE = 100


@dataclass(frozen=True)
class BlockSettings:
    round_size: int
    collectives_first: bool
    inner_order: InnerOrder
    slot_minutes: int | None


def move_award(registry: Registry, award_id: int, round_number: int,
               position: int) -> PlanSnapshot:
    """Move a planned award to another round of its block and a place in it (both from 1).

    A round number one past the last makes a new round; a round emptied by the
    move disappears and the rounds after it move up.
    """
    with registry.transaction() as session:
        slot = _slot(session, award_id)
        block = session.get_one(PresentationBlock, slot.block_id)
        before = take_snapshot(session, block.ceremony_id)
        rounds = read_rounds(session, block.id)
        if not 1 <= round_number <= len(rounds) + 1:
            raise DataError("programme.bad_round", round=round_number, rounds=len(rounds))
        rounds = [[other for other in ids if other != award_id] for ids in rounds]
        while len(rounds) < round_number:
            rounds.append([])
        target = rounds[round_number - 1]
        target.insert(max(0, min(position - 1, len(target))), award_id)
        write_rounds(session, block.id, rounds)
        audit.record(session, "move_award", "award", award_id, round=round_number,
                     position=position)
    return before


def add_to_plan(registry: Registry, award_id: int) -> PlanSnapshot:
    """A late addition: the award goes at the end of its block (a new block if none)."""
    with registry.transaction() as session:
        award = session.get(Award, award_id)
        if award is None or award.ceremony_id is None:
            raise DataError("programme.award_not_in_ceremony", id=award_id)
        before = take_snapshot(session, award.ceremony_id)
        place_late_award(session, award.ceremony_id, award_id)
        sync_block_items(session, award.ceremony_id)
        audit.record(session, "add_to_plan", "award", award_id)
    return before


def remove_from_plan(registry: Registry, award_id: int) -> PlanSnapshot:
    """Take an award off the stage plan (it stays in the registry and the ceremony)."""
    with registry.transaction() as session:
        slot = _slot(session, award_id)
        block = session.get_one(PresentationBlock, slot.block_id)
        before = take_snapshot(session, block.ceremony_id)
        rounds = [[other for other in ids if other != award_id]
                  for ids in read_rounds(session, block.id)]
        write_rounds(session, block.id, rounds)
        audit.record(session, "remove_from_plan", "award", award_id)
    return before


def set_block_settings(registry: Registry, block_id: int,
                       settings: BlockSettings) -> PlanSnapshot:
    """Change a block's round size, order or slot; a new size or order re-plans its rounds."""
    if not 1 <= settings.round_size <= MAX_ROUND_SIZE:
        raise DataError("programme.bad_round_size", size=settings.round_size,
                        most=MAX_ROUND_SIZE)
    if settings.slot_minutes is not None and settings.slot_minutes < 0:
        raise DataError("programme.bad_minutes", minutes=settings.slot_minutes)
    with registry.transaction() as session:
        block = _block(session, block_id)
        before = take_snapshot(session, block.ceremony_id)
        replan = (block.round_size, bool(block.collectives_first), block.inner_order) != (
            settings.round_size, settings.collectives_first, settings.inner_order.value)
        block.round_size = settings.round_size
        block.collectives_first = settings.collectives_first
        block.inner_order = settings.inner_order.value
        block.slot_minutes = settings.slot_minutes
        session.flush()
        if replan:
            replan_block(session, block)
        audit.record(session, "block_settings", "presentation_block", block_id,
                     round_size=settings.round_size, slot_minutes=settings.slot_minutes)
    return before


def move_block(registry: Registry, block_id: int, index: int) -> PlanSnapshot:
    """Present a block earlier or later (*index* from 0); the programme follows."""
    with registry.transaction() as session:
        block = _block(session, block_id)
        before = take_snapshot(session, block.ceremony_id)
        blocks = [other for other in session.scalars(
            select(PresentationBlock).where(PresentationBlock.ceremony_id == block.ceremony_id)
            .order_by(PresentationBlock.position, PresentationBlock.id)) if other.id != block_id]
        blocks.insert(max(0, min(index, len(blocks))), block)
        for position, other in enumerate(blocks, start=1):
            other.position = position
        session.flush()
        sync_block_items(session, block.ceremony_id)
        audit.record(session, "move_block", "presentation_block", block_id, index=index)
    return before


def _slot(session: Session, award_id: int) -> StageSlot:
    slot = session.get(StageSlot, award_id)
    if slot is None:
        raise DataError("programme.award_not_planned", id=award_id)
    return slot


def _block(session: Session, block_id: int) -> PresentationBlock:
    block = session.get(PresentationBlock, block_id)
    if block is None:
        raise DataError("programme.block_not_found", id=block_id)
    return block
