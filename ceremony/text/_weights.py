"""Per-character collation weights, kept in self-filling str.translate tables.

A key has three levels, as in ICU: primary (which letter, digit or punctuation),
secondary (tone and other marks) and tertiary (case). Each level is a string of "weight
characters" below U+0100 made by one str.translate call, so the key costs three C-level
passes and one Latin-1 encode instead of a Python loop over characters.

Byte values: 0x00 never occurs (name keys use it as a field terminator), 0x01 separates
the levels (below every weight, so a shorter level sorts first), weights start at 0x02.
A weight is one byte, or a lead byte followed by exactly three bytes for characters
outside the tables; the fixed length keeps byte-wise comparison equal to comparing the
weight sequences.
"""

import unicodedata
from typing import Final

from ceremony.text._vietnamese import ALPHABET, DJE_LOOKALIKES

Weights = tuple[str, str, str]  # primary, secondary, tertiary

# ICU's root order of the punctuation and symbols met in names and unit titles (measured
# with ICU 72.1, locale "vi", every one a distinct primary). Others share _OTHER_SYMBOL.
_PUNCTUATION: Final = "_-–—,;:!?.…·'‘’\"“”«»()[]{}§@*/\\&#%•`^°©®+±÷×<=>|~$₫"


def _numbered(start: int, items: str) -> dict[str, str]:
    return {item: chr(start + i) for i, item in enumerate(items)}


# Primary weights, in ICU's order of groups: spaces, punctuation, symbols, digits, letters.
_SPACE: Final = "\x02"
_PUNCT_WEIGHTS: Final = _numbered(0x03, _PUNCTUATION)
_OTHER_SYMBOL: Final = 0x03 + len(_PUNCTUATION)  # lead byte
_DIGIT_BASE: Final = _OTHER_SYMBOL + 1
_LETTER_WEIGHTS: Final = _numbered(_DIGIT_BASE + 10, ALPHABET)
_OTHER_LETTER: Final = _DIGIT_BASE + 10 + len(ALPHABET)  # lead byte: Cyrillic, Han, ...

# Secondary weights: no mark, the five tones (order chosen per ToneOrder), the marks of
# other Latin alphabets in ICU's order (ĕ ê ě e̊ ë e̋ ė ȩ ę ē, horn, comma below), the rest of
# U+0300-U+036F by code point, then any other mark.
COMMON: Final = "\x02"
TONE_WEIGHTS: Final = ("\x03", "\x04", "\x05", "\x06", "\x07")
_LATIN_MARKS: Final = _numbered(
    0x08, "\u0306\u0302\u030c\u030a\u0308\u030b\u0307\u0327\u0328\u0304\u031b\u0326"
)
_DIACRITIC_BASE: Final = 0x08 + len(_LATIN_MARKS)
_OTHER_MARK: Final = _DIACRITIC_BASE + 0x70  # lead byte

# Tertiary weights, in ICU's order: a < ａ (a compatibility variant) < A < Ａ.
_LOWER: Final = "\x02"
_VARIANT: Final = "\x03"
_UPPER: Final = "\x04"
_UPPER_VARIANT: Final = "\x05"
_AS_VARIANT: Final = {_LOWER: _VARIANT, _UPPER: _UPPER_VARIANT}

_IGNORABLE: Final = ("", "", "")  # Cc/Cf are skipped entirely, as ICU does


def _long_weight(lead: int, codepoint: int) -> str:
    """Lead byte plus the code point in three base-254 digits, each >= 0x02."""
    high, rest = divmod(codepoint, 254 * 254)
    middle, low = divmod(rest, 254)
    return "".join(chr(x) for x in (lead, high + 2, middle + 2, low + 2))


