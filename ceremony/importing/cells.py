"""One cell's value made safe and readable, or a problem saying why it cannot be."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

from ceremony.importing.layout import text
from ceremony.importing.readers import Value
from ceremony.importing.textfix import (
    Encoding,
    convert,
    implausibility,
    looks_like_mojibake,
    repair_mojibake,
)
from ceremony.store.enums import Gender

MAX_CELL_CHARS: Final = 4000  # the longest citation seen is ~1,500 characters
# C0 controls other than tab and line breaks, DEL, and C1 controls: never in real text.
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


class CellError(Exception):
    """A cell that cannot be imported; carries the message key and parameters."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def clean_text(value: Value, encoding: Encoding) -> tuple[str, str | None]:
    """(text, what was repaired or None). Raises CellError for text that cannot be used."""
    return clean(text(value), encoding)


def clean(raw: str, encoding: Encoding) -> tuple[str, str | None]:
    """clean_text of a cell already read as text (layout.text)."""
    if len(raw) > MAX_CELL_CHARS:
        raise CellError("cell.too_long", length=len(raw), limit=MAX_CELL_CHARS)
    # isprintable() is False for every control character: most cells skip the search.
    if raw.isascii() and (raw.isprintable() or not _CONTROL.search(raw)):
        return raw, None
    fixed = raw
    if encoding is not Encoding.UNICODE and not already_unicode(raw):
        fixed = convert(raw, encoding)
    note = encoding.value if fixed != raw else None
    if looks_like_mojibake(fixed):
        repaired = repair_mojibake(fixed)
        if repaired is None:
            raise CellError("cell.mojibake")
        fixed, note = repaired, "mojibake"
    if not fixed.isprintable() and _CONTROL.search(fixed):
        raise CellError("cell.control_chars")
    return fixed, note


# Vietnamese letters outside Windows-1252 (ă đ ĩ ũ ơ ư, and ạ … ỹ with their tones): text
# read from TCVN3 or VNI bytes never holds them, except where Windows-1258 made "Nguyờịn"
# (two tones in a word, which implausibility() counts).
_TONED_LETTER: Final = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169"
                                  "\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def already_unicode(raw: str) -> bool:
    """Whether a cell is plainly Unicode Vietnamese ("Nguyễn Văn Đức"): a row pasted into a
    list the statistics call TCVN3 or VNI keeps its letters instead of being garbled."""
    return _TONED_LETTER.search(raw) is not None and implausibility(raw) == 0


_DATE: Final = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")


def as_date(value: Value) -> tuple[date | None, int | None]:
    """(date, year) from a date cell, "dd/mm/yyyy", "yyyy-mm-dd" or a bare year."""
    if isinstance(value, datetime):
        return value.date(), value.year
    if isinstance(value, date):
        return value, value.year
    raw = text(value)
    if not raw:
        return None, None
    if raw.isdigit() and len(raw) == 4:
        return None, as_year(raw)
    match = _DATE.match(raw)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            found = date(year, month, day)
        else:
            found = date.fromisoformat(raw)
    except ValueError as error:
        raise CellError("cell.bad_date") from error
    if not 1850 <= found.year <= 2200:
        raise CellError("cell.bad_date")
    return found, found.year


def as_year(value: Value) -> int | None:
    raw = text(value)
    if not raw:
        return None
    if not raw.isdigit() or not 1850 <= int(raw) <= 2200:
        raise CellError("cell.bad_year")
    return int(raw)


_GENDERS: Final = {"nam": Gender.MALE, "male": Gender.MALE, "m": Gender.MALE,
                   "nu": Gender.FEMALE, "female": Gender.FEMALE, "f": Gender.FEMALE}


def as_gender(key: str) -> str | None:
    """A gender from its search key ("nam", "nữ" -> "nu"); "" for none."""
    if not key:
        return None
    found = _GENDERS.get(key)
    if found is None:
        raise CellError("cell.bad_gender")
    return found.value


# What the certificate fonts (Vietnamese-capable serif TTFs) can draw: Latin letters
# with every Vietnamese mark, and common punctuation. CJK, Cyrillic look-alikes and
# emoji would print as empty boxes on a legal document.
_UNPRINTABLE: Final = re.compile(
    "[^\x20-\x7e\xa0-\u024f\u0300-\u036f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e"
    "\u20ab\u20ac]")


def unprintable(value: str) -> str:
    """The characters of *value* the certificate fonts cannot print, in order, once each."""
    if value.isascii() or _UNPRINTABLE.search(value) is None:  # nearly every text
        return ""
    return "".join(dict.fromkeys(_UNPRINTABLE.findall(value)))
