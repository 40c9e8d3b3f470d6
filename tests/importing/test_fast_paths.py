"""The importer's short ways for the common case give exactly what the long ways give.

Each fast path (plain cells, names opening with an ordinary word, keys built word by
word, the look-alike check, the batch of stored names) is compared with the general
computation it stands in for, on tricky text: NFD, mojibake, TCVN3, capitals, doubled
and odd spaces, invisibles, marks with no letter, look-alikes of Đ.
"""

from __future__ import annotations

import gc
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceremony.importing import ImportOptions, preview_files
from ceremony.importing.bulk import collector_paused
from ceremony.importing.columns import Cell, ColumnReader, _work_out
from ceremony.importing.fields import Field
from ceremony.importing.legacy import encode_tcvn3
from ceremony.importing.readers import Grid, Value
from ceremony.importing.shapes import kind_by_shape, read_name, split_prefix
from ceremony.importing.textfix import Encoding
from ceremony.services.imports import ImportRow
from ceremony.services.naming import stored_name, stored_names
from ceremony.store.registry import Registry
from ceremony.text import (
    ToneOrder,
    canonical_name,
    canonical_text,
    duplicate_key,
    person_sort_key,
    search_key,
    split_name,
    text_sort_key,
)
from ceremony.text._tones import unify_tone_placement
from ceremony.text._vietnamese import DJE_LOOKALIKES
from ceremony.text.search import _ACCENT_FOLD

NFD = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
TRICKY = [
    "", " ", "Nguyễn Văn An", NFD, "NGUYỄN VĂN AN", "nguyễn văn an", "  Trần   Thị\tHòa ",
    "Hoà", "Hòa", "Thuỷ", "Khoẻ", "Phùng\u00a0Quốc\u200bTuấn", "Ðặng Ɖức ɖũng ðạt",
    "Nguyá»…n VÄƒn An", "Ã\u00a0", encode_tcvn3("Nguyễn Văn Ánh"), "Hà Văn An", "Hồ Thị Lan",
    "Đặng Văn Bình", "Trung tá Phạm Đức Anh", "Bà Nguyễn Thị Hoa", "Đ/c Lê Văn Tám",
    "UBND xã Đàm Thủy", "Đồn Biên phòng Lý Vạn", "ĐỒN BIÊN PHÒNG 123", "Y-MOAN H'HEN",
    "\u0301\u0300 a", "İstanbul ß", "Nguyễn Văn An 2", "A", "McDonald", "12", "1.0",
    "x\x07y", "Ksor H\u02bcBlông", "Lớp 12A1", "Nguyễn\u2003Văn\u3000An", "ǆemal",
]
texts = st.one_of(st.sampled_from(TRICKY), st.text(),
                  st.text(alphabet="aăâđêôơư ÀÁẠẢÃĐ \u0301\u0323\u00a0"))


def folded_whole(text: str) -> str:
    """search_key as it was: the whole text folded at once."""
    folded = unicodedata.normalize("NFD", canonical_text(text).casefold())
    return " ".join(folded.translate(_ACCENT_FOLD).split())


def duplicate_whole(text: str) -> str:
    """duplicate_key as it was: the whole text folded at once."""
    return unify_tone_placement(unicodedata.normalize("NFC", canonical_text(text).casefold()))


def canonical_whole(text: str) -> str:
    """canonical_text as it was: the look-alikes translated in every text."""
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " if ch.isspace()
                       else "" if unicodedata.category(ch) in ("Cc", "Cf") else ch
                       for ch in text)
    text = unicodedata.normalize("NFC", text).translate(str.maketrans(DJE_LOOKALIKES))
    return " ".join(text.split())


@pytest.mark.parametrize("text", TRICKY)
def test_keys_word_by_word_equal_keys_of_the_whole_text(text: str) -> None:
    assert search_key(text) == folded_whole(text)
    assert duplicate_key(text) == duplicate_whole(text)
    assert canonical_text(text) == canonical_whole(text)


@settings(max_examples=300)
@given(texts)
def test_keys_equal_whole_text_keys_for_any_text(text: str) -> None:
    assert search_key(text) == folded_whole(text)
    assert duplicate_key(text) == duplicate_whole(text)
    assert canonical_text(text) == canonical_whole(text)


def test_lookalikes_of_dje_are_still_folded() -> None:
    assert canonical_text("Ðặng ɖức") == "Đặng đức"
    assert search_key("Ðặng") == search_key("Đặng") == "dang"
    assert duplicate_key("Ɖức") == duplicate_key("Đức") != duplicate_key("Dức")


