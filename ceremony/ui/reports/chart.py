"""A bar chart of awards per award type, collectives beside individuals, drawn with QPainter.

PySide6-Essentials has no QtCharts. Award names are long ("Bằng khen của Chủ tịch
Ủy ban nhân dân tỉnh Cao Bằng"), so, as in the PDF, bars run across and each name
is wrapped beside its pair of bars. Everything is measured from the widget's size
and font, so the chart scales with the window; the geometry is computed apart from
the painting so it can be checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ceremony.ui.reports.models import number, words

if TYPE_CHECKING:
    from ceremony.services.reports import StatRow

# The PDF chart's colours (ceremony/reports/chart.py), so screen and paper agree.
COLLECTIVE_COLOUR = QColor(140, 36, 36)
INDIVIDUAL_COLOUR = QColor(217, 158, 46)
MARGIN = 12.0
LABEL_SHARE = 0.38  # of the width, for the wrapped award names
MAX_LABEL_WIDTH = 340.0
MAX_LABEL_LINES = 3
MAX_BAR = 26.0  # a bar never gets fatter than this, however tall the widget
MIN_BAR = 6.0
GROUP_GAP = 10.0  # between one award type's pair of bars and the next


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    kind: str  # "collective" or "individual"
    value: int


@dataclass(frozen=True)
class Geometry:
    title: QRectF
    legend: tuple[tuple[QRectF, QColor, str], ...]  # swatch, colour, text
    labels: tuple[tuple[QRectF, tuple[str, ...]], ...]  # where, and the wrapped lines
    bars: tuple[Bar, ...]
    plot: QRectF  # where the bars may run, value 0 at its left edge
    ticks: tuple[tuple[float, int], ...]  # x position, value


def wrapped(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """*text* broken at spaces into lines no wider than *width*; the last shown line is
    elided (…) when more would be needed."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def nice_step(top: int, wanted: int = 5) -> int:
    """A tick step of 1, 2 or 5 × 10^k giving about *wanted* ticks up to *top*."""
    rough = max(1.0, top / wanted)
    magnitude = 1
    while magnitude * 10 <= rough:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= rough:
            return factor * magnitude
    return 10 * magnitude


