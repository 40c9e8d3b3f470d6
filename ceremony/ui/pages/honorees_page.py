"""Every honoree in the registry: search as you type, filters, Vietnamese sorting, editing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.browse_index import BrowseRow, Filters
from ceremony.ui.backend import Backend
from ceremony.ui.browse_model import BrowseTableModel
from ceremony.ui.models import kind_label, status_label
from ceremony.ui.pages.ceremonies_page import fit_columns, table_view

STATUSES = ("nominated", "approved", "printed", "presented", "absent")


class HonoreesPage(QWidget):
    edit_requested = Signal(int)  # honoree id

    def __init__(self, backend: Callable[[], Backend | None],
                 on_count: Callable[[int], None]) -> None:
        super().__init__()
        self._backend = backend
        self._on_count = on_count
        self.model = BrowseTableModel(self)
        self.loaded = False
        self._build()

    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        for kind in (None, "individual", "collective"):
            self.kind_filter.addItem("", kind)
        self.status_filter = QComboBox()
        for status in (None, *STATUSES):
            self.status_filter.addItem("", status)
        self.unit_filter = QLineEdit()
        self.unit_filter.setClearButtonEnabled(True)
        # Filled from the loaded rows: only ceremonies and awards that occur are offered.
        self.ceremony_filter = QComboBox()
        self.ceremony_filter.addItem("", None)
        self.award_filter = QComboBox()
        self.award_filter.addItem("", None)
        self.award_filter.setMaximumWidth(260)
        self.ceremony_filter.setMaximumWidth(260)

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 3)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.unit_filter, 1)
        filters.addWidget(self.ceremony_filter)
        filters.addWidget(self.award_filter)

        self.table = table_view(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.doubleClicked.connect(self._on_double_click)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 13pt")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        # Filtering is in memory and takes milliseconds: no debounce needed.
        self.search_box.textChanged.connect(self.apply_filters)
        self.unit_filter.textChanged.connect(self.apply_filters)
        self.kind_filter.currentIndexChanged.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.ceremony_filter.currentIndexChanged.connect(self.apply_filters)
        self.award_filter.currentIndexChanged.connect(self.apply_filters)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search names or units (accents optional)…"))
        self.unit_filter.setPlaceholderText(self.tr("Unit…"))
        self.heading.setText(self.tr("All honorees"))
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for row in range(1, self.kind_filter.count()):
            self.kind_filter.setItemText(row, kind_label(self.kind_filter.itemData(row)))
        self.status_filter.setItemText(0, self.tr("Any status"))
        self.ceremony_filter.setItemText(0, self.tr("All ceremonies"))
        self.award_filter.setItemText(0, self.tr("All awards"))
        for row in range(1, self.status_filter.count()):
            self.status_filter.setItemText(row, status_label(self.status_filter.itemData(row)))
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        backend = self._backend()
        if backend is None:
            return
        rows = backend.browse_rows()
        self._offer_choices(rows)
        self.model.set_rows(rows)
        if not self.loaded:
            self.loaded = True
            fit_columns(self.table)
        self._on_count(self.model.rowCount())

    def _offer_choices(self, rows: list[BrowseRow]) -> None:
        ceremonies = sorted({(row.ceremony_id, row.ceremony) for row in rows
                             if row.ceremony_id is not None}, key=lambda c: -(c[0] or 0))
        awards = sorted({row.award for row in rows if row.award})
        for combo, choices in ((self.ceremony_filter, ceremonies),
                               (self.award_filter, [(a, a) for a in awards])):
            kept = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        self.model.set_filters(Filters(
            text=self.search_box.text(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            ceremony_id=self.ceremony_filter.currentData(),
            award=self.award_filter.currentData(),
            unit=self.unit_filter.text(),
        ))
        self._on_count(self.model.rowCount())

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_honoree_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).honoree_id if index.isValid() else None

    def selected_award_ids(self) -> list[int]:
        ids = (self.model.row_at(row).award_id for row in self.selected_rows())
        return [award_id for award_id in ids if award_id is not None]

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.model.row_at(index.row()).honoree_id)


