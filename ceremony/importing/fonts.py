"""Which cells are typed in a TCVN3 (.VnTime) or VNI (VNI-Times) font.

The font is the surest sign of legacy text, so a workbook's cell fonts decide where it
has them (xlsx, xls, ods); character statistics decide for text files. Reading fonts is
slow next to calamine (openpyxl for xlsx is ten times slower), so each format first
looks at the fonts the file declares: only a workbook that declares such a font has its
cells' fonts read. Here xlsx; fonts_ods and fonts_xls for the others.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Any, Final

from ceremony.importing.fonts_ods import ods_legacy_fonts
from ceremony.importing.fonts_xls import xls_legacy_fonts
from ceremony.importing.guard import ZIP_ERRORS, FileKind
from ceremony.importing.textfix import CellEncodings, encoding_of_font

_FONT_NAME: Final = re.compile(rb'<(?:\w+:)?name\s+val="([^"]*)"')
_STYLES_LIMIT: Final = 8 * 1024 * 1024


def legacy_fonts(path: Path, kind: FileKind, shapes: dict[str, tuple[int, int]]
                 ) -> dict[str, CellEncodings]:
    """{sheet: {(row, column): encoding}} for the sheets of *shapes* ({sheet: (rows,
    columns)} as calamine read them), in the grid's coordinates, 0-based."""
    if kind is FileKind.XLSX:
        return _xlsx_legacy_fonts(path, list(shapes))
    if kind is FileKind.ODS:
        return ods_legacy_fonts(path, shapes)
    if kind is FileKind.XLS:
        return xls_legacy_fonts(path, shapes)
    return {}


def declared_legacy_fonts(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive, archive.open("xl/styles.xml") as stream:
            styles = stream.read(_STYLES_LIMIT)
    except (KeyError, *ZIP_ERRORS):
        return False
    return any(encoding_of_font(name.decode("utf-8", "replace"))
               for name in _FONT_NAME.findall(styles))


def _xlsx_legacy_fonts(path: Path, sheets: list[str]) -> dict[str, CellEncodings]:
    """The workbook is opened once for all the sheets read, and only if it declares
    a legacy font at all."""
    if not declared_legacy_fonts(path):
        return {}
    # openpyxl switches its XML-bomb protection off for any value of this variable but
    # "True"; the file has passed guard.check_xml_prologs already, this is the second lock.
    os.environ.pop("OPENPYXL_DEFUSEDXML", None)
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise RuntimeError("openpyxl must run with defusedxml installed")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True,
                                          keep_links=False)
    except Exception:  # fonts are a hint only; calamine has read the values already
        return {}
    try:
        return {sheet: _sheet_legacy_fonts(workbook[sheet]) for sheet in sheets}
    finally:
        workbook.close()


def _sheet_legacy_fonts(worksheet: Any) -> CellEncodings:
    found: CellEncodings = {}
    for r, row in enumerate(worksheet.iter_rows()):
        for cell in row:
            font = getattr(cell, "font", None)
            encoding = encoding_of_font(getattr(font, "name", None))
            if encoding is not None and isinstance(getattr(cell, "value", None), str):
                found[(r, cell.column - 1)] = encoding
    return found
