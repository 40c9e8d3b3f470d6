"""Sending a finished certificate PDF to a printer through Qt, at actual size.

Why QPrinter and QPdfDocument.render rather than `lp -d`: the clerks' PCs are
mostly Windows, where there is no lp; QPrinter reaches every system's printers
and the tray chosen in the print dialog the same way. Each page is rendered by
PDFium at the printer's resolution (at most MAX_DPI, then drawn scaled to device
pixels) and painted at the paper's corner with no margins and no fitting, on
paper of the PDF page's own size, so the printer profile's offsets are the only
movement. Pages are rendered in bands to keep memory flat for 400 × 300 mm sheets.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ceremony.printing.errors import PrintCancelled
from ceremony.printing.render import CancelCheck, Progress
from ceremony.ui.printing.cups_status import (
    last_job_error,
    newest_job_id,
    queue_name,
    withdraw_job,
)

MAX_DPI = 600  # finer than any office printer's toner; beyond it only memory grows
BAND_PIXELS = 1024  # rows rendered at a time


class PrinterFailed(Exception):
    """The printer (or its driver) refused the job; the print is not recorded."""


class PagesMayHavePrinted(Exception):
    """Cancelled (or failed) midway, and the job could not be taken back from the queue:
    the pages painted so far may come out of the printer. Nothing is recorded."""

    def __init__(self, printer: str) -> None:
        super().__init__(QCoreApplication.translate(
            "PrinterOutput", "The print was stopped, but the job could not be taken back "
            "from the queue of the printer “%1”: some pages may already have been "
            "printed.").replace("%1", printer))


def page_layout(points: QSizeF) -> QPageLayout:
    """A margin-free layout of exactly this page size (a standard name if it is one)."""
    width, height = points.width(), points.height()
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def prepare_printer(printer: QPrinter, points: QSizeF) -> None:
    """Before the print dialog: full page, the template's paper, one copy of every page."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(points))
    printer.setCopyCount(1)
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    printer.setDuplex(QPrinter.DuplexMode.DuplexNone)  # a blank has one printed side


def paint_pdf(printer: QPrinter, pdf: bytes, progress: Progress,
              cancelled: CancelCheck) -> None:
    """Paint every page of *pdf* onto *printer*; raises PrinterFailed unless the job was
    taken, PrintCancelled (with nothing left in the queue) when the user cancelled, and
    PagesMayHavePrinted when a cancelled job could not be taken back."""
    document = _open_pdf(pdf)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(document.pagePointSize(0)))
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    if native and not printer.docName():
        # The job's title in the queue, unique, so that only this job is ever withdrawn.
        printer.setDocName(f"Ceremony {uuid.uuid4().hex[:8]}")
    jobs_before = newest_job_id(queue_name(printer.printerName())) if native else None
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise PrinterFailed(QCoreApplication.translate(
            "PrinterOutput", "The printer “%1” refused the job.").replace(
            "%1", printer.printerName() or printer.outputFileName()))
    finished = False
    try:
        finished = _paint_pages(printer, painter, document, progress, cancelled)
    finally:
        # Cancelled or failed midway: Windows' engine drops the pages on abort();
        # CUPS's cannot (it answers False), so the job is taken back once it is queued.
        aborted = not finished and printer.abort()
        ended = painter.end()  # the job goes to the queue here, unless aborted
        document.close()
        if not finished and not aborted and native:
            _withdraw(printer, jobs_before)
    if not finished:
        raise PrintCancelled()
    _confirm_sent(printer, ended)


def _withdraw(printer: QPrinter, jobs_before: int | None) -> None:
    """Take the unfinished job back from its CUPS queue, or raise PagesMayHavePrinted
    (in place of the cancel or the failure): the user must not be told that nothing
    was printed when CUPS refused, found no job, or could not say."""
    withdrawn = None
    if jobs_before is not None:
        withdrawn = withdraw_job(queue_name(printer.printerName()), printer.docName(),
                                 jobs_before)
    if withdrawn is not True:
        raise PagesMayHavePrinted(printer.printerName())


def _paint_pages(printer: QPrinter, painter: QPainter, document: QPdfDocument,
                 progress: Progress, cancelled: CancelCheck) -> bool:
    """Paint the pages in order; False as soon as the user cancels."""
    total = document.pageCount()
    for page in range(total):
        if cancelled():
            return False
        points = document.pagePointSize(page)
        if page:
            if points != document.pagePointSize(page - 1):
                printer.setPageLayout(page_layout(points))
            if not printer.newPage():
                raise PrinterFailed(QCoreApplication.translate(
                    "PrinterOutput", "The printer refused a new page."))
        _paint_page(painter, document, page, points, printer.resolution())
        progress(page + 1, total)
    return True


def _open_pdf(pdf: bytes) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)  # the document reads from it while open: owned by it
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrinterFailed("the rendered PDF could not be read back")
    return document


def _confirm_sent(printer: QPrinter, ended: bool) -> None:
    """Raise unless the painter's end handed the job over (Qt ignores CUPS's answer)."""
    if not ended:
        raise PrinterFailed(QCoreApplication.translate(
            "PrinterOutput", "The printer “%1” did not take the job.").replace(
            "%1", printer.printerName()))
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
        reason = last_job_error()  # this thread's last CUPS request: the job just sent
        if reason is not None:
            raise PrinterFailed(QCoreApplication.translate(
                "PrinterOutput", "The printer “%1” refused the job: %2").replace(
                "%1", printer.printerName()).replace("%2", reason))


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, points: QSizeF,
                device_dpi: int) -> None:
    dpi = min(device_dpi, MAX_DPI)
    width = round(points.width() / 72 * dpi)
    height = round(points.height() / 72 * dpi)
    to_device = device_dpi / dpi
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    for top in range(0, height, BAND_PIXELS):
        rows = min(BAND_PIXELS, height - top)
        # Qt (6.12) builds PDFium's matrix from QRect.right()/bottom(), a pixel short of
        # the edge, which shrinks each band by (n - 1)/n: the lower lines of a 436-row
        # band landed 0.6 mm too high. A clip one pixel larger cancels that exactly;
        # tests/ui/test_print_dialog.py measures the crosshairs to catch any change.
        options.setScaledClipRect(QRect(0, top, width + 1, rows + 1))
        band = document.render(page, QSize(width, rows), options)
        target = QRectF(0, top * to_device, width * to_device, rows * to_device)
        painter.drawImage(target, band)
