"""The automatic plan of the sample ceremony, and editing it with undo (SQLite and PostgreSQL)."""

from __future__ import annotations

from ceremony.services.programme_editing import (
    BlockSettings,
    add_to_plan,
    move_award,
    remove_from_plan,
    set_block_settings,
)
from ceremony.services.programme_planning import auto_plan, prepare_plan
from ceremony.services.programme_records import PlanOptions, PlanView
from ceremony.services.programme_snapshot import restore_plan
from ceremony.services.programme_view import load_plan, stage_order
from ceremony.store.models import Award
from ceremony.store.programme import InnerOrder
from ceremony.store.registry import Registry

BORDER_GUARD = "Thiếu tướng Phùng Quốc Tuấn, Phó Chính ủy Bộ đội Biên phòng"
PROVINCE = ("Triệu Đình Lê, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh "
            "Cao Bằng")


def shape(plan: PlanView) -> list[list[int]]:
    return [[len(r.people) for r in block.rounds] for block in plan.blocks]


def test_the_sample_is_planned_by_precedence_in_even_rounds(any_planned: PlanView) -> None:
    plan = any_planned
    assert [block.award[:14] for block in plan.blocks] == [
        "Kỷ niệm chương", "Bằng khen của ", "Bằng khen của "]
    assert [block.decision_number for block in plan.blocks] == [
        "412/QĐ-BTL", "418/QĐ-BTL", "215/QĐ-UBND"]
    # 15 by 10 → 8 + 7; collectives apart from individuals; 7 collectives, 21 individuals.
    assert shape(plan) == [[8, 7], [2, 4], [7, 7, 7, 7]]
    assert [[p.called for p in block.presenters] for block in plan.blocks] == [
        [BORDER_GUARD], [BORDER_GUARD], [PROVINCE]]
    second = plan.blocks[1]
    assert [p.is_collective for p in second.rounds[0].people] == [True, True]
    assert len(plan.stage_order()) == 49 and not plan.unplanned


def test_stage_order_follows_the_list_and_is_stable(any_planned: PlanView,
                                                    any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    order = stage_order(registry, ceremony_id)
    assert order == any_planned.stage_order()
    # Re-planning an unchanged ceremony changes nothing; neither does reading again.
    auto_plan(registry, ceremony_id)
    assert stage_order(registry, ceremony_id) == order
    assert load_plan(registry, ceremony_id).blocks[0].presenters  # presenters kept
    with registry.reading() as session:
        positions = {a.id: a.list_position for a in session.query(Award)}
    medal = [p.award_id for p in any_planned.blocks[0].people()]
    assert medal == sorted(medal, key=positions.__getitem__)


def test_replanning_a_block_and_undoing_it(any_planned: PlanView,
                                           any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    block = any_planned.blocks[2]
    before = set_block_settings(registry, block.id, BlockSettings(
        round_size=12, collectives_first=True, inner_order=InnerOrder.LIST, slot_minutes=None))
    assert shape(load_plan(registry, ceremony_id))[2] == [7, 11, 10]
    restore_plan(registry, before)
    assert load_plan(registry, ceremony_id) == any_planned


def test_name_order_and_options_for_every_block(any_planned: PlanView,
                                                any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    auto_plan(registry, ceremony_id, PlanOptions(round_size=30, collectives_first=False,
                                                  inner_order=InnerOrder.NAME))
    plan = load_plan(registry, ceremony_id)
    assert shape(plan) == [[15], [6], [28]]
    medal = [p.name.split()[-1] for p in plan.blocks[0].people()]
    assert medal[0] == "Bằng" and medal[-1] == "Ước"  # given names, Vietnamese order


def test_moving_an_award_to_another_round_and_back(any_planned: PlanView,
                                                   any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    first = any_planned.blocks[0].rounds[0].people[0]
    undo = move_award(registry, first.award_id, round_number=2, position=1)
    plan = load_plan(registry, ceremony_id)
    assert shape(plan)[0] == [7, 8]
    moved = plan.blocks[0].rounds[1].people[0]
    assert (moved.award_id, moved.round_number, moved.stage_position) == (first.award_id, 2, 1)
    restore_plan(registry, undo)
    assert load_plan(registry, ceremony_id) == any_planned


def test_late_additions_and_removals(any_planned: PlanView,
                                     any_sample_registry: Registry) -> None:
    registry, ceremony_id = any_sample_registry, any_planned.ceremony.id
    medal_block = any_planned.blocks[0]
    last = medal_block.rounds[-1].people[-1]
    undo = remove_from_plan(registry, last.award_id)
    plan = load_plan(registry, ceremony_id)
    assert plan.unplanned == (last.award_id,)
    assert last.award_id not in plan.stage_order()
    assert stage_order(registry, ceremony_id)[-1] == last.award_id  # still printed, at the end
    undo_add = add_to_plan(registry, last.award_id)
    assert load_plan(registry, ceremony_id).stage_order() == any_planned.stage_order()
    restore_plan(registry, undo_add)  # removed again
    assert prepare_plan(registry, ceremony_id) == [last.award_id]  # what `order` does
    assert load_plan(registry, ceremony_id).stage_order() == any_planned.stage_order()
    restore_plan(registry, undo)
    assert load_plan(registry, ceremony_id) == any_planned
