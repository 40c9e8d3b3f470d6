"""What reading a sheet's table gives: an entry per honoree row, and what was skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ceremony.importing.problems import Problem
from ceremony.importing.sections import RowKind


@dataclass(slots=True)
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
