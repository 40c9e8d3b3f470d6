"""Checks against the registry: awards, honorees already there, honorees listed twice.

The registry is queried (in services.import_lookups) by duplicate key in pages of
IN (...) lists on an indexed column, never by pairing every name with every other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ceremony.errors import DataError
from ceremony.importing.extract import Entry
from ceremony.importing.preview import ImportPreview
from ceremony.importing.problems import Problem, Severity
from ceremony.services.import_lookups import Stored, decisions_held, stored_by_duplicate_key
from ceremony.services.imports import AwardInfo, AwardRef, accepts, find_award
from ceremony.store.registry import Registry
from ceremony.text import duplicate_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def award_ref(entry: Entry, preview: ImportPreview) -> AwardRef:
    return AwardRef(entry.award or preview.options.award or "", "")


def match_registry(registry: Registry, preview: ImportPreview) -> None:
    entries = preview.entries
    with registry.reading() as session:
        awards = _check_awards(session, preview, entries)
        stored = stored_by_duplicate_key(session, {duplicate_key(e.name) for e in entries})
        _link(preview, entries, stored)
        _check_once(session, preview, entries, awards)
    _check_twice(preview, entries)


def _problem(key: str, entry: Entry, severity: Severity = Severity.ERROR,
             **params: object) -> Problem:
    return Problem(key, entry.file, entry.sheet, entry.row, None, entry.name, severity, params)


def _check_awards(session: Session, preview: ImportPreview,
                  entries: list[Entry]) -> dict[AwardRef, AwardInfo | None]:
    refs = {award_ref(e, preview) for e in entries}
    found: dict[AwardRef, AwardInfo | None] = {}
    for ref in refs:
        try:
            found[ref] = find_award(session, ref, preview.options.authority) if ref.name else None
        except DataError as error:
            preview.problems.append(Problem(error.key, entries[0].file, "", params=error.params))
            found[ref] = None
    for entry in entries:
        ref = award_ref(entry, preview)
        info = found[ref]
        if not ref.name:
            preview.problems.append(_problem("row.no_award", entry))
        elif info is None and not preview.options.authority:
            preview.problems.append(_problem("row.unknown_award", entry, award=ref.name))
        elif info is not None and not accepts(info.recipients, entry.kind):
            preview.problems.append(_problem("row.award_kind", entry, award=info.name,
                                             kind=entry.kind))
    return found


def _link(preview: ImportPreview, entries: list[Entry],
          stored: dict[str, list[Stored]]) -> None:
    """Same name and same unit: the same honoree. Same name elsewhere: only possibly."""
    links = preview.options.links
    for index, entry in enumerate(entries):
        chosen = links.get((entry.file, entry.sheet, entry.row),
                           links.get((entry.file, "", entry.row)))
        if chosen is not None:
            preview.matches[index] = chosen
            continue
        candidates = [s for s in stored.get(duplicate_key(entry.name), []) if s.kind == entry.kind]
        unit_key = duplicate_key(entry.unit) if entry.unit else ""
        same = [s for s in candidates if s.unit_key == unit_key]
        if same:
            preview.matches[index] = same[0].id
        elif candidates:
            preview.possible[index] = [(s.id, s.name, s.unit) for s in candidates]
            preview.problems.append(_problem(
                "warn.possible_duplicate", entry, Severity.WARNING,
                existing=", ".join(f"#{s.id} {s.unit or '-'}" for s in candidates[:5])))


def decision_of(entry: Entry, preview: ImportPreview) -> str:
    """The decision number a row's award will be stored under."""
    if entry.decision or preview.options.decision:
        return entry.decision or preview.options.decision or ""
    sheet = next(s for s in preview.sheets if s.path.name == entry.file
                 and s.sheet == entry.sheet)
    return sheet.title_decision[0] if sheet.title_decision else ""


def _check_once(session: Session, preview: ImportPreview, entries: list[Entry],
                awards: dict[AwardRef, AwardInfo | None]) -> None:
    """Linked honorees who hold a once-only award, or this very award by this decision."""
    types = {info.id for info in awards.values() if info is not None}
    linked = list(set(preview.matches.values()))
    if not types or not linked:
        return
    held = decisions_held(session, linked, types)
    for index, honoree_id in preview.matches.items():
        entry = entries[index]
        info = awards.get(award_ref(entry, preview))
        numbers = held.get((honoree_id, info.id)) if info is not None else None
        if info is None or numbers is None:
            continue
        if info.once_per_honoree:
            preview.problems.append(_problem("row.once_held", entry, award=info.name))
        elif decision_of(entry, preview) in numbers:
            preview.problems.append(_problem("row.already_awarded", entry, award=info.name))


def _check_twice(preview: ImportPreview, entries: list[Entry]) -> None:
    """The same person twice in the lists; two people who share a name stay two."""
    seen: dict[tuple[str, str, str, int | None, str], Entry] = {}
    for entry in entries:
        key = (duplicate_key(entry.name), entry.kind, duplicate_key(entry.unit),
               entry.birth_year, entry.award or preview.options.award or "")
        first = seen.setdefault(key, entry)
        if first is not entry:
            preview.problems.append(_problem("row.twice_in_list", entry, other=first.row))
