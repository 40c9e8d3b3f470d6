"""What the wizard's pages share: the choices made so far and the latest preview.

Plain data only. `load` is the step the worker thread runs: it reads the grids (for the
grid page, once per file choice) and re-runs the importer's preview with the choices.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.ui.import_wizard.worker import Cancelled, Progress

if TYPE_CHECKING:
    from ceremony.importing import Field, ImportOptions, ImportPreview
    from ceremony.importing.readers import Value
    from ceremony.store.registry import Registry

RowKey = tuple[str, str, int]  # file name, sheet, 1-based row: how the importer names a row
Candidate = tuple[int, str, str]  # honoree id, name, unit
Grids = dict[tuple[str, str], list[list["Value"]]]


@dataclass
class WizardState:
    paths: list[Path] = field(default_factory=list)
    sheet: str | None = None  # None: every sheet
    ceremony_id: int | None = None
    award: str = ""
    authority: str = ""
    decision: str = ""
    decision_date: date | None = None
    overrides: dict[str, Field] = field(default_factory=dict)  # column letter -> field
    links: dict[RowKey, int] = field(default_factory=dict)
    # The header row (1-based) the user pointed out, by (file name, sheet).
    header_rows: dict[tuple[str, str], int] = field(default_factory=dict)
    # Every "possibly the same person" seen, kept after the user links it (the importer
    # then stops reporting it as possible), so the decision can be changed back.
    candidates: dict[RowKey, list[Candidate]] = field(default_factory=dict)
    preview: ImportPreview | None = None
    grids: Grids = field(default_factory=dict)
    committed: list[int] = field(default_factory=list)  # the new batches' ids

    def options(self) -> ImportOptions:
        from ceremony.importing import ImportOptions

        assert self.ceremony_id is not None
        return ImportOptions(
            ceremony_id=self.ceremony_id, award=self.award or None,
            authority=self.authority or None, decision=self.decision or None,
            decision_date=self.decision_date, sheet=self.sheet,
            overrides=dict(self.overrides), links=dict(self.links),
            header_rows=dict(self.header_rows))

    def reset_source(self) -> None:
        """A different file or sheet: what was decided about the old one no longer holds."""
        self.overrides.clear()
        self.links.clear()
        self.header_rows.clear()
        self.candidates.clear()
        self.preview = None
        self.grids = {}

    def remember_candidates(self) -> None:
        if self.preview is None:
            return
        entries = self.preview.entries
        for index, found in self.preview.possible.items():
            entry = entries[index]
            self.candidates[(entry.file, entry.sheet, entry.row)] = list(found)


def load(registry: Registry, paths: list[Path], options: ImportOptions, with_grids: bool,
         progress: Progress, cancelled: Cancelled) -> tuple[ImportPreview | None, Grids | None]:
    """The worker's step: a fresh preview, and the sheets' grids when asked for.

    A list whose header row is not recognised gives no preview but its grids, so the
    user can point the header out on them.
    """
    from ceremony.errors import CeremonyError, DataError
    from ceremony.importing import preview_files
    from ceremony.importing.readers import read_grids

    grids: Grids | None = None
    if with_grids:
        grids = {}
        for path in paths:
            for grid in read_grids(path, options.sheet):
                if cancelled():
                    raise CeremonyError("import.cancelled")
                grids[(grid.file, grid.sheet)] = grid.rows
    try:
        preview = preview_files(registry, paths, options, progress, cancelled)
    except DataError as error:
        if error.key != "import.no_header" or grids is None:
            raise
        return None, grids
    return preview, grids


def commit(registry: Registry, preview: ImportPreview, progress: Progress,
           cancelled: Cancelled) -> list[int]:
    """The worker's commit: cancelling raises inside the transaction, which rolls back."""
    from ceremony.errors import CeremonyError
    from ceremony.importing import commit_preview

    def report(stage: str, done: int, total: int) -> None:
        if cancelled():
            raise CeremonyError("import.cancelled")
        progress(stage, done, total)

    if cancelled():
        raise CeremonyError("import.cancelled")
    return commit_preview(registry, preview, report)
