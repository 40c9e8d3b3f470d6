"""Print certificates: choose, preview, then save for viewing, save as final, or print.

Only "Save as final" and "Print…" count as printed (register numbers taken,
print count raised), and Print records only after the printer took every page.
Rendering runs on a worker thread; the preview re-renders when a choice changes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.batch import BatchResult
from ceremony.printing.errors import PrintCancelled
from ceremony.store.registry import Registry
from ceremony.ui.errors import describe, show_error
from ceremony.ui.printing.choices import ChoicesPanel
from ceremony.ui.printing.jobs import Preview, make_preview, print_for_real, save_output
from ceremony.ui.printing.preview_panel import PreviewPanel
from ceremony.ui.printing.printer_output import PrinterFailed, paint_pdf, prepare_printer
from ceremony.ui.printing.worker import Job, Work


class PrintDialog(QDialog):
    def __init__(self, registry: Registry, ceremony_id: int | None = None,
                 award_ids: list[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.recorded = False  # a real print happened: the caller should refresh
        self._job: Job | None = None
        self._job_is_preview = False
        self._stale = False
        self.choices = ChoicesPanel(registry, ceremony_id, award_ids)
        self.profiles_button = QPushButton()
        self.profiles_button.clicked.connect(self.edit_profiles)
        self.output = QGroupBox()
        self.split = QComboBox()
        self.save_preview_button = QPushButton()
        self.save_preview_button.clicked.connect(self.save_preview)
        self.save_final_button = QPushButton()
        self.save_final_button.clicked.connect(self.save_final)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_certificates)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview_panel = PreviewPanel()
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # one render after a burst of changes
        self._timer.timeout.connect(self.refresh_preview)
        self.choices.changed.connect(self.schedule_preview)
        self.retranslate()
        self.resize(1180, 760)
        self.refresh_preview()

    def _layout(self) -> None:
        self.split.addItems(["", ""])
        form = QFormLayout()
        self._split_label = QLabel()
        self._split_label.setBuddy(self.split)
        form.addRow(self._split_label, self.split)
        box = QVBoxLayout(self.output)
        box.addLayout(form)
        for button in (self.save_preview_button, self.save_final_button, self.print_button):
            box.addWidget(button)
        box.addWidget(self.explain)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choices)
        column.addWidget(self.profiles_button)
        column.addWidget(self.output)
        column.addStretch()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(bottom)
        self.print_button.setDefault(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print certificates"))
        self.profiles_button.setText(self.tr("Printer &profiles…"))
        self.output.setTitle(self.tr("Output"))
        self._split_label.setText(self.tr("Fi&les:"))
        self.split.setItemText(0, self.tr("One PDF file"))
        self.split.setItemText(1, self.tr("One file per honoree (into a folder)"))
        self.save_preview_button.setText(self.tr("Save a pre&view…"))
        self.save_final_button.setText(self.tr("Save as f&inal PDF (counts as printed)…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.close_button.setText(self.tr("&Close"))
        self.explain.setText(self.tr(
            "A preview is for viewing only. “Save as final” and “Print” count as the real "
            "print: first prints take register numbers and every print is counted."))
        self.choices.retranslate()
        self.preview_panel.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the preview ---------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None

    def schedule_preview(self) -> None:
        self.preview_panel.show_preview(None)
        self._update_buttons()
        self._timer.start()

    def refresh_preview(self) -> None:
        if self._job is not None:  # re-rendered once the running job ends
            self._stale = True
            if self._job_is_preview:
                self._job.cancel()
            return
        self.preview_panel.show_preview(None)
        work = partial(make_preview, self.registry, self.choices.choice())
        self._run(self.tr("Rendering the preview…"), work, self.preview_panel.show_preview,
                  preview=True)

    # -- outputs -------------------------------------------------------------
    def save_preview(self) -> None:
        target = self._ask_target(final=False)
        if target is not None:
            self.write_output(target, final=False)

    def save_final(self) -> None:
        preview = self._ready()
        if preview is None:
            return
        answer = QMessageBox.question(self, self.tr("Save as final"), self.tr(
            "These %n certificate(s) will count as printed: awards printed for the first "
            "time take register numbers, which are never reused. Continue?", "",
            preview.pages))
        if answer == QMessageBox.StandardButton.Yes:
            target = self._ask_target(final=True)
            if target is not None:
                self.write_output(target, final=True)

    def write_output(self, target: Path, *, final: bool) -> None:
        """Write the chosen certificates to *target*; *final* counts as a real print."""
        preview = self._ready()
        if preview is None:
            return
        split = self.split.currentIndex() == 1
        work = partial(save_output, self.registry, self.choices.choice(), preview.selection,
                       target, split=split, final=final)
        self._run(self.tr("Writing the certificates…"), work,
                  partial(self._saved, final=final, target=target))

    def print_certificates(self) -> None:
        if self._ready() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.preview_panel.document.pagePointSize(0))
        wanted = self.choices.choice().profile.printer
        if wanted and wanted in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(wanted)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print on *printer* (already chosen), then record the print."""
        preview = self._ready()
        if preview is None:
            return
        work = partial(print_for_real, self.registry, self.choices.choice(), preview.selection,
                       partial(paint_pdf, printer))
        self._run(self.tr("Printing the certificates…"), work, self._printed)

    def edit_profiles(self) -> None:
        from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog

        PrinterProfilesDialog(self.registry, self).exec()
        self.choices.reload_profiles()

    # -- running jobs --------------------------------------------------------
    def _run(self, label: str, work: Work, done: Any, *, preview: bool = False) -> None:
        if not preview:
            self.status.clear()
        # While a file or the printer is being written, the choices stay as they were.
        self.choices.setEnabled(preview)
        self._job_is_preview = preview
        self._job = Job(self, label, work, partial(self._finished, done), self._failed)
        self._update_buttons()

    def _finished(self, done: Any, result: object) -> None:
        stale = self._end_job()
        if not (stale and isinstance(result, Preview)):  # an out-of-date preview is dropped
            done(result)
        if stale and self._job is None:
            self.refresh_preview()
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        stale = self._end_job()
        if stale and isinstance(error, PrintCancelled):
            pass  # cancelled only to re-render with the new choices
        elif isinstance(error, PrintCancelled):
            self.status.setText(describe(error))
        elif isinstance(error, PrinterFailed):
            QMessageBox.warning(self, self.tr("Print certificates"), self.tr(
                "The printer did not take the job; nothing was recorded as printed.")
                + f"\n{error}")
        else:
            show_error(self, error)
        if stale and self._job is None:
            self.refresh_preview()
        self._update_buttons()

    def _end_job(self) -> bool:
        """Forget the finished job; whether the choices changed while it ran."""
        self._job = None
        self.choices.setEnabled(True)
        stale, self._stale = self._stale, False
        return stale

    def _saved(self, result: BatchResult, *, final: bool, target: Path) -> None:
        if final:
            self.recorded = True
            self.status.setText(self.tr("Saved %n page(s) to %1; they count as printed.", "",
                                        result.pages).replace("%1", str(target)))
            self.refresh_preview()  # the register numbers now show on the pages
        else:
            self.status.setText(self.tr("Saved a preview of %n page(s) to %1.", "",
                                        result.pages).replace("%1", str(target)))

    def _printed(self, pages: int) -> None:
        self.recorded = True
        self.status.setText(self.tr("Printed %n certificate(s); they are recorded as printed.",
                                    "", pages))
        self.refresh_preview()

    def _ready(self) -> Preview | None:
        preview = self.preview_panel.preview
        if self._job is not None or preview is None or not preview.pdf or preview.problems:
            return None
        return preview

    def _update_buttons(self) -> None:
        ready = self._ready() is not None
        writable = not self.registry.read_only
        self.save_preview_button.setEnabled(ready)
        self.save_final_button.setEnabled(ready and writable)
        self.print_button.setEnabled(ready and writable)

    def _ask_target(self, *, final: bool) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if self.split.currentIndex() == 1:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the files"),
                                                      folder)
        else:
            name = "certificates.pdf" if final else "certificates-preview.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save certificates"), str(Path(folder) / name),
                self.tr("PDF files (*.pdf)"))
        return Path(chosen) if chosen else None

    def reject(self) -> None:
        if self._job is not None:  # the worker must end before its window goes
            self._job.cancel()
            self._job.wait()
        super().reject()
