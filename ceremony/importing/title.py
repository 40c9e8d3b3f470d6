"""The decision an annex belongs to, read from its title block.

Annexes are headed "Danh sách … (Kèm theo Quyết định số 412/QĐ-BTL ngày 05/02/2024 …)",
or in English "(Attached to Decision No. 07/2025 of 2 June 2025 by …)", so the number
and date need not be typed again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from ceremony.text import canonical_text

_NUMBER: Final = re.compile(
    r"(?:quyết định số|decision\s+(?:no\b\.?|number|#))\s*:?\s*([0-9][\w/.\-]*)",
    re.IGNORECASE)
_MONTHS: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
# A month's full name or its usual short form ("Feb", "Sept."), nothing looser: "12
# Martyrs 2024" is not a date.
_MONTH: Final = r"({})\b\.?".format("|".join(sorted(
    {*_MONTHS, *(name[:3] for name in _MONTHS), "sept"}, key=len, reverse=True)))
# Each pattern's groups, in order: what day, month and year are ("m" a month name).
_DATES: Final = (
    (re.compile(r"ngày\s*(\d{1,2})\s*(?:/|-|\.|tháng)\s*(\d{1,2})\s*(?:/|-|\.|năm)\s*(\d{4})",
                re.IGNORECASE), "dmy"),
    (re.compile(r"\b(?:of|dated|on)\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})",
                re.IGNORECASE), "dmy"),
    (re.compile(rf"\b(?:of|dated|on)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})",
                re.IGNORECASE), "dMy"),
    (re.compile(rf"\b(?:of|dated|on)\s+{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
                re.IGNORECASE), "Mdy"),
)


def decision_in_title(lines: Sequence[str]) -> tuple[str, date | None] | None:
    """(number, date) of the decision named in the title block, if one is."""
    for line in map(canonical_text, lines):
        number = _NUMBER.search(line)
        if number is not None:
            return number.group(1).rstrip(".,;"), _date_after(line, number.end())
    return None


def _date_after(line: str, start: int) -> date | None:
    """The first date written after *start*, in any of the forms annexes use."""
    found = [(match.start(), match, order) for pattern, order in _DATES
             if (match := pattern.search(line, start)) is not None]
    if not found:
        return None
    _, match, order = min(found, key=lambda item: item[0])
    parts = dict(zip(order.lower(), match.groups(), strict=True))
    month = parts["m"]
    number = (int(month) if month.isdigit()
              else next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month.lower())))
    try:
        return date(int(parts["y"]), number, int(parts["d"]))
    except ValueError:
        return None
