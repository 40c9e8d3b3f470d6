"""Which .ods cells are typed in a TCVN3 (.VnTime) or VNI (VNI-Times) font.

A cell's font is the text-properties font of its style (the cell's own, else its row's
or column's default cell style, else "Default"), followed up the parent styles; a span
or paragraph style inside the cell overrides it for the text it holds. The font of the
cell's first character decides, as it is what the eye reads the cell in.

content.xml is streamed: the font declarations come first, so a file that declares no
legacy font is left after a few kilobytes. Only then are the tables walked, row by row,
repeats expanded only as far as the grid calamine returned.
"""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse, parse

from ceremony.importing import guard
from ceremony.importing.textfix import CellEncodings, Encoding, encoding_of_font

_O: Final = "urn:oasis:names:tc:opendocument:xmlns:"
STYLE: Final = "{" + _O + "style:1.0}"
TABLE: Final = "{" + _O + "table:1.0}"
TEXT: Final = "{" + _O + "text:1.0}"
OFFICE: Final = "{" + _O + "office:1.0}"
SVG: Final = "{" + _O + "svg-compatible:1.0}"
FO: Final = "{" + _O + "xsl-fo-compatible:1.0}"
_STYLES_LIMIT: Final = 8 * 1024 * 1024
_MAX_DEPTH: Final = 16  # spans nest a level or two; deeper text keeps the outer font


class _Styles:
    """Font faces and the styles that name a font, from styles.xml and content.xml."""

    def __init__(self) -> None:
        self.faces: dict[str, str] = {}  # style:name -> family
        self.fonts: dict[str, str] = {}  # style name -> font named in its own properties
        self.parents: dict[str, str] = {}
        self.default = ""  # the table-cell default style's font
        self._resolved: dict[str, str] = {}

    def add(self, root: Element) -> None:
        for element in root.iter():
            tag = element.tag
            if tag == STYLE + "font-face":
                family = element.get(SVG + "font-family") or element.get(STYLE + "name") or ""
                self.faces[element.get(STYLE + "name", "")] = family.strip("'\" ")
            elif tag in (STYLE + "style", STYLE + "default-style"):
                self._add_style(element)

    def _add_style(self, element: Element) -> None:
        properties = element.find(STYLE + "text-properties")
        font = "" if properties is None else (properties.get(STYLE + "font-name")
                                             or properties.get(FO + "font-family") or "")
        if element.tag == STYLE + "default-style":
            if element.get(STYLE + "family") == "table-cell" and font:
                self.default = font
            return
        name = element.get(STYLE + "name", "")
        if font:
            self.fonts[name] = font
        if parent := element.get(STYLE + "parent-style-name"):
            self.parents[name] = parent

    @property
    def default_family(self) -> str:
        return self.faces.get(self.default, self.default)

    def declares_legacy(self) -> bool:
        return any(encoding_of_font(f) for f in (*self.faces.values(), *self.fonts.values()))

    def family(self, style: str | None, fallback: str = "") -> str:
        """The font family *style* (or its parents) names, else *fallback*'s."""
        if not style:
            return fallback
        key = style + "\0" + fallback
        if key not in self._resolved:
            font, seen = "", set()
            while style and style not in seen and not font:
                seen.add(style)
                font = self.fonts.get(style, "")
                style = self.parents.get(style, "")
            self._resolved[key] = self.faces.get(font, font) if font else fallback
        return self._resolved[key]


def ods_legacy_fonts(path: Path, shapes: dict[str, tuple[int, int]]) -> dict[str, CellEncodings]:
    """{sheet: {(row, column): encoding}} for the sheets of *shapes* (sheet: (rows,
    columns) as calamine read it); cells outside those shapes are never looked at."""
    # Called after guard.sniff has passed the archive's budgets (read_grids);
    # defusedxml refuses entities in any case.
    styles = _Styles()
    found: dict[str, CellEncodings] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if ("styles.xml" in names
                    and archive.getinfo("styles.xml").file_size <= _STYLES_LIMIT):
                with archive.open("styles.xml") as stream:
                    styles.add(parse(stream).getroot())
            with archive.open("content.xml") as stream:
                events = iterparse(stream, events=("start", "end"))
                found.update(_tables(events, styles, shapes))
    except (ParseError, DefusedXmlException, KeyError, *guard.ZIP_ERRORS):
        return {}  # fonts are a hint; calamine has read the values already
    return found


