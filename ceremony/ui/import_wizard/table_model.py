"""What every table model of the wizard shares: counting rows, titling columns.

A subclass lists its column titles in TITLES (marked with QT_TRANSLATE_NOOP in the
"ImportWizard" context) and says how many rows it has; the rest is answered here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ceremony.ui.models import AnyIndex


class WizardTable(QAbstractTableModel):
    TITLES: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def column_count(self) -> int:
        return len(self.TITLES)

    def column_title(self, section: int) -> str | None:
        return QCoreApplication.translate("ImportWizard", self.TITLES[section])

    def row_title(self, section: int) -> str | None:
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_title(section) if section < self.column_count() else None
        return self.row_title(section) if section < self.row_count() else None

    def valid(self, index: AnyIndex) -> bool:
        """A cell of this table (Qt may ask about others)."""
        return (index.isValid() and 0 <= index.row() < self.row_count()
                and 0 <= index.column() < self.column_count())