def comparable(cells: list[Cell]) -> list[tuple[object, ...]]:
    """Cells with their errors as (key, params): two CellErrors are never equal."""
    return [(*cell[:3], cell.error and (cell.error.key, cell.error.params), *cell[4:6],
             cell.typed_error and cell.typed_error.key, cell.typed_raw) for cell in cells]


def reader(target: Field, encoding: Encoding) -> ColumnReader:
    return ColumnReader(target, 0, encoding, Grid("f.xlsx", "s", []))


values = st.one_of(texts, st.integers(), st.floats(), st.booleans(), st.none())


@pytest.mark.parametrize("encoding", list(Encoding))
@pytest.mark.parametrize("target", [Field.NAME, Field.SEQ])
def test_plain_cells_are_the_cells_worked_out_the_long_way(target: Field,
                                                           encoding: Encoding) -> None:
    tricky: list[Value] = [*TRICKY, 1, 1.0, 2.5, -0.0, True, False, None, 10**30,
                           float("inf"), "x" * 4001, " " + "é" * 4000 + " "]
    cells = reader(target, encoding).cells(tricky, list(range(len(tricky))))
    assert comparable(cells) == comparable([_work_out(target, v, encoding) for v in tricky])


@settings(max_examples=200)
@given(st.lists(values, max_size=8), st.sampled_from(list(Encoding)))
def test_plain_cells_equal_the_long_way_for_any_value(row: list[Value],
                                                      encoding: Encoding) -> None:
    for target in (Field.NAME, Field.SEQ):
        column = reader(target, encoding)
        cells = column.cells(row, list(range(len(row))))
        assert comparable(cells) == comparable([_work_out(target, v, encoding) for v in row])
        # A repaired or refused cell still marks the column for a closer look.
        assert column.flagged == any(c.error is not None or c.note is not None for c in cells)


@pytest.mark.parametrize("name", TRICKY)
def test_read_name_is_split_prefix_then_kind_by_shape(name: str) -> None:
    typed = canonical_text(name)
    rank, rest, gender = split_prefix(typed)
    assert read_name(typed) == (rank, rest, gender, *kind_by_shape(rest))


@settings(max_examples=300)
@given(texts)
def test_read_name_equals_the_long_way_for_any_text(name: str) -> None:
    typed = canonical_text(name)
    rank, rest, gender = split_prefix(typed)
    assert read_name(typed) == (rank, rest, gender, *kind_by_shape(rest))


def stored_the_long_way(typed: str, kind: str, order: ToneOrder) -> tuple[object, ...]:
    name = canonical_name(typed)
    if kind == "individual":
        parts = split_name(name)
        return (name, parts.family, parts.middle, parts.given, search_key(name),
                duplicate_key(name), person_sort_key(name, order))
    return (name, "", "", "", search_key(name), duplicate_key(name), text_sort_key(name, order))


@pytest.mark.parametrize("order", list(ToneOrder))
def test_stored_names_in_a_batch_equal_one_by_one(order: ToneOrder) -> None:
    pairs = [(name, kind) for name in TRICKY for kind in ("individual", "collective")]
    batch = stored_names(pairs, order)
    assert [tuple(n) for n in batch] == [stored_the_long_way(t, k, order) for t, k in pairs]
    assert [stored_name(t, k, order) for t, k in pairs] == batch
    first = batch[4]  # TRICKY[2], as a person
    assert (first.name, first.family, first.given) == ("Nguyễn Văn An", "Nguyễn", "An")


def test_import_rows_have_the_fields_the_commit_fills() -> None:
    # commit.py builds ImportRow from a tuple of all its fields, in order.
    assert len(ImportRow._fields) == 17
    assert ImportRow._fields[-1] == "existing_id"


def test_collector_is_paused_then_restored() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # paused by someone else: left to them
    finally:
        gc.enable()


def test_award_missing_or_unknown_is_still_reported_per_row(registry: Registry,
                                                            ceremony_id: int,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("STT,Họ và tên,Hình thức\n1,Lê Văn Tám,\n2,Trần Thị Hoa,Huân chương X\n"
                    "3,Ngô Văn Ba,\n", encoding="utf-8")
    preview = preview_files(registry, [path], ImportOptions(ceremony_id=ceremony_id))
    assert [(p.key, p.row) for p in preview.errors] == [
        ("row.no_award", 2), ("row.unknown_award", 3), ("row.no_award", 4)]
