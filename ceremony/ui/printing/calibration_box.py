"""The calibration sheet, printed straight to the printer at actual size (or saved as PDF).

The clerk prints the sheet plainly, measures where crosshair A landed, enters the
offsets, then prints it again with them applied: the confirming print. Both go
through the same QPrinter path as the certificates (printer_output), so what
the sheet measures is exactly what the certificates will do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSizeF, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.calibration import render_calibration
from ceremony.printing.errors import PrintCancelled
from ceremony.printing.output import replace_atomically
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo
from ceremony.ui.errors import current_language, describe, show_error
from ceremony.ui.printing.printer_check import (
    choose_printer,
    missing_printer,
    offer_pdf,
    printer_problem,
)
from ceremony.ui.printing.printer_output import (
    PagesMayHavePrinted,
    PrinterFailed,
    paint_pdf,
    prepare_printer,
)
from ceremony.ui.printing.worker import Job

# Strings keep the profiles dialog's context: the box is part of it, and some were
# translated there before it was split out (lupdate reads only literal calls).
SHEETS = ((297.0, 210.0), (210.0, 297.0), (400.0, 300.0), (420.0, 297.0))  # width, height mm
POINTS_PER_MM = 72 / 25.4


class CalibrationBox(QGroupBox):
    def __init__(self, profile: Callable[[], ProfileInfo], parent: QWidget | None = None, *,
                 confirm: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._profile = profile  # the profile as the form shows it (maybe unsaved)
        # Asked before a confirming sheet is printed or saved: whether the form's profile
        # is saved (the owner may save it first); a sheet from unsaved offsets would
        # confirm a profile the certificates will not use.
        self._confirm = confirm
        self._job: Job | None = None
        self.offer: QMessageBox | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.addItems([""] * len(SHEETS))
        self.with_offsets = QCheckBox()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.ask_save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._sheet_label = QLabel()
        self._sheet_label.setBuddy(self.sheet)
        form = QFormLayout()
        form.addRow(self._sheet_label, self.sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        for part in (self.hint, form, self.with_offsets, buttons, self.status):
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("PrinterProfilesDialog", "Calibration sheet"))
        self.hint.setText(QCoreApplication.translate(
            "PrinterProfilesDialog",
            "Print the calibration sheet on plain paper through the blanks' tray, measure "
            "where crosshair A landed, and enter the offsets; print it again through the "
            "profile to confirm."))
        self._sheet_label.setText(QCoreApplication.translate("PrinterProfilesDialog", "Pape&r:"))
        sheets = (QCoreApplication.translate("PrinterProfilesDialog", "A4 landscape"),
                  QCoreApplication.translate("PrinterProfilesDialog", "A4 portrait"),
                  QCoreApplication.translate("PrinterProfilesDialog", "Official 400 × 300 mm"),
                  QCoreApplication.translate("PrinterProfilesDialog", "A3 landscape"))
        for index, text in enumerate(sheets):
            self.sheet.setItemText(index, text)
        self.with_offsets.setText(QCoreApplication.translate(
            "PrinterProfilesDialog", "With the &offsets and scale above (the confirming print)"))
        self.print_button.setText(QCoreApplication.translate(
            "PrinterProfilesDialog", "Pr&int the sheet…"))
        self.save_button.setText(QCoreApplication.translate(
            "PrinterProfilesDialog", "Save as PD&F…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def size_mm(self) -> tuple[float, float]:
        return SHEETS[self.sheet.currentIndex()]

    def sheet_pdf(self) -> bytes:
        """The sheet, through the form's profile only for the confirming print."""
        profile = self._profile() if self.with_offsets.isChecked() else NO_PROFILE
        width, height = self.size_mm()
        return render_calibration(width, height, language=current_language(), profile=profile)

    # -- printing ------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        """A printer set to the sheet's paper, at actual size, on the profile's printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        width, height = self.size_mm()
        prepare_printer(printer, QSizeF(width * POINTS_PER_MM, height * POINTS_PER_MM))
        printer.setDocName("Calibration")
        wanted = self._profile().printer
        if wanted and not choose_printer(printer, wanted):
            self.status.setText(missing_printer(wanted) + " " + QCoreApplication.translate(
                "PrinterProfilesDialog", "Choose another printer, or save a PDF."))
        return printer

    def ask_print(self) -> None:
        if self.with_offsets.isChecked() and not self._confirm():
            return
        printer = self.make_printer()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Send the sheet to *printer* (already chosen) on a worker thread."""
        if self._job is not None:
            return
        problem = printer_problem(printer)
        if problem is not None:
            self._offer(problem)
            return
        try:
            pdf = self.sheet_pdf()
        except Exception as error:  # an out-of-range profile: shown, nothing sent
            show_error(self, error)
            return
        self.status.clear()
        self._set_running(True)
        label = QCoreApplication.translate(
            "PrinterProfilesDialog", "Sending the calibration sheet to the printer…")
        self._job = Job(self, label,
                        partial(paint_pdf, printer, pdf),
                        partial(self._sent, printer.printerName()), self._failed)

    def wait(self) -> None:
        """Let a running print finish (the window is closing)."""
        if self._job is not None:
            self._job.wait()

    def _sent(self, printer: str, _result: object) -> None:
        self._set_running(False)
        width, height = self.size_mm()
        self.status.setText(QCoreApplication.translate(
            "PrinterProfilesDialog",
            "Sent the calibration sheet to %1 at actual size (%2 × %3 mm).").replace(
            "%1", printer).replace("%2", f"{width:g}").replace("%3", f"{height:g}"))

    def _failed(self, error: Exception) -> None:
        self._set_running(False)
        if isinstance(error, PrinterFailed):
            self._offer(str(error))
        elif isinstance(error, PrintCancelled):
            self.status.setText(describe(error))
        elif isinstance(error, PagesMayHavePrinted):  # the sheet may come out after all
            self.status.setText(str(error))
        else:
            show_error(self, error)

    def _set_running(self, running: bool) -> None:
        if not running:
            self._job = None
        for widget in (self.print_button, self.save_button, self.sheet, self.with_offsets):
            widget.setEnabled(not running)

    def _offer(self, problem: str) -> None:
        self.status.setText(problem)
        self.offer = offer_pdf(self, problem, QCoreApplication.translate(
            "PrinterProfilesDialog",
            "You can save the sheet as a PDF instead and print it at actual size (no "
            "scaling) from another computer."), self.ask_save)

    # -- saving --------------------------------------------------------------
    def ask_save(self) -> None:
        if self.with_offsets.isChecked() and not self._confirm():
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("PrinterProfilesDialog", "Save the calibration sheet"),
            str(Path(folder) / "calibration.pdf"),
            QCoreApplication.translate("PrinterProfilesDialog", "PDF files (*.pdf)"))
        if chosen:
            self.save(Path(chosen))

    def save(self, target: Path) -> None:
        try:
            replace_atomically(target, self.sheet_pdf())
        except Exception as error:  # a folder that cannot be written: shown to the user
            show_error(self, error)
            return
        self.status.setText(QCoreApplication.translate(
            "PrinterProfilesDialog", "Saved the calibration sheet to %1.").replace(
            "%1", str(target)))
