"""Cutting a block's awards into stage rounds, and reading and writing those rounds.

Pieces shared by the automatic plan and the hand edits, all inside the caller's
transaction. A block's rounds are kept as a list of lists of award ids, left to
right; writing them back numbers rounds and positions densely from 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from ceremony.store.enums import HonoreeKind
from ceremony.store.models import Award, Honoree
from ceremony.store.programme import InnerOrder, PresentationBlock, StageSlot

Rounds = list[list[int]]


def balanced_sizes(count: int, limit: int) -> list[int]:
    """Round sizes of at most *limit* people, as even as possible (15 by 10: 8 and 7).

    Even rounds look better on stage and in the photo than a full round followed
    by a straggler or two.
    """
    if count <= 0:
        return []
    rounds = ceil(count / limit)
    base, extra = divmod(count, rounds)
    return [base + 1 if index < extra else base for index in range(rounds)]


def cut(award_ids: Sequence[int], limit: int) -> Rounds:
    rounds: Rounds = []
    start = 0
    for size in balanced_sizes(len(award_ids), limit):
        rounds.append(list(award_ids[start:start + size]))
        start += size
    return rounds


def block_members(session: Session, block: PresentationBlock) -> list[Any]:
    """(award id, kind, list position, sort key) of the awards the block presents."""
    decision = (Award.decision_id.is_(None) if block.decision_id is None
                else Award.decision_id == block.decision_id)
    query = (
        select(Award.id, Honoree.kind, Award.list_position, Honoree.sort_key)
        .join(Honoree, Award.honoree_id == Honoree.id)
        .where(Award.ceremony_id == block.ceremony_id,
               Award.award_type_id == block.award_type_id, decision)
    )
    return list(session.execute(query).all())


def planned_rounds(block: PresentationBlock, members: Sequence[Any]) -> Rounds:
    """The automatic rounds: collectives first (if so set), then list or name order.

    With collectives first, a round never mixes collectives and individuals, so
    the MC can call "đại diện các tập thể" and "các đồng chí" in separate rounds.
    """
    by_name = block.inner_order == InnerOrder.NAME

    def key(row: Any) -> tuple[Any, ...]:
        return (bytes(row.sort_key) if by_name else row.list_position, row.id)

    ordered = sorted(members, key=key)
    if not block.collectives_first:
        return cut([row.id for row in ordered], block.round_size)
    rounds: Rounds = []
    for kind in (HonoreeKind.COLLECTIVE, HonoreeKind.INDIVIDUAL):
        rounds += cut([row.id for row in ordered if row.kind == kind], block.round_size)
    return rounds


def replan_block(session: Session, block: PresentationBlock) -> None:
    write_rounds(session, block.id, planned_rounds(block, block_members(session, block)))


def read_rounds(session: Session, block_id: int) -> Rounds:
    rows = session.execute(
        select(StageSlot.award_id, StageSlot.round_number)
        .where(StageSlot.block_id == block_id)
        .order_by(StageSlot.round_number, StageSlot.position, StageSlot.award_id)
    ).all()
    rounds: dict[int, list[int]] = {}
    for award_id, number in rows:
        rounds.setdefault(number, []).append(award_id)
    return [rounds[number] for number in sorted(rounds)]


def write_rounds(session: Session, block_id: int, rounds: Rounds) -> None:
    """Replace the block's slots; empty rounds vanish and the rest are renumbered."""
    award_ids = [award_id for stage_round in rounds for award_id in stage_round]
    session.execute(delete(StageSlot).where(StageSlot.block_id == block_id))
    if award_ids:
        # An award has one slot: drop any it still has elsewhere (a stale plan).
        session.execute(delete(StageSlot).where(StageSlot.award_id.in_(award_ids)))
    rows = [
        {"award_id": award_id, "block_id": block_id, "round_number": number,
         "position": position}
        for number, stage_round in enumerate((r for r in rounds if r), start=1)
        for position, award_id in enumerate(stage_round, start=1)
    ]
    if rows:
        session.execute(insert(StageSlot), rows)
