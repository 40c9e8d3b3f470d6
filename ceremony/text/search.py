"""Keys for finding text and for spotting duplicates.

The two differ on purpose: a search for "phung quoc tuan" must find "Phùng Quốc Tuấn",
but "Hoa" and "Hòa" are different people and must not be merged as duplicates.
"""

import functools
import unicodedata
from typing import Final

from ceremony.text._tones import unify_tone_placement
from ceremony.text.canonical import canonical_text


def _mark_deletions() -> dict[int, str | None]:
    """Translate table deleting combining diacritics and folding đ to d."""
    blocks = (
        range(0x0300, 0x0370),  # Combining Diacritical Marks: all Vietnamese marks
        range(0x1AB0, 0x1B00),
        range(0x1DC0, 0x1E00),
        range(0x20D0, 0x2100),
        range(0xFE20, 0xFE30),
    )
    table: dict[int, str | None] = {cp: None for block in blocks for cp in block}
    table[ord("đ")] = "d"  # đ has no decomposition, so NFD alone would keep it
    return table


_ACCENT_FOLD: Final = _mark_deletions()


# Lists repeat units, positions and ranks on every row; the keys of recent texts
# are kept, which makes a 50,000-row import several seconds faster.
_CACHE: Final = 1 << 16


@functools.lru_cache(maxsize=_CACHE)
def search_key(text: str) -> str:
    """Accents and case removed, spaces collapsed: "Phùng Quốc Tuấn" -> "phung quoc tuan"."""
    canonical = canonical_text(text)
    if canonical.isascii():  # no marks to remove, and casefold() is lower() here
        return canonical.lower()
    # Word by word: a list's names are made of a few hundred distinct words, so the
    # folding of each is worked out once. The same as folding the whole text, since
    # no step joins or splits across a space (tests/importing/test_fast_paths.py).
    return " ".join(filter(None, map(_word_search_key, canonical.split(" "))))


@functools.lru_cache(maxsize=_CACHE)
def _word_search_key(word: str) -> str:
    # casefold before NFD: it can itself produce marks (İ -> i + U+0307), and it turns
    # Đ into đ for the table. A word of marks alone folds to "".
    return unicodedata.normalize("NFD", word.casefold()).translate(_ACCENT_FOLD)


@functools.lru_cache(maxsize=_CACHE)
def duplicate_key(text: str) -> str:
    """Key under which two spellings of the same name meet.

    Case, invisible characters, spacing, NFC/NFD and tone placement ("Hoà"/"Hòa",
    "Thuỷ"/"Thủy", "Khoẻ"/"Khỏe") are unified; tones are kept, so "Hoa" != "Hòa".
    """
    canonical = canonical_text(text)
    if canonical.isascii():  # no tones to move, and casefold() is lower() here
        return canonical.lower()
    return " ".join(map(_word_duplicate_key, canonical.split(" ")))


@functools.lru_cache(maxsize=_CACHE)
def _word_duplicate_key(word: str) -> str:
    return unify_tone_placement(unicodedata.normalize("NFC", word.casefold()))
