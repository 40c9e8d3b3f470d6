"""The running order's items and the presentation blocks, as read-only tables.

Thin adapters over the PlanView records; a block that outruns its planned
slot (and its programme line) is drawn in the warning colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ceremony.ui.models import AnyIndex
from ceremony.ui.record_model import RecordTableModel

if TYPE_CHECKING:
    from ceremony.services.programme_records import BlockView, ItemView, PlanView

WARNING_BACKGROUND = QColor("#f8d7da")
WARNING_TEXT = QColor("#842029")


def _t(text: object) -> Callable[[], str]:
    """A column title translated when shown (marked for lupdate by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("ProgrammePage", str(text))


def duration(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes}:{rest:02d}"


def block_title(block: BlockView) -> str:
    number = f" — {block.decision_number}" if block.decision_number else ""
    return f"{block.award}{number}"


def presenters_text(block: BlockView) -> str:
    return "; ".join(presenter.called for presenter in block.presenters)


class _WarnedTable(RecordTableModel[Any]):
    """A record table whose overrunning rows are coloured and explained in a tooltip."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if getattr(self.record_at(index.row()), "overruns", False):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNING_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNING_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ProgrammePage", "The estimate is longer than the time planned for it.")
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # the full text
        return super().data(index, role)


class ItemsModel(_WarnedTable):
    """The programme: start time, what happens, who speaks, how long."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Start")), lambda i: f"{i.start:%H:%M}"),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Item")), self._title),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Speaker")), self._speaker),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Duration")), lambda i: duration(i.seconds)),
        ], parent)
        self._blocks: dict[int, BlockView] = {}

    def set_plan(self, plan: PlanView | None) -> None:
        self._blocks = {block.id: block for block in plan.blocks} if plan else {}
        self.set_records(plan.items if plan else ())

    def _title(self, item: ItemView) -> str:
        block = self._blocks.get(item.block_id) if item.block_id is not None else None
        return block_title(block) if block is not None else item.title

    def _speaker(self, item: ItemView) -> str:
        block = self._blocks.get(item.block_id) if item.block_id is not None else None
        return presenters_text(block) if block is not None else item.speaker


class BlocksModel(_WarnedTable):
    """The presentation blocks: who presents, how many per round, how long it takes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Award")), block_title),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Presented by")), self._presenters),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Per round")), lambda b: b.round_size),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Rounds")), lambda b: len(b.rounds)),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Time")), lambda b: duration(b.seconds)),
            (_t(QT_TRANSLATE_NOOP("ProgrammePage", "Slot (min)")),
             lambda b: "" if b.slot_minutes is None else b.slot_minutes),
        ], parent)

    def set_plan(self, plan: PlanView | None) -> None:
        self.set_records(plan.blocks if plan else ())

    @staticmethod
    def _presenters(block: BlockView) -> str:
        return presenters_text(block) or QCoreApplication.translate(
            "ProgrammePage", "(nobody yet)")
