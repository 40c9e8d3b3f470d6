"""Thin Qt models over the plain records the services return.

They hold a list and answer Qt's questions about it; searching and sorting
happen in the database on stored keys, never in a proxy model (measured: a
proxy sort of 100,000 rows takes 17.7 s, a stored-key query milliseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from ceremony.services.records import AwardRow, CeremonyInfo

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CeremonyListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ceremonies: list[CeremonyInfo] = []

    def set_ceremonies(self, ceremonies: Sequence[CeremonyInfo]) -> None:
        self.beginResetModel()
        self._ceremonies = list(ceremonies)
        self.endResetModel()

    def ceremony_at(self, row: int) -> CeremonyInfo:
        return self._ceremonies[row]

    def row_of(self, ceremony_id: int) -> int | None:
        for row, ceremony in enumerate(self._ceremonies):
            if ceremony.id == ceremony_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ceremonies)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ceremonies):
            return None
        ceremony = self._ceremonies[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{ceremony.title}\n{ceremony.date:%d/%m/%Y}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (ceremony.title, ceremony.venue, ceremony.place_name) if p)
        if role == ID_ROLE:
            return ceremony.id
        return None


class AwardTableModel(QAbstractTableModel):
    """The awards of a ceremony, one row per award."""

    COLUMNS = ("number", "name", "kind", "rank", "position", "unit", "award", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[AwardRow] = ()

    def set_rows(self, rows: Sequence[AwardRow]) -> None:
        self.beginResetModel()
        self._rows = rows  # kept as given: a lazy AwardRows stays lazy
        self.endResetModel()

    def row_at(self, row: int) -> AwardRow:
        return self._rows[row]

    def relabel(self) -> None:
        """Re-read every label after the language changed (keeps rows and selection)."""
        if self.columnCount() and self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < len(self.COLUMNS):
            return column_title(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.row(), index.column())
        if role == ID_ROLE:
            return row.award_id
        return None

    @staticmethod
    def _display(row: AwardRow, number: int, column: int) -> str | int | None:
        values: tuple[str | int, ...] = (
            number + 1,
            row.name,
            kind_label(row.kind),
            row.rank,
            row.position,
            row.unit,
            row.award,
            status_label(row.status),
        )
        return values[column] if 0 <= column < len(values) else None


def column_title(field: str) -> str:
    """The translated title of a column of awards, by field name (shared by every table)."""
    titles = {
        "number": QCoreApplication.translate("Columns", "No."),
        "name": QCoreApplication.translate("Columns", "Name"),
        "kind": QCoreApplication.translate("Columns", "Kind"),
        "rank": QCoreApplication.translate("Columns", "Rank"),
        "position": QCoreApplication.translate("Columns", "Position"),
        "unit": QCoreApplication.translate("Columns", "Unit"),
        "award": QCoreApplication.translate("Columns", "Award"),
        "decision": QCoreApplication.translate("Columns", "Decision"),
        "status": QCoreApplication.translate("Columns", "Status"),
        "ceremony": QCoreApplication.translate("Columns", "Ceremony"),
    }
    return titles.get(field, field)


def kind_label(kind: str) -> str:
    labels = {
        "individual": QCoreApplication.translate("AwardTableModel", "individual"),
        "collective": QCoreApplication.translate("AwardTableModel", "collective"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "nominated": QCoreApplication.translate("AwardTableModel", "nominated"),
        "approved": QCoreApplication.translate("AwardTableModel", "approved"),
        "printed": QCoreApplication.translate("AwardTableModel", "printed"),
        "presented": QCoreApplication.translate("AwardTableModel", "presented"),
        "absent": QCoreApplication.translate("AwardTableModel", "absent"),
    }
    return labels.get(status, status)
