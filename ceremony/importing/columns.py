"""One mapped column of a sheet, its cells cleaned and typed once per distinct value.

A long list repeats the same units, positions, ranks, years and citations on thousands
of rows. What a cell becomes depends only on its value and the sheet's encoding, so
each column keeps what it worked out for every value it has seen. The number and name
columns, new on every row, are worked out row by row without keeping anything.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import date
from typing import Final, NamedTuple

from ceremony.importing.cells import (
    MAX_CELL_CHARS,
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
from ceremony.importing.textfix import Encoding, find_mojibake
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

    def cells(self, values: Sequence[Value], rows: Sequence[int]) -> list[Cell]:
        """The cells of *values*, this column's values on the 0-based *rows*."""
        get, work_out = self.get, self.work_out
        if self._keep or self._fonts or self.target not in _UNIQUE_FIELDS:
            return [get(v) or work_out(v, r) for r, v in zip(rows, values, strict=True)]
        # A number or a name on every row: plain text (the mass of them) takes the short
        # way, giving the cell _work_out would; anything else goes the long way.
        plain = _plain_text(self._encoding)
        canonical = canonical_text if self.target is not Field.SEQ else _no_text
        found = []
        for r, value in zip(rows, values, strict=True):
            raw = plain(value)
            found.append(_new_tuple(Cell, (raw, raw, None, None, raw and canonical(raw), None,
                                           None, raw))
                         if raw is not None else work_out(value, r))
        return found

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


def _plain_text(encoding: Encoding) -> Callable[[Value], str | None]:
    """The function giving a value's text when clean() would return it unchanged (no
    repair, nothing refused), else None."""
    unicode = encoding is Encoding.UNICODE

    def plain(value: Value) -> str | None:
        if type(value) is float:  # as layout.text() reads it: "12", not "12.0"
            return str(int(value)) if value.is_integer() else str(value)
        if type(value) is int:  # not bool: True reads as "True"
            raw = str(value)
            return raw if len(raw) <= MAX_CELL_CHARS else None
        if type(value) is not str:
            return None
        raw = value.strip()
        # Printable text has no control characters; ASCII is never converted or
        # repaired; other text only when the sheet is Unicode and it is not mojibake.
        if len(raw) <= MAX_CELL_CHARS and raw.isprintable() and (
                raw.isascii() or (unicode and find_mojibake(raw) is None)):
            return raw
        return None

    return plain


# A named tuple from a tuple of all its fields, without the Python-level __new__ that
# takes them one by one: a third of the cost, for the 100,000 cells of a long list.
_new_tuple: Final = tuple.__new__


def _no_text(_: str) -> str:
    return ""


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
