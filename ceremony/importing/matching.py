"""Checks against the registry: awards, honorees already there, honorees listed twice.

The registry is queried (in services.import_lookups) by duplicate key in pages of
IN (...) lists on an indexed column, never by pairing every name with every other.
"""

from __future__ import annotations

import functools
import operator
from datetime import date
from typing import TYPE_CHECKING, Final

from ceremony.errors import DataError
from ceremony.importing.extract import Entry
from ceremony.importing.preview import ImportPreview
from ceremony.importing.problems import Problem, Severity
from ceremony.services.eligibility import Candidate, check_in, min_years_in
from ceremony.services.honorees import TEXT_LIMITS, overlong
from ceremony.services.import_lookups import (
    AwardInfo,
    AwardRef,
    Stored,
    accepts,
    ceremony_date,
    decisions_held,
    find_award,
    stored_by_duplicate_key,
)
from ceremony.store.registry import Registry
from ceremony.text import duplicate_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_LIMITED: Final = operator.attrgetter(*(field for field, _ in TEXT_LIMITS))
_SHORTEST_LIMIT: Final = min(limit for _, limit in TEXT_LIMITS)


def award_ref(entry: Entry, preview: ImportPreview) -> AwardRef:
    return _award_ref(entry.award or preview.options.award or "")


@functools.lru_cache(maxsize=256)  # one per award name, not one per row
def _award_ref(name: str) -> AwardRef:
    return AwardRef(name, "")


def match_registry(registry: Registry, preview: ImportPreview) -> None:
    entries = preview.entries
    _check_lengths(preview, entries)
    keys = [duplicate_key(entry.name) for entry in entries]  # used by both checks below
    with registry.reading() as session:
        awards = _check_awards(session, preview, entries)
        stored = stored_by_duplicate_key(session, set(keys))
        _link(preview, entries, keys, stored)
        _check_once(session, preview, entries, awards)
    _check_twice(preview, entries, keys)


def decisions(preview: ImportPreview) -> list[str]:
    """The decision number each entry's award will be stored under, in entry order.

    A number in the row wins, then the one chosen for the import, then the one in the
    title block of the entry's own sheet.
    """
    chosen = preview.options.decision or ""
    found: list[str] = []
    for sheet in preview.sheets:
        default = chosen or (sheet.title_decision[0] if sheet.title_decision else "")
        found.extend(entry.decision or default for entry in sheet.rows.entries)
    return found


def _problem(key: str, entry: Entry, severity: Severity = Severity.ERROR,
             **params: object) -> Problem:
    return Problem(key, entry.file, entry.sheet, entry.row, None, entry.name, severity, params)


def _check_awards(session: Session, preview: ImportPreview,
                  entries: list[Entry]) -> dict[AwardRef, AwardInfo | None]:
    chosen = preview.options.award or ""
    names = [entry.award or chosen for entry in entries]
    found: dict[str, AwardInfo | None] = {}
    for name in dict.fromkeys(names):
        try:
            found[name] = find_award(session, _award_ref(name), preview.options.authority
                                     ) if name else None
        except DataError as error:
            preview.problems.append(Problem(error.key, entries[0].file, "", params=error.params))
            found[name] = None
    accepted: dict[tuple[str, str], bool] = {}  # (recipients, kind): a few pairs
    # A list has a few (award, kind) pairs: when none is refused, no row needs a look.
    authority = bool(preview.options.authority)
    pairs = set(zip(names, [entry.kind for entry in entries], strict=True))
    if all(_award_fits(found[name], name, kind, authority) for name, kind in pairs):
        return {_award_ref(name): info for name, info in found.items()}
    for entry, name in zip(entries, names, strict=True):
        info = found[name]
        if not name:
            preview.problems.append(_problem("row.no_award", entry))
        elif info is None and not preview.options.authority:
            preview.problems.append(_problem("row.unknown_award", entry, award=name))
        elif info is not None:
            pair = (info.recipients, entry.kind)
            if pair not in accepted:
                accepted[pair] = accepts(*pair)
            if not accepted[pair]:
                preview.problems.append(_problem("row.award_kind", entry, award=info.name,
                                                 kind=entry.kind))
    return {_award_ref(name): info for name, info in found.items()}


def _award_fits(info: AwardInfo | None, name: str, kind: str, authority: bool) -> bool:
    """Whether rows naming award *name* for an honoree of *kind* pass the loop below:
    an award is named; known, or to be created under the chosen authority; and given
    to this kind of honoree."""
    if not name:
        return False
    return authority if info is None else accepts(info.recipients, kind)


