"""Page 2: the sheet's own grid, with what the importer found in it shown in colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ceremony.ui.import_wizard.grid_model import COLOURS, GridModel, RowPart, part_label, row_parts

if TYPE_CHECKING:
    from ceremony.importing import SheetPreview
    from ceremony.ui.import_wizard.wizard import ImportWizard


def sheet_label(sheet: SheetPreview, several_files: bool) -> str:
    name = sheet.sheet or sheet.path.name
    return f"{sheet.path.name} — {name}" if several_files and sheet.sheet else name


class GridPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.model = GridModel(self)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self.show_sheet)
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.legend = QHBoxLayout()
        self._swatches: dict[RowPart, QLabel] = {}
        for part, colour in COLOURS.items():
            swatch = QLabel()
            swatch.setStyleSheet(f"background: {colour}; color: #000; padding: 2px 8px;"
                                 " border: 1px solid #adb5bd")
            self._swatches[part] = swatch
            self.legend.addWidget(swatch)
        self.legend.addStretch()
        top = QFormLayout()
        top.addRow(self.sheet_label, self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.legend)
        layout.addWidget(self.found)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check what was found in the sheet"))
        self.setSubTitle(self.tr("The sheet as the office typed it. Only the rows marked as "
                                 "honorees (no colour) are imported."))
        self.sheet_label.setText(self.tr("&Sheet:"))
        for part, swatch in self._swatches.items():
            swatch.setText(part_label(part))
        self.show_sheet()

    def initializePage(self) -> None:
        preview = self._wizard.state.preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if preview is not None:
            several = len({s.path for s in preview.sheets}) > 1
            for index, sheet in enumerate(preview.sheets):
                self.sheet.addItem(sheet_label(sheet, several), index)
        self.sheet.blockSignals(False)
        self.show_sheet()

    def current(self) -> SheetPreview | None:
        preview = self._wizard.state.preview
        index = self.sheet.currentData()
        if preview is None or index is None or index >= len(preview.sheets):
            return None
        return preview.sheets[int(index)]

    def show_sheet(self) -> None:
        sheet = self.current()
        if sheet is None:
            self.model.set_grid([], [])
            self.found.setText("")
            return
        rows = self._wizard.state.grids.get((sheet.path.name, sheet.sheet), [])
        self.model.set_grid(rows, row_parts(sheet, len(rows)))
        layout = sheet.layout
        header = "–".join(str(r + 1) for r in (layout.header_rows[0], layout.header_rows[-1]))
        if len(layout.header_rows) == 1:
            header = str(layout.header_rows[0] + 1)
        self.found.setText(self.tr(
            "Header found on row %1; %2 honoree(s) from row %3; %4 row(s) skipped.")
            .replace("%1", header).replace("%2", str(len(sheet.rows.entries)))
            .replace("%3", str(layout.body_start + 1))
            .replace("%4", str(len(sheet.rows.skipped))))
        self.table.scrollTo(self.model.index(max(0, layout.header_rows[0] - 1), 0))
