"""The registry-wide honorees table: a thin Qt model over the services' BrowseIndex.

Filtering and sorting run in the index on stored keys (milliseconds at 100,000
rows); the model only maps visible rows to positions in the index.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ceremony.services.browse_index import BrowseIndex, BrowseRow, Filters
from ceremony.ui.models import AnyIndex, column_title, kind_label, status_label

COLUMNS = ("name", "kind", "rank", "position", "unit", "award", "decision", "status", "ceremony")


class BrowseTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = BrowseIndex([])
        self._positions: list[int] = []
        self._filters = Filters()
        self._sort: tuple[str, bool] | None = None

    def set_rows(self, rows: list[BrowseRow]) -> None:
        self._index = BrowseIndex(rows)
        self._refresh()

    def set_filters(self, filters: Filters) -> None:
        self._filters = filters
        self._refresh()

    def row_at(self, row: int) -> BrowseRow:
        return self._index.rows[self._positions[row]]

    def total(self) -> int:
        return len(self._index)

    def relabel(self) -> None:
        """Re-read every label after the language changed (keeps rows and selection)."""
        if self.columnCount() and self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _refresh(self) -> None:
        self.beginResetModel()
        positions = self._index.filter(self._filters)
        if self._sort is not None:
            positions = self._index.sort(positions, *self._sort)
        self._positions = positions
        self.endResetModel()

    # -- Qt's questions -------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._positions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return column_title(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._positions) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.row_at(index.row())
        column = COLUMNS[index.column()]
        if column == "kind":
            return kind_label(row.kind)
        if column == "status":
            return status_label(row.status) if row.status else ""
        return getattr(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on stored keys (Qt's view calls this when a header is clicked)."""
        if not 0 <= column < len(COLUMNS):
            return
        # A reset rather than a layout change: no persistent indexes to remap.
        self.beginResetModel()
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        self._positions = self._index.sort(self._positions, *self._sort)
        self.endResetModel()
