"""One mapped column of a sheet, its cells cleaned and typed once per distinct value.

A long list repeats the same units, positions, ranks, years and citations on thousands
of rows. What a cell becomes depends only on its value and the sheet's encoding, so
each column keeps what it worked out for every value it has seen. The number and name
columns, new on every row, are worked out row by row without keeping anything.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Final, NamedTuple

from ceremony.importing.cells import (
    CellError,
    as_date,
    as_gender,
    as_year,
    clean,
    unprintable,
)
from ceremony.importing.fields import Field
from ceremony.importing.layout import text
from ceremony.importing.readers import Grid, Value
from ceremony.importing.textfix import Encoding
from ceremony.text import canonical_text, search_key

DATE_FIELDS: Final = frozenset({Field.BIRTH_DATE, Field.DECISION_DATE})
TYPED_FIELDS: Final = DATE_FIELDS | {Field.BIRTH_YEAR, Field.BIRTH_YEAR_MALE,
                                     Field.BIRTH_YEAR_FEMALE, Field.GENDER}
_UNIQUE_FIELDS: Final = frozenset({Field.SEQ, Field.NAME})
Typed = tuple[date | None, int | None] | int | str | None


class Cell(NamedTuple):
    """What one value of a column becomes."""

    raw: str  # the value as text, trimmed: shown in problems and beside repairs
    cleaned: str | None  # repaired text; None for a date column's real date or number
    note: str | None  # how the text was repaired, if it was
    error: CellError | None  # the text cannot be used (the cell then reads as empty)
    canonical: str  # canonical_text(cleaned)
    typed: Typed  # date, year and gender columns: the value read
    typed_error: CellError | None
    typed_raw: str  # what a typed problem shows


class ColumnReader:
    """Cells of one column. `seen.get(value) or work_out(value, r)` reads one cell."""

    def __init__(self, target: Field, column: int, encoding: Encoding, grid: Grid) -> None:
        self.target = target
        self.column = column
        self._encoding = encoding
        self._fonts = grid.fonts
        # Kept only when every cell shares the sheet's encoding (no legacy-font cells).
        self._keep = target not in _UNIQUE_FIELDS and not grid.fonts
        self.seen: dict[Value, Cell] = {}
        self.flagged = False  # some cell was repaired or refused
        self.get: Callable[[Value], Cell | None] = self.seen.get

    def cell(self, value: Value, r: int) -> Cell:
        return self.get(value) or self.work_out(value, r)

    def work_out(self, value: Value, r: int) -> Cell:
        encoding = self._fonts.get((r, self.column), self._encoding)
        found = _work_out(self.target, value, encoding)
        if found.error is not None or found.note is not None:
            self.flagged = True
        # True == 1 == 1.0 as dictionary keys, but True reads as "True" and 1 as "1":
        # numbers equal to 0 or 1 are never kept, so a lookup never confuses them.
        if self._keep and not (isinstance(value, int | float) and value in (0, 1)):
            self.seen[value] = found
        return found


def _work_out(target: Field, value: Value, encoding: Encoding) -> Cell:
    raw = text(value)
    cleaned: str | None = None
    note: str | None = None
    error: CellError | None = None
    if target not in DATE_FIELDS or isinstance(value, str):
        try:
            cleaned, note = clean(raw, encoding)
        except CellError as refused:
            cleaned, error = "", refused
    canonical = canonical_text(cleaned) if cleaned and target is not Field.SEQ else ""
    if target not in TYPED_FIELDS:
        return Cell(raw, cleaned, note, error, canonical, None, None, raw)
    typed: Typed = None
    typed_error: CellError | None = None
    typed_raw = raw if cleaned is None else cleaned
    try:
        typed = _typed(target, value if not isinstance(value, str) else typed_raw)
    except CellError as refused:
        typed_error = refused
    return Cell(raw, cleaned, note, error, canonical, typed, typed_error, typed_raw)


def _typed(target: Field, value: Value) -> Typed:
    if target in DATE_FIELDS:
        return as_date(value)
    if target is Field.GENDER:
        return as_gender(search_key(text(value)))
    return as_year(value)


# Units and positions repeat: what cannot be printed in them is worked out once.
unprintable_once: Final = functools.lru_cache(maxsize=1 << 12)(unprintable)
