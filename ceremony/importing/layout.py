"""Where the table is on a sheet: title block, header row(s), body and footer.

Annexes put a title block above the table (often merged across all columns), a header
of one or two rows (two when "Năm sinh" spans "Nam" | "Nữ"), sometimes a row of column
numbers "(1) (2) (3)", then the rows, then totals, notes and a signature block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ceremony.importing.fields import Field, field_of, header_key, sub_field
from ceremony.importing.readers import Value
from ceremony.importing.textfix import Encoding, convert, repair_mojibake

HEADER_SEARCH_ROWS: Final = 40


@dataclass
class Layout:
    header_rows: tuple[int, ...]  # 0-based rows of the header
    labels: list[str]  # one per column: the header text (both rows joined)
    guessed: dict[int, Field]  # column -> field, as recognised from the labels
    body_start: int
    title: list[str] = field(default_factory=list)  # the title block's lines
    merged_title_rows: set[int] = field(default_factory=set)


def text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def label(value: Value) -> str:
    """A header text, read through legacy encodings or mojibake when that names a field.

    The header is found before the sheet's encoding is known, so "Hä vµ tªn" (TCVN3)
    and "Há» vÃ  tÃªn" (UTF-8 read as Windows-1252) must be recognised too.
    """
    raw = text(value)
    if raw.isascii() or field_of(raw) is not None:
        return raw
    for candidate in (repair_mojibake(raw), convert(raw, Encoding.TCVN3),
                      convert(raw, Encoding.VNI)):
        if candidate and field_of(candidate) is not None:
            return candidate
    return raw


def find_layout(rows: Sequence[Sequence[Value]],
                merged: Sequence[tuple[int, int, int, int]] = ()) -> Layout | None:
    """The header and body of a sheet, or None when no header can be recognised."""
    for r in range(min(len(rows), HEADER_SEARCH_ROWS)):
        guessed = {c: f for c, v in enumerate(rows[r]) if (f := field_of(label(v)))}
        if Field.NAME not in guessed.values() or len(guessed) < 2:
            continue
        return _build(rows, merged, r, guessed)
    return None


def layout_at(rows: Sequence[Sequence[Value]], r: int,
              merged: Sequence[tuple[int, int, int, int]] = ()) -> Layout:
    """The layout with its header on row *r* (0-based), as a person pointed it out.

    Whatever the row's texts name is mapped; a second header row below it and a row of
    column numbers are still recognised. Columns it names nothing for are left for the
    user to map.
    """
    guessed = {c: f for c, v in enumerate(rows[r]) if (f := field_of(label(v)))}
    return _build(rows, merged, r, guessed)


def _build(rows: Sequence[Sequence[Value]], merged: Sequence[tuple[int, int, int, int]],
           r: int, guessed: dict[int, Field]) -> Layout:
    width = max(len(rows[r]), len(rows[r + 1]) if r + 1 < len(rows) else 0)
    top = _filled_across(rows[r], width, merged, r)
    labels = top
    header_rows: tuple[int, ...] = (r,)
    if r + 1 < len(rows) and _is_sub_header(rows[r + 1], guessed):
        bottom = [label(v) for v in rows[r + 1]] + [""] * (width - len(rows[r + 1]))
        guessed = {}
        labels = []
        for c in range(width):
            # Without merge information (csv, some xls) a group header stands only over
            # its first column: the columns after it, empty on top, belong to it too.
            owner = next((top[k] for k in range(c, -1, -1) if top[k]), "") if bottom[c] else ""
            top_field = field_of(top[c] or owner)
            combined = sub_field(top_field, bottom[c]) if bottom[c] else top_field
            if combined is not None:
                guessed[c] = combined
            labels.append(" / ".join(part for part in (top[c], bottom[c]) if part))
        header_rows = (r, r + 1)
    body = header_rows[-1] + 1
    if body < len(rows) and _is_numbering_row(rows[body]):
        body += 1
    title = [line for t in rows[:r] if (line := " ".join(text(v) for v in t if text(v)))]
    return Layout(header_rows, labels, guessed, body, title)


def _filled_across(row: Sequence[Value], width: int,
                   merged: Sequence[tuple[int, int, int, int]], r: int) -> list[str]:
    """Header texts with horizontally merged cells repeated over the columns they span."""
    labels = [label(v) for v in row] + [""] * (width - len(row))
    for r0, c0, r1, c1 in merged:
        if r0 <= r <= r1 and c0 < width:
            for c in range(c0 + 1, min(c1 + 1, width)):
                labels[c] = labels[c] or labels[c0]
    return labels


_NUMBER: Final = re.compile(r"^\(?[0-9]{1,2}\)?$|^\(?[A-Za-z]\)?$")


def _is_numbering_row(row: Sequence[Value]) -> bool:
    cells = [text(v) for v in row if text(v)]
    return len(cells) >= 3 and all(_NUMBER.match(cell) for cell in cells)


def _is_sub_header(row: Sequence[Value], guessed: dict[int, Field]) -> bool:
    """A second header row: short texts that name fields or split one ("Nam", "Nữ")."""
    cells = {c: text(v) for c, v in enumerate(row) if text(v)}
    if not cells or _is_numbering_row(row):
        return False
    seq = next((c for c, f in guessed.items() if f is Field.SEQ), None)
    if seq is not None and cells.get(seq, "").isdigit():
        return False
    for value in cells.values():
        key = header_key(value)
        if key not in ("nam", "nu", "male", "female") and field_of(value) is None:
            return False
    return True
