"""Step one of an import: read, lay out, map and check a list without writing anything.

`preview_files` returns everything a wizard or the command line shows before the user
commits: the title block, header and mapping of each sheet, the entries with their
problems, and the matches against the registry. `commit_preview` stores it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ceremony.errors import CeremonyError, DataError
from ceremony.importing.bulk import collector_paused
from ceremony.importing.extract import Entry, SheetRows, extract
from ceremony.importing.fields import Field, field_of, header_key, signature
from ceremony.importing.layout import Layout, find_layout, layout_at
from ceremony.importing.problems import Problem, Severity
from ceremony.importing.readers import Grid, read_grids
from ceremony.importing.textfix import Encoding, guess_legacy
from ceremony.importing.title import decision_in_title
from ceremony.services.imports import remembered_mapping
from ceremony.store.registry import Registry

Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportOptions:
    ceremony_id: int
    award: str | None = None
    authority: str | None = None
    decision: str | None = None
    decision_date: date | None = None
    sheet: str | None = None
    overrides: Mapping[str, Field] = field(default_factory=dict)  # header or letter -> field
    links: Mapping[tuple[str, str, int], int] = field(default_factory=dict)  # row -> honoree
    # The header row (1-based, as the spreadsheet numbers it) when detection got it wrong:
    # of every sheet, or of the sheets named by (file name, sheet), which wins.
    header_row: int | None = None
    header_rows: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def header_row_of(self, file: str, sheet: str) -> int | None:
        return self.header_rows.get((file, sheet), self.header_row)


@dataclass
class SheetPreview:
    path: Path
    sheet: str
    sha256: str
    encoding: str  # text files: how the bytes were decoded
    legacy: Encoding  # TCVN3/VNI detected by character statistics
    layout: Layout
    mapping: dict[int, Field]
    signature: str
    remembered: bool
    rows: SheetRows
    title_decision: tuple[str, date | None] | None = None


@dataclass
class ImportPreview:
    options: ImportOptions
    sheets: list[SheetPreview]
    problems: list[Problem]  # file-level and registry problems; sheet ones are in sheets
    matches: dict[int, int] = field(default_factory=dict)  # entry index -> linked honoree
    possible: dict[int, list[tuple[int, str, str]]] = field(default_factory=dict)

    @property
    def entries(self) -> list[Entry]:
        return [entry for sheet in self.sheets for entry in sheet.rows.entries]

    @property
    def all_problems(self) -> list[Problem]:
        found = [p for sheet in self.sheets for p in sheet.rows.problems] + self.problems
        return sorted(found, key=lambda p: (p.file, p.sheet, p.row or 0, p.column or 0))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.all_problems if p.severity is Severity.ERROR]


def _never() -> bool:
    return False


def preview_files(registry: Registry, paths: Sequence[Path], options: ImportOptions,
                  progress: Progress | None = None,
                  cancelled: Cancelled = _never) -> ImportPreview:
    """Read and check every file; DataError for a file that cannot be read at all."""
    with collector_paused():
        return _preview_files(registry, paths, options, progress, cancelled)


def _preview_files(registry: Registry, paths: Sequence[Path], options: ImportOptions,
                   progress: Progress | None, cancelled: Cancelled) -> ImportPreview:
    from ceremony.importing.matching import match_registry

    sheets: list[SheetPreview] = []
    for index, path in enumerate(paths):
        if progress is not None:
            progress("read", index, len(paths))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        for grid in read_grids(path, options.sheet):
            if cancelled():
                raise CeremonyError("import.cancelled")
            sheet = _preview_sheet(registry, path, grid, digest, options)
            if sheet is not None:
                sheets.append(sheet)
        if not any(sheet.path == path for sheet in sheets):
            where = options.sheet or ""
            raise DataError("import.no_header", file=path.name, sheet=where)
    preview = ImportPreview(options, sheets, [])
    match_registry(registry, preview)
    return preview


def _preview_sheet(registry: Registry, path: Path, grid: Grid, digest: str,
                   options: ImportOptions) -> SheetPreview | None:
    layout = _layout(grid, options.header_row_of(grid.file, grid.sheet))
    if layout is None:
        return None
    sig = signature(layout.labels)
    remembered = remembered_mapping(registry, sig)
    mapping = dict(layout.guessed)
    if remembered is not None:
        mapping = {c: Field(f) for c, f in remembered.items() if f in Field.__members__.values()}
    mapping.update(_overrides(layout.labels, options.overrides, path.name))
    legacy = guess_legacy(_sample_texts(grid, layout, mapping))
    rows = extract(grid, layout, mapping, legacy)
    if Field.NAME not in mapping.values():  # a header the user pointed out, or a mapping
        rows.problems.append(Problem("import.no_name_column", grid.file, grid.sheet,
                                     layout.header_rows[0] + 1))
    return SheetPreview(path, grid.sheet, digest, grid.encoding, legacy, layout, mapping, sig,
                        remembered is not None, rows, decision_in_title(layout.title))


def _layout(grid: Grid, header_row: int | None) -> Layout | None:
    """The detected layout, or the one around the header row the user chose."""
    if header_row is None:
        return find_layout(grid.rows, grid.merged)
    if not 1 <= header_row <= len(grid.rows):
        raise DataError("import.header_row_outside", file=grid.file, sheet=grid.sheet or "-",
                        row=header_row, rows=len(grid.rows))
    return layout_at(grid.rows, header_row - 1, grid.merged)


def _sample_texts(grid: Grid, layout: Layout, mapping: dict[int, Field]) -> list[str]:
    columns = [c for c, f in mapping.items() if f in (Field.NAME, Field.POSITION, Field.UNIT,
                                                      Field.POSITION_UNIT)]
    rows = grid.rows[layout.body_start:layout.body_start + 3000]
    return [v for row in rows for c in columns if c < len(row) and isinstance(v := row[c], str)]


def _overrides(labels: list[str], overrides: Mapping[str, Field], file: str) -> dict[int, Field]:
    """--map HEADER=FIELD: the header by its text (accents and case ignored) or letter."""
    from ceremony.importing.problems import column_letter

    chosen: dict[int, Field] = {}
    for header, target in overrides.items():
        key = header_key(header)
        matches = [c for c, label in enumerate(labels)
                   if header_key(label) == key or column_letter(c) == header.strip().upper()]
        if not matches:
            raise DataError("import.map_unknown_header", header=header, file=file,
                            headers=" | ".join(label for label in labels if label))
        chosen.update({c: target for c in matches})
    return chosen


__all__ = ["ImportOptions", "ImportPreview", "SheetPreview", "field_of", "preview_files"]
