"""The automatic plan: one block per award type and decision, cut into stage rounds.

Blocks are ordered by the award type's precedence (the higher authority's
awards first), then by the decision's date. Re-planning keeps each surviving
block's id, presenters and settings, so only the rounds are recomputed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.programme_items import sync_block_items
from ceremony.services.programme_records import PlanOptions
from ceremony.services.programme_rounds import read_rounds, replan_block, write_rounds
from ceremony.services.programme_snapshot import PlanSnapshot, take_snapshot
from ceremony.store.models import Award, AwardType, Decision
from ceremony.store.programme import (
    BlockPresenter,
    PresentationBlock,
    ProgrammeItem,
    StageSlot,
)
from ceremony.store.registry import Registry

BlockKey = tuple[int, int | None]  # (award type, decision)


def auto_plan(registry: Registry, ceremony_id: int,
              options: PlanOptions | None = None) -> PlanSnapshot:
    """Plan (or re-plan) the whole ceremony; returns the plan it replaced.

    Without *options* surviving blocks keep their own round size and order
    settings and new blocks get the defaults; with them, every block gets them.
    """
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        before = take_snapshot(session, ceremony_id)
        plan_in(session, ceremony_id, options)
        audit.record(session, "auto_plan", "ceremony", ceremony_id)
    return before


def plan_in(session: Session, ceremony_id: int, options: PlanOptions | None) -> None:
    existing = {(block.award_type_id, block.decision_id): block
                for block in session.scalars(select(PresentationBlock).where(
                    PresentationBlock.ceremony_id == ceremony_id))}
    blocks: list[PresentationBlock] = []
    for position, key in enumerate(_block_keys(session, ceremony_id), start=1):
        block = existing.pop(key, None)
        if block is None:
            block = _new_block(ceremony_id, key, options or PlanOptions())
            session.add(block)
        elif options is not None:
            _apply(block, options)
        block.position = position
        blocks.append(block)
    session.flush()
    _drop_blocks(session, [block.id for block in existing.values()])
    for block in blocks:
        replan_block(session, block)
    sync_block_items(session, ceremony_id)


def prepare_plan(registry: Registry, ceremony_id: int) -> list[int]:
    """Make sure every award of the ceremony has a place on stage before printing.

    A ceremony never planned is planned automatically; awards added since the
    plan was made go to the end of their block as late additions (a new block
    if their award has none). Returns the ids of the awards placed now.
    """
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        has_plan = session.scalars(select(PresentationBlock.id).where(
            PresentationBlock.ceremony_id == ceremony_id)).first() is not None
        missing = unplanned_awards(session, ceremony_id)
        if not missing:
            return []
        if not has_plan:
            plan_in(session, ceremony_id, None)
        else:
            for award_id in missing:
                place_late_award(session, ceremony_id, award_id)
            sync_block_items(session, ceremony_id)
        audit.record(session, "prepare_plan", "ceremony", ceremony_id, placed=missing)
    return missing


def unplanned_awards(session: Session, ceremony_id: int) -> list[int]:
    placed = (select(StageSlot.award_id).join(PresentationBlock,
              StageSlot.block_id == PresentationBlock.id)
              .where(PresentationBlock.ceremony_id == ceremony_id))
    return list(session.scalars(
        select(Award.id).where(Award.ceremony_id == ceremony_id, Award.id.not_in(placed))
        .order_by(Award.list_position, Award.id)))


def place_late_award(session: Session, ceremony_id: int, award_id: int) -> PresentationBlock:
    """Put an award at the end of its block: in the last round if it has room."""
    award = session.get_one(Award, award_id)
    key = (award.award_type_id, award.decision_id)
    block = session.scalars(select(PresentationBlock).where(
        PresentationBlock.ceremony_id == ceremony_id,
        PresentationBlock.award_type_id == key[0],
        PresentationBlock.decision_id.is_(None) if key[1] is None
        else PresentationBlock.decision_id == key[1])).first()
    if block is None:
        last = session.scalars(select(PresentationBlock.position).where(
            PresentationBlock.ceremony_id == ceremony_id)
            .order_by(PresentationBlock.position.desc())).first()
        block = _new_block(ceremony_id, key, PlanOptions())
        block.position = (last or 0) + 1
        session.add(block)
        session.flush()
    rounds = [ids for ids in read_rounds(session, block.id) if award_id not in ids]
    if rounds and len(rounds[-1]) < block.round_size:
        rounds[-1].append(award_id)
    else:
        rounds.append([award_id])
    write_rounds(session, block.id, rounds)
    return block


def _block_keys(session: Session, ceremony_id: int) -> list[BlockKey]:
    rows: list[Any] = list(session.execute(
        select(Award.award_type_id, Award.decision_id)
        .join(AwardType, Award.award_type_id == AwardType.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .where(Award.ceremony_id == ceremony_id)
        .group_by(Award.award_type_id, Award.decision_id, AwardType.precedence,
                  Decision.date)
        .order_by(AwardType.precedence, Decision.date.is_(None), Decision.date,
                  Award.award_type_id, Award.decision_id)
    ).all())
    return [(row[0], row[1]) for row in rows]


def _new_block(ceremony_id: int, key: BlockKey, options: PlanOptions) -> PresentationBlock:
    block = PresentationBlock(ceremony_id=ceremony_id, award_type_id=key[0],
                              decision_id=key[1], slot_minutes=None)
    _apply(block, options)
    return block


def _apply(block: PresentationBlock, options: PlanOptions) -> None:
    block.round_size = options.round_size
    block.collectives_first = options.collectives_first
    block.inner_order = options.inner_order.value


def _drop_blocks(session: Session, block_ids: list[int]) -> None:
    """Remove blocks whose awards are gone, with their items, links and slots."""
    if not block_ids:
        return
    for model in (ProgrammeItem, StageSlot, BlockPresenter):
        session.execute(delete(model).where(model.block_id.in_(block_ids)))
    session.execute(delete(PresentationBlock).where(PresentationBlock.id.in_(block_ids)))
