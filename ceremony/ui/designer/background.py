"""The blank under the fields: the template's artwork and scan, rendered through QtPdf.

The printing layer draws the decoration (background image or PDF page, borders,
emblem) into a one-page PDF in memory, exactly as it prints it; QPdfDocument
renders that page to an image at the resolution the zoom needs.

A background file can exist and still be damaged (a truncated picture, a broken
PDF): drawing it then fails, so the designer draws it once before it changes
anything, and refuses the template with ArtworkError if it cannot.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from ceremony.printing.errors import TemplateError
from ceremony.printing.template import Template

LARGEST_SIDE = 6000  # pixels: a 400 mm page at 15 px/mm, about 100 MB less than unbounded


def artwork_pdf(template: Template) -> bytes:
    """The decoration alone (no fields), as one PDF page of the template's size.

    Raises ArtworkError when the background file cannot be drawn.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.printing.artwork import draw_background, draw_shapes

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(template.width_mm * mm, template.height_mm * mm))
    try:  # the file is read here, so only its reading is taken for damage
        draw_background(canvas, template)
    except TemplateError as error:
        if error.key != "template.background_damaged":
            raise
        # The reader's own error says why (a page past the end, a truncated file).
        cause = error.__cause__ or error
        raise ArtworkError(template.background, template.background_page, cause) from error
    draw_shapes(canvas, template)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def has_artwork(template: Template) -> bool:
    return template.background is not None or bool(template.artwork)


class ArtworkError(Exception):
    """The template's background cannot be drawn: the file is damaged or not what it says."""

    def __init__(self, path: Path | None, page: int, cause: BaseException) -> None:
        super().__init__(f"{path} (page {page}): {cause}")
        self.path = path
        self.page = page  # of a PDF background
        self.cause = cause


def prepare_artwork(template: Template) -> bytes | None:
    """The artwork's one-page PDF, None when the template has none.

    Raises ArtworkError when the background file cannot be drawn (and whatever
    the loader raises itself, such as a TemplateError), before anything is shown.
    """
    return artwork_pdf(template) if has_artwork(template) else None


class ArtworkRenderer(QObject):
    """Keeps the artwork's PDF loaded and renders it at any pixels per millimetre."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = QPdfDocument(self)
        self._buffer = QBuffer(self)  # must outlive the document's use of it
        self._size_mm = (0.0, 0.0)

    def load(self, template: Template, pdf: bytes | None) -> bool:
        """Show *template*'s artwork, drawn by prepare_artwork() into *pdf* (None: a plain
        white page); False when there is nothing to show."""
        self._document.close()
        self._buffer.close()
        self._size_mm = (template.width_mm, template.height_mm)
        if pdf is None:
            return False
        self._buffer.setData(QByteArray(pdf))
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


def artwork_problem(error: ArtworkError) -> str:
    """Why the template cannot be opened, in the user's language."""
    from ceremony.ui.errors import describe_file_error

    path = str(error.path) if error.path is not None else ""
    if isinstance(error.cause, LookupError):  # a PDF background with fewer pages
        return QCoreApplication.translate(
            "Designer", "The template's background %1 has no page %2.").replace(
            "%1", path).replace("%2", str(error.page))
    detail = describe_file_error(error.cause) or _plain(error.cause)
    return QCoreApplication.translate(
        "Designer", "The template's background cannot be drawn: %1 is damaged, or is not "
        "the picture or PDF it claims to be (%2).").replace("%1", path).replace("%2", detail)


def _plain(cause: BaseException) -> str:
    """The reader's own words, without the file object and id ReportLab puts first."""
    text = re.sub(r"^.*identity=\[[^\]]*\]\s*", "", str(cause), flags=re.DOTALL).strip()
    return text or type(cause).__name__
