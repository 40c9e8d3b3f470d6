"""Which xlsx cells are typed in a TCVN3 (.VnTime) or VNI (VNI-Times) font.

The font is the surest sign of legacy text, but reading fonts needs openpyxl, which is
ten times slower than calamine. So the style table is looked at first (one small XML
member): only a workbook that declares such a font has its cells' fonts read.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from typing import Final

from ceremony.importing.guard import ZIP_ERRORS
from ceremony.importing.textfix import Encoding, encoding_of_font

_FONT_NAME: Final = re.compile(rb'<(?:\w+:)?name\s+val="([^"]*)"')
_STYLES_LIMIT: Final = 8 * 1024 * 1024


def declared_legacy_fonts(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive, archive.open("xl/styles.xml") as stream:
            styles = stream.read(_STYLES_LIMIT)
    except (KeyError, *ZIP_ERRORS):
        return False
    return any(encoding_of_font(name.decode("utf-8", "replace"))
               for name in _FONT_NAME.findall(styles))


def legacy_fonts_by_cell(path: Path, sheet: str) -> dict[tuple[int, int], Encoding]:
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
        found: dict[tuple[int, int], Encoding] = {}
        for r, row in enumerate(workbook[sheet].iter_rows()):
            for cell in row:
                font = getattr(cell, "font", None)
                encoding = encoding_of_font(getattr(font, "name", None))
                if encoding is not None and isinstance(getattr(cell, "value", None), str):
                    found[(r, cell.column - 1)] = encoding
        return found
    finally:
        workbook.close()
