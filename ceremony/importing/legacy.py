"""Pre-Unicode Vietnamese encodings still found in office templates: TCVN3 and VNI.

Both were font hacks: the file stores ordinary Windows-1252 characters and a special
font (.VnTime, VNI-Times) draws them as Vietnamese letters. Read without that font,
"Nguyễn" shows as "NguyÔn" (TCVN3) or "Nguyeãn" (VNI). The tables below are written
from the encodings' definitions: TCVN 5712:1993 (VN3, one byte per accented letter)
and VNI-Windows (a base letter followed by one mark character).
"""

from __future__ import annotations

import unicodedata
from typing import Final

# TCVN3 (VN3): byte -> letter. Lower case only, as in the .VnTime fonts; the .VnTimeH
# fonts draw the same bytes in capitals (see convert_tcvn3's `upper`).
_TCVN3_ROWS: Final = (
    # plain and hatted letters, then each vowel's five tones (huyền hỏi ngã sắc nặng)
    (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
    (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
    (0xB5, "àảãáạ"), (0xBB, "ằẳẵắ"), (0xC6, "ặ"), (0xC7, "ầẩẫấậ"),
    (0xCC, "è"), (0xCE, "ẻẽéẹ"), (0xD2, "ềểễếệ"), (0xD7, "ìỉ"), (0xDC, "ĩíị"),
    (0xDF, "ò"), (0xE1, "ỏõóọ"), (0xE5, "ồổỗốộ"), (0xEA, "ờởỡớợ"),
    (0xEF, "ù"), (0xF1, "ủũúụ"), (0xF5, "ừửữứự"), (0xFA, "ỳỷỹýỵ"),
)


def _tcvn3_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, letters in _TCVN3_ROWS:
        for offset, letter in enumerate(letters):
            table[start + offset] = letter
    return table


TCVN3_TO_UNICODE: Final = _tcvn3_table()
_TCVN3_TRANSLATE: Final = {code: letter for code, letter in TCVN3_TO_UNICODE.items()}
_UNICODE_TO_TCVN3: Final = {letter: chr(code) for code, letter in TCVN3_TO_UNICODE.items()}

# VNI-Windows: the mark characters that follow a base vowel, by what they add.
# Tones on a plain or horned vowel: ø huyền, û hỏi, õ ngã, ù sắc, ï nặng.
# On a/e/o: â = circumflex with its tones à å ã á ä; ê = breve (ă) with è ú ü é ë.
_VNI_TONES: Final = "øûõùï"
_VNI_CIRCUMFLEX: Final = "âàåãáä"
_VNI_BREVE: Final = "êèúüéë"
_TONES: Final = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _vni_table() -> dict[str, str]:
    """VNI sequence (1-2 characters) -> Unicode letter, for both cases."""
    lower: dict[str, str] = {"ô": "ơ", "ö": "ư", "ñ": "đ"}

    def put(sequence: str, base: str, tone: int) -> None:
        lower[sequence] = unicodedata.normalize("NFC", base + _TONES[tone])

    for vowel in "aeouy":
        for tone, mark in enumerate(_VNI_TONES, start=1):
            put(vowel + mark, vowel, tone)
    for horned, vni in (("ơ", "ô"), ("ư", "ö")):
        for tone, mark in enumerate(_VNI_TONES, start=1):
            put(vni + mark, horned, tone)
    for vowel in "aeo":
        hatted = unicodedata.normalize("NFC", vowel + "\u0302")
        for tone, mark in enumerate(_VNI_CIRCUMFLEX):
            put(vowel + mark, hatted, tone)
    for tone, mark in enumerate(_VNI_BREVE):
        put("a" + mark, "ă", tone)
    # i and the dotted y are single characters of their own.
    for sequence, letter in (("ì", "ì"), ("í", "í"), ("æ", "ỉ"), ("ó", "ĩ"), ("ò", "ị"),
                             ("î", "ỵ")):
        lower[sequence] = letter
    table = dict(lower)
    for sequence, letter in lower.items():
        table[sequence.upper()] = letter.upper()
    return table


VNI_TO_UNICODE: Final = _vni_table()
_UNICODE_TO_VNI: Final = {letter: seq for seq, letter in VNI_TO_UNICODE.items()
                          if not (len(seq) == 1 and seq == letter)}


def convert_tcvn3(text: str, *, upper: bool = False) -> str:
    """TCVN3 text (as Windows-1252 look-alikes) to Unicode NFC.

    TCVN3 has no accented capitals: "NGUYỄN" was typed as capitals plus lower-case
    accented bytes and drawn in capitals by a .VnTimeH font. `upper` says the font was
    such a font; without it, words whose plain letters are all capitals are raised.
    """
    converted = text.translate(_TCVN3_TRANSLATE)
    if upper:
        return converted.upper()
    return " ".join(_raise_capital_word(word) for word in converted.split(" "))


def _raise_capital_word(word: str) -> str:
    # A capital after the first letter and no plain lower-case letter: the word was
    # typed in capitals ("NGUYÔN", "§øC"), so its accented letters were meant as capitals.
    if any(ch.isupper() for ch in word[1:]) and not any("a" <= ch <= "z" for ch in word):
        return word.upper()
    return word


def convert_vni(text: str) -> str:
    """VNI-Windows text to Unicode NFC, longest sequence first."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        pair = text[i:i + 2]
        if len(pair) == 2 and pair in VNI_TO_UNICODE:
            out.append(VNI_TO_UNICODE[pair])
            i += 2
            continue
        out.append(VNI_TO_UNICODE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def encode_tcvn3(text: str) -> str:
    """Unicode to TCVN3 look-alikes (lower-case accents, as .VnTime would store them)."""
    return "".join(_UNICODE_TO_TCVN3.get(ch, _UNICODE_TO_TCVN3.get(ch.lower(), ch))
                   for ch in unicodedata.normalize("NFC", text))


def encode_vni(text: str) -> str:
    """Unicode to VNI-Windows sequences: for tests and for building sample files."""
    return "".join(_UNICODE_TO_VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
