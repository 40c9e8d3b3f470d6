"""The print dialog's right side: the rendered PDF, the glyph check and the fitting notes.

Fields and fonts are named as the designer names them, translated, and sizes are
written the way the app's language writes numbers ("29,09 pt" in Vietnamese), as the
designer's boxes show them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QPointF,
    Qt,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ceremony.ui.designer.labels import FONTS, VARIABLES, label
from ceremony.ui.printing.jobs import LetterProblem, NoteRow, Preview
from ceremony.ui.record_model import RecordTableModel


def _title(text: object) -> Callable[[], str]:
    """A column title translated when shown (marked for lupdate by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("PreviewPanel", str(text))


def field_label(field_id: str, variable: str | None) -> str:
    """What the field shows, in the designer's translated words. A field of fixed text,
    or of a variable the designer has no name for, goes by its id (named like a
    variable when the id is one's name, as "citation" is)."""
    if variable in VARIABLES:
        return label(VARIABLES, variable)
    return label(VARIABLES, field_id)


def points(size: float) -> str:
    """A size in the app's language: no trailing zeros, none of its 0.01 pt cut off
    (fitting floors sizes to 0.01 pt: a squeezed 11.96 must not read as its minimum 12)."""
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return QLocale().toString(size, "f", shortest)


def problem_line(problem: LetterProblem) -> str:
    """One text the fonts cannot print: whose, which field, which face, which letters."""
    codes = ", ".join(f"“{c}” U+{ord(c):04X}" for c in problem.characters)
    values = (problem.name, field_label(problem.field, problem.variable),
              label(FONTS, problem.font), codes)
    # In one pass: a name is the text being reported, and may hold anything, "%2" too.
    return re.sub(r"%([1-4])", lambda found: values[int(found.group(1)) - 1],
                  QCoreApplication.translate("PreviewPanel", "%1 — %2 (font: %3): %4"))


def _what(note: NoteRow) -> str:
    size = points(note.size)
    if note.squeezed:
        return QCoreApplication.translate(
            "PreviewPanel", "below its minimum size: %1 pt — check it").replace("%1", size)
    if note.lines > 1:
        return QCoreApplication.translate(
            "PreviewPanel", "wrapped onto %1 lines at %2 pt").replace(
            "%1", str(note.lines)).replace("%2", size)
    return QCoreApplication.translate("PreviewPanel", "shrunk to %1 pt").replace("%1", size)


class PreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)  # must outlive the document's use of it
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        self.summary = QLabel()
        self.preflight = QLabel()
        self.preflight.setWordWrap(True)
        self.preflight.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes: RecordTableModel[NoteRow] = RecordTableModel([
            (_title(QT_TRANSLATE_NOOP("PreviewPanel", "Page")), lambda n: n.page),
            (_title(QT_TRANSLATE_NOOP("PreviewPanel", "Name")), lambda n: n.name),
            (_title(QT_TRANSLATE_NOOP("PreviewPanel", "Field")),
             lambda n: field_label(n.field, n.variable)),
            (_title(QT_TRANSLATE_NOOP("PreviewPanel", "What fitting did")), _what),
        ], self)
        self.notes_view = QTableView()
        self.notes_view.setModel(self.notes)
        self.notes_view.verticalHeader().hide()
        header = self.notes_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long collective names take the spare width; what was done stays in view.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes_view.setWordWrap(False)
        self.notes_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.notes_view.activated.connect(self._go_to_note)
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes_view)
        below = QWidget()
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preflight)
        column.addWidget(self.notes_label)
        column.addWidget(self.notes_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        self.preview: Preview | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.notes_label.setText(self.tr("Fitting &notes (names and texts made to fit):"))
        self.notes.relabel()
        self.show_preview(self.preview)

    def show_preview(self, preview: Preview | None) -> None:
        self.preview = preview
        self.document.close()
        self._buffer.close()
        if preview is not None and preview.pdf:
            self._buffer.setData(QByteArray(preview.pdf))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        self.notes.set_records(preview.notes if preview is not None else [])
        self.summary.setText(self._summary(preview))
        self._show_preflight(preview)

    def _summary(self, preview: Preview | None) -> str:
        if preview is None:
            return self.tr("Preparing the preview…")
        if preview.pages == 0:
            return self.tr("No awards match: there is nothing to print.")
        return self.tr("%n page(s) — a preview: nothing is counted as printed", "",
                       preview.pages)

    def _show_preflight(self, preview: Preview | None) -> None:
        if preview is None or preview.pages == 0:
            self.preflight.clear()
        elif preview.problems:
            lines = "\n".join(problem_line(problem) for problem in preview.problems)
            self.preflight.setStyleSheet("color: #b00020")
            self.preflight.setText(self.tr(
                "Cannot print: the fonts have no letter for some characters (they would "
                "print as boxes). Correct these names or texts first:") + "\n" + lines)
        else:
            self.preflight.setStyleSheet("color: #1b5e20")
            self.preflight.setText(self.tr("Every letter can be printed with the chosen fonts."))

    def _go_to_note(self) -> None:
        index = self.notes_view.currentIndex()
        if index.isValid():
            page = self.notes.record_at(index.row()).page - 1
            self.view.pageNavigator().jump(page, QPointF(0, 0))
