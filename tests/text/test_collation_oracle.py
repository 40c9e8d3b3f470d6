"""The pure-Python keys give exactly ICU's Vietnamese order (PyICU as the oracle)."""

import itertools
import random
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from ceremony.text import person_sort_key, split_name, text_sort_key
from tests.text.test_collation import GIVEN_NAME_FIRST, GOLDEN
from tests.text.test_corpus import TONES, UNIT_WORDS, person_names, unit_name

icu = pytest.importorskip("icu", reason="PyICU is the oracle for these tests")

SAMPLE_SIZE = 2000
Collator = Any  # PyICU ships no type information


@pytest.fixture(scope="module")
def collator() -> Collator:
    return icu.Collator.createInstance(icu.Locale("vi"))


def first_disagreement(
    items: Sequence[str], ours: Callable[[str], Any], oracle: Callable[[str], Any]
) -> tuple[str, str] | None:
    """A neighbouring pair, in our order, that the oracle orders or ties differently.

    If every neighbour pair agrees (same order, and tied in one iff tied in the other),
    the two orders are identical on the whole list.
    """
    ranked = sorted(items, key=ours)
    for a, b in itertools.pairwise(ranked):
        if oracle(a) > oracle(b) or (ours(a) == ours(b)) != (oracle(a) == oracle(b)):
            return a, b
    return None


def test_golden_lists_are_icu_order(collator: Collator) -> None:
    # The hand-written golden lists are themselves ICU's order (Hoà before Hòa included).
    assert sorted(reversed(GOLDEN), key=collator.getSortKey) == GOLDEN
    assert sorted(reversed(GIVEN_NAME_FIRST), key=lambda n: _icu_name_key(collator, n)) == (
        GIVEN_NAME_FIRST
    )


def _icu_name_key(collator: Collator, name: str) -> tuple[bytes, bytes, bytes]:
    parts = split_name(name)
    return (
        collator.getSortKey(parts.given),
        collator.getSortKey(parts.middle),
        collator.getSortKey(parts.family),
    )


def test_person_names_sort_as_icu(collator: Collator) -> None:
    names = person_names(random.Random(1975), SAMPLE_SIZE)

    def icu_key(name: str) -> tuple[bytes, bytes, bytes]:
        return _icu_name_key(collator, name)

    assert first_disagreement(names, person_sort_key, icu_key) is None
    # Ties coincide, so the two stable sorts give the very same list.
    assert sorted(names, key=person_sort_key) == sorted(names, key=icu_key)
    # The sample must exercise the deeper levels, or the test proves little.
    givens = [split_name(name).given for name in names]
    assert len(set(givens)) < len(givens) // 2


def test_unit_names_sort_as_icu(collator: Collator) -> None:
    rng = random.Random(30041975)
    texts = [unit_name(rng) for _ in range(SAMPLE_SIZE)] + list(UNIT_WORDS)
    texts += ["Đồn Biên phòng Trà Lĩnh", "UBND xã Đàm Thủy", "UBND XÃ ĐÀM THỦY"]
    assert first_disagreement(texts, text_sort_key, collator.getSortKey) is None
    assert sorted(texts, key=text_sort_key) == sorted(texts, key=collator.getSortKey)


def test_every_vietnamese_letter_form_sorts_as_icu(collator: Collator) -> None:
    """All 134 toned vowels and every letter, both cases, one against another."""
    rng = random.Random(5)
    letters = _all_letter_forms()
    words = [a + b for a in letters for b in rng.sample(letters, 8)]
    assert first_disagreement(letters + words, text_sort_key, collator.getSortKey) is None


def test_punctuation_and_digits_sort_as_icu(collator: Collator) -> None:
    symbols = list(" _-–—,;:!?.…·'‘’\"“”«»()[]{}§@*/\\&#%•`^°©®+±÷×<=>|~$₫0123456789")
    texts = symbols + [f"a{s}b" for s in symbols] + [f"{s}a" for s in symbols] + ["ab", "a"]
    assert first_disagreement(texts, text_sort_key, collator.getSortKey) is None


def _all_letter_forms() -> list[str]:
    base = "aăâbcdđefghijklmnoôơpqrstuưvwxyz"
    forms = []
    for letter in base:
        toned = (letter + t for t in TONES) if letter in "aăâeêioôơuưy" else (letter,)
        for form in toned:
            nfc = unicodedata.normalize("NFC", form)
            forms += [nfc, nfc.upper()]
    return forms
