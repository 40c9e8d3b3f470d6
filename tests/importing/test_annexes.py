"""Real-shape annexes made by LibreOffice import with every name exact, every kind right."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.honorees import list_awards
from ceremony.store.models import Honoree
from ceremony.store.registry import Registry
from tests.importing.annex_data import (
    AUTHORITY,
    AWARD,
    EXPECTED,
    LEGACY_NAMES,
    NFD,
    PLAIN_EXPECTED,
)


def options(ceremony_id: int, **more: object) -> ImportOptions:
    return ImportOptions(ceremony_id=ceremony_id, award=AWARD, authority=AUTHORITY,
                         **more)  # type: ignore[arg-type]


def fields(entry: object) -> tuple[object, ...]:
    return tuple(getattr(entry, f) for f in ("name", "kind", "rank", "position", "unit",
                                             "gender", "birth_year"))


@pytest.mark.parametrize("name", ["annex.xlsx", "annex.xls", "annex.ods",
                                  "annex_cp1258.csv", "annex_unicode.txt"])
def test_annex_reads_exactly(registry: Registry, ceremony_id: int, fixtures: Path,
                             name: str) -> None:
    sheet = "Danh sách" if not name.endswith((".csv", ".txt")) else None
    preview = preview_files(registry, [fixtures / name], options(ceremony_id, sheet=sheet))
    assert [fields(e) for e in preview.entries] == EXPECTED
    assert preview.errors == []
    assert all(unicodedata.is_normalized("NFC", e.name) for e in preview.entries)
    sheet_preview = preview.sheets[0]
    assert sheet_preview.title_decision is not None
    assert sheet_preview.title_decision[0] == "256/QĐ-UBND"
    assert [e.row for e in preview.entries] == [9, 10, 11, 13, 14, 15, 16, 17]


def test_original_text_is_kept_beside_the_canonical(registry: Registry, ceremony_id: int,
                                                     fixtures: Path) -> None:
    preview = preview_files(registry, [fixtures / "annex.xlsx"],
                            options(ceremony_id, sheet="Danh sách"))
    commit_preview(registry, preview)
    with registry.reading() as session:
        stored = {h.name: h for h in session.query(Honoree)}
    assert stored["Lương Thị Thu Thủy"].name_as_typed == "Bà " + NFD  # only trimmed
    assert stored["Hoàng Văn Nam"].name_as_typed == "Thượng úy Hoàng  Văn   Nam"
    decision_numbers = {row.decision_number for row in list_awards(registry)}
    assert decision_numbers == {"256/QĐ-UBND"}


def test_both_sheets_import_when_none_is_chosen(registry: Registry, ceremony_id: int,
                                                fixtures: Path) -> None:
    preview = preview_files(registry, [fixtures / "annex.ods"], options(ceremony_id))
    assert [s.sheet for s in preview.sheets] == ["Danh sách", "Bản sao"]
    # The copy lists the same people again: each is reported as listed twice.
    assert {p.key for p in preview.errors} == {"row.twice_in_list"}


def test_kind_from_the_shape_of_the_name(registry: Registry, ceremony_id: int,
                                         fixtures: Path) -> None:
    preview = preview_files(registry, [fixtures / "plain_utf8_bom.csv"], options(ceremony_id))
    assert [(e.name, e.kind) for e in preview.entries] == PLAIN_EXPECTED


@pytest.mark.parametrize("name", ["tcvn3.xlsx", "vni.xlsx", "tcvn3.csv", "vni.csv",
                                  "mojibake.csv"])
def test_legacy_and_garbled_text_is_converted_and_shown(registry: Registry, ceremony_id: int,
                                                        fixtures: Path, name: str) -> None:
    preview = preview_files(registry, [fixtures / name], options(ceremony_id))
    expected = LEGACY_NAMES
    if name == "mojibake.csv":
        # The last row's unit lost a byte ("Đ" is C4 90) for good: refused with its
        # place, never guessed.
        assert [(p.key, p.row, p.column_name) for p in preview.errors] == [
            ("cell.mojibake", 6, "C")]
    assert [e.name for e in preview.entries] == expected
    if name != "mojibake.csv":
        assert {e.unit for e in preview.entries} == {"Đồn Biên phòng Trà Lĩnh"}
        shown = [p for p in preview.all_problems if p.key == "warn.text_converted"]
        assert len(shown) == 2 * len(expected)


def test_a_unicode_row_in_a_tcvn3_list_keeps_its_letters(
        registry: Registry, ceremony_id: int, fixtures: Path, tmp_path: Path) -> None:
    """An office pasted one row typed in Unicode into an old TCVN3 list: the list is
    converted, the pasted row is not garbled by the conversion."""
    legacy = (fixtures / "tcvn3.csv").read_bytes().decode("cp1252")
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes((legacy.rstrip("\r\n") + "\r\n6,Nguyễn Thị Hồng Nhung,Đồn Biên phòng "
                       "Trà Lĩnh\r\n7,Lê Văn Hà,Đồn Biên phòng Trà Lĩnh\r\n").encode("utf-8-sig"))
    preview = preview_files(registry, [mixed], options(ceremony_id))
    assert [entry.name for entry in preview.entries] == [
        *LEGACY_NAMES, "Nguyễn Thị Hồng Nhung", "Lê Văn Hà"]
    assert {entry.unit for entry in preview.entries} == {"Đồn Biên phòng Trà Lĩnh"}
