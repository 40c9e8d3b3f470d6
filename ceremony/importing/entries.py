"""The entries of a sheet's data rows, worked out column by column.

Each column's cells are read in one pass (columns.py keeps what a repeated value
becomes), then each row is put together from its columns: its name read for a rank,
an honorific and the kind of honoree, its dates and years applied, its problems listed
in the order the row shows them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Final

from ceremony.importing.cells import unprintable
from ceremony.importing.columns import TYPED_FIELDS, Cell, ColumnReader, Typed
from ceremony.importing.fields import Field
from ceremony.importing.problems import Problem, Severity
from ceremony.importing.readers import Grid, Value
from ceremony.importing.rows import Entry
from ceremony.importing.shapes import read_name, restore_acronyms, split_position_unit
from ceremony.importing.textfix import Encoding
from ceremony.store.enums import HonoreeKind
from ceremony.text import canonical_name

COLLECTIVE: Final = HonoreeKind.COLLECTIVE.value
INDIVIDUAL: Final = HonoreeKind.INDIVIDUAL.value
# The plain text fields, stored as their cells' canonical text (see build()).
_TEXTS: Final = (Field.POSITION, Field.UNIT, Field.ETHNICITY, Field.CITATION, Field.AWARD,
                 Field.DECISION, Field.NOTES)
Fix = tuple[int, str, str, str]  # column, text before, text after, how


class Columns:
    """The mapped columns of a sheet, each with its reader, in reading order."""

    def __init__(self, grid: Grid, mapping: dict[int, Field], encoding: Encoding) -> None:
        # Two columns mapped to one field: the leftmost is read. The order of this dict
        # (rightmost field first) is the order cells are checked in.
        self.of: dict[Field, int] = {f: c for c, f in sorted(mapping.items(), reverse=True)
                                     if f is not Field.IGNORE}
        self.readers = {f: ColumnReader(f, c, encoding, grid) for f, c in self.of.items()}
        self.grid = grid

    def name_cell(self, r: int) -> Cell | None:
        reader = self.readers.get(Field.NAME)
        if reader is None:
            return None
        row = self.grid.rows[r]
        return reader.cell(row[reader.column] if reader.column < len(row) else None, r)


class _Sheet:
    """The cells of every data row, column by column (lists in data-row order)."""

    def __init__(self, columns: Columns, data: Sequence[int]) -> None:
        self.cells: dict[Field, list[Cell]] = {}
        for (target, reader), values in zip(columns.readers.items(),
                                            _column_values(columns, data), strict=True):
            self.cells[target] = reader.cells(values, data)
        # Rows holding a repaired or refused cell: the few that need a closer look.
        self.flagged = {i for target, reader in columns.readers.items() if reader.flagged
                        for i, cell in enumerate(self.cells[target])
                        if cell.error is not None or cell.note is not None}

    def texts(self, target: Field, size: int) -> list[str]:
        found = self.cells.get(target)
        return [cell.canonical for cell in found] if found is not None else [""] * size


def _column_values(columns: Columns, data: Sequence[int]) -> list[Sequence[Value]]:
    """Each reader's column on the data rows, in the readers' order (None past a short
    row's end). Rows as wide as every column, the usual case, are cut in one pass."""
    rows = columns.grid.rows
    data_rows = [rows[r] for r in data]
    wanted = [reader.column for reader in columns.readers.values()]
    if not wanted:
        return []
    if min(map(len, data_rows), default=0) > max(wanted):
        picked = map(operator.itemgetter(*wanted), data_rows)
        if len(wanted) == 1:  # itemgetter of one index gives the value, not a tuple
            return [list(picked)]
        return list(zip(*picked, strict=True))
    return [[row[c] if c < len(row) else None for row in data_rows] for c in wanted]


def build_entries(columns: Columns, data: Sequence[int], kinds: Sequence[str | None],
                  sections: Sequence[str], problems: list[Problem]) -> list[Entry]:
    """The entries of the data rows *data* (0-based), in order; problems appended."""
    return _Builder(columns, data, problems).build(kinds, sections)


class _Builder:
    def __init__(self, columns: Columns, data: Sequence[int], problems: list[Problem]) -> None:
        self.columns = columns
        self.data = data
        self.problems = problems
        self.sheet = _Sheet(columns, data)
        self.file, self.sheet_name = columns.grid.file, columns.grid.sheet
        self.typed = [(_SETTERS[f], c, self.sheet.cells[f]) for f, c in columns.of.items()
                      if f in TYPED_FIELDS]
        self._printable: dict[tuple[str, str, str], bool] = {}

    def build(self, kinds: Sequence[str | None], sections: Sequence[str]) -> list[Entry]:
        sheet, columns, size = self.sheet, self.columns, len(self.data)
        names = sheet.cells.get(Field.NAME)
        if names is None:
            for i in range(size):
                self._refused_cells(i, [])
                self._missing_name(i)
            return []
        seqs = sheet.cells.get(Field.SEQ)
        ranks = sheet.texts(Field.RANK, size)
        positions, units, ethnicities, citations, awards, decisions, notes = (
            sheet.texts(target, size) for target in _TEXTS)
        combined = sheet.cells.get(Field.POSITION_UNIT)
        name_column = columns.of[Field.NAME]
        entries = []
        for i, r in enumerate(self.data):
            fixes: list[Fix] = []
            if i in sheet.flagged:
                self._refused_cells(i, fixes)
            name = names[i]
            if not name.canonical:
                self._missing_name(i)
                continue
            kind, shown, rank, gender = self._name(i, name, kinds[i], fixes, name_column)
            # Every field, in Entry's order: positional arguments cost less than names.
            entry = Entry(
                self.file, self.sheet_name, r + 1, seqs[i].cleaned or "" if seqs else "", kind,
                name.cleaned or "", shown, ranks[i] or rank, positions[i], units[i], gender,
                None, None, ethnicities[i], citations[i], awards[i], decisions[i], None,
                notes[i], sections[i], fixes)
            if combined is not None and combined[i].cleaned:
                _fill_position_unit(entry, combined[i])
            self._fill_typed(entry, i)
            self._check_printable(entry)
            for c, before, after, note in fixes:
                self.problems.append(Problem("warn.text_converted", self.file, self.sheet_name,
                                             r + 1, c, before[:80], Severity.WARNING,
                                             {"after": after[:80], "how": note}))
            entries.append(entry)
        return entries

    def _refused_cells(self, i: int, fixes: list[Fix]) -> None:
        r = self.data[i]
        for target, c in self.columns.of.items():
            cell = self.sheet.cells[target][i]
            if cell.error is not None:
                self.problems.append(Problem(cell.error.key, self.file, self.sheet_name, r + 1,
                                             c, cell.raw[:80], params=cell.error.params))
            elif cell.note is not None:
                fixes.append((c, cell.raw, cell.cleaned or "", cell.note))

    def _missing_name(self, i: int) -> None:
        """A row with no name: a problem unless it holds nothing but a number."""
        if any(cells[i].cleaned for target, cells in self.sheet.cells.items()
               if target is not Field.SEQ):
            self.problems.append(Problem("cell.missing_name", self.file, self.sheet_name,
                                         self.data[i] + 1, self.columns.of.get(Field.NAME)))

    def _name(self, i: int, cell: Cell, kind: str | None, fixes: list[Fix],
              column: int) -> tuple[str, str, str, str | None]:
        """(kind, name, rank, gender) from the name cell and the section's kind."""
        typed = cell.canonical
        rank, name, gender, shape_kind, doubtful = read_name(typed)
        row = self.data[i] + 1
        if kind is None:
            kind = shape_kind
            if doubtful:
                self.problems.append(Problem("warn.kind_guessed", self.file, self.sheet_name,
                                             row, column, (cell.cleaned or "")[:80],
                                             Severity.WARNING, {"kind": kind}))
        if kind == COLLECTIVE:
            return kind, restore_acronyms(canonical_name(typed)), "", None
        if gender is not None and len(name.split()) == 2:
            self.problems.append(Problem("warn.honorific_removed", self.file, self.sheet_name,
                                         row, column, (cell.cleaned or "")[:80],
                                         Severity.WARNING))
        shown = canonical_name(name)
        if kind == INDIVIDUAL and fixes and any(f[0] == column and f[3].startswith("tcvn3")
                                                for f in fixes):
            # TCVN3 has no accented capitals: "¸nh" could only ever show as "ánh".
            shown = " ".join(word[:1].upper() + word[1:] for word in shown.split())
        return kind, shown, rank, gender

    def _fill_typed(self, entry: Entry, i: int) -> None:
        for setter, column, cells in self.typed:
            cell = cells[i]
            if cell.typed_error is not None:
                self.problems.append(Problem(
                    cell.typed_error.key, self.file, self.sheet_name, entry.row, column,
                    cell.typed_raw[:80], params=cell.typed_error.params))
            elif cell.typed is not None:  # an empty cell changes nothing
                setter(entry, cell.typed)

    def _check_printable(self, entry: Entry) -> None:
        # Rank, position and unit come in few combinations: each is checked once.
        others = (entry.rank, entry.position, entry.unit)
        bad = self._printable.get(others)
        if bad is None:
            bad = self._printable[others] = any(map(unprintable, others))
        if bad or unprintable(entry.name):
            self._report_unprintable(entry)

    def _report_unprintable(self, entry: Entry) -> None:
        of = self.columns.of
        for target, value in ((Field.NAME, entry.name), (Field.RANK, entry.rank),
                              (Field.POSITION, entry.position), (Field.UNIT, entry.unit)):
            bad = unprintable(value)
            if bad:
                self.problems.append(Problem(
                    "cell.unprintable", entry.file, entry.sheet, entry.row,
                    of.get(target, of.get(Field.POSITION_UNIT)), value[:80],
                    params={"chars": bad}))


def _fill_position_unit(entry: Entry, combined: Cell) -> None:
    """A "position, unit" column fills what the position and unit columns left empty."""
    if entry.kind == COLLECTIVE:
        entry.unit = entry.unit or combined.canonical  # a collective has no position
    else:
        position, unit = split_position_unit(combined.cleaned or "")
        entry.position = entry.position or position
        entry.unit = entry.unit or unit


# How each typed column's value goes into an entry, looked up once per column.
def _set_birth_date(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, tuple)
    entry.birth_date, year = typed
    entry.birth_year = year or entry.birth_year


def _set_decision_date(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, tuple)
    entry.decision_date = typed[0]


def _set_birth_year(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, int)
    entry.birth_year = typed or entry.birth_year


def _set_birth_year_male(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, int)
    entry.birth_year, entry.gender = typed, "male"


def _set_birth_year_female(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, int)
    entry.birth_year, entry.gender = typed, "female"


def _set_gender(entry: Entry, typed: Typed) -> None:
    assert isinstance(typed, str)
    entry.gender = typed or entry.gender


_SETTERS: Final[dict[Field, Callable[[Entry, Typed], None]]] = {
    Field.BIRTH_DATE: _set_birth_date, Field.DECISION_DATE: _set_decision_date,
    Field.BIRTH_YEAR: _set_birth_year, Field.BIRTH_YEAR_MALE: _set_birth_year_male,
    Field.BIRTH_YEAR_FEMALE: _set_birth_year_female, Field.GENDER: _set_gender}


__all__ = ["Columns", "Value", "build_entries"]
