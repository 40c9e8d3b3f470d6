"""Which .xls (Excel 97-2003) cells are typed in a TCVN3 or VNI font.

xlrd reads a cell's format (XF) and font, but parsing a workbook's globals with it costs
about half of what calamine takes for the whole file, mostly the shared strings. So the
FONT records are looked at first, straight from the workbook stream: only a workbook
that declares a legacy font is opened with xlrd, and then only the sheets asked for.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any, Final

from ceremony.importing.textfix import CellEncodings, encoding_of_font

_FONT: Final = 0x0031
_EOF: Final = 0x000A
_BOF: Final = 0x0809
_BIFF8: Final = 0x0600
_TEXT_CELL: Final = 1  # xlrd.XL_CELL_TEXT


def xls_legacy_fonts(path: Path, shapes: dict[str, tuple[int, int]]) -> dict[str, CellEncodings]:
    """{sheet: {(row, column): encoding}} for the sheets of *shapes* (sheet: (rows,
    columns) as calamine read it). Fonts are a hint: a file xlrd cannot read gives {}."""
    try:
        data = path.read_bytes()  # guard.sniff has bounded the size
        if not _declares_legacy_font(data):
            return {}
        import xlrd

        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True,
                                  logfile=io.StringIO(), verbosity=0)
    except Exception:  # xlrd and the stream walk raise their own errors on damaged files
        return {}
    try:
        return {name: _sheet_fonts(book, name, *shape) for name, shape in shapes.items()
                if name in book.sheet_names()}
    except Exception:
        return {}
    finally:
        book.release_resources()


def _sheet_fonts(book: Any, name: str, height: int, width: int) -> CellEncodings:
    encodings = [encoding_of_font(font.name) for font in book.font_list]
    fonts_of_xf = [xf.font_index for xf in book.xf_list]
    sheet = book.sheet_by_name(name)
    runs = sheet.rich_text_runlist_map
    found: CellEncodings = {}
    for r in range(min(sheet.nrows, height)):
        types = sheet.row_types(r)
        for c in range(min(len(types), width)):
            if types[c] != _TEXT_CELL:
                continue
            # A rich-text cell whose text starts in a run of its own: that run's font.
            first = runs.get((r, c))
            if first and first[0][0] == 0:
                font = int(first[0][1])
            else:
                xf = sheet.cell_xf_index(r, c)
                font = fonts_of_xf[xf] if xf < len(fonts_of_xf) else -1
            encoding = encodings[font] if 0 <= font < len(encodings) else None
            if encoding is not None:
                found[(r, c)] = encoding
    return found


def _declares_legacy_font(data: bytes) -> bool:
    from xlrd.compdoc import CompDoc

    document = CompDoc(data, logfile=io.StringIO())
    for name in ("Workbook", "Book"):
        stream, base, length = document.locate_named_stream(name)
        if stream:
            return any(encoding_of_font(font) for font in _font_names(stream, base, length))
    return False


def _font_names(stream: bytes, base: int, length: int) -> list[str]:
    """The names in the FONT records of the workbook globals (up to their EOF)."""
    names: list[str] = []
    at, end, biff8 = base, base + length, False
    while at + 4 <= end:
        code, size = struct.unpack_from("<HH", stream, at)
        body = stream[at + 4:at + 4 + size]
        at += 4 + size
        if code == _BOF and len(body) >= 2:
            biff8 = struct.unpack_from("<H", body)[0] == _BIFF8
        elif code == _FONT and len(body) > 15:
            names.append(_font_name(body, biff8))
        elif code == _EOF:
            break
    return names


def _font_name(body: bytes, biff8: bool) -> str:
    count = body[14]
    if not biff8:
        return body[15:15 + count].decode("latin-1")
    if body[15] & 0x01:  # UTF-16LE, else one byte a character
        return body[16:16 + 2 * count].decode("utf-16-le", "replace")
    return body[16:16 + count].decode("latin-1")
