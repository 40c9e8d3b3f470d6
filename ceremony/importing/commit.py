"""Step two of an import: store a checked preview, all sheets in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ceremony.errors import DataError
from ceremony.importing.extract import Entry
from ceremony.importing.matching import award_ref, decision_of
from ceremony.importing.preview import ImportPreview, SheetPreview
from ceremony.services.imports import BatchInput, ImportRow, commit_import
from ceremony.store.registry import Registry

Progress = Callable[[str, int, int], None]


def commit_preview(registry: Registry, preview: ImportPreview,
                   progress: Progress | None = None) -> list[int]:
    """The new batches' ids; refused, with nothing written, while any error remains."""
    errors = preview.errors
    if errors:
        raise DataError("import.refused", count=len(errors))
    batches = []
    index = 0
    for sheet in preview.sheets:
        rows: list[ImportRow] = []
        for entry in sheet.rows.entries:
            rows.append(_row(entry, preview, sheet, index, len(rows) + 1))
            index += 1
        batches.append(BatchInput(
            source=str(sheet.path), sheet=sheet.sheet, sha256=sheet.sha256, rows=rows,
            signature=sheet.signature, headers=sheet.layout.labels,
            mapping={c: f.value for c, f in sheet.mapping.items()}))
    return commit_import(registry, preview.options.ceremony_id, batches,
                         preview.options.authority, progress)


def _row(entry: Entry, preview: ImportPreview, sheet: SheetPreview, index: int,
         position: int) -> ImportRow:
    options = preview.options
    title_number, title_date = sheet.title_decision or ("", None)
    decision = decision_of(entry, preview)
    decision_date: date | None = None
    if entry.decision_date is not None:
        decision_date = entry.decision_date
    elif options.decision_date is not None:
        decision_date = options.decision_date
    else:
        decision_date = title_date if decision == title_number else None
    return ImportRow(
        list_position=position, kind=entry.kind, name_as_typed=entry.name_as_typed,
        name=entry.name, award=award_ref(entry, preview),
        rank=entry.rank, position=entry.position, unit=entry.unit, gender=entry.gender,
        birth_date=entry.birth_date, birth_year=entry.birth_year, ethnicity=entry.ethnicity,
        citation=entry.citation, notes=entry.notes, decision=decision,
        decision_date=decision_date, existing_id=preview.matches.get(index))
