"""Canonical form of user text: what is stored, compared and printed.

Text arrives NFC or NFD (macOS, the Windows Vietnamese keyboard, Windows-1258), with
invisible characters from copy and paste and with odd spaces. Everything is brought to one
form here, so that equality, uniqueness and sorting work on what the reader sees.
"""

import functools
import re
import unicodedata
from typing import Final

from ceremony.text._vietnamese import DJE_LOOKALIKES

_LOOKALIKE_TABLE: Final = str.maketrans(DJE_LOOKALIKES)
_LOOKALIKE: Final = re.compile("[" + "".join(DJE_LOOKALIKES) + "]")

# Apostrophe-like characters that separate the parts of minority names (H'Hen, Ksor
# H'Blông). U+02BC and U+02BB count as letters to str.isalpha, so they are listed.
_APOSTROPHES: Final = frozenset("'\u2019\u02bc\u02bb")


@functools.lru_cache(maxsize=1 << 16)
def canonical_text(text: str) -> str:
    """NFC, invisible characters removed, whitespace collapsed to single spaces, trimmed.

    Idempotent, and the same for NFC and NFD input.
    """
    # isprintable() is False for every Cc, Cf and non-ASCII space, so most text skips
    # the per-character pass.
    if not text.isprintable():
        text = "".join(_visible(ch) for ch in text)
    # Invisibles go before NFC: a ZWSP between "e" and U+0302 would block composition.
    text = unicodedata.normalize("NFC", text)
    # translate() looks every character of non-ASCII text up in a dict: ten times the
    # cost of looking for the four look-alikes first, which are nearly never there.
    if not text.isascii() and _LOOKALIKE.search(text):
        text = text.translate(_LOOKALIKE_TABLE)
    return " ".join(text.split())


def _visible(ch: str) -> str:
    """One character of the slow path: whitespace -> space, Cc/Cf -> nothing."""
    if ch.isprintable():
        return ch
    if ch.isspace():  # tab, newline, NBSP, U+3000 and the other Zs
        return " "
    if unicodedata.category(ch) in ("Cc", "Cf"):  # ZWSP, ZWJ, BOM, soft hyphen, ...
        return ""
    return ch  # unassigned or private-use: not ours to judge


def proper_case(text: str) -> str:
    """First letter of each syllable upper case, the others lower: "NGUYỄN" -> "Nguyễn".

    A syllable starts after anything that is not a letter or a mark, so "H'HEN" gives
    "H'Hen" and "Y-MOAN" gives "Y-Moan". Digits neither start nor end one ("12A1" stays).
    """
    # Case operations on NFD text capitalise the letter after a combining mark
    # ("NguyễN"), so work on NFC and treat marks as part of their letter.
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    at_start = True
    for ch in text:
        if ch.isalpha() and ch not in _APOSTROPHES:
            # title() rather than upper() of one character: ǆ -> ǅ, ß -> Ss.
            out.append(ch.title() if at_start else ch.lower())
            at_start = False
        elif not ch.isdigit() and unicodedata.category(ch)[0] != "M":
            at_start = True
            out.append(ch)
        else:
            out.append(ch)
    # Lower-casing can produce a combining mark (İ -> i + U+0307).
    return unicodedata.normalize("NFC", "".join(out))


def canonical_name(text: str) -> str:
    """canonical_text, then proper case if the text is all upper or all lower case.

    Mixed case is left as typed: "McDonald", "Đồn Biên phòng Trà Lĩnh".
    """
    text = canonical_text(text)
    if text.isupper() or text.islower():
        text = proper_case(text)
    return text
