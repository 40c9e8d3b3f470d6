"""The blank under the fields: the template's artwork and scan, rendered through QtPdf.

The printing layer draws the decoration (background image or PDF page, borders,
emblem) into a one-page PDF in memory, exactly as it prints it; QPdfDocument
renders that page to an image at the resolution the zoom needs.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from ceremony.printing.template import Template

LARGEST_SIDE = 6000  # pixels: a 400 mm page at 15 px/mm, about 100 MB less than unbounded


def artwork_pdf(template: Template) -> bytes:
    """The decoration alone (no fields), as one PDF page of the template's size."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.printing.artwork import draw_background, draw_shapes

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(template.width_mm * mm, template.height_mm * mm))
    draw_background(canvas, template)
    draw_shapes(canvas, template)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def has_artwork(template: Template) -> bool:
    return template.background is not None or bool(template.artwork)


class ArtworkRenderer(QObject):
    """Keeps the artwork's PDF loaded and renders it at any pixels per millimetre."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._buffer = QBuffer(self)  # must outlive the document's use of it
        self._size_mm = (0.0, 0.0)

    def load(self, template: Template) -> bool:
        """Load *template*'s artwork; False when it has none (a plain white page)."""
        self._document.close()
        self._buffer.close()
        self._size_mm = (template.width_mm, template.height_mm)
        if not has_artwork(template):
            return False
        self._buffer.setData(QByteArray(artwork_pdf(template)))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        return self._document.status() == QPdfDocument.Status.Ready

    def render(self, px_per_mm: float) -> QImage:
        width_mm, height_mm = self._size_mm
        if self._document.pageCount() < 1 or width_mm <= 0:
            return QImage()
        px_per_mm = min(px_per_mm, LARGEST_SIDE / max(width_mm, height_mm))
        size = QSize(max(1, round(width_mm * px_per_mm)), max(1, round(height_mm * px_per_mm)))
        return self._document.render(0, size)
