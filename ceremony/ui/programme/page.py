"""The Programme page: running order with times, blocks, the stage rounds, check-in.

Every edit goes through an undoable command on the window's undo stack, then
the plan is read again (four queries, milliseconds even for a thousand people).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QTableView,
    QTreeView,
    QWidget,
)

from ceremony.ui.errors import show_error
from ceremony.ui.pages.ceremonies_page import fit_columns, table_view
from ceremony.ui.programme.checkin_panel import CheckInPanel
from ceremony.ui.programme.commands import CheckInCommand, PlanEditCommand, push_edit
from ceremony.ui.programme.gateway import PlanGateway
from ceremony.ui.programme.layout import PageLayout
from ceremony.ui.programme.rounds_model import RoundsModel
from ceremony.ui.programme.segments import SegmentEditor
from ceremony.ui.programme.tables import BlocksModel, ItemsModel

if TYPE_CHECKING:
    from ceremony.services.programme_records import PlanView
    from ceremony.services.programme_snapshot import PlanSnapshot
    from ceremony.ui.backend import Backend

TREE_COLUMN = 340
BLOCK_TEXT_COLUMN = 200


class ProgrammePage(QWidget):
    def __init__(self, backend: Callable[[], Backend | None], undo_stack: QUndoStack) -> None:
        super().__init__()
        self._backend = backend
        self.undo_stack = undo_stack
        self.loaded = False
        self.plan: PlanView | None = None
        self._gateway: PlanGateway | None = None
        self.items = ItemsModel(self)
        self.blocks = BlocksModel(self)
        self.rounds = RoundsModel(self)
        self.rounds.move_requested.connect(self._queue_move)
        self.ceremony_box = QComboBox()
        self.ceremony_box.currentIndexChanged.connect(lambda _row: self.reload_plan())
        self.items_table: QTableView = table_view(self.items)
        self.blocks_table: QTableView = table_view(self.blocks)
        self.blocks_table.doubleClicked.connect(lambda _index: self.edit_block())
        self.tree = QTreeView()
        self.tree.setModel(self.rounds)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.check_in = CheckInPanel()
        self.check_in.check_in_requested.connect(self.set_check_in)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #842029; font-weight: bold")
        self.segments = SegmentEditor(self)
        self.parts = PageLayout(self)
        self.retranslate()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.parts.retranslate()
        self.items.relabel()
        self.blocks.relabel()
        self._show_notice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading --------------------------------------------------------------
    @property
    def gateway(self) -> PlanGateway | None:
        backend = self._backend()
        if backend is None:
            return None
        if self._gateway is None or self._gateway.registry is not backend.registry:
            self._gateway = PlanGateway(backend.registry)  # a restored registry is a new one
        return self._gateway

    def ceremony_id(self) -> int | None:
        value = self.ceremony_box.currentData()
        return int(value) if value is not None else None

    def set_ceremony(self, ceremony_id: int) -> None:
        """Show *ceremony_id* (the main window calls this with its selected ceremony)."""
        row = self.ceremony_box.findData(ceremony_id)
        if row >= 0:
            self.ceremony_box.setCurrentIndex(row)

    def reload(self) -> None:
        gateway = self.gateway
        if gateway is None:
            return
        keep = self.ceremony_id()
        self.ceremony_box.blockSignals(True)  # one plan load below, not one per row
        self.ceremony_box.clear()
        for info in gateway.ceremonies():
            self.ceremony_box.addItem(f"{info.date:%d/%m/%Y} — {info.title}", info.id)
        row = self.ceremony_box.findData(keep) if keep is not None else -1
        self.ceremony_box.setCurrentIndex(max(row, 0) if self.ceremony_box.count() else -1)
        self.ceremony_box.blockSignals(False)
        self.loaded = True
        self.reload_plan()

    def reload_plan(self) -> None:
        gateway, ceremony_id = self.gateway, self.ceremony_id()
        kept = self.selected_award_id()
        self.plan = gateway.plan(ceremony_id) if gateway and ceremony_id is not None else None
        for model in (self.items, self.blocks, self.rounds):
            model.set_plan(self.plan)
        self.tree.expandAll()
        for column in range(self.rounds.columnCount()):
            self.tree.resizeColumnToContents(column)
            # A long collective's name must not push the place and check-in out of sight.
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), TREE_COLUMN))
        fit_columns(self.items_table)
        fit_columns(self.blocks_table)
        for column in (0, 1):  # award and presenters: long, and shown in full in the tooltip
            self.blocks_table.setColumnWidth(
                column, min(self.blocks_table.columnWidth(column), BLOCK_TEXT_COLUMN))
        if kept is not None:
            self.select_award(kept)
        self._on_tree_selection()
        self._show_notice()
        self.parts.enable(self.plan, gateway is not None and not gateway.read_only)

    def _show_notice(self) -> None:
        plan, notes = self.plan, []
        if plan is not None and not plan.planned:
            notes.append(self.tr("Not planned yet: press Plan to cut the awards into rounds."))
        elif plan is not None and plan.unplanned:
            notes.append(self.tr("%n award(s) not on stage yet.", "", len(plan.unplanned)))
        if plan is not None and plan.overrunning():
            notes.append(self.tr("%n block(s) outrun their slot.", "",
                                 len(plan.overrunning())))
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))

    # -- selection ------------------------------------------------------------
    def selected_award_id(self) -> int | None:
        person = self.rounds.person_at(self.tree.currentIndex())
        return person.award_id if person is not None else None

    def select_award(self, award_id: int) -> None:
        index = self.rounds.index_of_award(award_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_block_id(self) -> int | None:
        block = self.rounds.block_at(self.tree.currentIndex())
        table_index = self.blocks_table.currentIndex()
        if self.blocks_table.hasFocus() and table_index.isValid():
            block = self.blocks.record_at(table_index.row())
        return block.id if block is not None else None

    def _on_tree_selection(self, *_args: QItemSelection) -> None:
        self.check_in.show_person(self.rounds.person_at(self.tree.currentIndex()))
        block = self.rounds.block_at(self.tree.currentIndex())
        if block is not None and self.plan is not None:
            self.blocks_table.selectRow(self.plan.blocks.index(block))

    # -- edits ----------------------------------------------------------------
    def push_plan_edit(self, text: str, edit: Callable[[PlanGateway], PlanSnapshot]) -> bool:
        """Make a plan edit through the gateway as one undoable command."""
        return self._push_plan_edit(text, edit)

    def _push_plan_edit(self, text: str, edit: Callable[[PlanGateway], PlanSnapshot]) -> bool:
        gateway = self.gateway
        if gateway is None or gateway.read_only:
            return False
        return push_edit(self.undo_stack, PlanEditCommand(
            text, gateway, lambda: edit(gateway), self.reload_plan, self))

    def replan(self) -> None:
        ceremony_id = self.ceremony_id()
        if ceremony_id is not None:
            self._push_plan_edit(self.tr("Plan the rounds"), lambda g: g.auto_plan(ceremony_id))

    def place_late(self) -> None:
        ceremony_id, plan = self.ceremony_id(), self.plan
        if ceremony_id is not None and plan is not None and plan.unplanned:
            late = list(plan.unplanned)
            self._push_plan_edit(self.tr("Put late awards on stage"),
                                 lambda g: g.place_unplanned(ceremony_id, late))

    def move_award(self, award_id: int, round_number: int, position: int) -> bool:
        moved = self._push_plan_edit(self.tr("Move on stage"),
                                     lambda g: g.move_award(award_id, round_number, position))
        self.select_award(award_id)
        return moved

    def _queue_move(self, award_id: int, round_number: int, position: int) -> None:
        # Not inside the drop: the view is still finishing its drag on the old rows.
        QTimer.singleShot(0, lambda: self.move_award(award_id, round_number, position))

    def step(self, places: int, rounds: int = 0) -> None:
        """Keyboard moves: a place up or down (across rounds at the ends), or a round."""
        person = self.rounds.person_at(self.tree.currentIndex())
        block = self.rounds.block_at(self.tree.currentIndex())
        if person is None or block is None:
            return
        count = {r.number: len(r.people) for r in block.rounds}
        number, place = person.round_number + rounds, person.stage_position + places
        if rounds:
            place = 1 if rounds > 0 else count.get(number, 0) + 1
        elif place < 1:
            number, place = number - 1, count.get(number - 1, 0) + 1
        elif place > count[number]:
            number, place = number + 1, 1
        if 1 <= number <= len(block.rounds) + (1 if rounds > 0 else 0):
            self.move_award(person.award_id, number, place)

    def edit_block(self) -> None:
        from ceremony.ui.programme.block_dialog import BlockDialog

        block_id, gateway, plan = self.selected_block_id(), self.gateway, self.plan
        if block_id is None or gateway is None or plan is None or gateway.read_only:
            return
        dialog = BlockDialog(plan.block(block_id), plan.presenters, self)
        if dialog.exec() != BlockDialog.DialogCode.Accepted:
            return
        choice, ceremony_id = dialog.choice(), plan.ceremony.id
        presenters = list(choice.presenter_ids)
        if choice.new_presenter is not None:
            try:
                presenters.append(gateway.add_presenter(ceremony_id, *choice.new_presenter).id)
            except Exception as error:  # shown in the user's language; a bug is logged
                show_error(self, error)
                return
        self._push_plan_edit(self.tr("Change a presentation block"), lambda g: g.set_block(
            plan.block(block_id), choice.round_size, choice.slot_minutes, presenters))

    def set_check_in(self, award_id: int, attendance: str, name: str, title: str) -> bool:
        gateway = self.gateway
        if gateway is None or gateway.read_only:
            return False
        return push_edit(self.undo_stack, CheckInCommand(
            self.tr("Check in"), gateway, award_id, (attendance, name, title),
            self.reload_plan, self))

    # -- papers and the projector ---------------------------------------------
    def write_papers(self, folder: Path | None = None) -> list[Path]:
        gateway, ceremony_id = self.gateway, self.ceremony_id()
        if gateway is None or ceremony_id is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Write the papers to"))
            if not chosen:
                return []
            folder = Path(chosen)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = gateway.write_papers(ceremony_id, folder)
        except Exception as error:  # shown in the user's language; a bug is logged
            QApplication.restoreOverrideCursor()
            show_error(self, error)
            return []
        QApplication.restoreOverrideCursor()
        self.parts.status.setText(self.tr("Written: %1").replace(
            "%1", ", ".join(path.name for path in written)))
        return written

    def open_projector(self) -> QWidget | None:
        from ceremony.ui.programme.projector import open_projector

        gateway, ceremony_id = self.gateway, self.ceremony_id()
        if gateway is None or ceremony_id is None:
            return None
        return open_projector(self, gateway.registry, ceremony_id)
