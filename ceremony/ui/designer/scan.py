"""The scan of the pre-printed blank, lying under the fields (designer only, never printed).

A clerk scans a blank at the page's size, so the picture is stretched to the
page; scanners shift and tilt a little, so it can then be moved by a few
millimetres and turned by a few tenths of a degree until its lines meet the page's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ceremony.printing.template import Scan

SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf")
PDF_PX_PER_MM = 8.0  # a PDF scan rendered at about 200 dpi: sharp enough at true scale
LARGEST_SIDE = 6000  # pixels, as for the artwork
SCAN_Z = -1.0  # above the page and its artwork, under every field


def load_scan_image(path: Path, size_mm: tuple[float, float], page: int = 1) -> QImage:
    """The scan as an image; a null image when it cannot be read."""
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return QImage()
    pdf = path.suffix.lower() == ".pdf"
    image = _pdf_page(path, size_mm, page) if pdf else QImage(str(path))
    if not image.isNull() and max(image.width(), image.height()) > LARGEST_SIDE:
        image = image.scaled(LARGEST_SIDE, LARGEST_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def _pdf_page(path: Path, size_mm: tuple[float, float], page: int) -> QImage:
    document = QPdfDocument()
    try:
        document.load(str(path))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < page:
            return QImage()
        scale = min(PDF_PX_PER_MM, LARGEST_SIDE / max(size_mm))
        size = QSize(max(1, round(size_mm[0] * scale)), max(1, round(size_mm[1] * scale)))
        image: QImage = document.render(page - 1, size)
        return image
    finally:
        document.close()


def scan_transform(pixels: QSize, size_mm: tuple[float, float], scan: Scan) -> QTransform:
    """Pixels to page millimetres: stretched to the page, turned about its centre, shifted."""
    width, height = size_mm
    dx, dy = scan.offset_mm
    stretch = QTransform.fromScale(width / max(1, pixels.width()),
                                   height / max(1, pixels.height()))
    turn = QTransform().rotate(scan.rotation_deg)  # y points down: positive is clockwise
    return (stretch * QTransform.fromTranslate(-width / 2, -height / 2) * turn
            * QTransform.fromTranslate(width / 2 + dx, height / 2 + dy))


class ScanItem(QGraphicsPixmapItem):
    """The scan in the scene: never selected, never in the way of a click."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(SCAN_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.loaded: tuple[Path, int] | None = None  # the file and page now shown
        self.page = QRectF()

    def show_scan(self, scan: Scan | None, size_mm: tuple[float, float], hidden: bool) -> bool:
        """Show *scan* (loading its file only when it changed); False if it cannot be shown."""
        if scan is None or scan.path is None:
            self._clear()
            return scan is None
        wanted = (scan.path, scan.page)
        if wanted != self.loaded:
            image = load_scan_image(scan.path, size_mm, scan.page)
            if image.isNull():
                self._clear()
                return False
            self.setPixmap(QPixmap.fromImage(image))
            self.loaded = wanted
        self.page = QRectF(0, 0, *size_mm)
        self.setTransform(scan_transform(self.pixmap().size(), size_mm, scan))
        self.setOpacity(scan.opacity)
        self.setVisible(not hidden)
        return True

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Only on the sheet: a shifted or turned scan does not spill onto the desk."""
        sheet = QPainterPath()
        sheet.addPolygon(self.mapFromScene(self.page))
        painter.setClipPath(sheet, Qt.ClipOperation.IntersectClip)
        # No widget when the scene is rendered to an image; Qt accepts that, the stubs do not.
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def _clear(self) -> None:
        self.setPixmap(QPixmap())
        self.loaded = None
        self.setVisible(False)
