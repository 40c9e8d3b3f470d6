"""Search keys ignore accents and case; duplicate keys ignore only how a name was typed."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ceremony.text import duplicate_key, search_key
from tests.text.test_corpus import TONES, toneless, vietnamese_names


@pytest.mark.parametrize(
    "typed",
    [
        "Phùng Quốc Tuấn",
        "phung quoc tuan",
        "PHÙNG QUỐC TUẤN",
        unicodedata.normalize("NFD", "Phùng Quốc Tuấn"),
        "  Phùng\u00a0Quốc\u200b  Tuấn ",
    ],
)
def test_search_key_ignores_accents_case_and_spacing(typed: str) -> None:
    assert search_key(typed) == "phung quoc tuan"


def test_search_key_folds_dje_and_its_lookalikes() -> None:
    assert search_key("Đặng") == search_key("Ðặng") == search_key("đang") == "dang"


@given(vietnamese_names())
def test_search_key_of_a_vietnamese_name_is_plain_ascii(name: str) -> None:
    key = search_key(name)
    assert key.isascii()
    assert key == search_key(name.upper()) == search_key(unicodedata.normalize("NFD", name))


@given(st.text())
def test_search_key_is_idempotent(text: str) -> None:
    key = search_key(text)
    assert search_key(key) == key


@pytest.mark.parametrize(
    ("old_style", "new_style"),
    [
        ("Hòa", "Hoà"),
        ("Thủy", "Thuỷ"),
        ("Khỏe", "Khoẻ"),
        ("Nguyễn Thị Hòa", "NGUYỄN THỊ HOÀ"),
        ("Đàm Thủy", "Ðàm Thuỷ"),
        ("Lê Văn Thụy", "Lê Văn Thuỵ"),
        ("Quý", "Qúy"),  # a misplaced tone is still the same name
        ("Hoàng", "Hòang"),
        ("H'Hòa Niê", "H'Hoà Niê"),  # syllables joined by an apostrophe
    ],
)
def test_duplicate_key_unifies_tone_placement(old_style: str, new_style: str) -> None:
    assert duplicate_key(old_style) == duplicate_key(new_style)
    nfd = unicodedata.normalize("NFD", new_style)
    assert duplicate_key(nfd) == duplicate_key(old_style)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Hoa", "Hòa"), ("Hòa", "Hóa"), ("Thủy", "Thúy"), ("Ánh", "Ảnh"), ("Đức", "Dức")],
)
def test_duplicate_key_keeps_tones_and_letters(one: str, other: str) -> None:
    assert duplicate_key(one) != duplicate_key(other)


def test_duplicate_key_reads_as_new_style_spelling() -> None:
    # Readable in logs and review screens: the modern placement, as Unikey's "oà, uý".
    assert duplicate_key("Nguyễn Thị Hòa") == "nguyễn thị hoà"
    assert duplicate_key("Thủy Khỏe Ngoài Mùa Người") == "thuỷ khoẻ ngoài mùa người"


def test_duplicate_key_ignores_case_spacing_and_invisibles() -> None:
    assert duplicate_key(" NGUYỄN\u00a0\u00a0văn\u200b ĐỨC") == duplicate_key("Nguyễn Văn Đức")


@given(vietnamese_names())
def test_duplicate_key_merges_case_and_forms_of_one_name(name: str) -> None:
    key = duplicate_key(name)
    assert duplicate_key(name.upper()) == key
    assert duplicate_key(unicodedata.normalize("NFD", name)) == key
    # Only the tone's place may change: the letters and the tones stay.
    assert search_key(key) == search_key(name)
    assert sorted(_tones(key)) == sorted(_tones(name))


@given(vietnamese_names(), vietnamese_names())
def test_duplicate_key_never_merges_different_tones(a: str, b: str) -> None:
    if toneless(a.casefold()) == toneless(b.casefold()) and _tones(a) != _tones(b):
        assert duplicate_key(a) != duplicate_key(b)
    if duplicate_key(a) == duplicate_key(b):
        assert toneless(a.casefold()) == toneless(b.casefold())
        assert _tones(a) == _tones(b)


def test_duplicate_key_separates_names_with_same_letters_but_other_tones() -> None:
    # The random pairs above rarely share letters, so check it exhaustively on one name.
    keys = {duplicate_key(unicodedata.normalize("NFC", "Ho" + t + "a")) for t in TONES}
    keys |= {duplicate_key(unicodedata.normalize("NFC", "Hoa" + t)) for t in TONES[1:]}
    assert len(keys) == len(TONES)


def _tones(text: str) -> list[str]:
    """The tone of each word, in order ("" for the level tone)."""
    words = unicodedata.normalize("NFD", text).split()
    return [next((ch for ch in word if ch in TONES[1:]), "") for word in words]
