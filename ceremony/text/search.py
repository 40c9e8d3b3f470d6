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
    # casefold before NFD: it can itself produce marks (İ -> i + U+0307), and it turns
    # Đ into đ for the table.
    folded = unicodedata.normalize("NFD", canonical_text(text).casefold())
    return " ".join(folded.translate(_ACCENT_FOLD).split())


@functools.lru_cache(maxsize=_CACHE)
def duplicate_key(text: str) -> str:
    """Key under which two spellings of the same name meet.

    Case, invisible characters, spacing, NFC/NFD and tone placement ("Hoà"/"Hòa",
    "Thuỷ"/"Thủy", "Khoẻ"/"Khỏe") are unified; tones are kept, so "Hoa" != "Hòa".
    """
    folded = unicodedata.normalize("NFC", canonical_text(text).casefold())
    return unify_tone_placement(folded)
