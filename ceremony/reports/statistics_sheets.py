"""The statistics as an xlsx workbook (two tables and a bar chart) and as one csv table."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.printing.output import replace_atomically
from ceremony.reports.safe import csv_bytes, put
from ceremony.reports.tables import COUNT_COLUMNS, counts_of, flat_rows, scope_line
from ceremony.reports.wording import words
from ceremony.services.reports import Statistics, StatRow

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

WIDTHS = (52, 34, 10, 10, 10, 10, 10, 14)


def write_statistics_csv(statistics: Statistics, language: str, target: Path) -> Path:
    return replace_atomically(target, csv_bytes(flat_rows(statistics, language)))


def write_statistics_xlsx(statistics: Statistics, language: str, target: Path) -> Path:
    return replace_atomically(target, render_statistics_xlsx(statistics, language))


def render_statistics_xlsx(statistics: Statistics, language: str) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = words("statistics.sheet", language)
    put(sheet, 1, 1, words("statistics.heading", language)).font = _bold()
    put(sheet, 2, 1, scope_line(statistics, language))
    put(sheet, 4, 1, words("statistics.by_award", language)).font = _bold()
    end = _table(sheet, 5, statistics.by_award, statistics, language, "column.award")
    _chart(sheet, 5, end - 1, len(statistics.by_award), language)
    put(sheet, end + 2, 1, words("statistics.by_unit", language)).font = _bold()
    last = _table(sheet, end + 3, statistics.by_unit, statistics, language, "column.unit")
    put(sheet, last + 1, 1, words("statistics.note", language))
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[chr(ord("A") + column - 1)].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _table(sheet: Worksheet, top: int, rows: Sequence[StatRow], statistics: Statistics,
           language: str, first: str) -> int:
    """Header, one row per item, the total; returns the row after the table."""
    for column, key in enumerate([first, "column.authority", *COUNT_COLUMNS], start=1):
        put(sheet, top, column, words(key, language)).font = _bold()
    row = top + 1
    for item in rows:
        put(sheet, row, 1, item.label or words("statistics.no_unit", language))
        put(sheet, row, 2, item.detail)
        for column, value in enumerate(counts_of(item.counts), start=3):
            put(sheet, row, column, value)
        row += 1
    put(sheet, row, 1, words("statistics.total_row", language)).font = _bold()
    for column, value in enumerate(counts_of(statistics.total), start=3):
        put(sheet, row, column, value).font = _bold()
    return row + 1


def _chart(sheet: Worksheet, header: int, last: int, count: int, language: str) -> None:
    """Collectives and individuals per award type, beside the first table."""
    from openpyxl.chart import BarChart, Reference

    if count == 0:
        return
    chart = BarChart()
    chart.type = "bar"
    chart.title = words("statistics.chart", language)
    chart.add_data(Reference(sheet, min_col=4, max_col=5, min_row=header, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    chart.width, chart.height = 18, 3 + 1.5 * count
    sheet.add_chart(chart, f"J{header}")


def _bold() -> object:
    from openpyxl.styles import Font

    return Font(bold=True)