def weigh(ch: str, tones: dict[str, str]) -> Weights:
    """The three weight strings of one character of NFC text.

    tones maps each tone mark to its secondary weight.
    """
    ch = DJE_LOOKALIKES.get(ch, ch)
    compatible = unicodedata.normalize("NFKC", ch)
    if compatible != ch and not any(c.isspace() for c in ch + compatible):
        return _weigh_variant(compatible, tones)
    return _weigh_plain(ch, tones)


def _weigh_variant(compatible: str, tones: dict[str, str]) -> Weights:
    """A compatibility character ("…", "ﬁ", "Ａ", "№") sorts as what it stands for,
    one tertiary step after it, as in ICU."""
    parts = [_weigh_plain(c, tones) for c in compatible]
    return (
        "".join(p for p, _, _ in parts),
        "".join(s for _, s, _ in parts),
        "".join(_AS_VARIANT.get(t, t) for _, _, t in parts),
    )


def _weigh_plain(ch: str, tones: dict[str, str]) -> Weights:
    """Weights of a character that is not a compatibility variant."""
    if ch.isspace():
        return _SPACE, COMMON, _LOWER
    category = unicodedata.category(ch)
    if category in ("Cc", "Cf"):
        return _IGNORABLE
    if category[0] == "M":  # a mark NFC could not attach: secondary only, like ICU
        return "", _mark_weight(ch, tones), ""
    base, marks = _split_marks(ch)
    primary, tertiary = _base_weights(base)
    return primary, COMMON + "".join(_mark_weight(m, tones) for m in marks), tertiary


def _mark_weight(mark: str, tones: dict[str, str]) -> str:
    if mark in tones:
        return tones[mark]
    if mark in _LATIN_MARKS:
        return _LATIN_MARKS[mark]
    codepoint = ord(mark)
    if 0x0300 <= codepoint <= 0x036F:
        return chr(_DIACRITIC_BASE + codepoint - 0x0300)
    return _long_weight(_OTHER_MARK, codepoint)


def _split_marks(ch: str) -> tuple[str, str]:
    """Base letter and remaining marks; "ậ" -> ("â", dot below), "é" -> ("e", acute)."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if any(unicodedata.category(m)[0] != "M" for m in marks):
        return ch, ""  # Hangul and the like decompose into letters: keep them whole
    # ă â ê ô ơ ư are letters of their own, so their mark belongs to the base. In NFD
    # it need not come first (ậ is a + dot below + circumflex).
    for i, mark in enumerate(marks):
        letter = unicodedata.normalize("NFC", base + mark)
        if letter.lower() in _LETTER_WEIGHTS:
            return letter, marks[:i] + marks[i + 1 :]
    return base, marks


def _base_weights(base: str) -> tuple[str, str]:
    """Primary and tertiary weight of a character without marks."""
    lower = base.lower()
    tertiary = _UPPER if lower != base else _LOWER
    if lower in _LETTER_WEIGHTS:
        return _LETTER_WEIGHTS[lower], tertiary
    if base in _PUNCT_WEIGHTS:
        return _PUNCT_WEIGHTS[base], tertiary
    digit = unicodedata.decimal(base, None)
    if digit is not None:  # Arabic-Indic, full-width ... digits sort with 0-9
        return chr(_DIGIT_BASE + digit), _LOWER if base.isascii() else _VARIANT
    codepoint = ord(lower) if len(lower) == 1 else ord(base)
    lead = _OTHER_LETTER if unicodedata.category(base)[0] == "L" else _OTHER_SYMBOL
    return _long_weight(lead, codepoint), tertiary


class LevelTable(dict[int, str]):
    """A str.translate table for one level that fills itself in on first sight of a
    character, so only characters actually met are ever weighed."""

    def __init__(self, level: int, tones: dict[str, str]) -> None:
        super().__init__()
        self._level = level
        self._tones = tones

    def __missing__(self, codepoint: int) -> str:
        weight = weigh(chr(codepoint), self._tones)[self._level]
        self[codepoint] = weight  # a dict store is atomic: safe across threads
        return weight
