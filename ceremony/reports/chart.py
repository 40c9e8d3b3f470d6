"""A bar chart of awards per award type, collectives beside individuals (ReportLab graphics).

Award names are long ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"), so
bars run horizontally and each name is wrapped over lines beside its bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ceremony.printing.fonts import SERIF, register_fonts
from ceremony.reports.layout import MM
from ceremony.reports.wording import nfc, words
from ceremony.services.reports import StatRow

LABEL_SIZE = 9.0
LABEL_WIDTH = 80 * MM
BAR_ROOM = 26.0  # points per award type: two bars and the gap between types
COLLECTIVE_COLOUR = (0.55, 0.14, 0.14)
INDIVIDUAL_COLOUR = (0.85, 0.62, 0.18)


def award_chart(rows: Sequence[StatRow], language: str, width: float) -> Any:
    """A Drawing as wide as *width*; the first award type at the top."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import Color

    register_fonts()
    height = max(1, len(rows)) * BAR_ROOM + 52
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH + 8, 40
    chart.width, chart.height = width - LABEL_WIDTH - 40, height - 46
    # The chart draws its first category and its first series at the bottom: reversed,
    # the first award type is on top and its collectives above its individuals.
    ordered = list(reversed(rows))
    chart.data = [[r.counts.individuals for r in ordered] or [0],
                  [r.counts.collectives for r in ordered] or [0]]
    chart.categoryAxis.categoryNames = [_wrapped(r.label) for r in ordered] or [""]
    _style(chart)
    chart.bars[0].fillColor = Color(*INDIVIDUAL_COLOUR)
    chart.bars[1].fillColor = Color(*COLLECTIVE_COLOUR)
    drawing.add(chart)
    drawing.add(_legend(language, chart.x, 2))
    return drawing


def _wrapped(label: str) -> str:
    from reportlab.lib.utils import simpleSplit

    lines: list[str] = simpleSplit(nfc(label), SERIF, LABEL_SIZE, LABEL_WIDTH)
    return "\n".join(lines[:4])  # a label taller than its bars would overlap the next


def _style(chart: Any) -> None:
    chart.categoryAxis.labels.fontName = SERIF
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.leading = LABEL_SIZE * 1.15
    chart.valueAxis.labels.fontName = SERIF
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top = max((max(series) for series in chart.data), default=0)
    chart.valueAxis.valueStep = max(1, -(-top // 8))
    chart.valueAxis.valueMax = max(chart.valueAxis.valueStep * 2, top + 2)
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = SERIF
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.groupSpacing = 6
    chart.barSpacing = 1


def _bar_label(value: float) -> str:
    """The count at the end of a bar; none on an empty bar."""
    return f"{value:.0f}" if value else ""


def _legend(language: str, x: float, y: float) -> Any:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.lib.colors import Color

    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.boxAnchor = "sw"
    legend.columnMaximum = 1
    legend.fontName = SERIF
    legend.fontSize = LABEL_SIZE
    legend.deltax = 90
    legend.colorNamePairs = [
        (Color(*COLLECTIVE_COLOUR), words("column.collectives", language)),
        (Color(*INDIVIDUAL_COLOUR), words("column.individuals", language)),
    ]
    return legend
