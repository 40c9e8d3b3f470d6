"""Exports that are safe to open in Excel.

- A CSV cell starting with =, +, -, @, a tab or a carriage return is a formula to
  Excel (CSV injection): such text gets a leading apostrophe, which Excel shows as text.
- An xlsx cell holding text is always a string cell: openpyxl would otherwise store
  "=…" as a live formula.
- Text stays text: "0412", a phone number, "07/QĐ-UBND" keep their leading zeros.
- Excel holds at most 32,767 characters in a cell: longer text is refused with a
  message naming the cell, never cut short.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ceremony.errors import DataError

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

CELL_LIMIT = 32_767
# Full-width forms too: some Excel versions read "＝1+1" as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
TEXT_FORMAT = "@"

Value = str | int | float | None


def column_letter(column: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while column > 0:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def check_length(text: str, cell: str) -> None:
    """Refuse text longer than an Excel cell holds (counted as Excel does, in UTF-16)."""
    length = len(text.encode("utf-16-le")) // 2
    if length > CELL_LIMIT:
        raise DataError("export.too_long", cell=cell, length=length, limit=CELL_LIMIT,
                        start=text[:40])


def neutralised(text: str) -> str:
    """CSV text that Excel can never run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value: Value, cell: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    check_length(value, cell)
    return neutralised(value)


def csv_bytes(rows: Iterable[Sequence[Value]]) -> bytes:
    """UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), CRLF lines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for r, row in enumerate(rows, start=1):
        writer.writerow([csv_cell(value, f"{column_letter(c)}{r}")
                         for c, value in enumerate(row, start=1)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def put(sheet: Worksheet, row: int, column: int, value: Value) -> Cell:
    """Write one xlsx cell: numbers as numbers, any text as a string cell in text format."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = sheet.cell(row=row, column=column)
    if value is None or isinstance(value, int | float):
        cell.value = value
        return cell
    check_length(value, f"{sheet.title}!{column_letter(column)}{row}")
    # Control characters cannot be stored in xlsx at all; they are invisible anyway.
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"  # never "f": text that starts with "=" stays text
    cell.number_format = TEXT_FORMAT
    return cell
