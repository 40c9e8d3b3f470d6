"""Page 4: the honorees as they would be stored, the problems, and possible duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ceremony.importing import Severity
from ceremony.ui.import_wizard.choices import ChoiceDelegate
from ceremony.ui.import_wizard.duplicates_model import (
    DECISION_COLUMN,
    KEEP_APART,
    DuplicatesModel,
)
from ceremony.ui.import_wizard.preview_models import (
    ALL,
    ERRORS,
    WARNINGS,
    EntriesModel,
    ProblemsModel,
)
from ceremony.ui.pages.ceremonies_page import fit_columns, table_view

if TYPE_CHECKING:
    from ceremony.ui.import_wizard.state import RowKey
    from ceremony.ui.import_wizard.wizard import ImportWizard


def _titled(label: QLabel, table: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label.setBuddy(table)
    layout.addWidget(label)
    layout.addWidget(table)
    return box


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.entries = EntriesModel(self)
        self.problems = ProblemsModel(self)
        self.duplicates = DuplicatesModel(self._decided, self)
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(self.show_preview)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.counts = QLabel()
        self.entry_table = table_view(self.entries)
        self.problem_table = table_view(self.problems)
        self.duplicate_table = table_view(self.duplicates)
        self.duplicate_table.setItemDelegateForColumn(DECISION_COLUMN,
                                                      ChoiceDelegate(self.duplicate_table))
        self.duplicate_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.entries_label, self.problems_label = QLabel(), QLabel()
        self.duplicates_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.counts, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(_titled(self.entries_label, self.entry_table))
        self.splitter.addWidget(_titled(self.problems_label, self.problem_table))
        self.duplicates_box = _titled(self.duplicates_label, self.duplicate_table)
        self.splitter.addWidget(self.duplicates_box)
        self.splitter.setSizes([300, 150, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the honorees"))
        self.setSubTitle(self.tr("Rows with errors (red) must be corrected in the file before "
                                 "importing; warnings (yellow) are worth a look."))
        self.filter_label.setText(self.tr("Sho&w:"))
        current = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All rows"), ALL)
        self.filter.addItem(self.tr("Rows with errors"), ERRORS)
        self.filter.addItem(self.tr("Rows with warnings"), WARNINGS)
        self.filter.setCurrentIndex(max(0, current))
        self.filter.blockSignals(False)
        self.entries_label.setText(self.tr("&Honorees"))
        self.problems_label.setText(self.tr("&Problems"))
        self.duplicates_label.setText(self.tr(
            "Possibly already in the registry — &decide for each:"))
        self.show_preview()

    def initializePage(self) -> None:
        self.show_preview()

    def show_preview(self) -> None:
        state = self._wizard.state
        preview, which = state.preview, self.filter.currentData() or ALL
        self.entries.set_preview(preview, which)
        self.problems.set_preview(preview, which)
        rows = []
        for key, candidates in state.candidates.items():
            name, unit = self._named(key)
            rows.append((key, name, unit, candidates, state.links.get(key, KEEP_APART)))
        self.duplicates.set_rows(rows)
        self.duplicates_box.setVisible(bool(rows))
        found = preview.all_problems if preview is not None else []
        errors = sum(1 for p in found if p.severity is Severity.ERROR)
        self.counts.setText(self.tr("%1 honoree(s), %2 error(s), %3 warning(s)")
                            .replace("%1", str(len(preview.entries) if preview else 0))
                            .replace("%2", str(errors))
                            .replace("%3", str(len(found) - errors)))
        for table in (self.entry_table, self.problem_table, self.duplicate_table):
            fit_columns(table)

    def _named(self, key: RowKey) -> tuple[str, str]:
        preview = self._wizard.state.preview
        for entry in preview.entries if preview is not None else []:
            if (entry.file, entry.sheet, entry.row) == key:
                return entry.name, entry.unit
        return "", ""

    def _decided(self, key: RowKey, honoree_id: int) -> None:
        state = self._wizard.state
        before = dict(state.links)
        if honoree_id == KEEP_APART:
            state.links.pop(key, None)
        else:
            state.links[key] = honoree_id
        QTimer.singleShot(0, lambda: self._rerun(before))

    def _rerun(self, before: dict[RowKey, int]) -> None:
        if not self._wizard.run_preview(with_grids=False):
            self._wizard.state.links = before
        self.show_preview()
