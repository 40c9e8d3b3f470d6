"""The three views of the Reports page: statistics, decision annexes, eligibility warnings.

Each is a plain widget filled with records by the page; each re-labels itself when
the language changes. The export buttons are the page's to connect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.pages.ceremonies_page import fit_columns, table_view
from ceremony.ui.reports.chart import AwardChart
from ceremony.ui.reports.gateway import MAX_MIN_YEARS
from ceremony.ui.reports.models import (
    StatisticsModel,
    annex_model,
    entries_model,
    number,
    warnings_model,
)

if TYPE_CHECKING:
    from ceremony.services.eligibility import EligibilityWarning
    from ceremony.services.reports import AnnexDocument, Statistics

def _titled(label: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label.setStyleSheet("font-weight: bold")
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


def _buttons(*buttons: QPushButton | QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row


def _stretched(table: QTableView, column: int) -> QTableView:
    """*column* (a name) takes the width left over; the others fit their text."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _figures_table(model: StatisticsModel, wrap: bool) -> QTableView:
    """A table of figures. A few award types wrap their long names over lines; the
    units (hundreds over a year) keep one line each, the full name in the tooltip."""
    table = _stretched(table_view(model), 0)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    # Rows as tight as a spreadsheet's: a year's units are read down a long list.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    if wrap:
        table.setWordWrap(True)
        table.horizontalHeader().sectionResized.connect(
            lambda *_: table.resizeRowsToContents())
    return table


class StatisticsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.by_award = StatisticsModel("award", self)
        self.by_unit = StatisticsModel("unit", self)
        self.award_table = _figures_table(self.by_award, wrap=True)
        self.unit_table = _figures_table(self.by_unit, wrap=False)
        self.chart = AwardChart()
        self.export_pdf, self.export_xlsx, self.export_csv = (QPushButton() for _ in range(3))
        self.summary = QLabel()
        self.award_title, self.unit_title = QLabel(), QLabel()
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(_titled(self.award_title, self.award_table))
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)  # the chart fills it, and grows past it if it must
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.chart)
        top.addWidget(scroller)
        top.setSizes([640, 520])
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(top)
        parts.addWidget(_titled(self.unit_title, self.unit_table))
        parts.setSizes([240, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(_buttons(self.export_pdf, self.export_xlsx, self.export_csv,
                                  self.summary))
        layout.addWidget(parts)
        self.statistics: Statistics | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.export_pdf.setText(self.tr("Export &PDF…"))
        self.export_xlsx.setText(self.tr("Export &Excel…"))
        self.export_csv.setText(self.tr("Export &CSV…"))
        self.award_title.setText(self.tr("By award type"))
        self.unit_title.setText(self.tr("By unit"))
        self.by_award.relabel()
        self.by_unit.relabel()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_statistics(self, statistics: Statistics | None) -> None:
        self.statistics = statistics
        self.by_award.set_rows(statistics.by_award if statistics else (),
                               statistics.total if statistics else None)
        self.by_unit.set_rows(statistics.by_unit if statistics else (),
                              statistics.total if statistics else None)
        self.chart.set_rows(statistics.by_award if statistics else ())
        for table in (self.award_table, self.unit_table):
            fit_columns(table)
        self.award_table.resizeRowsToContents()
        self._show_summary()

    def _show_summary(self) -> None:
        total = self.statistics.total if self.statistics is not None else None
        if total is None:
            self.summary.clear()
            return
        self.summary.setText(self.tr("%1 awards: %2 collectives, %3 individuals")
                             .replace("%1", number(total.total))
                             .replace("%2", number(total.collectives))
                             .replace("%3", number(total.individuals)))


class AnnexTab(QWidget):
    """The annexes of a ceremony (decision × award type), and the list of the one selected."""

    def __init__(self) -> None:
        super().__init__()
        self.annexes = annex_model(self)
        self.entries = entries_model(self)
        self.annex_table = _stretched(table_view(self.annexes), 0)
        self.annex_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.annex_table.selectionModel().selectionChanged.connect(self._on_selected)
        self.entry_table = table_view(self.entries)
        self.export_pdf, self.export_xlsx = QPushButton(), QPushButton()
        self.annex_title, self.entry_title, self.note = QLabel(), QLabel(), QLabel()
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(_titled(self.annex_title, self.annex_table))
        parts.addWidget(_titled(self.entry_title, self.entry_table))
        parts.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(_buttons(self.export_pdf, self.export_xlsx, self.note))
        layout.addWidget(parts)
        self.document: AnnexDocument | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.export_pdf.setText(self.tr("Export &PDF…"))
        self.export_xlsx.setText(self.tr("Export &Excel…"))
        self.annex_title.setText(self.tr("Annexes (one per decision and award type)"))
        self.entry_title.setText(self.tr("Honorees listed in the selected annex"))
        self.note.setText(self.tr("Worded in the ceremony's language, as filed with the "
                                  "decisions."))
        self.annexes.relabel()
        self.entries.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_document(self, document: AnnexDocument | None) -> None:
        kept = self.annex_table.currentIndex().row()
        self.document = document
        self.annexes.set_records(document.annexes if document else ())
        fit_columns(self.annex_table)
        if self.annexes.rowCount():
            self.annex_table.selectRow(min(max(kept, 0), self.annexes.rowCount() - 1))
        else:
            self.entries.set_records(())
        for button in (self.export_pdf, self.export_xlsx):
            button.setEnabled(bool(document and document.annexes))

    def _on_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        index = self.annex_table.currentIndex()
        annex = self.annexes.record_at(index.row()) if index.isValid() else None
        self.entries.set_records(annex.entries if annex else ())
        fit_columns(self.entry_table)


class WarningsTab(QWidget):
    """Eligibility warnings of a ceremony's awards, and the registry's minimum years."""

    def __init__(self) -> None:
        super().__init__()
        self.model = warnings_model(self)
        self.table = table_view(self.model)
        self.table.setWordWrap(True)  # a reason is a sentence; a few rows, so wrapping is cheap
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents())
        self.min_years = QSpinBox()
        self.min_years.setRange(0, MAX_MIN_YEARS)
        self.min_years.setKeyboardTracking(False)  # typing "12" is one change, not two
        self.min_years_label, self.note, self.empty = QLabel(), QLabel(), QLabel()
        self.min_years_label.setBuddy(self.min_years)
        self.note.setWordWrap(True)
        self.empty.setStyleSheet("color: #0f5132")
        row = QHBoxLayout()
        row.addWidget(self.min_years_label)
        row.addWidget(self.min_years)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.min_years_label.setText(self.tr(
            "&Minimum years between two awards of the same type:"))
        self.min_years.setSpecialValueText(self.tr("off"))
        self.min_years.setSuffix(self.tr(" years"))
        self.note.setText(self.tr(
            "Applies to the whole registry. An award given once per honoree that is already "
            "held is always warned. Warnings never stop an award: the decision is signed."))
        self.empty.setText(self.tr("No eligibility warnings for this ceremony."))
        self.model.relabel()
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_warnings(self, warnings: list[EligibilityWarning]) -> None:
        self.model.set_records(warnings)
        fit_columns(self.table)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not warnings)

    def show_min_years(self, years: int, writable: bool) -> None:
        self.min_years.blockSignals(True)  # showing the stored value is not a change
        self.min_years.setValue(years)
        self.min_years.blockSignals(False)
        self.min_years.setEnabled(writable)
