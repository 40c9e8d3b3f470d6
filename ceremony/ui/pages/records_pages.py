"""Import batches (with undo of a whole import) and the certificate templates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.backend import Backend
from ceremony.ui.errors import show_error
from ceremony.ui.pages.ceremonies_page import fit_columns, table_view
from ceremony.ui.record_model import RecordTableModel

if TYPE_CHECKING:
    from ceremony.printing.template import Template
    from ceremony.services.imports import BatchInfo
    from ceremony.ui.designer.window import DesignerWindow


def _t(text: object) -> Callable[[], str]:
    """A column title translated when shown (marked for lupdate by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("RecordsPages", str(text))


def _when(value: Any) -> str:
    return "" if value is None else f"{value:%d/%m/%Y %H:%M}"


class ImportsPage(QWidget):
    """Every import, newest first; an import can be undone as a whole."""

    def __init__(self, backend: Callable[[], Backend | None],
                 changed: Callable[[], None]) -> None:
        super().__init__()
        self._backend = backend
        self._changed = changed
        self.model: RecordTableModel[BatchInfo] = RecordTableModel([
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "No.")), lambda b: b.id),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "File")), lambda b: b.source),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Sheet")), lambda b: b.sheet),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Imported")), lambda b: _when(b.imported_at)),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Rows")), lambda b: b.row_count),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Awards")), lambda b: b.awards),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Undone")), lambda b: _when(b.undone_at)),
        ], self)
        self.table = table_view(self.model)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("&Undo this import…"))
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        backend = self._backend()
        if backend is None:
            return
        self.model.set_records(backend.import_batches())
        fit_columns(self.table)
        self.undo_button.setEnabled(not backend.read_only)
        self.loaded = True

    def undo_selected(self, confirmed: bool = False) -> bool:
        backend = self._backend()
        index = self.table.currentIndex()
        if backend is None or not index.isValid():
            return False
        batch = self.model.record_at(index.row())
        if not confirmed:
            answer = QMessageBox.question(self, self.tr("Undo this import"), self.tr(
                "Remove the %1 award(s) imported from %2, and the honorees that import "
                "created? Honorees who already had other awards are kept.")
                .replace("%1", str(batch.awards)).replace("%2", batch.source))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            backend.undo_import(batch.id)
        except Exception as error:  # refused (printed, already undone) or a fault
            show_error(self, error)
            return False
        self.reload()
        self._changed()
        return True


class TemplatesPage(QWidget):
    """The certificate templates the app can print with: the built-in ones, then the user's."""

    def __init__(self, backend: Callable[[], Backend | None] | None = None) -> None:
        super().__init__()
        self._backend = backend
        self.model: RecordTableModel[Template] = RecordTableModel([
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Template")), lambda t: t.name),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Title")), lambda t: t.title),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Paper (mm)")),
             lambda t: f"{t.width_mm:g} × {t.height_mm:g}"),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Language")), lambda t: t.language),
            (_t(QT_TRANSLATE_NOOP("RecordsPages", "Fields")), lambda t: len(t.fields)),
        ], self)
        self.table = table_view(self.model)
        self.table.doubleClicked.connect(lambda _index: self.open_designer())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.design_button = QPushButton()
        self.design_button.clicked.connect(lambda: self.open_designer())
        buttons = QHBoxLayout()
        buttons.addWidget(self.design_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Built-in templates, then your own; each also prints on pre-printed stock (only "
            "the variable text). Print with: ceremony certificates --template NAME"))
        self.design_button.setText(self.tr("Open in &designer…"))
        self.model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        from ceremony.printing.template import builtin_names, load_template, user_template_names

        templates = [load_template(name) for name in builtin_names()]
        for name in user_template_names():
            try:
                templates.append(load_template(name))
            except Exception as error:  # one bad file of the user's does not hide the rest
                show_error(self, error)
        self.model.set_records(templates)
        fit_columns(self.table)
        self.loaded = True

    def open_designer(self) -> DesignerWindow | None:
        """The designer on the selected template, previewing the selected ceremony."""
        from ceremony.ui.designer import open_designer

        index = self.table.currentIndex()
        if not index.isValid():
            return None
        template = self.model.record_at(index.row())
        # Without a backend given, the main window's (the page lives inside it).
        host = self.window()
        backend = self._backend() if self._backend is not None else getattr(
            host, "backend", None)
        ceremonies = getattr(host, "ceremony_page", None)
        ceremony_id = ceremonies.selected_ceremony_id() if ceremonies is not None else None
        window = open_designer(self, template.source or template.name,
                               backend.registry if backend is not None else None, ceremony_id)
        if window is not None:
            window.saved.connect(lambda _path: self.reload())
        return window
