"""Is an honoree eligible for an award? Warnings, never refusals: the decision is signed.

Two rules, checked when an award is added by hand or a list is imported:
- an award type given once per honoree (a commemorative medal) that is already held;
- a minimum number of years between two awards of the same type to the same honoree,
  set for the whole registry (0, the default, switches the rule off).

`check_many` answers for any number of (honoree, award type, date) candidates with one
query per few hundred honorees, never one per candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.store.models import Award, AwardType, Ceremony, Decision, Honoree, RegistrySetting
from ceremony.store.registry import Registry

MIN_YEARS_KEY = "eligibility_min_years"
MAX_MIN_YEARS = 50
IN_CHUNK = 500  # honoree ids per IN (...) list, well under every driver's limit


@dataclass(frozen=True)
class Candidate:
    """An award about to be given (or already stored: award_id is then left out)."""

    honoree_id: int
    award_type_id: int
    on: date | None = None  # the decision's date, or the ceremony's
    award_id: int | None = None


@dataclass(frozen=True)
class Held:
    award_id: int
    honoree_id: int
    award_type_id: int
    on: date | None
    decision: str


@dataclass(frozen=True)
class EligibilityWarning:
    """A message key (ceremony.messages.reports) and its values, for one candidate."""

    candidate: Candidate
    key: str
    honoree: str
    award: str
    previous: Held
    years: int = 0  # the minimum in force when the check ran

    @property
    def params(self) -> dict[str, object]:
        return {"name": self.honoree, "award": self.award,
                "decision": self.previous.decision or "-",
                "previous": _iso(self.previous.on), "date": _iso(self.candidate.on),
                "years": self.years}


def _iso(on: date | None) -> str:
    return on.isoformat() if on is not None else "-"


# -- the setting ------------------------------------------------------------------------


def min_years_in(session: Session) -> int:
    stored = session.get(RegistrySetting, MIN_YEARS_KEY)
    try:
        return max(0, int(stored.value)) if stored is not None and stored.value else 0
    except ValueError:
        return 0


def get_min_years(registry: Registry) -> int:
    with registry.reading() as session:
        return min_years_in(session)


def set_min_years(registry: Registry, years: int) -> int:
    """Set the minimum years between two awards of one type; returns the old value."""
    if not 0 <= years <= MAX_MIN_YEARS:
        raise DataError("eligibility.bad_years", limit=MAX_MIN_YEARS)
    with registry.transaction() as session:
        before = min_years_in(session)
        session.merge(RegistrySetting(key=MIN_YEARS_KEY, value=str(years)))
        audit.record(session, "set_min_years", "registry", None, before=before, after=years)
    return before


# -- the checks -------------------------------------------------------------------------


def check_many(registry: Registry, candidates: Sequence[Candidate]) -> list[EligibilityWarning]:
    with registry.reading() as session:
        return check_in(session, candidates)


def check_in(session: Session, candidates: Sequence[Candidate]) -> list[EligibilityWarning]:
    """The warnings for every candidate, inside the caller's session."""
    if not candidates:
        return []
    types = _award_types(session, {c.award_type_id for c in candidates})
    held = _held(session, {c.honoree_id for c in candidates}, set(types))
    names = _names(session, {c.honoree_id for c in candidates})
    years = min_years_in(session)
    warnings = []
    for candidate in candidates:
        found = _warning(candidate, held.get((candidate.honoree_id, candidate.award_type_id), ()),
                         types[candidate.award_type_id][1], years)
        if found is not None:
            key, previous = found
            warnings.append(EligibilityWarning(candidate, key, names.get(candidate.honoree_id, ""),
                                               types[candidate.award_type_id][0], previous, years))
    return warnings


def _warning(candidate: Candidate, held: Iterable[Held], once: bool,
             years: int) -> tuple[str, Held] | None:
    others = [h for h in held if h.award_id != candidate.award_id]
    if not others:
        return None
    if once:
        return "eligibility.once_held", min(others, key=lambda h: (h.on or date.max, h.award_id))
    if years <= 0 or candidate.on is None:
        return None
    close = [h for h in others if h.on is not None and _within(h.on, candidate.on, years)]
    if not close:
        return None
    return "eligibility.too_soon", max(close, key=lambda h: (h.on or date.min, h.award_id))


def _within(first: date, second: date, years: int) -> bool:
    """Less than *years* whole years apart, either way round (29 February counts as 28)."""
    earlier, later = sorted((first, second))
    try:
        due = earlier.replace(year=earlier.year + years)
    except ValueError:
        due = earlier.replace(year=earlier.year + years, day=28)
    return later < due


def _award_types(session: Session, ids: set[int]) -> dict[int, tuple[str, bool]]:
    rows = session.execute(select(AwardType.id, AwardType.name, AwardType.once_per_honoree)
                           .where(AwardType.id.in_(ids))).all()
    found = {type_id: (name, bool(once)) for type_id, name, once in rows}
    missing = ids - found.keys()
    if missing:
        raise DataError("eligibility.award_type_not_found", id=min(missing))
    return found


def _held(session: Session, honorees: set[int],
          types: set[int]) -> dict[tuple[int, int], list[Held]]:
    """The stored awards of these honorees of these types, in pages of honoree ids."""
    when = func.coalesce(Decision.date, Ceremony.date)
    held: dict[tuple[int, int], list[Held]] = {}
    ordered = sorted(honorees)
    for start in range(0, len(ordered), IN_CHUNK):
        query = (select(Award.id, Award.honoree_id, Award.award_type_id, when,
                        func.coalesce(Decision.number, ""))
                 .outerjoin(Decision, Award.decision_id == Decision.id)
                 .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
                 .where(Award.honoree_id.in_(ordered[start:start + IN_CHUNK]),
                        Award.award_type_id.in_(types)))
        for award_id, honoree_id, type_id, on, number in session.execute(query):
            held.setdefault((honoree_id, type_id), []).append(
                Held(award_id, honoree_id, type_id, _as_date(on), number))
    return held


def _as_date(value: object) -> date | None:
    """SQLite hands a coalesce() of dates back as text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    ordered = sorted(ids)
    names: dict[int, str] = {}
    for start in range(0, len(ordered), IN_CHUNK):
        query = select(Honoree.id, Honoree.name).where(
            Honoree.id.in_(ordered[start:start + IN_CHUNK]))
        names.update({honoree_id: name for honoree_id, name in session.execute(query)})
    return names


def ceremony_warnings(registry: Registry, ceremony_id: int) -> list[EligibilityWarning]:
    """Warnings for every award of a ceremony, each checked against all the others."""
    when = func.coalesce(Decision.date, Ceremony.date)
    query = (select(Award.id, Award.honoree_id, Award.award_type_id, when)
             .outerjoin(Decision, Award.decision_id == Decision.id)
             .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
             .where(Award.ceremony_id == ceremony_id).order_by(Award.id))
    with registry.reading() as session:
        candidates = [Candidate(honoree_id, type_id, _as_date(on), award_id)
                      for award_id, honoree_id, type_id, on in session.execute(query)]
        return check_in(session, candidates)
