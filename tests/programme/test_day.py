"""Times, check-in, presenters and the on-stage position (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ceremony.errors import DataError
from ceremony.services.programme_checkin import CheckIn, set_check_in, set_timing
from ceremony.services.programme_editing import BlockSettings, set_block_settings
from ceremony.services.programme_items import build_programme, move_item
from ceremony.services.programme_presenters import (
    remove_presenter,
    restore_presenter,
    update_presenter,
)
from ceremony.services.programme_records import PlanView, PresenterInput
from ceremony.services.programme_snapshot import restore_plan
from ceremony.services.programme_stage import (
    OnStage,
    mark_presented,
    on_stage,
    set_on_stage,
    set_presented_times,
)
from ceremony.services.programme_timing import Timing
from ceremony.services.programme_view import load_plan
from ceremony.store.programme import Attendance, InnerOrder
from ceremony.store.registry import Registry, open_registry


def test_times_follow_the_start_and_the_estimate(any_planned: PlanView,
                                                 any_sample_registry: Registry) -> None:
    registry, plan = any_sample_registry, any_planned
    assert plan.items[0].start == datetime(2024, 2, 23, 8, 0)
    for earlier, later in zip(plan.items, plan.items[1:], strict=False):
        assert later.start == earlier.start + timedelta(seconds=earlier.seconds)
    medal = plan.blocks[0]  # reading 90 s + 2 rounds × 60 s + 15 people × 20 s
    assert medal.seconds == 90 + 2 * 60 + 15 * 20
    set_timing(registry, plan.ceremony.id, Timing(per_person=30, per_round=60, per_reading=90))
    later = load_plan(registry, plan.ceremony.id)
    assert later.end - plan.end == timedelta(seconds=10 * 49)


def test_a_block_outrunning_its_slot_is_flagged(any_planned: PlanView,
                                                any_sample_registry: Registry) -> None:
    registry, block = any_sample_registry, any_planned.blocks[2]
    set_block_settings(registry, block.id, BlockSettings(7, True, InnerOrder.LIST, 10))
    plan = load_plan(registry, any_planned.ceremony.id)
    assert [b.overruns for b in plan.blocks] == [False, False, True]
    assert plan.overrunning()[0].seconds == block.seconds  # the estimate, not the slot
    set_block_settings(registry, block.id, BlockSettings(7, True, InnerOrder.LIST, 30))
    roomy = load_plan(registry, any_planned.ceremony.id)
    assert not roomy.overrunning() and roomy.blocks[2].seconds == 30 * 60


def test_check_in_proxy_and_absence(any_planned: PlanView,
                                    any_sample_registry: Registry) -> None:
    registry = any_sample_registry
    person = any_planned.blocks[0].rounds[0].people[0]
    with pytest.raises(DataError):
        set_check_in(registry, person.award_id, CheckIn(Attendance.PROXY))
    before = set_check_in(registry, person.award_id,
                          CheckIn(Attendance.PROXY, "Nông Thị Mai", "Phó Trưởng ban"))
    assert before == CheckIn()
    again = load_plan(registry, any_planned.ceremony.id).blocks[0].rounds[0].people[0]
    assert again.by_proxy and again.walks and again.receiver_name == "Nông Thị Mai"
    set_check_in(registry, person.award_id, CheckIn(Attendance.ABSENT))
    absent = load_plan(registry, any_planned.ceremony.id)
    assert not absent.blocks[0].rounds[0].people[0].walks
    assert absent.blocks[0].seconds == any_planned.blocks[0].seconds - 20  # one less walk-on
    set_check_in(registry, person.award_id, before)
    assert load_plan(registry, any_planned.ceremony.id) == any_planned


def test_presenters_edit_and_come_back(any_planned: PlanView,
                                       any_sample_registry: Registry) -> None:
    registry, general = any_sample_registry, any_planned.presenters[0]
    old = update_presenter(registry, general.id, PresenterInput("Phùng Quốc Tuấn", "Trung tướng",
                                                                 general.title))
    assert load_plan(registry, any_planned.ceremony.id).blocks[0].presenters[0].rank == (
        "Trung tướng")
    update_presenter(registry, general.id, old)
    removed = remove_presenter(registry, general.id)
    assert not load_plan(registry, any_planned.ceremony.id).blocks[0].presenters
    restore_presenter(registry, removed)
    assert load_plan(registry, any_planned.ceremony.id) == any_planned


def test_programme_templates_and_moves(any_planned: PlanView,
                                       any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    undo = build_programme(registry, ceremony_id, "en-awards-night")
    english = load_plan(registry, ceremony_id)
    assert english.items[0].title == "Welcome and opening remarks"
    assert [i.block_id for i in english.items if i.block_id] == [b.id for b in english.blocks]
    # Moving the provincial block's item first moves the block first: script and stage agree.
    last_block_item = [i for i in english.items if i.block_id][-1]
    move_item(registry, last_block_item.id, 0)
    moved = load_plan(registry, ceremony_id)
    assert moved.blocks[0].id == last_block_item.block_id
    assert moved.stage_order()[:7] == [p.award_id for p in english.blocks[2].people()][:7]
    restore_plan(registry, undo)
    assert load_plan(registry, ceremony_id) == any_planned
    with pytest.raises(DataError):
        build_programme(registry, ceremony_id, "no-such-template")


def test_the_stage_position_survives_a_restart(planned: PlanView, registry_path: Path,
                                               sample_registry: Registry) -> None:
    ceremony_id, block = planned.ceremony.id, planned.blocks[1]
    assert on_stage(sample_registry, ceremony_id).block_id is None
    at = datetime(2024, 2, 23, 8, 41)
    set_on_stage(sample_registry, ceremony_id, OnStage(block.id, 2, at))
    times = mark_presented(sample_registry, block.id, 1, at)
    assert set(times) == {p.award_id for p in block.rounds[0].people}
    sample_registry.close()
    reopened = open_registry(registry_path)
    try:
        assert on_stage(reopened, ceremony_id) == OnStage(block.id, 2, at)
        set_presented_times(reopened, times)
    finally:
        reopened.close()
