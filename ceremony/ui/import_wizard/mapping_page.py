"""Page 3: which field each column is read into; a change re-runs the preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ceremony.importing import Field
from ceremony.ui.import_wizard.choices import ChoiceDelegate
from ceremony.ui.import_wizard.grid_model import shown
from ceremony.ui.import_wizard.grid_page import sheet_label
from ceremony.ui.import_wizard.mapping_model import FIELD_COLUMN, ColumnRow, MappingModel

if TYPE_CHECKING:
    from ceremony.importing import SheetPreview
    from ceremony.ui.import_wizard.wizard import ImportWizard

SAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.model = MappingModel(self._changed, self)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self.show_sheet)
        self.sheet_label = QLabel()
        self.sheet_label.setBuddy(self.sheet)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD_COLUMN, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QFormLayout()
        top.addRow(self.sheet_label, self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.model.layoutChanged.emit()  # re-read the translated field names
        self.show_note()

    def show_note(self) -> None:
        sheet = self.current()
        remembered = sheet is not None and sheet.remembered
        self.setSubTitle(self.tr(
            "Each column of the list and what it is read as. Change a column's field to "
            "correct it; the mapping is remembered for lists with the same headers."))
        self.note.setText(self.tr("This sheet's headers were seen before: the mapping used "
                                  "then is applied.") if remembered else "")

    def initializePage(self) -> None:
        preview = self._wizard.state.preview
        self.sheet.blockSignals(True)
        kept = self.sheet.currentIndex()
        self.sheet.clear()
        if preview is not None:
            several = len({s.path for s in preview.sheets}) > 1
            for index, sheet in enumerate(preview.sheets):
                self.sheet.addItem(sheet_label(sheet, several), index)
        self.sheet.setCurrentIndex(max(0, min(kept, self.sheet.count() - 1)))
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
        rows: list[ColumnRow] = []
        if sheet is not None:
            grid = self._wizard.state.grids.get((sheet.path.name, sheet.sheet), [])
            body = grid[sheet.layout.body_start:sheet.layout.body_start + 200]
            for column, header in enumerate(sheet.layout.labels):
                values = [v for row in body if column < len(row) and (v := shown(row[column]))]
                rows.append(ColumnRow(column, header, sheet.mapping.get(column, Field.IGNORE),
                                      " | ".join(values[:SAMPLES])))
        self.model.set_columns(rows)
        self.table.resizeColumnsToContents()
        self.show_note()

    def _changed(self, letter: str, target: Field) -> None:
        before = dict(self._wizard.state.overrides)
        self._wizard.state.overrides[letter] = target
        # Re-run once the delegate has finished its edit: the preview resets this model.
        QTimer.singleShot(0, lambda: self._rerun(before))

    def _rerun(self, before: dict[str, Field]) -> None:
        if not self._wizard.run_preview(with_grids=False):
            self._wizard.state.overrides = before  # refused or cancelled: as it was
        self.show_sheet()
