"""The rows of one sheet's table as honoree entries, with every problem found in them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ceremony.importing.cells import (
    CellError,
    as_date,
    as_gender,
    as_year,
    clean_text,
    unprintable,
)
from ceremony.importing.fields import Field
from ceremony.importing.layout import Layout, text
from ceremony.importing.problems import Problem, Severity
from ceremony.importing.readers import Grid, Value
from ceremony.importing.sections import RowKind, classify
from ceremony.importing.shapes import (
    kind_by_shape,
    restore_acronyms,
    split_position_unit,
    split_prefix,
)
from ceremony.importing.textfix import Encoding
from ceremony.store.enums import HonoreeKind
from ceremony.text import canonical_name, search_key
from ceremony.text import canonical_text as _canonical_text

# Units, positions and ranks repeat thousands of times in a long list.
canonical_text = functools.lru_cache(maxsize=1 << 16)(_canonical_text)


@dataclass
class Entry:
    """One honoree row as read, before it is matched against the registry."""

    file: str
    sheet: str
    row: int  # 1-based
    seq: str
    kind: str
    name_as_typed: str
    name: str
    rank: str = ""
    position: str = ""
    unit: str = ""
    gender: str | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    ethnicity: str = ""
    citation: str = ""
    award: str = ""
    decision: str = ""
    decision_date: date | None = None
    notes: str = ""
    section: str = ""
    fixes: list[tuple[int, str, str, str]] = field(default_factory=list)  # col, before, after


@dataclass
class SheetRows:
    entries: list[Entry]
    problems: list[Problem]
    skipped: dict[int, RowKind]  # 1-based row -> why it is not an honoree


def extract(grid: Grid, layout: Layout, mapping: dict[int, Field], encoding: Encoding,
            tick: Callable[[int], None] | None = None) -> SheetRows:
    columns: dict[Field, int] = {f: c for c, f in sorted(mapping.items(), reverse=True)
                                 if f is not Field.IGNORE}
    seq_column = columns.get(Field.SEQ)
    result = SheetRows([], [], {})
    kind: str | None = None
    section = ""
    in_footer = False
    for r in range(layout.body_start, len(grid.rows)):
        if tick is not None and r % 1000 == 0:
            tick(r)
        row = grid.rows[r]
        what, section_kind = (RowKind.FOOTER, None) if in_footer else classify(row, seq_column)
        if what is RowKind.FOOTER and result.entries:
            in_footer = True
        if what is RowKind.SECTION:
            kind, section = section_kind, text(next(v for v in row if text(v)))
        if what is not RowKind.DATA:
            result.skipped[r + 1] = what
            continue
        entry = _entry(grid, r, row, columns, encoding, kind, section, result.problems)
        if entry is not None:
            result.entries.append(entry)
    _drop_unnumbered_tail(result, grid, seq_column)
    return result


def _drop_unnumbered_tail(result: SheetRows, grid: Grid, seq: int | None) -> None:
    """Rows without a number after the last numbered one, past a blank: a signature."""
    if seq is None or not result.entries:
        return
    numbered = [e for e in result.entries if e.seq]
    if len(numbered) < 0.8 * len(result.entries):
        return
    last = numbered[-1].row
    blanks = {r for r, k in result.skipped.items() if k is RowKind.BLANK and r > last}
    if not blanks:
        return
    cut = min(blanks)
    for entry in [e for e in result.entries if e.row > cut]:
        result.entries.remove(entry)
        result.skipped[entry.row] = RowKind.FOOTER
    result.problems[:] = [p for p in result.problems if p.row is None or p.row < cut]


def _entry(grid: Grid, r: int, row: list[Value], columns: dict[Field, int],
           encoding: Encoding, kind: str | None, section: str,
           problems: list[Problem]) -> Entry | None:
    values: dict[Field, str] = {}
    fixes: list[tuple[int, str, str, str]] = []
    for target, c in columns.items():
        value = row[c] if c < len(row) else None
        if target in (Field.BIRTH_DATE, Field.DECISION_DATE) and not isinstance(value, str):
            continue
        try:
            cleaned, note = clean_text(value, grid.fonts.get((r, c), encoding))
        except CellError as error:
            problems.append(Problem(error.key, grid.file, grid.sheet, r + 1, c,
                                    text(value)[:80], params=error.params))
            cleaned, note = "", None
        if note is not None:
            fixes.append((c, text(value), cleaned, note))
        values[target] = cleaned
    name_column = columns.get(Field.NAME)
    typed = values.get(Field.NAME, "")
    if not canonical_text(typed):
        if any(v for f, v in values.items() if f is not Field.SEQ):
            problems.append(Problem("cell.missing_name", grid.file, grid.sheet, r + 1,
                                    name_column))
        return None
    entry = Entry(grid.file, grid.sheet, r + 1, values.get(Field.SEQ, ""), "",
                  typed, "", section=section, fixes=fixes)
    _fill_name(entry, typed, kind, values, name_column, problems)
    _fill_details(entry, grid, r, row, columns, values, problems)
    _check_printable(entry, columns, problems)
    for c, before, after, note in fixes:
        problems.append(Problem("warn.text_converted", grid.file, grid.sheet, r + 1, c,
                                before[:80], Severity.WARNING,
                                {"after": after[:80], "how": note}))
    return entry


def _fill_name(entry: Entry, typed: str, kind: str | None, values: dict[Field, str],
               column: int | None, problems: list[Problem]) -> None:
    rank, name, gender = split_prefix(canonical_text(typed))
    shape_kind, doubtful = kind_by_shape(name)
    if kind is None:
        kind = shape_kind
        if doubtful:
            problems.append(Problem("warn.kind_guessed", entry.file, entry.sheet, entry.row,
                                    column, typed[:80], Severity.WARNING,
                                    {"kind": kind}))
    if kind == HonoreeKind.COLLECTIVE:
        rank, name, gender = "", canonical_text(typed), None
    elif gender is not None and len(name.split()) == 2:
        problems.append(Problem("warn.honorific_removed", entry.file, entry.sheet, entry.row,
                                column, typed[:80], Severity.WARNING))
    entry.kind = kind
    entry.name = canonical_name(name)
    if kind == HonoreeKind.INDIVIDUAL and any(f[0] == column and f[3].startswith("tcvn3")
                                              for f in entry.fixes):
        # TCVN3 has no accented capitals: "¸nh" could only ever show as "ánh".
        entry.name = " ".join(word[:1].upper() + word[1:] for word in entry.name.split())
    if kind == HonoreeKind.COLLECTIVE:
        entry.name = restore_acronyms(entry.name)
    entry.rank = canonical_text(values.get(Field.RANK, "")) or rank
    entry.gender = gender


def _fill_details(entry: Entry, grid: Grid, r: int, row: list[Value],
                  columns: dict[Field, int], values: dict[Field, str],
                  problems: list[Problem]) -> None:
    entry.position = canonical_text(values.get(Field.POSITION, ""))
    entry.unit = canonical_text(values.get(Field.UNIT, ""))
    combined = values.get(Field.POSITION_UNIT, "")
    if combined and entry.kind == HonoreeKind.COLLECTIVE:
        entry.unit = entry.unit or canonical_text(combined)  # a collective has no position
    elif combined:
        position, unit = split_position_unit(combined)
        entry.position = entry.position or position
        entry.unit = entry.unit or unit
    entry.ethnicity = canonical_text(values.get(Field.ETHNICITY, ""))
    entry.citation = canonical_text(values.get(Field.CITATION, ""))
    entry.award = canonical_text(values.get(Field.AWARD, ""))
    entry.decision = canonical_text(values.get(Field.DECISION, ""))
    entry.notes = canonical_text(values.get(Field.NOTES, ""))
    for target, c in columns.items():
        value = row[c] if c < len(row) else None
        raw = values.get(target, text(value))
        try:
            _typed_value(entry, target, value if not isinstance(value, str) else raw)
        except CellError as error:
            problems.append(Problem(error.key, grid.file, grid.sheet, r + 1, c, raw[:80],
                                    params=error.params))


def _typed_value(entry: Entry, target: Field, value: Value) -> None:
    if target is Field.BIRTH_DATE:
        entry.birth_date, year = as_date(value)
        entry.birth_year = year or entry.birth_year
    elif target is Field.DECISION_DATE:
        entry.decision_date, _ = as_date(value)
    elif target is Field.BIRTH_YEAR:
        entry.birth_year = as_year(value) or entry.birth_year
    elif target in (Field.BIRTH_YEAR_MALE, Field.BIRTH_YEAR_FEMALE):
        year = as_year(value)
        if year is not None:
            entry.birth_year = year
            entry.gender = "male" if target is Field.BIRTH_YEAR_MALE else "female"
    elif target is Field.GENDER:
        entry.gender = as_gender(search_key(text(value))) or entry.gender


def _check_printable(entry: Entry, columns: dict[Field, int], problems: list[Problem]) -> None:
    for target, value in ((Field.NAME, entry.name), (Field.RANK, entry.rank),
                          (Field.POSITION, entry.position), (Field.UNIT, entry.unit)):
        bad = unprintable(value)
        if bad:
            column = columns.get(target, columns.get(Field.POSITION_UNIT))
            problems.append(Problem("cell.unprintable", entry.file, entry.sheet, entry.row,
                                    column, value[:80], params={"chars": bad}))
