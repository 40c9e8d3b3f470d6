"""Vietnamese sort keys: golden lists, tone orders, NFD input and byte-key properties."""

import itertools
import random
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ceremony.text import (
    NameParts,
    ToneOrder,
    canonical_name,
    name_sort_key,
    person_sort_key,
    text_sort_key,
)
from tests.text.test_corpus import person_names, vietnamese_names

# ICU 72 "vi" order (the same as the ICU 77 list in reliability.md §4.5). ICU puts
# "Hoà" (tone on a) before "Hòa" (tone on o): the tone is a secondary weight counted
# from where it sits, and an unmarked "o" beats a marked one.
GOLDEN = [
    "an", "anh", "Anh", "Ánh", "ăn", "ân", "da", "dê", "đa", "đào", "Đào", "hoa", "Hoà",
    "Hòa", "ma", "mà", "mả", "mã", "má", "mạ", "mác", "mai", "on", "ôn", "ơn", "ua", "ưa",
    "y", "ý", "Ý",
]  # fmt: skip

GIVEN_NAME_FIRST = [
    "Trần An",
    "Lê Văn An",
    "Phạm Ánh",
    "Nguyễn Thị Ánh",
    "Trần Thị Ánh",
    "Đỗ Văn Bình",
    "Nguyễn Văn Bình",
]


def shuffled(items: list[str], seed: int = 0) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


def test_golden_word_list() -> None:
    for seed in range(5):
        assert sorted(shuffled(GOLDEN, seed), key=text_sort_key) == GOLDEN
    keys = [text_sort_key(word) for word in GOLDEN]
    assert all(a < b for a, b in itertools.pairwise(keys))  # no ties either


def test_official_list_order_is_given_middle_family() -> None:
    for seed in range(5):
        assert sorted(shuffled(GIVEN_NAME_FIRST, seed), key=person_sort_key) == GIVEN_NAME_FIRST


def test_traditional_tone_order_puts_sac_before_hoi() -> None:
    icu = ["ma", "mà", "mả", "mã", "má", "mạ"]
    traditional = ["ma", "mà", "má", "mả", "mã", "mạ"]
    assert sorted(shuffled(icu), key=text_sort_key) == icu
    assert sorted(shuffled(icu), key=lambda w: text_sort_key(w, ToneOrder.TRADITIONAL)) == (
        traditional
    )
    names = ["Lê Thị Ánh", "Trần Văn Ảnh", "Lê Ẩn", "Hồ Thị Ấn"]
    assert sorted(names, key=lambda n: person_sort_key(n, ToneOrder.TRADITIONAL)) == [
        "Lê Thị Ánh", "Trần Văn Ảnh", "Hồ Thị Ấn", "Lê Ẩn",
    ]  # fmt: skip
    assert sorted(names, key=person_sort_key) == [
        "Trần Văn Ảnh", "Lê Thị Ánh", "Lê Ẩn", "Hồ Thị Ấn",
    ]  # fmt: skip


def test_letters_first_then_tones_then_case() -> None:
    # The letters of the whole word decide before any tone (mác < mai); ă and â are
    # letters of their own, after every a-word.
    assert text_sort_key("mác") < text_sort_key("mai")
    assert text_sort_key("azz") < text_sort_key("ăn") < text_sort_key("ắt") < text_sort_key("âm")
    assert text_sort_key("anh") < text_sort_key("Anh") < text_sort_key("ANH")
    assert text_sort_key("đa") > text_sort_key("dz")  # đ is a letter after d, not a "d"


def test_spaces_and_digits_before_letters() -> None:
    units = ["Đội 1", "Đội 10", "Đội 2", "Đội A", "Đồn Biên phòng", "Đồng Nai"]
    assert sorted(shuffled(units), key=text_sort_key) == units  # ICU compares digit by digit


def test_eth_lookalike_sorts_as_dje() -> None:
    # ICU would sort U+00D0 as a "d"; the stored key treats it as the Đ it stands for.
    assert text_sort_key("Ðặng") == text_sort_key("Đặng")


def test_nfd_input_sorts_as_nfc_after_canonical_name() -> None:
    names = person_names(random.Random(42), 500)
    noisy = [
        "\u200b" + unicodedata.normalize("NFD", name).replace(" ", "\u00a0 ") + "\ufeff"
        for name in names
    ]
    cleaned = [canonical_name(name) for name in noisy]
    assert cleaned == names
    assert [person_sort_key(n) for n in cleaned] == [person_sort_key(n) for n in names]
    order = sorted(range(len(names)), key=lambda i: person_sort_key(names[i]))
    assert sorted(range(len(names)), key=lambda i: person_sort_key(cleaned[i])) == order


@given(st.text())
def test_text_key_never_contains_nul(text: str) -> None:
    for order in ToneOrder:
        assert b"\x00" not in text_sort_key(text, order)


@given(st.text())
def test_text_key_is_the_same_for_nfd(text: str) -> None:
    assert text_sort_key(unicodedata.normalize("NFD", text)) == text_sort_key(text)


name_part = st.text(alphabet="aAàÀáăĂắâdđĐeêếoôơợuưừ -'0", max_size=6)
name_parts = st.builds(NameParts, family=name_part, middle=name_part, given=name_part)


@given(name_parts, name_parts)
def test_name_key_byte_order_equals_tuple_order(a: NameParts, b: NameParts) -> None:
    def as_tuple(parts: NameParts) -> tuple[bytes, bytes, bytes]:
        return (text_sort_key(parts.given), text_sort_key(parts.middle),
                text_sort_key(parts.family))  # fmt: skip

    assert (name_sort_key(a) < name_sort_key(b)) == (as_tuple(a) < as_tuple(b))
    assert (name_sort_key(a) == name_sort_key(b)) == (as_tuple(a) == as_tuple(b))


@given(vietnamese_names())
def test_person_key_is_name_key_of_split(name: str) -> None:
    words = name.split()
    parts = NameParts(words[0], " ".join(words[1:-1]), words[-1])
    assert person_sort_key(name) == name_sort_key(parts)
    assert person_sort_key(name, ToneOrder.TRADITIONAL) == name_sort_key(
        parts, ToneOrder.TRADITIONAL
    )
