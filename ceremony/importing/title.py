"""The decision an annex belongs to, read from its title block.

Annexes are headed "Danh sách … (Kèm theo Quyết định số 412/QĐ-BTL ngày 05/02/2024 …)",
so the number and date need not be typed again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from ceremony.text import canonical_text

_NUMBER: Final = re.compile(r"quyết định số\s*:?\s*([0-9][\w/.\-]*)", re.IGNORECASE)
_DATE: Final = re.compile(
    r"ngày\s*(\d{1,2})\s*(?:/|-|\.|tháng)\s*(\d{1,2})\s*(?:/|-|\.|năm)\s*(\d{4})", re.IGNORECASE)


def decision_in_title(lines: Sequence[str]) -> tuple[str, date | None] | None:
    """(number, date) of the decision named in the title block, if one is."""
    for line in map(canonical_text, lines):
        number = _NUMBER.search(line)
        if number is None:
            continue
        on = None
        found = _DATE.search(line, number.end())
        if found:
            day, month, year = (int(g) for g in found.groups())
            try:
                on = date(year, month, day)
            except ValueError:
                on = None
        return number.group(1).rstrip(".,;"), on
    return None
