"""Choosing the certificates of one stage round of the running order.

Clerks often print round by round, just before each round goes on stage, so a
late change to the plan never leaves a stack printed in the wrong order. A round
is named the way the programme editor shows it: the block's place in the running
order (from 1) and the round's number within its block ("Khối 2 · Đợt 3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.messages import render
from ceremony.store.models import Award
from ceremony.store.programme import PresentationBlock, StageSlot
from ceremony.store.registry import Registry

_KEY = re.compile(r"\s*(\d+)\s*[.:/]\s*(\d+)\s*")


@dataclass(frozen=True, order=True)
class StageRoundKey:
    block: int  # the block's place in the running order, from 1
    round: int  # the round's number within its block, from 1

    @classmethod
    def parse(cls, text: str) -> StageRoundKey:
        """"2.3" (also "2:3" or "2/3"): block 2, round 3; ValueError otherwise."""
        match = _KEY.fullmatch(text)
        if match is None or min(int(match[1]), int(match[2])) < 1:
            raise ValueError(f"not BLOCK.ROUND: {text!r}")
        return cls(int(match[1]), int(match[2]))

    def __str__(self) -> str:
        return f"{self.block}.{self.round}"


@dataclass(frozen=True)
class StageRoundChoice:
    """One round as the print dialog offers it: its key, label parts and its awards."""

    key: StageRoundKey
    award: str  # the award type the block presents
    award_ids: tuple[int, ...]  # in stage order, left to right

    def label(self, language: str) -> str:
        return render("certificates.round_label", language, block=self.key.block,
                      round=self.key.round, award=self.award, people=len(self.award_ids))


def stage_round_choices(registry: Registry, ceremony_id: int) -> list[StageRoundChoice]:
    """Every stage round of the ceremony's running order, in stage order (empty: no plan)."""
    from ceremony.services.programme_view import load_plan

    plan = load_plan(registry, ceremony_id)
    return [
        StageRoundChoice(StageRoundKey(number, stage_round.number), block.award,
                         tuple(person.award_id for person in stage_round.people))
        for number, block in enumerate(plan.blocks, start=1)
        for stage_round in block.rounds
    ]


def round_award_ids(session: Session, ceremony_id: int, key: StageRoundKey) -> list[int]:
    """The awards of one round, in stage order; refused if the plan has no such round.

    Blocks are counted in the order `load_plan` lists them, so the numbers match
    the programme editor and the labels of `stage_round_choices`.
    """
    blocks = list(session.scalars(
        select(PresentationBlock.id).where(PresentationBlock.ceremony_id == ceremony_id)
        .order_by(PresentationBlock.position, PresentationBlock.id)))
    if not blocks:
        raise DataError("certificates.no_running_order")
    award_ids: list[int] = []
    if key.block <= len(blocks):
        award_ids = list(session.scalars(
            select(StageSlot.award_id)
            .join(Award, StageSlot.award_id == Award.id)
            .where(StageSlot.block_id == blocks[key.block - 1],
                   StageSlot.round_number == key.round, Award.ceremony_id == ceremony_id)
            .order_by(StageSlot.position, StageSlot.award_id)))
    if not award_ids:
        raise DataError("certificates.no_round", round=str(key),
                        known=", ".join(_known_rounds(session, blocks)))
    return award_ids


def _known_rounds(session: Session, blocks: list[int]) -> list[str]:
    """ "1.1–1.2, 2.1–2.4": the rounds there are, for the refusal's message."""
    ranges = []
    for number, block_id in enumerate(blocks, start=1):
        rounds = sorted(set(session.scalars(
            select(StageSlot.round_number).where(StageSlot.block_id == block_id))))
        if rounds:
            first, last = f"{number}.{rounds[0]}", f"{number}.{rounds[-1]}"
            ranges.append(first if first == last else f"{first}–{last}")
    return ranges
