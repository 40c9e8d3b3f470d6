"""Ceremonies on the left, the selected ceremony's awards on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.backend import Backend
from ceremony.ui.models import AwardTableModel, CeremonyListModel

SEARCH_DELAY_MS = 150  # wait for a pause in typing before querying
MAX_COLUMN_WIDTH = 280


def fit_columns(table: QTableView) -> None:
    """Size columns to their text, but never let one long unit name take the screen."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))


def table_view(model: AwardTableModel | object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Measure a sample of rows, not all 100,000, when fitting columns to their text.
    header.setResizeContentsPrecision(200)
    return table


class CeremoniesPage(QWidget):
    def __init__(self, backend: Callable[[], Backend | None],
                 on_count: Callable[[int], None]) -> None:
        super().__init__()
        self._backend = backend
        self._on_count = on_count
        self.ceremonies = CeremonyListModel(self)
        self.awards = AwardTableModel(self)
        self._award_loads = 0  # how many times the awards were read: one read per change
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_awards)
        self._build()

    def _build(self) -> None:
        self.ceremony_list = QListView()
        self.ceremony_list.setModel(self.ceremonies)
        self.ceremony_list.setAlternatingRowColors(True)
        self.ceremony_list.setWordWrap(True)
        self.ceremony_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ceremony_list.selectionModel().selectionChanged.connect(self._on_selected)

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.award_table = table_view(self.awards)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt")

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.search_box)
        layout.addWidget(self.award_table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.ceremony_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search names (accents optional)…"))
        if self.selected_ceremony_id() is None:
            self.heading.setText(self.tr("No ceremony yet"))
        self.awards.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_ceremonies(self, select_id: int | None = None) -> None:
        backend = self._backend()
        if backend is None:
            return
        keep = select_id if select_id is not None else self.selected_ceremony_id()
        self.ceremonies.set_ceremonies(backend.ceremonies())
        row = self.ceremonies.row_of(keep) if keep is not None else None
        if row is None and self.ceremonies.rowCount() > 0:
            row = 0
        loads = self._award_loads
        if row is not None:
            self.ceremony_list.setCurrentIndex(self.ceremonies.index(row))
        if self._award_loads == loads:  # selecting a new row has loaded them already
            self.reload_awards()

    def selected_ceremony_id(self) -> int | None:
        index = self.ceremony_list.currentIndex()
        return self.ceremonies.ceremony_at(index.row()).id if index.isValid() else None

    def reload_awards(self) -> None:
        self._award_loads += 1
        backend = self._backend()
        ceremony_id = self.selected_ceremony_id()
        if ceremony_id is None or backend is None:
            self.awards.set_rows([])
            self.heading.setText(self.tr("No ceremony yet"))
        else:
            info = self.ceremonies.ceremony_at(self.ceremony_list.currentIndex().row())
            self.heading.setText(info.title)
            self.awards.set_rows(backend.awards(ceremony_id, self.search_box.text() or None))
            fit_columns(self.award_table)
        self._on_count(self.awards.rowCount())

    def _on_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self.reload_awards()
