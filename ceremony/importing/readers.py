"""Reading a list file into plain grids, one per sheet, as the spreadsheet shows them.

python-calamine reads every workbook format quickly and never evaluates a formula
(only cached values are read). Cell fonts are read apart (fonts.py: openpyxl for xlsx,
xlrd for xls, the XML for ods), and only when the workbook declares a TCVN3 or VNI font.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final, cast

from ceremony.errors import DataError
from ceremony.importing import guard
from ceremony.importing.fonts import legacy_fonts
from ceremony.importing.textfile import read_text_rows
from ceremony.importing.textfix import CellEncodings

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

Value = str | float | int | bool | date | datetime | time | timedelta | None
MAX_ROWS: Final = 200_000
MAX_COLUMNS: Final = 200


@dataclass
class Grid:
    """One sheet: rows[r][c] is the cell the spreadsheet shows at row r+1, column c+1."""

    file: str
    sheet: str
    rows: list[list[Value]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    # Cells whose font says they hold TCVN3 or VNI text.
    fonts: CellEncodings = field(default_factory=dict)
    encoding: str = ""  # how a text file was decoded


def sheet_names(path: Path) -> list[str]:
    kind = guard.sniff(path)
    if kind is guard.FileKind.TEXT:
        return [""]
    return list(_open(path, kind).sheet_names)


def read_grids(path: Path, sheet: str | None = None) -> list[Grid]:
    """The file's sheets (or the one named), refused early if the file is hostile."""
    kind = guard.sniff(path)
    if kind is guard.FileKind.TEXT:
        rows, encoding = read_text_rows(path)
        # The reader's own lists, not copies: a 50,000-row list is not copied again.
        return [Grid(path.name, "", cast("list[list[Value]]", rows), encoding=encoding)]
    if kind is not guard.FileKind.XLS:
        guard.check_xml_prologs(path)
    workbook = _open(path, kind)
    names: list[str] = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise DataError("import.sheet_not_found", file=path.name, sheet=sheet,
                        sheets=", ".join(names))
    grids = [_read_sheet(path, workbook, name)
             for name in ([sheet] if sheet is not None else names)]
    # Once calamine has read (and bounded) every sheet: a cell outside its grid is
    # never looked at, and a file is searched for fonts once, not once a sheet.
    shapes = {g.sheet: (len(g.rows), max(map(len, g.rows), default=0)) for g in grids}
    fonts = legacy_fonts(path, kind, shapes)
    for grid in grids:
        grid.fonts = fonts.get(grid.sheet, {})
    return grids


def _open(path: Path, kind: guard.FileKind) -> CalamineWorkbook:
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(os.fspath(path))
    except Exception as error:  # calamine raises its own and plain errors for bad files
        raise DataError("import.corrupt", file=path.name, detail=_short(error)) from error


def _read_sheet(path: Path, workbook: CalamineWorkbook, name: str) -> Grid:
    try:
        sheet = workbook.get_sheet_by_name(name)
        height, width = sheet.total_height, sheet.total_width
        if height > MAX_ROWS or width > MAX_COLUMNS:
            raise DataError("import.too_many_rows", file=path.name, sheet=name, limit=MAX_ROWS)
        rows = cast("list[list[Value]]", sheet.to_python(skip_empty_area=False))
        merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or [])]
    except DataError:
        raise
    except Exception as error:
        raise DataError("import.corrupt", file=path.name, detail=_short(error)) from error
    return Grid(path.name, name, rows, merged)


def _short(error: BaseException) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


