"""The sheet as the spreadsheet shows it, each row coloured by what the importer saw in it."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ceremony.importing.problems import column_letter
from ceremony.ui.import_wizard.table_model import WizardTable
from ceremony.ui.models import AnyIndex

if TYPE_CHECKING:
    from ceremony.importing import SheetPreview


class RowPart(enum.Enum):
    TITLE = "title"
    HEADER = "header"
    SECTION = "section"
    DATA = "data"
    FOOTER = "footer"  # totals, notes, signature block
    SKIPPED = "skipped"  # blank, spacer, or a row the importer could not use
    NONE = "none"  # empty rows above the header


# Light fills that keep black text readable; the legend shows the same colours.
COLOURS: dict[RowPart, str] = {
    RowPart.TITLE: "#cfe2ff", RowPart.HEADER: "#ffe69c", RowPart.SECTION: "#c7eed8",
    RowPart.FOOTER: "#e2d9f3", RowPart.SKIPPED: "#e9ecef",
}
PART_ROLE = Qt.ItemDataRole.UserRole + 2


def part_label(part: RowPart) -> str:
    labels = {
        RowPart.TITLE: QCoreApplication.translate("ImportWizard", "Title block"),
        RowPart.HEADER: QCoreApplication.translate("ImportWizard", "Header"),
        RowPart.SECTION: QCoreApplication.translate("ImportWizard", "Section"),
        RowPart.DATA: QCoreApplication.translate("ImportWizard", "Honoree"),
        RowPart.FOOTER: QCoreApplication.translate("ImportWizard", "Total, note or footer"),
        RowPart.SKIPPED: QCoreApplication.translate("ImportWizard", "Skipped"),
    }
    return labels.get(part, "")


def row_parts(sheet: SheetPreview, height: int) -> list[RowPart]:
    """What each 0-based row of the grid is, from the preview's layout and rows."""
    from ceremony.importing.sections import RowKind

    layout = sheet.layout
    first_header = layout.header_rows[0]
    entries = {entry.row for entry in sheet.rows.entries}
    parts = []
    for r in range(height):
        kind = sheet.rows.skipped.get(r + 1)
        if r < first_header:
            part = RowPart.TITLE
        elif r < layout.body_start:
            part = RowPart.HEADER  # the header rows and a "(1) (2) (3)" numbering row
        elif r + 1 in entries:
            part = RowPart.DATA
        elif kind in (RowKind.SECTION, RowKind.HEADING):
            part = RowPart.SECTION
        elif kind in (RowKind.TOTAL, RowKind.NOTE, RowKind.FOOTER):
            part = RowPart.FOOTER
        else:
            part = RowPart.SKIPPED
        parts.append(part)
    return parts


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return f"{value:%d/%m/%Y}"
    return str(value)


class GridModel(WizardTable):
    """Rows and columns exactly as in the file; column titles are the sheet's letters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Sequence[object]] = ()
        self._parts: list[RowPart] = []
        self._width = 0

    def set_grid(self, rows: Sequence[Sequence[object]], parts: list[RowPart]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._parts = parts
        self._width = max((len(row) for row in rows), default=0)
        self.endResetModel()

    def part_of(self, row: int) -> RowPart:
        return self._parts[row] if 0 <= row < len(self._parts) else RowPart.NONE

    def row_count(self) -> int:
        return len(self._rows)

    def column_count(self) -> int:
        return self._width

    def column_title(self, section: int) -> str:
        return column_letter(section)

    def row_title(self, section: int) -> str:
        return str(section + 1)  # the spreadsheet's own row numbers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return shown(row[column]) if 0 <= column < len(row) else ""
        part = self.part_of(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and part in COLOURS:
            return QBrush(QColor(COLOURS[part]))
        if role == Qt.ItemDataRole.ForegroundRole and part in COLOURS:
            return QBrush(QColor("#000000"))
        if role == PART_ROLE:
            return part.value
        return None
