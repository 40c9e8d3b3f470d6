"""The main window: ceremonies on the left, the selected ceremony's awards on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.backend import Backend
from ceremony.ui.errors import show_error
from ceremony.ui.icons import app_icon
from ceremony.ui.models import AwardTableModel, CeremonyListModel

if TYPE_CHECKING:
    from ceremony.store.registry import Registry

SEARCH_DELAY_MS = 150  # wait for a pause in typing before querying
MAX_COLUMN_WIDTH = 280


class MainWindow(QMainWindow):
    ceremony_changed = Signal(int)

    def __init__(self, registry: Registry | None = None) -> None:
        super().__init__()
        self.backend: Backend | None = None
        self.ceremonies = CeremonyListModel(self)
        self.awards = AwardTableModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_awards)
        self._build_widgets()
        self._build_menus()
        self.setWindowTitle(self.tr("Ceremony — awards registry"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 760)
        if registry is None:
            self.statusBar().showMessage(self.tr("Opening the registry…"))
        else:
            self.attach_registry(registry)

    def attach_registry(self, registry: Registry) -> None:
        """Work on *registry*; the window can be shown before it is open."""
        self.backend = Backend(registry)
        self.load_sample_action.setEnabled(not registry.read_only)
        self.statusBar().showMessage(self.tr("Registry: %1").replace("%1", registry_label(self)))

    def start(self) -> None:
        """Fill the window once it is on screen: the frame appears without waiting for data."""
        self.reload_ceremonies()
        self.offer_sample()

    # -- layout ---------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.ceremony_list = QListView()
        self.ceremony_list.setModel(self.ceremonies)
        self.ceremony_list.setAlternatingRowColors(True)
        self.ceremony_list.setWordWrap(True)
        self.ceremony_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ceremony_list.selectionModel().selectionChanged.connect(self._on_ceremony_selected)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search names (accents optional)…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.award_table = QTableView()
        self.award_table.setModel(self.awards)
        self.award_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.award_table.setAlternatingRowColors(True)
        self.award_table.verticalHeader().hide()
        self.award_table.setWordWrap(False)
        header = self.award_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Measure a sample of rows, not all 100,000, when fitting columns to their text.
        header.setResizeContentsPrecision(200)

        self.ceremony_heading = QLabel()
        self.ceremony_heading.setWordWrap(True)
        self.ceremony_heading.setStyleSheet("font-weight: bold; font-size: 13pt")

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.ceremony_heading)
        layout.addWidget(self.search_box)
        layout.addWidget(self.award_table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.ceremony_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        self.setCentralWidget(splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.load_sample_action = QAction(self.tr("Load the &sample ceremony"), self)
        self.load_sample_action.triggered.connect(self.load_sample_ceremony)
        self.load_sample_action.setEnabled(False)
        file_menu.addAction(self.load_sample_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.search_box.setFocus)
        edit_menu.addAction(find_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Ceremony"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # -- data -----------------------------------------------------------------
    def reload_ceremonies(self, select_id: int | None = None) -> None:
        if self.backend is None:
            return
        self.ceremonies.set_ceremonies(self.backend.ceremonies())
        row = self.ceremonies.row_of(select_id) if select_id is not None else None
        if row is None and self.ceremonies.rowCount() > 0:
            row = 0
        if row is not None:
            self.ceremony_list.setCurrentIndex(self.ceremonies.index(row))
        else:
            self.reload_awards()

    def selected_ceremony_id(self) -> int | None:
        index = self.ceremony_list.currentIndex()
        return self.ceremonies.ceremony_at(index.row()).id if index.isValid() else None

    def reload_awards(self) -> None:
        ceremony_id = self.selected_ceremony_id()
        if ceremony_id is None or self.backend is None:
            self.awards.set_rows([])
            self.ceremony_heading.setText(self.tr("No ceremony yet"))
        else:
            info = self.ceremonies.ceremony_at(self.ceremony_list.currentIndex().row())
            self.ceremony_heading.setText(info.title)
            rows = self.backend.awards(ceremony_id, self.search_box.text() or None)
            self.awards.set_rows(rows)
            self._fit_columns()
        self.count_label.setText(self.tr("%n award(s)", "", self.awards.rowCount()))
        self.ceremony_changed.emit(ceremony_id or 0)

    def _fit_columns(self) -> None:
        """Size columns to their text, but never let one long unit name take the screen."""
        self.award_table.resizeColumnsToContents()
        header = self.award_table.horizontalHeader()
        for column in range(self.awards.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def _on_ceremony_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self.reload_awards()

    # -- actions --------------------------------------------------------------
    def load_sample_ceremony(self) -> None:
        if self.backend is None:
            return
        try:
            info = self.backend.load_sample()
        except Exception as error:  # shown to the user, then logged by show_error
            show_error(self, error)
            return
        self.reload_ceremonies(select_id=info.id)
        self.statusBar().showMessage(self.tr("Sample ceremony loaded"), 5000)

    def offer_sample(self) -> bool:
        """On first start with an empty registry, offer the sample ceremony."""
        if self.backend is None or self.backend.read_only or self.ceremonies.rowCount() > 0:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Welcome to Ceremony"))
        box.setText(self.tr("The registry is empty. Load the sample ceremony to look around?"))
        load = box.addButton(self.tr("Load sample"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        if box.clickedButton() is load:
            self.load_sample_ceremony()
            return True
        return False

    def show_about(self) -> None:
        from ceremony.ui.about import AboutDialog

        AboutDialog(registry_label(self), self).exec()


def registry_label(window: MainWindow) -> str:
    if window.backend is None:
        return ""
    label = window.backend.location
    if window.backend.read_only:
        label += " " + window.tr("(read-only)")
    return label