class AwardChart(QWidget):
    """Individuals and collectives per award type, with a legend; empty when no awards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StatRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 160)

    def set_rows(self, rows: Sequence[StatRow]) -> None:
        """Show *rows*; many award types make the chart taller (it sits in a scroll area)
        rather than squeeze bars and names on top of each other."""
        self._rows = list(rows)
        line = QFontMetricsF(self.font()).height()
        slot = max(line + 4, 2 * MIN_BAR + GROUP_GAP)
        self.setMinimumHeight(int(self._frame_height(line) + max(1, len(self._rows)) * slot))
        self.updateGeometry()
        self.update()

    @staticmethod
    def _frame_height(line: float) -> float:
        """Title, legend and axis: the height that is not bars."""
        return 2 * MARGIN + line * 1.4 + line + 14 + line + 6

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(480, int(self._frame_height(line)
                              + max(1, len(self._rows)) * (line * 3 + GROUP_GAP)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.update()  # the title and legend are looked up when painted
        super().changeEvent(event)

    # -- geometry ---------------------------------------------------------------
    def geometry_for(self, width: float, height: float) -> Geometry:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        title = QRectF(MARGIN, MARGIN, width - 2 * MARGIN, line * 1.4)
        legend = self._legend(metrics, title.bottom() + 4)
        axis = line + 6  # tick labels under the plot
        top = title.bottom() + line + 14
        label_width = min(MAX_LABEL_WIDTH, (width - 2 * MARGIN) * LABEL_SHARE)
        room_for_counts = metrics.horizontalAdvance("0000")
        plot = QRectF(MARGIN + label_width + 10, top,
                      max(10.0, width - 2 * MARGIN - label_width - 10 - room_for_counts),
                      max(10.0, height - top - MARGIN - axis))
        return self._laid_out(metrics, title, legend, plot, label_width)

    def _legend(self, metrics: QFontMetricsF,
                top: float) -> tuple[tuple[QRectF, QColor, str], ...]:
        side = metrics.ascent() * 0.8
        x = MARGIN
        parts = []
        for colour, text in ((COLLECTIVE_COLOUR, words("column.collectives")),
                             (INDIVIDUAL_COLOUR, words("column.individuals"))):
            parts.append((QRectF(x, top + (metrics.height() - side) / 2, side, side),
                          colour, text))
            x += side + 6 + metrics.horizontalAdvance(text) + 18
        return tuple(parts)

    def _laid_out(self, metrics: QFontMetricsF, title: QRectF,
                  legend: tuple[tuple[QRectF, QColor, str], ...], plot: QRectF,
                  label_width: float) -> Geometry:
        if not self._rows:
            return Geometry(title, legend, (), (), plot, ())
        top_value = max(max(r.counts.collectives, r.counts.individuals) for r in self._rows)
        step = nice_step(top_value)
        scale_max = max(step, -(-top_value // step) * step)
        slot = plot.height() / len(self._rows)
        bar = max(MIN_BAR, min(MAX_BAR, (slot - GROUP_GAP) / 2))
        labels, bars = [], []
        for index, row in enumerate(self._rows):
            group_top = plot.top() + index * slot + max(0.0, (slot - 2 * bar) / 2)
            fits = max(1, min(MAX_LABEL_LINES, int(slot // metrics.height())))
            lines = wrapped(row.label, metrics, label_width, fits)
            label_rect = QRectF(MARGIN, 0, label_width, metrics.height() * len(lines))
            label_rect.moveCenter(QPointF(label_rect.center().x(), group_top + bar))
            labels.append((label_rect, tuple(lines)))
            for offset, kind, value in ((0.0, "collective", row.counts.collectives),
                                        (bar, "individual", row.counts.individuals)):
                length = plot.width() * value / scale_max
                bars.append(Bar(QRectF(plot.left(), group_top + offset, length, bar - 1),
                                kind, value))
        ticks = tuple((plot.left() + plot.width() * value / scale_max, value)
                      for value in range(0, scale_max + 1, step))
        return Geometry(title, legend, tuple(labels), tuple(bars), plot, ticks)

    def bars(self) -> tuple[Bar, ...]:
        """The bars as painted at the widget's current size (for checks)."""
        return self.geometry_for(self.width(), self.height()).bars

    # -- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
            self._paint(painter, self.geometry_for(self.width(), self.height()))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, shape: Geometry) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(shape.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         words("statistics.chart"))
        font.setBold(False)
        painter.setFont(font)
        for swatch, colour, label in shape.legend:
            painter.fillRect(swatch, colour)
            painter.drawText(QPointF(swatch.right() + 6, swatch.bottom()), label)
        if not shape.bars:
            painter.drawText(shape.plot, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate(
                "AwardChart", "No awards to show"))
            return
        self._paint_axis(painter, shape, text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        height = painter.fontMetrics().height()
        for rect, lines in shape.labels:
            for number_of_line, line in enumerate(lines):
                painter.drawText(QRectF(rect.left(), rect.top() + number_of_line * height,
                                        rect.width(), height), right, line)
        self._paint_bars(painter, shape, text)

    def _paint_axis(self, painter: QPainter, shape: Geometry, text: QColor) -> None:
        grid = QColor(text)
        grid.setAlpha(40)
        metrics = painter.fontMetrics()
        for x, value in shape.ticks:
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, shape.plot.top()), QPointF(x, shape.plot.bottom()))
            painter.setPen(text)
            label = number(value)
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                     shape.plot.bottom() + metrics.ascent() + 4), label)
        painter.setPen(QPen(text, 1))
        painter.drawLine(shape.plot.topLeft(), shape.plot.bottomLeft())

    def _paint_bars(self, painter: QPainter, shape: Geometry, text: QColor) -> None:
        metrics = painter.fontMetrics()
        for bar in shape.bars:
            colour = COLLECTIVE_COLOUR if bar.kind == "collective" else INDIVIDUAL_COLOUR
            painter.fillRect(bar.rect, colour)
            if bar.value:
                painter.setPen(text)
                painter.drawText(QPointF(bar.rect.right() + 4,
                                         bar.rect.center().y() + metrics.ascent() / 2 - 1),
                                 number(bar.value))
