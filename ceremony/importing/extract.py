"""The rows of one sheet's table as honoree entries, with every problem found in them.

One pass over the rows finds what each one is (data, section, total, footer…); the
data rows are then read column by column (entries.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ceremony.importing.entries import Columns, build_entries
from ceremony.importing.fields import Field
from ceremony.importing.layout import Layout, text
from ceremony.importing.readers import Grid
from ceremony.importing.rows import Entry, SheetRows
from ceremony.importing.sections import RowKind, classify, numbered_name
from ceremony.importing.textfix import Encoding

__all__ = ["Entry", "SheetRows", "extract"]


def extract(grid: Grid, layout: Layout, mapping: dict[int, Field], encoding: Encoding,
            tick: Callable[[int], None] | None = None) -> SheetRows:
    columns = Columns(grid, mapping, encoding)
    seq_column, name_column = columns.of.get(Field.SEQ), columns.of.get(Field.NAME)
    result = SheetRows([], [], {})
    data: list[int] = []  # 0-based rows of honorees
    kinds: list[str | None] = []
    sections: list[str] = []
    kind: str | None = None
    section = ""
    in_footer = named = False
    for r in range(layout.body_start, len(grid.rows)):
        if tick is not None and r % 1000 == 0:
            tick(r)
        row = grid.rows[r]
        # A number and a name: a data row (classify's first test), checked here without
        # the call for the mass of rows that are just that.
        if (named and not in_footer and seq_column is not None and name_column is not None
                and numbered_name(row, seq_column, name_column)):
            data.append(r)
            kinds.append(kind)
            sections.append(section)
            continue
        what, section_kind = ((RowKind.FOOTER, None) if in_footer
                              else classify(row, seq_column, name_column))
        # A footer ends the table once an honoree has been read: a signature block.
        if what is RowKind.FOOTER and named:
            in_footer = True
        if what is RowKind.SECTION:
            kind, section = section_kind, text(next(v for v in row if text(v)))
        if what is not RowKind.DATA:
            result.skipped[r + 1] = what
            continue
        data.append(r)
        kinds.append(kind)
        sections.append(section)
        if not named:
            name = columns.name_cell(r)
            named = name is not None and bool(name.canonical)
    result.entries = build_entries(columns, data, kinds, sections, result.problems)
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
