"""The Reports page: choose a ceremony or a period, read the figures, export them.

The figures are read on the GUI thread (grouped queries: milliseconds even for a
year of awards) each time the page is shown or the scope changes; only writing a
PDF or workbook, which can take seconds, goes to a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from ceremony.ui.errors import current_language, describe
from ceremony.ui.reports.export import CSV, PDF, XLSX, Exporter, FileKind, file_url
from ceremony.ui.reports.gateway import (
    ReportsGateway,
    Scope,
    statistics_language,
    write_annex,
    write_statistics,
)
from ceremony.ui.reports.scope import ScopeBar
from ceremony.ui.reports.tabs import AnnexTab, StatisticsTab, WarningsTab

if TYPE_CHECKING:
    from ceremony.ui.backend import Backend

STATISTICS_TAB, ANNEX_TAB, WARNINGS_TAB = range(3)
SAVED_MESSAGE_MS = 10000


class ReportsPage(QWidget):
    def __init__(self, backend: Callable[[], Backend | None], undo_stack: QUndoStack,
                 selected_ceremony: Callable[[], int | None] | None = None) -> None:
        super().__init__()
        self._backend = backend
        self._selected_ceremony = selected_ceremony
        self._followed: int | None = None  # the main list's ceremony last followed
        self.undo_stack = undo_stack
        self.loaded = False
        self.exporter = Exporter(self)
        self.exporter.busy.connect(self._set_busy)
        self.exporter.saved.connect(self._on_saved)
        self.scope_bar = ScopeBar()
        self.scope_bar.changed.connect(self._scope_changed)
        self.statistics_tab, self.annex_tab = StatisticsTab(), AnnexTab()
        self.warnings_tab = WarningsTab()
        self.tabs = QTabWidget()
        for tab in (self.statistics_tab, self.annex_tab, self.warnings_tab):
            self.tabs.addTab(tab, "")
        self._connect_exports()
        self.warnings_tab.min_years.valueChanged.connect(self.change_min_years)
        self.notice, self.saved_label = QLabel(), QLabel()
        self.notice.setStyleSheet("color: #842029; font-weight: bold")
        self.saved_label.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scope_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.saved_label)
        self.notice.hide()
        self.retranslate()

    def _connect_exports(self) -> None:
        stats, annex = self.statistics_tab, self.annex_tab
        stats.export_pdf.clicked.connect(lambda: self.export_statistics(PDF))
        stats.export_xlsx.clicked.connect(lambda: self.export_statistics(XLSX))
        stats.export_csv.clicked.connect(lambda: self.export_statistics(CSV))
        annex.export_pdf.clicked.connect(lambda: self.export_annex(PDF))
        annex.export_xlsx.clicked.connect(lambda: self.export_annex(XLSX))

    # -- language ---------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(STATISTICS_TAB, self.tr("Statistics"))
        self.tabs.setTabText(ANNEX_TAB, self.tr("Decision annex"))
        self._label_warnings_tab()
        self._explain_ceremony_tabs()

    def _explain_ceremony_tabs(self) -> None:
        """Annexes and warnings exist per ceremony: off for a period, with the reason."""
        on = self.scope_bar.by_ceremony.isChecked()
        tip = self.tr("Annexes and warnings are per ceremony: choose a ceremony above.")
        for tab in (ANNEX_TAB, WARNINGS_TAB):
            self.tabs.setTabEnabled(tab, on)
            self.tabs.setTabToolTip(tab, "" if on else tip)

    def _label_warnings_tab(self) -> None:
        count = self.warnings_tab.model.rowCount()
        self.tabs.setTabText(WARNINGS_TAB, self.tr("Warnings (%n)", "", count) if count
                             else self.tr("Warnings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------
    @property
    def gateway(self) -> ReportsGateway | None:
        backend = self._backend()
        return ReportsGateway(backend.registry) if backend is not None else None

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh figures each time the page is shown, following the main list's ceremony."""
        super().showEvent(event)
        selected = self._selected_ceremony() if self._selected_ceremony else None
        if selected is not None and selected != self._followed:
            self._followed = selected
            self.scope_bar.by_ceremony.setChecked(True)
            self.reload(select_id=selected)
        else:
            self.reload()

    def reload_if_shown(self) -> None:
        """After a change elsewhere: re-read now if on screen, else when next shown."""
        if self.loaded and self.isVisible():
            self.reload()

    def reload(self, select_id: int | None = None) -> None:
        gateway = self.gateway
        if gateway is None:
            return
        keep = select_id if select_id is not None else self.ceremony_id()
        self.scope_bar.set_ceremonies(gateway.ceremonies(), keep)
        self.loaded = True
        self._scope_changed()

    def set_ceremony(self, ceremony_id: int) -> None:
        self.scope_bar.set_ceremony(ceremony_id)

    def set_period(self, start: date, end: date) -> None:
        self.scope_bar.set_period(start, end)

    def ceremony_id(self) -> int | None:
        return self.scope_bar.ceremony_id()

    def _scope_changed(self) -> None:
        self._explain_ceremony_tabs()
        self._load(self.scope_bar.scope())

    def _load(self, scope: Scope) -> None:
        gateway = self.gateway
        if gateway is None or not self.loaded:
            return
        self.notice.hide()
        try:
            self.statistics_tab.show_statistics(
                gateway.statistics(scope) if scope != Scope() else None)
            self.annex_tab.show_document(
                gateway.annexes(scope.ceremony_id) if scope.ceremony_id is not None else None)
            self.refresh_eligibility()
        except Exception as error:  # a refused period is said on the page, not in a box
            self.statistics_tab.show_statistics(None)
            self.notice.setText(describe(error))
            self.notice.show()
        self._enable_exports()

    def refresh_eligibility(self) -> None:
        """The minimum years and the warnings, as stored now (also after an undo)."""
        gateway, ceremony_id = self.gateway, self.ceremony_id()
        if gateway is None:
            return
        self.warnings_tab.show_min_years(gateway.min_years(), not gateway.read_only)
        in_scope = ceremony_id is not None and self.scope_bar.by_ceremony.isChecked()
        self.warnings_tab.show_warnings(
            gateway.warnings(ceremony_id) if in_scope and ceremony_id is not None else [])
        self._label_warnings_tab()

    # -- the minimum years ------------------------------------------------------
    def change_min_years(self, years: int) -> None:
        from ceremony.ui.reports.commands import SetMinYearsCommand
        from ceremony.ui.undo_commands import UndoContext, push

        backend = self._backend()
        if backend is None or backend.read_only:
            return
        command = SetMinYearsCommand(years, UndoContext(backend, self.refresh_eligibility, self))
        if push(self.undo_stack, command):
            self._status(self.tr("Minimum years between two awards of a type: %1")
                         .replace("%1", self.warnings_tab.min_years.text()))
        else:
            self.refresh_eligibility()  # refused: show the stored value again

    # -- exports ----------------------------------------------------------------
    def export_statistics(self, kind: FileKind) -> bool:
        statistics = self.statistics_tab.statistics
        if statistics is None:
            return False
        language = statistics_language(statistics, current_language())
        day = (statistics.ceremony.date if statistics.ceremony is not None
               else statistics.period.end if statistics.period is not None else date.today())
        stem = self.tr("statistics")  # the suggested file name
        return self.exporter.ask_and_write(
            self.tr("Export the statistics"), f"{stem}-{day:%Y-%m-%d}", kind,
            lambda target: write_statistics(statistics, language, target))

    def export_annex(self, kind: FileKind) -> bool:
        document = self.annex_tab.document
        if document is None or not document.annexes:
            return False
        stem = self.tr("decision-annex")  # the suggested file name
        return self.exporter.ask_and_write(
            self.tr("Export the decision annex"), f"{stem}-{document.ceremony.date:%Y-%m-%d}",
            kind,
            lambda target: write_annex(document, target))

    def _enable_exports(self, busy: bool = False) -> None:
        stats = self.statistics_tab
        has_figures = stats.statistics is not None
        for button in (stats.export_pdf, stats.export_xlsx, stats.export_csv):
            button.setEnabled(has_figures and not busy)
        document = self.annex_tab.document
        for button in (self.annex_tab.export_pdf, self.annex_tab.export_xlsx):
            button.setEnabled(bool(document and document.annexes) and not busy)

    def _set_busy(self, busy: bool) -> None:
        self._enable_exports(busy)
        self.saved_label.setText(self.tr("Writing the report…") if busy else "")

    def _on_saved(self, path: Path) -> None:
        self.saved_label.setText(self.tr("Saved %1. <a href=\"%2\">Open the file</a> · "
                                         "<a href=\"%3\">Open the folder</a>")
                                 .replace("%1", escape(str(path)))
                                 .replace("%2", file_url(path))
                                 .replace("%3", file_url(path.parent)))
        self._status(self.tr("Saved %1").replace("%1", str(path)))

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SAVED_MESSAGE_MS)
