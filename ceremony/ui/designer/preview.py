"""The live preview: the unsaved template rendered to PDF, shown with QtPdf.

Changes are gathered for 300 ms, then one render runs on a worker thread (the
printing layer's own renderer, so this is exactly what will print); a change
during a render queues one more. The honoree is any of the ceremony's, or the
one with the longest name.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ceremony.printing.render import Rendered, RenderOptions, render_pages
from ceremony.printing.template import Template
from ceremony.services.certificates import CertificateRecord
from ceremony.ui.designer.samples import longest_name, placeholder
from ceremony.ui.errors import describe

DEBOUNCE_MS = 300
LONGEST = -1  # the chooser's first entry


@dataclass(frozen=True)
class Job:
    template: Template
    record: CertificateRecord
    stock: bool


class Renderer(QObject):
    """Lives on the preview's worker thread; renders one job per request."""

    rendered = Signal(object, float)  # Rendered, seconds
    failed = Signal(object)

    @Slot(object)
    def render(self, job: Job) -> None:
        started = time.perf_counter()
        try:
            result = render_pages([(job.template, job.record)], RenderOptions(
                stock=job.stock, title="Preview"))
        except Exception as error:  # shown in the panel, the designer stays usable
            self.failed.emit(error)
        else:
            self.rendered.emit(result, time.perf_counter() - started)


class DesignPreview(QWidget):
    """Signals:
        record_changed(object): the honoree shown changed (a CertificateRecord).
    """

    record_changed = Signal(object)
    _requested = Signal(object)  # a Job, delivered to the worker thread

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self._records: list[CertificateRecord] = []
        self.stock = False
        self.rendered: Rendered | None = None
        self.error: BaseException | None = None
        self._rendering = False
        self._pending = False
        # One long-lived worker thread: no thread object is made (or left) per render.
        self._thread = QThread(self)
        self._renderer = Renderer()
        self._renderer.moveToThread(self._thread)
        self._requested.connect(self._renderer.render)
        self._renderer.rendered.connect(self._show)
        self._renderer.failed.connect(self._fail)
        self._thread.finished.connect(self._renderer.deleteLater)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # a window left open when the app quits must not abort it
            app.aboutToQuit.connect(self.shutdown)
        self.honoree = QComboBox()
        self.honoree.currentIndexChanged.connect(self._honoree_chosen)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._honoree_label = QLabel()
        self._honoree_label.setBuddy(self.honoree)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._honoree_label, self.honoree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self.retranslate()

    def retranslate(self) -> None:
        self._honoree_label.setText(self.tr("&Honoree:"))
        self._fill_chooser()

    # -- what is shown ----------------------------------------------------------------
    def set_records(self, records: list[CertificateRecord]) -> None:
        self._records = list(records)
        self._fill_chooser()

    def _fill_chooser(self) -> None:
        chosen = self.honoree.currentData()
        self.honoree.blockSignals(True)
        self.honoree.clear()
        if self._records:
            self.honoree.addItem(self.tr("The longest name in the ceremony"), LONGEST)
        else:
            self.honoree.addItem(self.tr("A sample honoree (no ceremony chosen)"), LONGEST)
        for index, record in enumerate(self._records):
            self.honoree.addItem(f"{record.name} — {record.award}", index)
        found = self.honoree.findData(chosen) if chosen is not None else 0
        self.honoree.setCurrentIndex(max(found, 0))
        self.honoree.blockSignals(False)
        self._honoree_chosen()

    def choose_longest(self) -> None:
        self.honoree.setCurrentIndex(0)

    def current_record(self) -> CertificateRecord:
        chosen = self.honoree.currentData()
        if isinstance(chosen, int) and 0 <= chosen < len(self._records):
            return self._records[chosen]
        return longest_name(self._records, self._template) or placeholder(
            self._template.language)

    def _honoree_chosen(self) -> None:
        self.record_changed.emit(self.current_record())
        self.schedule()

    def set_template(self, template: Template) -> None:
        self._template = template
        self.schedule()

    def set_stock(self, stock: bool) -> None:
        self.stock = stock
        self.schedule()

    # -- rendering --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._rendering

    def schedule(self) -> None:
        if self._thread.isRunning():
            self._timer.start()

    def render_now(self) -> None:
        self._timer.stop()
        if self._rendering:
            self._pending = True  # one more render once this one is done
            return
        self._pending = False
        self._rendering = True
        self._requested.emit(Job(self._template, self.current_record(), self.stock))

    def _done(self) -> None:
        self._rendering = False
        if self._pending:
            self.render_now()

    def _show(self, rendered: Rendered, seconds: float) -> None:
        self.rendered, self.error = rendered, None
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(rendered.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setStyleSheet("color: #5f6368")
        self.status.setText(self.tr("Rendered in %1 ms, exactly as it will print.").replace(
            "%1", str(round(seconds * 1000))))
        self._done()

    def _fail(self, error: BaseException) -> None:
        self.error = error
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(describe(error))
        self._done()

    def shutdown(self) -> None:
        """Stop rendering before the window goes (no thread may outlive it)."""
        self._timer.stop()
        self._pending = False
        self._thread.quit()  # after the render in hand, if any
        self._thread.wait()
