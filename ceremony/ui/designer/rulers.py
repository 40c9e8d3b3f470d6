"""Millimetre rulers along the canvas's top and left edges, following zoom and scroll.

Ticks are chosen so labelled marks stay at least ~50 px apart; the page's extent
is white, the selected field's extent is shaded, and a red hairline shows the
mouse, as on a drawing board.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ceremony.ui.designer.view import DesignView

THICKNESS = 22
MAJORS = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0)


def tick_steps(px_per_mm: float) -> tuple[float, float]:
    """(labelled step, smallest step) in mm for this scale."""
    major = next((m for m in MAJORS if m * px_per_mm >= 50), MAJORS[-1])
    for parts in (10, 5, 2, 1):
        if major / parts * px_per_mm >= 5:
            return major, major / parts
    return major, major


class Ruler(QWidget):
    def __init__(self, view: DesignView, orientation: Qt.Orientation,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.horizontal = orientation == Qt.Orientation.Horizontal
        self.cursor_mm: float | None = None
        self.selection: tuple[float, float] | None = None  # start, length in mm
        if self.horizontal:
            self.setFixedHeight(THICKNESS)
        else:
            self.setFixedWidth(THICKNESS)
        view.view_moved.connect(self.update)
        view.cursor_moved.connect(self._follow_cursor)

    def sizeHint(self) -> QSize:
        return QSize(THICKNESS, THICKNESS)

    def show_selection(self, span: tuple[float, float] | None) -> None:
        self.selection = span
        self.update()

    def _follow_cursor(self, point: QPointF) -> None:
        self.cursor_mm = point.x() if self.horizontal else point.y()
        self.update()

    def _origin_and_scale(self) -> tuple[float, float]:
        """The mm shown at the ruler's pixel 0, and pixels per mm."""
        corner = self.view.mapToScene(0, 0)
        return (corner.x() if self.horizontal else corner.y()), self.view.px_per_mm

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#eceef1"))
        origin, scale = self._origin_and_scale()
        length = self.width() if self.horizontal else self.height()
        page = self.view.design.page_size[0 if self.horizontal else 1]
        self._band(painter, origin, scale, 0.0, page, QColor("white"))
        if self.selection is not None:
            self._band(painter, origin, scale, self.selection[0],
                       self.selection[0] + self.selection[1], QColor(21, 101, 192, 60))
        self._ticks(painter, origin, scale, length)
        if self.cursor_mm is not None:
            painter.setPen(QPen(QColor("#d32f2f")))
            self._line(painter, (self.cursor_mm - origin) * scale, 0, THICKNESS)
        painter.setPen(QPen(QColor("#a0a4aa")))
        if self.horizontal:
            painter.drawLine(0, THICKNESS - 1, self.width(), THICKNESS - 1)
        else:
            painter.drawLine(THICKNESS - 1, 0, THICKNESS - 1, self.height())
        painter.end()

    def _band(self, painter: QPainter, origin: float, scale: float, start: float,
              end: float, colour: QColor) -> None:
        a, b = (start - origin) * scale, (end - origin) * scale
        rect = (QRectF(a, 0, b - a, THICKNESS) if self.horizontal
                else QRectF(0, a, THICKNESS, b - a))
        painter.fillRect(rect, colour)

    def _ticks(self, painter: QPainter, origin: float, scale: float, length: int) -> None:
        major, minor = tick_steps(scale)
        font = QFont(self.font())
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#5f6368")))
        first = math.floor(origin / minor)
        for index in range(first, first + int(length / scale / minor) + 2):
            value = index * minor  # from an integer: no drift along a long ruler
            at = (value - origin) * scale
            ratio = value / major
            if abs(ratio - round(ratio)) < 1e-6:
                self._line(painter, at, THICKNESS - 12, THICKNESS)
                self._label(painter, at, f"{round(value):d}" if major >= 1 else f"{value:g}")
            elif abs(2 * ratio - round(2 * ratio)) < 1e-6:
                self._line(painter, at, THICKNESS - 7, THICKNESS)
            else:
                self._line(painter, at, THICKNESS - 4, THICKNESS)

    def _line(self, painter: QPainter, at: float, start: float, end: float) -> None:
        if self.horizontal:
            painter.drawLine(QPointF(at, start), QPointF(at, end))
        else:
            painter.drawLine(QPointF(start, at), QPointF(end, at))

    def _label(self, painter: QPainter, at: float, text: str) -> None:
        if self.horizontal:
            painter.drawText(QPointF(at + 3, 10), text)
            return
        painter.save()
        painter.translate(10, at - 3)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()
