"""Reading a ceremony's whole plan in one go: programme with times, blocks, rounds.

Four queries whatever the size (items, blocks, presenter links, people), so a
ceremony of a thousand honorees reads in milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ceremony.services.ceremonies import get_ceremony, require_ceremony
from ceremony.services.programme_planning import unplanned_awards
from ceremony.services.programme_records import (
    BlockView,
    ItemView,
    PlanView,
    PresenterInfo,
    RoundView,
    StagePerson,
)
from ceremony.services.programme_timing import Timing, block_seconds, ceremony_start, item_seconds
from ceremony.store.models import Authority, Award, AwardType, Decision, Honoree, Unit
from ceremony.store.programme import (
    BlockPresenter,
    PresentationBlock,
    Presenter,
    ProgrammeItem,
    StageSlot,
)
from ceremony.store.registry import Registry


def load_plan(registry: Registry, ceremony_id: int) -> PlanView:
    info = get_ceremony(registry, ceremony_id)
    with registry.reading() as session:
        ceremony = require_ceremony(session, ceremony_id)
        timing = Timing(ceremony.seconds_per_person, ceremony.seconds_per_round,
                        ceremony.seconds_per_reading)
        presenters = _presenters(session, ceremony_id)
        blocks = _blocks(session, ceremony_id, timing, presenters)
        items, end = _items(session, ceremony_id, blocks, ceremony_start(info.date, info.time))
        unplanned = tuple(unplanned_awards(session, ceremony_id))
    return PlanView(info, items, tuple(blocks.values()), tuple(presenters.values()),
                    unplanned, end)


def stage_order(registry: Registry, ceremony_id: int) -> list[int]:
    """Every award of the ceremony in the order it is handed over on stage.

    This is the order `ceremony certificates --order stage` prints in, so the
    tray matches the stage. Awards not planned yet follow, in list order.
    """
    plan = load_plan(registry, ceremony_id)
    return plan.stage_order() + list(plan.unplanned)


def _presenters(session: Session, ceremony_id: int) -> dict[int, PresenterInfo]:
    rows = session.scalars(select(Presenter).where(Presenter.ceremony_id == ceremony_id)
                           .order_by(Presenter.position, Presenter.id))
    return {row.id: PresenterInfo(row.id, row.name, row.rank, row.title, row.position)
            for row in rows}


def _blocks(session: Session, ceremony_id: int, timing: Timing,
            presenters: dict[int, PresenterInfo]) -> dict[int, BlockView]:
    rows = session.execute(
        select(PresentationBlock, AwardType.name, Authority.name,
               func.coalesce(Decision.number, ""), Decision.date)
        .join(AwardType, PresentationBlock.award_type_id == AwardType.id)
        .join(Authority, AwardType.authority_id == Authority.id)
        .outerjoin(Decision, PresentationBlock.decision_id == Decision.id)
        .where(PresentationBlock.ceremony_id == ceremony_id)
        .order_by(PresentationBlock.position, PresentationBlock.id)
    ).all()
    links: dict[int, list[PresenterInfo]] = {}
    for block_id, presenter_id in session.execute(
            select(BlockPresenter.block_id, BlockPresenter.presenter_id)
            .join(PresentationBlock, BlockPresenter.block_id == PresentationBlock.id)
            .where(PresentationBlock.ceremony_id == ceremony_id)
            .order_by(BlockPresenter.position, BlockPresenter.presenter_id)):
        links.setdefault(block_id, []).append(presenters[presenter_id])
    people = _people(session, ceremony_id)
    views: dict[int, BlockView] = {}
    for block, award, authority, number, on in rows:
        rounds = _rounds(people.get(block.id, []))
        seconds, overruns = item_seconds(block_seconds(timing, rounds), block.slot_minutes)
        views[block.id] = BlockView(
            block.id, block.position, block.award_type_id, block.decision_id, award, authority,
            number, on, block.round_size, block.inner_order, bool(block.collectives_first),
            block.slot_minutes, tuple(links.get(block.id, ())), rounds, seconds, overruns)
    return views


def _people(session: Session, ceremony_id: int) -> dict[int, list[StagePerson]]:
    query = (
        select(StageSlot.block_id, Award.id, Honoree.id, Honoree.name, Honoree.kind,
               Honoree.rank, Honoree.position, func.coalesce(Unit.name, ""), Award.posthumous,
               Award.attendance, Award.receiver_name, Award.receiver_title,
               StageSlot.round_number, StageSlot.position)
        .join(Award, StageSlot.award_id == Award.id)
        .join(Honoree, Award.honoree_id == Honoree.id)
        .outerjoin(Unit, Honoree.unit_id == Unit.id)
        .join(PresentationBlock, StageSlot.block_id == PresentationBlock.id)
        .where(PresentationBlock.ceremony_id == ceremony_id, Award.ceremony_id == ceremony_id)
        .order_by(StageSlot.block_id, StageSlot.round_number, StageSlot.position)
    )
    people: dict[int, list[StagePerson]] = {}
    for row in session.execute(query):
        block_id, *fields = row
        fields[7] = bool(fields[7])  # posthumous: 0/1 from SQLite
        people.setdefault(block_id, []).append(StagePerson(*fields))
    return people


def _rounds(people: Sequence[StagePerson]) -> tuple[RoundView, ...]:
    rounds: dict[int, list[StagePerson]] = {}
    for person in people:
        rounds.setdefault(person.round_number, []).append(person)
    return tuple(RoundView(number, tuple(rounds[number])) for number in sorted(rounds))


def _items(session: Session, ceremony_id: int, blocks: dict[int, BlockView],
           start: Any) -> tuple[tuple[ItemView, ...], Any]:
    views: list[ItemView] = []
    clock = start
    for item in session.scalars(select(ProgrammeItem)
                                .where(ProgrammeItem.ceremony_id == ceremony_id)
                                .order_by(ProgrammeItem.position, ProgrammeItem.id)):
        block = blocks.get(item.block_id) if item.block_id is not None else None
        seconds = block.seconds if block is not None else item.minutes * 60
        overruns = block.overruns if block is not None else False
        views.append(ItemView(item.id, item.position, item.kind, item.title, item.speaker,
                              item.minutes, item.block_id, clock, seconds, overruns))
        clock = clock + timedelta(seconds=seconds)
    return tuple(views), clock
