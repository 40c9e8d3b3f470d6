"""The statistics report as PDF: the figures per award type, a bar chart, per unit.

Landscape A4, both tables with their header repeated on every page. The columns are
those of the annual commendation statistics: total, collectives, individuals, and
among individuals men, women and ethnic minorities.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ceremony.printing.output import replace_atomically
from ceremony.reports.chart import award_chart
from ceremony.reports.layout import MM, grid_style, styles
from ceremony.reports.tables import COUNT_COLUMNS, counts_of, scope_line
from ceremony.reports.wording import markup, nfc, words
from ceremony.services.reports import Statistics, StatRow

MARGIN_MM = 15
COUNT_WIDTH_MM = 25
SECTION_ROOM_MM = 45


def write_statistics_pdf(statistics: Statistics, language: str, target: Path) -> Path:
    return replace_atomically(target, render_statistics_pdf(statistics, language))


def render_statistics_pdf(statistics: Statistics, language: str) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    margin = MARGIN_MM * MM
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=margin,
                                 rightMargin=margin, topMargin=margin, bottomMargin=margin,
                                 title=nfc(words("statistics.heading", language)),
                                 author="Ceremony")
    document.build(_story(statistics, language, document.width))
    return buffer.getvalue()


def _story(statistics: Statistics, language: str, width: float) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    sheet = styles()
    label_width = width - len(COUNT_COLUMNS) * COUNT_WIDTH_MM * MM
    return [
        Paragraph(markup(words("statistics.heading", language)), sheet["heading"]),
        Paragraph(markup(scope_line(statistics, language)), sheet["attached"]),
        Spacer(1, 5 * MM),
        Paragraph(markup(words("statistics.by_award", language)), sheet["section"]),
        _table(statistics.by_award, statistics, language, label_width, authority=True),
        Spacer(1, 5 * MM),
        KeepTogether([Paragraph(markup(words("statistics.chart", language)), sheet["section"]),
                      award_chart(statistics.by_award, language, width)]),
        # A heading never sits alone at the foot of a page, away from its table.
        CondPageBreak(SECTION_ROOM_MM * MM),
        Paragraph(markup(words("statistics.by_unit", language)), sheet["section"]),
        _table(statistics.by_unit, statistics, language, label_width, authority=False),
        Paragraph(markup(words("statistics.note", language)), sheet["note"]),
    ]


def _table(rows: Sequence[StatRow], statistics: Statistics, language: str, label_width: float,
           authority: bool) -> Any:
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    sheet = styles()
    first = "column.award" if authority else "column.unit"
    labels = [first, "column.authority"] if authority else [first]
    head = [Paragraph(markup(words(key, language)), sheet["stat_head"])
            for key in [*labels, *COUNT_COLUMNS]]
    body = [[*_label_cells(row, language, authority), *_numbers(counts_of(row.counts))]
            for row in rows]
    total = [Paragraph(markup(words("statistics.total_row", language)),
                       sheet["stat_label_bold"]),
             *([""] if authority else []), *_numbers(counts_of(statistics.total), bold=True)]
    widths = [label_width * 0.62, label_width * 0.38] if authority else [label_width]
    table = LongTable([head, *body, total], repeatRows=1,
                      colWidths=widths + [COUNT_WIDTH_MM * MM] * len(COUNT_COLUMNS))
    style = [*grid_style(), ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]
    if authority:
        style.append(("SPAN", (0, -1), (1, -1)))
    table.setStyle(TableStyle(style))
    return table


def _label_cells(row: StatRow, language: str, authority: bool) -> list[Any]:
    from reportlab.platypus import Paragraph

    sheet = styles()
    label = row.label or words("statistics.no_unit", language)
    cells = [Paragraph(markup(label), sheet["stat_cell"])]
    if authority:
        cells.append(Paragraph(markup(row.detail), sheet["stat_cell"]))
    return cells


def _numbers(values: Sequence[int], bold: bool = False) -> list[Any]:
    from reportlab.platypus import Paragraph

    style = styles()["stat_head" if bold else "stat_number"]
    return [Paragraph(str(value), style) for value in values]