def _tables(events: Iterator[tuple[str, Element]], styles: _Styles,
            shapes: dict[str, tuple[int, int]]) -> Iterator[tuple[str, CellEncodings]]:
    parents: list[Element] = []
    for event, element in events:
        if event == "start":
            if element.tag == OFFICE + "body":
                if not styles.declares_legacy():
                    return  # the rest of the file is never read
            elif element.tag == TABLE + "table" and parents:
                # Every table is read to its end (dropping its rows); a table not asked
                # for has no room, so none of its cells is looked at.
                name = element.get(TABLE + "name", "")
                cells = _Table(styles, *shapes.get(name, (0, 0))).read(events, element)
                with contextlib.suppress(ValueError):
                    parents[-1].remove(element)
                if name in shapes:
                    yield name, cells
                continue
            parents.append(element)
            continue
        parents.pop()
        if element.tag in (OFFICE + "font-face-decls", OFFICE + "automatic-styles"):
            styles.add(element)


class _Table:
    def __init__(self, styles: _Styles, height: int, width: int) -> None:
        self.styles = styles
        self.height, self.width = height, width
        self.columns: list[str] = []  # each column's default cell style
        self.r = 0
        self.cells: CellEncodings = {}

    def read(self, events: Iterator[tuple[str, Element]], table: Element) -> CellEncodings:
        """Consume the events up to this table's end; rows are dropped once read."""
        stack: list[Element] = []
        for event, element in events:
            if event == "start":
                stack.append(element)
                continue
            if not stack:  # the table's own end
                return self.cells
            stack.pop()
            if element.tag == TABLE + "table-column":
                self._column(element)
            elif element.tag == TABLE + "table-row":
                self._row(element)
                (stack[-1] if stack else table).remove(element)
        return self.cells

    def _column(self, element: Element) -> None:
        style = element.get(TABLE + "default-cell-style-name", "")
        room = self.width - len(self.columns)
        self.columns += [style] * min(_repeat(element, "number-columns-repeated"), room)

    def _row(self, element: Element) -> None:
        rows = min(_repeat(element, "number-rows-repeated"), self.height - self.r)
        if rows <= 0:
            return
        row_style = element.get(TABLE + "default-cell-style-name", "")
        found: dict[int, Encoding] = {}
        c = 0
        for cell in element:
            if c >= self.width:
                break
            repeat = min(_repeat(cell, "number-columns-repeated"), self.width - c)
            if cell.tag == TABLE + "table-cell" and len(cell):
                encoding = self._encoding(cell, c, row_style)
                if encoding is not None:
                    found.update((c + i, encoding) for i in range(repeat))
            c += repeat
        for r in range(self.r, self.r + rows):
            self.cells.update(((r, c), encoding) for c, encoding in found.items())
        self.r += rows

    def _encoding(self, cell: Element, c: int, row_style: str) -> Encoding | None:
        if cell.get(OFFICE + "value-type", "string") != "string":
            return None
        column_style = self.columns[c] if c < len(self.columns) else ""
        style = cell.get(TABLE + "style-name") or row_style or column_style or "Default"
        font = self.styles.family(style, self.styles.default_family)
        for paragraph in cell:
            if paragraph.tag in (TEXT + "p", TEXT + "h"):
                has_text, first = _first_text_font(paragraph, font, self.styles, 0)
                if has_text:
                    return encoding_of_font(first)
        return None


def _first_text_font(node: Element, font: str, styles: _Styles, depth: int
                     ) -> tuple[bool, str]:
    """(whether *node* holds text, the font of its first visible character)."""
    font = styles.family(node.get(TEXT + "style-name"), font)
    if node.text and node.text.strip():
        return True, font
    if depth < _MAX_DEPTH:
        for child in node:
            has_text, first = _first_text_font(child, font, styles, depth + 1)
            if has_text:
                return True, first
            if child.tail and child.tail.strip():
                return True, font
    return False, font


def _repeat(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(TABLE + attribute, "1")))
    except ValueError:
        return 1
