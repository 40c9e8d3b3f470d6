"""Whether a printer can take a job now, and what to offer when it cannot.

Checked before anything is rendered or recorded: a printer that is missing,
stopped or refusing jobs gets a clear message in the user's language and the
offer of a PDF instead. Qt alone would not say: a QPrinter given a name that is
not installed silently keeps its previous printer, and a CUPS queue that rejects
jobs looks like a successful print (see cups_status).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from ceremony.ui.printing.cups_status import accepting_jobs


def missing_printer(name: str) -> str:
    return QCoreApplication.translate(
        "PrinterCheck",
        "The printer “%1” is not installed on this computer, or cannot be reached.",
    ).replace("%1", name)


def choose_printer(printer: QPrinter, wanted: str) -> bool:
    """Point *printer* at *wanted* if it is installed; whether it now prints there."""
    if wanted in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(wanted)
    return printer.printerName() == wanted


def printer_problem(printer: QPrinter) -> str | None:
    """Why *printer* cannot take a job now, in the user's language; None if it can.

    A printer writing to a PDF file has no queue: its own errors show when the
    file is opened.
    """
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return None
    name = printer.printerName()
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return missing_printer(name)
    if QPrinterInfo.printerInfo(name).state() == QPrinter.PrinterState.Error:
        return QCoreApplication.translate(
            "PrinterCheck", "The printer “%1” is stopped or in error: check its paper, "
            "toner, power and print queue, then try again.").replace("%1", name)
    if accepting_jobs(name) is False:
        return QCoreApplication.translate(
            "PrinterCheck", "The printer “%1” is not accepting jobs: its print queue has "
            "been stopped.").replace("%1", name)
    return None


def offer_pdf(parent: QWidget, problem: str, what: str, save: Callable[[], None]) -> QMessageBox:
    """Say what went wrong and offer to save *what* as a PDF instead (window-modal).

    The box is returned already open, so a caller (or a test) can find its buttons.
    """
    title = QCoreApplication.translate("PrinterCheck", "Cannot print")
    box = QMessageBox(QMessageBox.Icon.Warning, title, problem,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(what)
    save_button = box.addButton(QCoreApplication.translate("PrinterCheck", "Save as &PDF…"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save_button)
    box.setObjectName("offer_pdf")

    def answered() -> None:
        if box.clickedButton() is save_button:
            save()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box
