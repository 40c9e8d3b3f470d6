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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ceremony.printing.errors import PrintCancelled
from ceremony.printing.render import CancelCheck, Progress

MAX_DPI = 600  # finer than any office printer's toner; beyond it only memory grows
BAND_PIXELS = 1024  # rows rendered at a time


class PrinterFailed(Exception):
    """The printer (or its driver) refused the job; the print is not recorded."""


def page_layout(points: QSizeF) -> QPageLayout:
    """A margin-free layout of exactly this page size (a standard name if it is one)."""
    width, height = points.width(), points.height()
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point,
                     "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if width > height
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def prepare_printer(printer: QPrinter, points: QSizeF) -> None:
    """Before the print dialog: full page, the template's paper, one copy per page."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(points))


def paint_pdf(printer: QPrinter, pdf: bytes, progress: Progress,
              cancelled: CancelCheck) -> None:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    total = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or total == 0:
        raise PrinterFailed("the rendered PDF could not be read back")
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(document.pagePointSize(0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterFailed(f"the printer {printer.printerName()!r} refused the job")
    try:
        for page in range(total):
            if cancelled():
                printer.abort()
                raise PrintCancelled()
            points = document.pagePointSize(page)
            if page:
                if points != document.pagePointSize(page - 1):
                    printer.setPageLayout(page_layout(points))
                if not printer.newPage():
                    raise PrinterFailed("the printer refused a new page")
            _paint_page(painter, document, page, points, printer.resolution())
            progress(page + 1, total)
    finally:
        painter.end()
        document.close()


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
        options.setScaledClipRect(QRect(0, top, width, rows))
        band = document.render(page, QSize(width, rows), options)
        target = QRectF(0, top * to_device, width * to_device, rows * to_device)
        painter.drawImage(target, band)
