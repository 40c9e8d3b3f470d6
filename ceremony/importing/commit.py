"""Step two of an import: store a checked preview, all sheets in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ceremony.errors import DataError
from ceremony.importing.bulk import collector_paused
from ceremony.importing.extract import Entry
from ceremony.importing.matching import award_ref, decisions
from ceremony.importing.preview import ImportPreview, SheetPreview
from ceremony.services.imports import BatchInput, ImportRow, commit_import
from ceremony.store.registry import Registry

Progress = Callable[[str, int, int], None]
_new_tuple: Final = tuple.__new__


def commit_preview(registry: Registry, preview: ImportPreview,
                   progress: Progress | None = None) -> list[int]:
    """The new batches' ids; refused, with nothing written, while any error remains."""
    errors = preview.errors
    if errors:
        raise DataError("import.refused", count=len(errors))
    with collector_paused():
        return _commit(registry, preview, progress)


def _commit(registry: Registry, preview: ImportPreview, progress: Progress | None) -> list[int]:
    numbers = iter(decisions(preview))
    index = 0
    batches = []
    for sheet in preview.sheets:
        rows: list[ImportRow] = []
        for position, entry in enumerate(sheet.rows.entries, start=1):
            rows.append(_row(entry, preview, sheet, next(numbers), position,
                             preview.matches.get(index)))
            index += 1
        batches.append(BatchInput(
            source=str(sheet.path), sheet=sheet.sheet, sha256=sheet.sha256, rows=rows,
            signature=sheet.signature, headers=sheet.layout.labels,
            mapping={c: f.value for c, f in sheet.mapping.items()}))
    return commit_import(registry, preview.options.ceremony_id, batches,
                         preview.options.authority, progress)


def _row(entry: Entry, preview: ImportPreview, sheet: SheetPreview, decision: str,
         position: int, existing_id: int | None) -> ImportRow:
    decision_date = entry.decision_date or preview.options.decision_date
    if decision_date is None and sheet.title_decision is not None:
        title_number, title_date = sheet.title_decision
        decision_date = title_date if decision == title_number else None
    # Every field given, in order: built as a tuple, without NamedTuple's slower __new__.
    return _new_tuple(ImportRow, (
        position, entry.kind, entry.name_as_typed, entry.name, award_ref(entry, preview),
        entry.rank, entry.position, entry.unit, entry.gender, entry.birth_date,
        entry.birth_year, entry.ethnicity, entry.citation, entry.notes, decision,
        decision_date, existing_id))
