"""Canonical text and names: NFC, invisible characters, spaces, look-alikes, proper case."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ceremony.text import canonical_name, canonical_text, proper_case
from tests.text.test_corpus import vietnamese_names

NFD_UPPER = unicodedata.normalize("NFD", "NGUYỄN VĂN ĐỨC")


def test_nfd_input_is_composed() -> None:
    assert canonical_text("Nguye\u0302\u0303n") == "Nguyễn"
    assert len(canonical_text("Nguye\u0302\u0303n")) == 6


@pytest.mark.parametrize("text", ["NGUYỄN VĂN ĐỨC", NFD_UPPER, "nguyễn văn đức"])
def test_upper_and_lower_names_become_proper_case(text: str) -> None:
    assert canonical_name(text) == "Nguyễn Văn Đức"
    assert proper_case(text) == "Nguyễn Văn Đức"


def test_proper_case_avoids_the_nfd_title_bug() -> None:
    # str.title() on NFD text capitalises the letter after a mark: "NguyễN VăN ĐứC".
    assert NFD_UPPER.title() != unicodedata.normalize("NFD", "Nguyễn Văn Đức")
    assert proper_case(NFD_UPPER) == "Nguyễn Văn Đức"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("H'HEN NIÊ", "H'Hen Niê"),
        ("KSOR H'BLÔNG", "Ksor H'Blông"),
        ("h’hen niê", "H’Hen Niê"),
        ("H\u02bcHEN NIÊ", "H\u02bcHen Niê"),  # modifier apostrophe, a "letter" to Python
        ("Y-MOAN ÊBAN", "Y-Moan Êban"),
        ("ĐINH Y NGỌC", "Đinh Y Ngọc"),
        ("ÂU DƯƠNG ƯỚC", "Âu Dương Ước"),
        ("LỚP 12A1", "Lớp 12A1"),
    ],
)
def test_proper_case_of_minority_names_and_codes(typed: str, expected: str) -> None:
    assert proper_case(typed) == expected
    assert canonical_name(typed) == expected


@pytest.mark.parametrize(
    "typed", ["McDonald", "Đồn Biên phòng Trà Lĩnh", "UBND xã Đàm Thủy", "Nguyễn văn A"]
)
def test_mixed_case_is_left_as_typed(typed: str) -> None:
    assert canonical_name(typed) == typed


def test_invisible_characters_are_removed() -> None:
    typed = "\ufeffNguy\u200bễn\u200c Văn\u200d Đ\u00adức\u2060\x07"
    assert canonical_text(typed) == "Nguyễn Văn Đức"
    # Even inside a decomposed letter, where it would block composition.
    assert canonical_text("Nguye\u200b\u0302\u0303n") == "Nguyễn"


def test_spaces_are_collapsed_and_trimmed() -> None:
    typed = "\u00a0 Nguyễn\u00a0\u00a0Văn\u3000\tĐức\r\n\u2003"
    assert canonical_text(typed) == "Nguyễn Văn Đức"
    assert canonical_text(" \u00a0\u200b ") == ""


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ðặng", "Đặng"), ("ðặng", "đặng"), ("Ɖỗ", "Đỗ"), ("ɖỗ", "đỗ"), ("ÐẶNG", "ĐẶNG")],
)
def test_dje_lookalikes_are_mapped(typed: str, expected: str) -> None:
    assert canonical_text(typed) == expected


def test_canonical_name_maps_lookalikes_before_casing() -> None:
    assert canonical_name("ÐẶNG THỊ HOÀ") == "Đặng Thị Hoà"


@given(st.text())
def test_canonical_text_is_idempotent(text: str) -> None:
    once = canonical_text(text)
    assert canonical_text(once) == once


@given(st.text())
def test_canonical_text_output_is_clean(text: str) -> None:
    result = canonical_text(text)
    assert unicodedata.is_normalized("NFC", result)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf") for ch in result)
    assert result == result.strip()
    assert "  " not in result
    assert all(ch == " " for ch in result if ch.isspace())
    assert not any(ch in "\u00d0\u00f0\u0189\u0256" for ch in result)


@given(st.text())
def test_canonical_name_is_idempotent_and_nfc(text: str) -> None:
    once = canonical_name(text)
    assert canonical_name(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(vietnamese_names())
def test_proper_case_restores_upper_and_lower_vietnamese_names(name: str) -> None:
    for typed in (name.upper(), name.lower(), unicodedata.normalize("NFD", name.upper())):
        assert proper_case(typed) == name
        assert canonical_name(typed) == name


@given(vietnamese_names())
def test_canonical_text_is_the_same_for_nfc_and_nfd(name: str) -> None:
    assert canonical_text(unicodedata.normalize("NFD", name)) == name
