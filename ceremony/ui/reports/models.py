"""Table models of the Reports page: statistics with a total row, annexes, warnings.

Column titles of the figures are the words the exported reports use
(ceremony.messages, report.*), so the table on screen reads like the PDF; they
are looked up when shown, so a language switch re-labels them at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from ceremony.messages import render
from ceremony.ui.errors import current_language
from ceremony.ui.models import AnyIndex, column_title, kind_label
from ceremony.ui.record_model import Column, RecordTableModel

if TYPE_CHECKING:
    from ceremony.services.eligibility import EligibilityWarning
    from ceremony.services.reports import Annex, AnnexEntry, Counts, StatRow

COUNT_KEYS = ("total", "collectives", "individuals", "men", "women", "minorities")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # a count as a number, for code and tests
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def words(key: str) -> str:
    """A report word (ceremony.messages, report.*) in the app's language."""
    return render(f"report.{key}", current_language())


def number(value: int) -> str:
    """A count as the user's locale writes numbers (1.234 in Vietnamese, 1,234 in English)."""
    return QLocale().toString(value)


def count_of(counts: Counts, key: str) -> int:
    return counts.total if key == "total" else int(getattr(counts, key))


class StatisticsModel(QAbstractTableModel):
    """One row per award type (or unit), then a bold total row; read-only."""

    def __init__(self, first_column: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first = first_column  # "award" or "unit": a report.column.* key
        self._rows: list[StatRow] = []
        self._total: Counts | None = None

    def set_rows(self, rows: Sequence[StatRow], total: Counts | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total if rows else None
        self.endResetModel()

    def row_at(self, row: int) -> StatRow | None:
        """The item of a row; None for the total row."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def relabel(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COUNT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return words(f"column.{self._first}")
        if 0 < section < self.columnCount():
            return words(f"column.{COUNT_KEYS[section - 1]}")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        item = self.row_at(index.row())
        counts = item.counts if item is not None else self._total
        assert counts is not None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE):
            if column == 0:
                return self._label(item)
            value = count_of(counts, COUNT_KEYS[column - 1])
            return value if role == VALUE_ROLE else number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(NUMBER_ALIGNMENT.value)
        if role == Qt.ItemDataRole.FontRole and item is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item is not None:
            return "\n".join(part for part in (self._label(item), item.detail) if part)
        return None

    @staticmethod
    def _label(item: StatRow | None) -> str:
        if item is None:
            return words("statistics.total_row")
        return item.label or words("statistics.no_unit")


def _tr(text: object) -> Callable[[], str]:
    """A column title of ours, translated when shown (marked by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("ReportsModels", str(text))


def annex_model(parent: QObject) -> RecordTableModel[Annex]:
    """The annexes of a ceremony: one per decision and award type, with its counts."""
    columns: list[Column] = [
        (lambda: words("column.award"), lambda a: a.award),
        (lambda: column_title("decision"), lambda a: a.decision_number or "—"),
        (_tr(QT_TRANSLATE_NOOP("ReportsModels", "Decision date")),
         lambda a: "" if a.decision_date is None else f"{a.decision_date:%d/%m/%Y}"),
        (lambda: words("column.authority"), lambda a: a.authority),
        (lambda: words("column.collectives"), lambda a: number(len(a.collectives))),
        (lambda: words("column.individuals"), lambda a: number(len(a.individuals))),
        (lambda: words("column.total"), lambda a: number(len(a.entries))),
    ]
    return RecordTableModel(columns, parent)


def entries_model(parent: QObject) -> RecordTableModel[AnnexEntry]:
    """The honorees of one annex, collectives first, in the decision's order."""
    columns: list[Column] = [
        (lambda: words("column.name"), lambda e: e.name),
        (lambda: column_title("kind"), lambda e: kind_label(e.kind)),
        (lambda: words("column.rank_position"), lambda e: e.rank_position),
        (lambda: words("column.unit"), lambda e: e.unit),
    ]
    return RecordTableModel(columns, parent)


def warning_text(warning: EligibilityWarning) -> str:
    return render(warning.key, current_language(), **warning.params)


def warnings_model(parent: QObject) -> RecordTableModel[EligibilityWarning]:
    columns: list[Column] = [
        (lambda: column_title("name"), lambda w: w.honoree),
        (lambda: column_title("award"), lambda w: w.award),
        (_tr(QT_TRANSLATE_NOOP("ReportsModels", "Reason")), warning_text),
    ]
    return RecordTableModel(columns, parent)