def _link(preview: ImportPreview, entries: list[Entry], keys: list[str],
          stored: dict[str, list[Stored]]) -> None:
    """Same name and same unit: the same honoree. Same name elsewhere: only possibly."""
    links = preview.options.links
    for index, (entry, key) in enumerate(zip(entries, keys, strict=True)):
        chosen = links.get((entry.file, entry.sheet, entry.row),
                           links.get((entry.file, "", entry.row))) if links else None
        if chosen is not None:
            preview.matches[index] = chosen
            continue
        found = stored.get(key)
        if not found:
            continue
        candidates = [s for s in found if s.kind == entry.kind]
        unit_key = duplicate_key(entry.unit) if entry.unit else ""
        same = [s for s in candidates if s.unit_key == unit_key]
        if same:
            preview.matches[index] = same[0].id
        elif candidates:
            preview.possible[index] = [(s.id, s.name, s.unit) for s in candidates]
            preview.problems.append(_problem(
                "warn.possible_duplicate", entry, Severity.WARNING,
                existing=", ".join(f"#{s.id} {s.unit or '-'}" for s in candidates[:5])))


def _check_once(session: Session, preview: ImportPreview, entries: list[Entry],
                awards: dict[AwardRef, AwardInfo | None]) -> None:
    """Linked honorees who hold a once-only award, or this very award by this decision."""
    types = {info.id for info in awards.values() if info is not None}
    linked = list(set(preview.matches.values()))
    if not types or not linked:
        return
    held = decisions_held(session, linked, types)
    numbers = decisions(preview)
    dates = _award_dates(session, preview)
    again: list[tuple[int, Candidate]] = []
    for index, honoree_id in preview.matches.items():
        entry = entries[index]
        info = awards.get(award_ref(entry, preview))
        holding = held.get((honoree_id, info.id)) if info is not None else None
        if info is None or holding is None:
            continue
        if info.once_per_honoree:
            preview.problems.append(_problem("row.once_held", entry, award=info.name))
        elif numbers[index] in holding:
            preview.problems.append(_problem("row.already_awarded", entry, award=info.name))
        else:
            again.append((index, Candidate(honoree_id, info.id, dates[index])))
    _check_too_soon(session, preview, entries, again)


def _check_too_soon(session: Session, preview: ImportPreview, entries: list[Entry],
                    again: list[tuple[int, Candidate]]) -> None:
    """A second award of one type sooner than the registry's minimum years: a warning,
    since the office may have a reason (the decision is theirs, not ours)."""
    if not again or min_years_in(session) <= 0:
        return
    rows = {id(candidate): index for index, candidate in again}
    for warning in check_in(session, [candidate for _, candidate in again]):
        if warning.key != "eligibility.too_soon":
            continue
        entry = entries[rows[id(warning.candidate)]]
        previous = warning.previous.on.isoformat() if warning.previous.on else ""
        preview.problems.append(_problem("row.too_soon", entry, Severity.WARNING,
                                         award=warning.award, previous=previous,
                                         years=warning.years))


def _award_dates(session: Session, preview: ImportPreview) -> list[date | None]:
    """The date each entry's award counts from, in entry order, as the commit stores it
    (the row's decision date, the import's, the title block's), else the ceremony's."""
    fallback = ceremony_date(session, preview.options.ceremony_id)
    found: list[date | None] = []
    for sheet in preview.sheets:
        title = sheet.title_decision[1] if sheet.title_decision else None
        found.extend(entry.decision_date or preview.options.decision_date or title or fallback
                     for entry in sheet.rows.entries)
    return found


def _check_lengths(preview: ImportPreview, entries: list[Entry]) -> None:
    """Text longer than the registry holds: refused here, not by the database at commit."""
    for entry in entries:
        # Fields whose lengths add up to no more than the smallest limit all fit.
        if sum(map(len, _LIMITED(entry))) <= _SHORTEST_LIMIT:
            continue
        too_long = overlong(entry, canonical=True)
        if too_long is not None:
            field, length, limit = too_long
            preview.problems.append(_problem(f"honoree.too_long.{field}", entry,
                                             length=length, limit=limit))


def _check_twice(preview: ImportPreview, entries: list[Entry], keys: list[str]) -> None:
    """The same person twice in the lists; two people who share a name stay two."""
    seen: dict[tuple[str, str, str, int | None, str], Entry] = {}
    chosen = preview.options.award or ""
    for entry, name_key in zip(entries, keys, strict=True):
        key = (name_key, entry.kind, duplicate_key(entry.unit), entry.birth_year,
               entry.award or chosen)
        first = seen.setdefault(key, entry)
        if first is not entry:
            preview.problems.append(_problem("row.twice_in_list", entry, other=first.row))
