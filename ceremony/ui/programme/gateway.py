"""The programme screens' way to the services, importing them on first use.

Like ui/backend.py: the main window may import the programme page at start-up,
so nothing here pulls SQLAlchemy or ReportLab in before the first call.
Everything returned is a plain frozen record (PlanView, PlanSnapshot, …).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.ui.gateway import RegistryGateway

if TYPE_CHECKING:
    from ceremony.services.programme_checkin import CheckIn
    from ceremony.services.programme_records import BlockView, PlanView, PresenterInfo
    from ceremony.services.programme_snapshot import PlanSnapshot
    from ceremony.services.programme_stage import OnStage
    from ceremony.services.programme_templates import Segment

# The papers the editor writes, with the file name each gets in the chosen folder.
PAPER_FILES = (("out", "running-order.pdf"), ("script", "mc-script.pdf"),
               ("cards", "name-cards.pdf"))


class PlanGateway(RegistryGateway):
    def plan(self, ceremony_id: int) -> PlanView:
        from ceremony.services.programme_view import load_plan

        return load_plan(self.registry, ceremony_id)

    # -- plan edits: each returns the plan as it was, for undo ----------------
    def auto_plan(self, ceremony_id: int) -> PlanSnapshot:
        from ceremony.services.programme_planning import auto_plan

        return auto_plan(self.registry, ceremony_id)

    def move_award(self, award_id: int, round_number: int, position: int) -> PlanSnapshot:
        from ceremony.services.programme_editing import move_award

        return move_award(self.registry, award_id, round_number, position)

    def place_unplanned(self, ceremony_id: int, award_ids: Sequence[int]) -> PlanSnapshot:
        """Late additions: each award to the end of its block, as one undo step."""
        from ceremony.services.programme_editing import add_to_plan

        snapshots = [add_to_plan(self.registry, award_id) for award_id in award_ids]
        return snapshots[0]  # the plan before the first: undo puts all of them back

    def set_block(self, block: BlockView, round_size: int, slot_minutes: int | None,
                  presenter_ids: Sequence[int]) -> PlanSnapshot:
        """Round size, slot and presenters of a block in one undo step."""
        from ceremony.services.programme_editing import BlockSettings, set_block_settings
        from ceremony.services.programme_presenters import set_block_presenters
        from ceremony.services.programme_snapshot import restore_plan
        from ceremony.store.programme import InnerOrder

        before = set_block_settings(self.registry, block.id, BlockSettings(
            round_size, block.collectives_first, InnerOrder(block.inner_order), slot_minutes))
        # The snapshot holds the presenter links too, so restoring it undoes both;
        # a refused second step puts the first back, so the action is all or nothing.
        try:
            set_block_presenters(self.registry, block.id, presenter_ids)
        except Exception:
            restore_plan(self.registry, before)
            raise
        return before

    def add_segment(self, ceremony_id: int, segment: Segment,
                    index: int | None) -> PlanSnapshot:
        from ceremony.services.programme_items import add_segment

        return add_segment(self.registry, ceremony_id, segment, index)

    def update_segment(self, item_id: int, segment: Segment) -> PlanSnapshot:
        from ceremony.services.programme_items import update_segment

        return update_segment(self.registry, item_id, segment)

    def remove_segment(self, item_id: int) -> PlanSnapshot:
        from ceremony.services.programme_items import remove_segment

        return remove_segment(self.registry, item_id)

    def move_item(self, item_id: int, index: int) -> PlanSnapshot:
        from ceremony.services.programme_items import move_item

        return move_item(self.registry, item_id, index)

    def restore_plan(self, snapshot: PlanSnapshot) -> PlanSnapshot:
        from ceremony.services.programme_snapshot import restore_plan

        return restore_plan(self.registry, snapshot)

    def add_presenter(self, ceremony_id: int, name: str, rank: str,
                      title: str) -> PresenterInfo:
        from ceremony.services.programme_presenters import add_presenter
        from ceremony.services.programme_records import PresenterInput

        return add_presenter(self.registry, ceremony_id, PresenterInput(name, rank, title))

    # -- the ceremony day -----------------------------------------------------
    def check_in(self, award_id: int, attendance: str, name: str = "",
                 title: str = "") -> CheckIn:
        """Record who receives an award; returns the previous state (for undo)."""
        from ceremony.services.programme_checkin import CheckIn, set_check_in
        from ceremony.store.programme import Attendance

        return set_check_in(self.registry, award_id,
                            CheckIn(Attendance(attendance), name, title))

    def put_back_check_in(self, award_id: int, state: CheckIn) -> CheckIn:
        from ceremony.services.programme_checkin import set_check_in

        return set_check_in(self.registry, award_id, state)

    def on_stage(self, ceremony_id: int) -> OnStage:
        from ceremony.services.programme_stage import on_stage

        return on_stage(self.registry, ceremony_id)

    def go_on_stage(self, ceremony_id: int, block_id: int | None, round_number: int,
                    mark: bool = True) -> None:
        """Store the round now on stage and (going forward) log it as presented now."""
        from ceremony.services.programme_stage import OnStage, mark_presented, set_on_stage

        now = datetime.now()
        set_on_stage(self.registry, ceremony_id, OnStage(block_id, round_number, now))
        if block_id is not None and mark:
            mark_presented(self.registry, block_id, round_number, now)

    def write_papers(self, ceremony_id: int, folder: Path) -> list[Path]:
        from ceremony.printing.programme.files import Paper, write_paper
        from ceremony.services.programme_view import load_plan

        # Reading only: awards not on stage yet are placed by the editor's own
        # (undoable) action first, never silently here.
        plan = load_plan(self.registry, ceremony_id)
        return [write_paper(plan, Paper(paper), folder / name).path
                for paper, name in PAPER_FILES]
