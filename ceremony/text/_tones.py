"""Tone-mark placement: "Hòa" and "Hoà" are one name typed with two keyboard settings.

Unikey's "oà, uý" option moves the tone from the first to the second vowel of oa, oe and
uy. A syllable has exactly one tone, and where the mark sits is spelling only, so moving
it to one fixed vowel never merges two different words.
"""

import functools
import re
import unicodedata
from typing import Final

from ceremony.text._vietnamese import HATTED_VOWELS, TONE_MARKS, VOWELS

_WORD: Final = re.compile(r"[^\W\d_]+")  # runs of letters; apostrophes split H'Hen
_NEW_STYLE_PAIRS: Final = frozenset(("oa", "oe", "uy"))


def unify_tone_placement(text: str) -> str:
    """Put each syllable's tone on the vowel the modern ("new style") rule picks.

    Expects NFC, case-folded text; returns NFC. "hòa" -> "hoà", "thủy" -> "thuỷ".
    """
    return " ".join(map(_retone_token, text.split(" ")))


# Names are made of a few thousand distinct syllables, so each is worked out once.
@functools.lru_cache(maxsize=1 << 14)
def _retone_token(token: str) -> str:
    """A space-free token: a syllable, or letters joined by ' - digits (H'Hen, 12A)."""
    if token.isalpha():
        return _retone(token)
    return _WORD.sub(lambda match: _retone(match.group()), token)


def _retone(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:  # toneless, or not a Vietnamese syllable: leave alone
        return word
    bare = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    position = _tone_position(bare)
    if position is None:
        return word
    return unicodedata.normalize("NFC", bare[: position + 1] + tones[0] + bare[position + 1 :])


def _tone_position(bare: str) -> int | None:
    """Index of the vowel that carries the tone in a toneless syllable, or None."""
    first = _nucleus_start(bare)
    if first is None:
        return None
    end = first
    while end < len(bare) and bare[end] in VOWELS:
        end += 1
    hatted = [i for i in range(first, end) if bare[i] in HATTED_VOWELS]
    if hatted:  # người, tuổi, yến: the (last) vowel with a hat or horn
        return hatted[-1]
    if end < len(bare):  # closed syllable (hoàng, toán): the last vowel
        return end - 1
    nucleus = bare[first:end]
    if nucleus in _NEW_STYLE_PAIRS or len(nucleus) == 3:  # hoà, thuỷ, khoẻ, ngoài
        return first + 1
    return first  # mùa, mía, hài; or a single vowel


def _nucleus_start(bare: str) -> int | None:
    """Index of the first vowel of the nucleus, skipping the glide of "qu" and "gi"."""
    if bare[:2] in ("qu", "gi") and bare[2:3] and bare[2] in VOWELS:
        return 2  # quý, giữ: u and i belong to the initial consonant
    return next((i for i, ch in enumerate(bare) if ch in VOWELS), None)
