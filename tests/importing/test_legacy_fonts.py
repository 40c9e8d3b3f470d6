"""TCVN3 and VNI text is found by the cell's font in .ods and .xls too, as in .xlsx.

The fixtures were made by LibreOffice (fixtures/make_fixtures.py); the hand-made .ods
below pins what LibreOffice's own files do not show: row and column repeats, row groups,
named parent styles, spans, the default cell style of a column.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ceremony.importing import ImportOptions, fonts_ods, preview_files
from ceremony.importing.fonts_ods import ods_legacy_fonts
from ceremony.importing.fonts_xls import xls_legacy_fonts
from ceremony.importing.readers import read_grids
from ceremony.importing.textfix import Encoding
from ceremony.store.registry import Registry
from tests.importing.annex_data import AUTHORITY, AWARD, LEGACY_NAMES

UNIT = "Đồn Biên phòng Trà Lĩnh"
T, V = Encoding.TCVN3, Encoding.VNI


def options(ceremony_id: int) -> ImportOptions:
    return ImportOptions(ceremony_id=ceremony_id, award=AWARD, authority=AUTHORITY)


def conversions(preview: object) -> list[tuple[int | None, int | None, str]]:
    return [(p.row, p.column, p.params["how"]) for p in preview.all_problems  # type: ignore[attr-defined]
            if p.key == "warn.text_converted"]


@pytest.mark.parametrize(("name", "encoding"), [
    ("tcvn3.ods", T), ("tcvn3.xls", T), ("vni.ods", V), ("vni.xls", V)])
def test_legacy_font_lists_import_exactly(registry: Registry, ceremony_id: int,
                                          fixtures: Path, name: str,
                                          encoding: Encoding) -> None:
    # Name and unit columns (B, C) of rows 2-6 are typed in .VnTime / VNI-Times.
    cells = {(r, c) for r in range(1, 6) for c in (1, 2)}
    assert read_grids(fixtures / name)[0].fonts == dict.fromkeys(cells, encoding)
    preview = preview_files(registry, [fixtures / name], options(ceremony_id))
    assert [e.name for e in preview.entries] == LEGACY_NAMES
    assert {e.unit for e in preview.entries} == {UNIT}
    assert all(unicodedata.is_normalized("NFC", e.name + e.unit) for e in preview.entries)
    assert preview.errors == []
    # Shown in the preview as the xlsx list is: each converted cell, its place, how.
    expected = [(r + 1, c, encoding.value) for r, c in sorted(cells)]
    assert conversions(preview) == expected
    xlsx = preview_files(registry, [fixtures / name.replace(name[-4:], ".xlsx")],
                         options(ceremony_id))
    assert conversions(xlsx) == expected


@pytest.mark.parametrize("name", ["unicode_font.ods", "unicode_font.xls",
                                  "unicode_font.xlsx"])
def test_unicode_under_an_ordinary_font_is_left_as_typed(registry: Registry, ceremony_id: int,
                                                         fixtures: Path, name: str) -> None:
    # The same column as tcvn3/vni, typed in Unicode under Times New Roman.
    assert read_grids(fixtures / name)[0].fonts == {}
    preview = preview_files(registry, [fixtures / name], options(ceremony_id))
    assert [e.name for e in preview.entries] == LEGACY_NAMES
    assert {e.unit for e in preview.entries} == {UNIT}
    assert conversions(preview) == []
    assert preview.errors == []


@pytest.mark.parametrize("name", ["legacy_annex.xlsx", "legacy_annex.ods",
                                  "legacy_annex.xls"])
def test_fonts_land_on_the_grid_below_titles_and_merged_headers(
        registry: Registry, ceremony_id: int, fixtures: Path, name: str) -> None:
    # An empty first row, four merged title rows, a blank row, a two-row merged header;
    # the women's names (rows 10 and 13) pasted from a .VnTime file into a Unicode list.
    grid = read_grids(fixtures / name)[0]
    assert grid.fonts == {(9, 1): T, (12, 1): T}
    assert grid.rows[9][1] == "TrÇn ThÞ Ngäc ¸nh"
    preview = preview_files(registry, [fixtures / name], options(ceremony_id))
    # Two names are too few for the character statistics: the fonts alone convert them,
    # and nothing typed in Unicode is touched.
    assert preview.sheets[0].legacy is Encoding.UNICODE
    assert [e.name for e in preview.entries] == LEGACY_NAMES
    assert [e.row for e in preview.entries] == [9, 10, 11, 12, 13]
    assert {e.unit for e in preview.entries} == {UNIT}
    assert conversions(preview) == [(10, 1, "tcvn3"), (13, 1, "tcvn3")]
    assert preview.errors == []


_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def face(name: str) -> str:
    return f'<style:font-face style:name="{name}" svg:font-family="&apos;{name}&apos;"/>'


def style(name: str, family: str, font: str = "", parent: str = "") -> str:
    parent = f' style:parent-style-name="{parent}"' if parent else ""
    text = f'<style:text-properties style:font-name="{font}"/>' if font else ""
    return (f'<style:style style:name="{name}" style:family="{family}"{parent}>'
            f"{text}</style:style>")


def text_cell(body: str, style: str = "", repeat: int = 1, kind: str = "string") -> str:
    attributes = f' table:style-name="{style}"' if style else ""
    if repeat > 1:
        attributes += f' table:number-columns-repeated="{repeat}"'
    return (f'<table:table-cell{attributes} office:value-type="{kind}">'
            f"<text:p>{body}</text:p></table:table-cell>")


def write_ods(path: Path, faces: list[str], tables: str, *, style_faces: bool = True,
              legacy_styles: bool = True) -> Path:
    """styles.xml declares .VnTimeH and names it in "Caps" (parent of "Caps child");
    content.xml declares *faces*; ce1 is .VnTime, T1 VNI-Times, ce2 and T2 Times."""
    caps = ".VnTimeH" if legacy_styles else "Times New Roman"
    styles = (f'<office:document-styles {_NS}><office:font-face-decls>'
              + (face(".VnTimeH") if style_faces else "") + "</office:font-face-decls>"
              '<office:styles><style:default-style style:family="table-cell">'
              '<style:text-properties style:font-name="Times New Roman"/>'
              "</style:default-style>"
              + style("Default", "table-cell") + style("Caps", "table-cell", caps)
              + style("Caps child", "table-cell", parent="Caps")
              + "</office:styles></office:document-styles>")
    legacy = (".VnTime", "VNI-Times") if legacy_styles else ("Times New Roman",) * 2
    automatic = (style("ce1", "table-cell", legacy[0], "Default")
                 + style("ce2", "table-cell", "Times New Roman")
                 + style("T1", "text", legacy[1]) + style("T2", "text", "Times New Roman"))
    content = (f'<office:document-content {_NS}><office:font-face-decls>'
               + "".join(face(f) for f in faces) + "</office:font-face-decls>"
               f"<office:automatic-styles>{automatic}</office:automatic-styles>"
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", styles)
    return path


ROWS = (
    '<table:table-column table:default-cell-style-name="ce2" '
    'table:number-columns-repeated="2"/>'
    '<table:table-column table:default-cell-style-name="Caps child"/>'
    '<table:table-column table:default-cell-style-name="ce1"/>'
    # Rows 0-1: the column defaults, and a cell's own style over its column's.
    '<table:table-row table:number-rows-repeated="2">'
    + text_cell("a") + text_cell("b", "ce1") + text_cell("c") + text_cell("d")
    + "</table:table-row>"
    # Row 2: merged cells, a span's font over the cell's, an ordinary span over .VnTime.
    '<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>'
    + text_cell('<text:span text:style-name="T1">e</text:span>', "ce2")
    + text_cell(' <text:span text:style-name="T2">f</text:span> g', "ce1")
    + "</table:table-row>"
    # Rows 3 to 1,000,002: an empty row repeated far beyond any grid.
    '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
    'table:number-columns-repeated="16384"/></table:table-row>'
)


def test_ods_styles_repeats_and_spans(tmp_path: Path) -> None:
    tables = (f'<table:table table:name="A">{ROWS}</table:table>'
              '<table:table table:name="B"><table:table-row>' + text_cell("h", "ce1")
              + "</table:table-row></table:table>")
    path = write_ods(tmp_path / "made.ods", [".VnTime", "VNI-Times", "Times New Roman"],
                     tables)
    caps = Encoding.TCVN3_CAPS
    assert ods_legacy_fonts(path, {"A": (3, 4)}) == {
        "A": {(0, 1): T, (0, 2): caps, (0, 3): T, (1, 1): T, (1, 2): caps, (1, 3): T,
              (2, 2): V}}
    # Nothing outside the grid calamine read is looked at; sheets are read by name.
    assert ods_legacy_fonts(path, {"A": (1, 2)}) == {"A": {(0, 1): T}}
    assert ods_legacy_fonts(path, {"B": (1, 1)}) == {"B": {(0, 0): T}}


def test_ods_rows_after_a_huge_repeat_and_in_groups(tmp_path: Path) -> None:
    # The row after the repeat, in a row group: a number under .VnTime (not text) and a
    # .VnTime cell repeated over three columns.
    group = ('<table:table-row-group><table:table-row>'
             + text_cell("7", "ce1", kind="float") + text_cell("q", "ce1", repeat=3)
             + "</table:table-row></table:table-row-group>")
    path = write_ods(tmp_path / "grouped.ods", [".VnTime", "Times New Roman"],
                     f'<table:table table:name="A">{ROWS}{group}</table:table>')
    found = ods_legacy_fonts(path, {"A": (1_000_004, 4)})["A"]
    assert {k: v for k, v in found.items() if k[0] >= 3} == {
        (1_000_003, 1): T, (1_000_003, 2): T, (1_000_003, 3): T}


def test_ods_tables_are_walked_only_when_a_legacy_font_is_declared(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[int] = []
    real_read = fonts_ods._Table.read

    def counting_read(self: fonts_ods._Table, *args: Any) -> fonts_ods.Cells:
        walked.append(1)
        return real_read(self, *args)

    monkeypatch.setattr(fonts_ods._Table, "read", counting_read)
    table = '<table:table table:name="A">' + ROWS + "</table:table>"
    plain = write_ods(tmp_path / "plain.ods", ["Times New Roman"], table, style_faces=False,
                      legacy_styles=False)
    assert ods_legacy_fonts(plain, {"A": (3, 4)}) == {}
    assert walked == []
    legacy = write_ods(tmp_path / "legacy.ods", ["Times New Roman"], table, style_faces=True)
    assert ods_legacy_fonts(legacy, {"A": (3, 4)})["A"][(0, 2)] is Encoding.TCVN3_CAPS
    assert walked == [1]


def test_xls_without_a_legacy_font_is_not_opened_with_xlrd(
        fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import xlrd

    opened: list[str] = []
    real_open = xlrd.open_workbook

    def counting_open(*args: Any, **kwargs: Any) -> Any:
        opened.append("xlrd")
        return real_open(*args, **kwargs)

    monkeypatch.setattr(xlrd, "open_workbook", counting_open)
    assert xls_legacy_fonts(fixtures / "unicode_font.xls", {"DS": (6, 3)}) == {}
    assert xls_legacy_fonts(fixtures / "annex.xls", {"Danh sách": (30, 6)}) == {}
    assert opened == []
    assert xls_legacy_fonts(fixtures / "vni.xls", {"DS": (2, 2)}) == {"DS": {(1, 1): V}}
    assert opened == ["xlrd"]
