"""Page 2: the sheet's own grid, with what the importer found in it shown in colours.

The header row can be corrected: select the row holding the column titles and press
"This is the header row"; the list is read again around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ceremony.ui.errors import current_language
from ceremony.ui.import_wizard.grid_model import COLOURS, GridModel, RowPart, part_label, row_parts

if TYPE_CHECKING:
    from ceremony.importing import SheetPreview
    from ceremony.ui.import_wizard.wizard import ImportWizard

SheetKey = tuple[str, str]  # file name, sheet: how the wizard's grids are keyed


def sheet_label(sheet: SheetPreview, several_files: bool) -> str:
    return key_label((sheet.path.name, sheet.sheet), several_files)


def key_label(key: SheetKey, several_files: bool) -> str:
    file, sheet = key
    name = sheet or file
    return f"{file} — {name}" if several_files and sheet else name


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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.use_header = QPushButton()
        self.use_header.clicked.connect(self.take_selected_as_header)
        self.detect_header = QPushButton()
        self.detect_header.clicked.connect(self.detect_again)
        self.legend = QHBoxLayout()
        self._shown_keys: list[SheetKey] = []  # the sheet box's entries, in order
        self._swatches: dict[RowPart, QLabel] = {}
        for part, colour in COLOURS.items():
            swatch = QLabel()
            swatch.setStyleSheet(f"background: {colour}; color: #000; padding: 2px 8px;"
                                 " border: 1px solid #adb5bd")
            self._swatches[part] = swatch
            self.legend.addWidget(swatch)
        self.legend.addStretch()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        top = QFormLayout()
        top.addRow(self.sheet_label, self.sheet)
        header = QHBoxLayout()
        header.addWidget(self.found, 1)
        header.addWidget(self.use_header)
        header.addWidget(self.detect_header)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.legend)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check what was found in the sheet"))
        self.setSubTitle(self.tr("The sheet as the office typed it. Only the rows marked as "
                                 "honorees (no colour) are imported. If the header was not "
                                 "found right, select the row with the column titles."))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.use_header.setText(self.tr("&This is the header row"))
        self.use_header.setToolTip(self.tr("Read the list again with the selected row as "
                                           "its header"))
        self.detect_header.setText(self.tr("Find the header &again"))
        for part, swatch in self._swatches.items():
            swatch.setText(part_label(part))
        self.show_sheet()

    def initializePage(self) -> None:
        kept = self.current_key()
        self._shown_keys = self._keys()
        self.sheet.blockSignals(True)
        self.sheet.clear()
        several = len({file for file, _sheet in self._shown_keys}) > 1
        for index, key in enumerate(self._shown_keys):
            self.sheet.addItem(key_label(key, several), index)
        if kept in self._shown_keys:
            self.sheet.setCurrentIndex(self._shown_keys.index(kept))
        self.sheet.blockSignals(False)
        self.show_sheet()

    def _keys(self) -> list[SheetKey]:
        """Every sheet read, those the importer found a table in first."""
        state = self._wizard.state
        found = [(s.path.name, s.sheet) for s in state.preview.sheets] if state.preview else []
        return list(dict.fromkeys([*found, *state.grids]))

    def current_key(self) -> SheetKey | None:
        index = self.sheet.currentData()
        return self._shown_keys[index] if isinstance(index, int) else None

    def current(self) -> SheetPreview | None:
        preview, key = self._wizard.state.preview, self.current_key()
        if preview is None or key is None:
            return None
        return next((s for s in preview.sheets if (s.path.name, s.sheet) == key), None)

    def isComplete(self) -> bool:
        return self._wizard.state.preview is not None

    def show_sheet(self) -> None:
        key, sheet = self.current_key(), self.current()
        rows = self._wizard.state.grids.get(key, []) if key is not None else []
        self.model.set_grid(rows, row_parts(sheet, len(rows)) if sheet is not None else [])
        self.found.setText(self._found_text(sheet) if key is not None else "")
        if sheet is not None:
            self.table.scrollTo(self.model.index(max(0, sheet.layout.header_rows[0] - 1), 0))
        self._enable()

    def _found_text(self, sheet: SheetPreview | None) -> str:
        if sheet is None:
            return self.tr("No header row was found in this sheet, so it is not imported. "
                           "Select the row with the column titles (Họ và tên, Đơn vị…) and "
                           "press “This is the header row”.")
        layout = sheet.layout
        header = "–".join(str(r + 1) for r in (layout.header_rows[0], layout.header_rows[-1]))
        if len(layout.header_rows) == 1:
            header = str(layout.header_rows[0] + 1)
        found = (self.tr("Header found on row %1; %2 honoree(s) from row %3; %4 row(s) skipped.")
                 .replace("%1", header).replace("%2", str(len(sheet.rows.entries)))
                 .replace("%3", str(layout.body_start + 1))
                 .replace("%4", str(len(sheet.rows.skipped))))
        # A header the user pointed out may name no column as the name: say what to do.
        unnamed = [p.message(current_language()) for p in sheet.rows.problems
                   if p.key == "import.no_name_column"]
        return " ".join([found, *unnamed])

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _enable(self) -> None:
        key = self.current_key()
        self.use_header.setEnabled(key is not None and self.selected_row() is not None)
        self.detect_header.setEnabled(key in self._wizard.state.header_rows)

    def take_selected_as_header(self) -> None:
        row, key = self.selected_row(), self.current_key()
        if row is not None and key is not None:
            self._reread(key, row + 1)

    def detect_again(self) -> None:
        key = self.current_key()
        if key is not None:
            self._reread(key, None)

    def _reread(self, key: SheetKey, header_row: int | None) -> None:
        """Read the list again with *key*'s header on *header_row* (None: detected)."""
        state = self._wizard.state
        before = dict(state.header_rows)
        if header_row is None:
            state.header_rows.pop(key, None)
        else:
            state.header_rows[key] = header_row
        if not self._wizard.run_preview(with_grids=False):
            state.header_rows = before  # refused or cancelled: as it was
        self.initializePage()
        self.completeChanged.emit()
