"""Garbled text: UTF-8 read as Windows-1252 somewhere, and TCVN3/VNI legacy text.

Nothing here is applied silently: the caller records every changed cell so the preview
shows the text before and after, and a cell that cannot be repaired is refused.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from ceremony.importing.legacy import convert_tcvn3, convert_vni


class Encoding(enum.StrEnum):
    UNICODE = "unicode"
    TCVN3 = "tcvn3"
    TCVN3_CAPS = "tcvn3_caps"  # a .VnTimeH-style capitals font
    VNI = "vni"


# The legacy encoding of each cell typed in a TCVN3 or VNI font: (row, column) -> encoding.
CellEncodings = dict[tuple[int, int], Encoding]


def convert(text: str, encoding: Encoding) -> str:
    if encoding is Encoding.TCVN3:
        return convert_tcvn3(text)
    if encoding is Encoding.TCVN3_CAPS:
        return convert_tcvn3(text, upper=True)
    if encoding is Encoding.VNI:
        return convert_vni(text)
    return text


def encoding_of_font(font_name: str | None) -> Encoding | None:
    """The legacy encoding a cell font implies, or None for an ordinary font."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        # .VnTimeH, .VnArialH…: the H fonts draw every letter as a capital.
        return Encoding.TCVN3_CAPS if name.endswith("h") else Encoding.TCVN3
    if name.startswith("vni"):
        return Encoding.VNI
    return None


# Two- and three-byte UTF-8 sequences of Vietnamese letters as Windows-1252 shows them:
# "Ã" or "Ä"/"Æ" then a continuation character, or "á»"/"áº" (U+1Exx).
_MOJIBAKE: Final = re.compile("[ÃÄÆ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                              "\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|á[»º]")
_CP1252_BACK: Final = {ch: i for i in range(0x80, 0x100)
                       if (ch := bytes([i]).decode("cp1252", "ignore"))}


# The first mojibake sequence of a text, or None (looks_like_mojibake without a call).
find_mojibake: Final = _MOJIBAKE.search


def looks_like_mojibake(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str | None:
    """The text before it was wrongly decoded as Windows-1252, or None if it cannot be.

    Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back as C1 controls
    from most tools; anything lost on the way makes the UTF-8 invalid, hence None.
    """
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x80 or (0x80 <= code < 0xA0 and ch not in _CP1252_BACK):
            raw.append(code)
        elif ch in _CP1252_BACK:
            raw.append(_CP1252_BACK[ch])
        elif code < 0x100:
            raw.append(code)
        else:
            return None
    try:
        return unicodedata.normalize("NFC", raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None


# Characters that Vietnamese Unicode text almost never contains but TCVN3/VNI text is
# full of: Latin-1 symbols, and letters used only as mark carriers.
_ODD: Final = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷ÆæÖÜñÑÞþßøØûÛïÏîÎëËäÄåÅ")
_TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")


def implausibility(text: str) -> int:
    """How many words of the text no Vietnamese or English writer would type.

    A word counts when it holds a Latin-1 symbol or mark-carrier letter, or more than
    one tone mark (TCVN3 read as Windows-1258 gives "Nguyờịn").
    """
    bad = 0
    for word in text.split():
        if any(ch in _ODD for ch in word):
            bad += 1
            continue
        decomposed = unicodedata.normalize("NFD", word)
        if sum(ch in _TONE_MARKS for ch in decomposed) > 1:
            bad += 1
    return bad


def guess_legacy(texts: Iterable[str]) -> Encoding:
    """The encoding under which a sheet's text reads most like Vietnamese.

    Legacy is chosen only on strong evidence: at least three odd words, making up 30 %
    of the non-ASCII ones, and a conversion that removes most of them and yields
    Vietnamese letters. Genuine Unicode text scores zero, so it is never "converted".
    """
    sample = [t for t in texts if not t.isascii()][:2000]
    words = [w for t in sample for w in t.split() if not w.isascii()]
    raw = sum(implausibility(t) for t in sample)
    if raw < 3 or raw < 0.3 * len(words):
        return Encoding.UNICODE
    scores = {e: sum(implausibility(convert(t, e)) for t in sample)
              for e in (Encoding.TCVN3, Encoding.VNI)}
    best = min(scores, key=lambda e: scores[e])
    if scores[best] * 4 > raw:
        return Encoding.UNICODE
    converted = [w for t in sample for w in convert(t, best).split() if not w.isascii()]
    vietnamese = sum(any(ch in _VIETNAMESE_ONLY or "\u1ea0" <= ch <= "\u1ef9" for ch in w)
                     for w in converted)
    return best if vietnamese * 2 >= len(converted) else Encoding.UNICODE


_VIETNAMESE_ONLY: Final = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
