"""Award figures for a ceremony or a period, as the annual commendation statistics count
them: per award type and per unit, collectives and individuals, and among individuals
men, women and members of ethnic minorities.

The database groups (award type or unit) × kind × gender × ethnicity, so a period of a
hundred thousand awards comes back as a few hundred rows; whether an ethnicity is a
minority is decided here, accent- and case-insensitively, the same on both databases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select

from ceremony.errors import DataError
from ceremony.services.ceremonies import get_ceremony
from ceremony.services.records import CeremonyInfo
from ceremony.store.enums import Gender, HonoreeKind
from ceremony.store.models import Authority, Award, AwardType, Ceremony, Decision, Honoree, Unit
from ceremony.store.registry import Registry
from ceremony.text import search_key

# Vietnam's majority people, however a list writes it ("Kinh", "dân tộc Kinh", "Việt").
_MAJORITY = frozenset({"kinh", "viet", "nguoi kinh", "dan toc kinh", "nguoi viet"})


def is_minority(ethnicity: str) -> bool:
    """True for a named ethnicity other than the Kinh; an unknown one is not counted."""
    key = search_key(ethnicity)
    return bool(key) and key not in _MAJORITY


@dataclass(frozen=True)
class Counts:
    collectives: int = 0
    individuals: int = 0
    men: int = 0
    women: int = 0
    minorities: int = 0

    @property
    def total(self) -> int:
        return self.collectives + self.individuals

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.collectives + other.collectives,
                      self.individuals + other.individuals, self.men + other.men,
                      self.women + other.women, self.minorities + other.minorities)


@dataclass(frozen=True)
class StatRow:
    label: str
    counts: Counts
    detail: str = ""  # the authority of an award type


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class Statistics:
    """The figures of one ceremony, or of every award dated within a period."""

    ceremony: CeremonyInfo | None
    period: Period | None
    by_award: tuple[StatRow, ...]
    by_unit: tuple[StatRow, ...]
    total: Counts = field(default_factory=Counts)


def ceremony_statistics(registry: Registry, ceremony_id: int) -> Statistics:
    ceremony = get_ceremony(registry, ceremony_id)
    return _statistics(registry, Award.ceremony_id == ceremony_id, ceremony, None)


def period_statistics(registry: Registry, start: date, end: date) -> Statistics:
    """Awards whose decision (or, without one, ceremony) falls between start and end."""
    if end < start:
        raise DataError("report.bad_period", start=start.isoformat(), end=end.isoformat())
    when = func.coalesce(Decision.date, Ceremony.date)
    return _statistics(registry, when.between(start, end), None, Period(start, end))


def _statistics(registry: Registry, scope: ColumnElement[bool], ceremony: CeremonyInfo | None,
                period: Period | None) -> Statistics:
    with registry.reading() as session:
        awards = session.execute(_by_award(scope)).all()
        units = session.execute(_by_unit(scope)).all()
    by_award = _folded(((name, authority), rest) for _, name, authority, *rest in awards)
    by_unit = _folded(((label, ""), rest) for _, label, *rest in units)
    total = sum((row.counts for row in by_award), Counts())
    return Statistics(ceremony, period, tuple(by_award), tuple(by_unit), total)


_FACETS = (Honoree.kind, func.coalesce(Honoree.gender, ""), Honoree.ethnicity)


def _joined(query: Any, scope: ColumnElement[bool]) -> Any:
    return (query.select_from(Award)
            .join(Honoree, Award.honoree_id == Honoree.id)
            .outerjoin(Decision, Award.decision_id == Decision.id)
            .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
            .where(scope))


def _by_award(scope: ColumnElement[bool]) -> Any:
    query = select(AwardType.precedence, AwardType.name, Authority.name, *_FACETS,
                   func.count(Award.id))
    query = (_joined(query, scope).join(AwardType, Award.award_type_id == AwardType.id)
             .join(Authority, AwardType.authority_id == Authority.id))
    keys = (AwardType.precedence, AwardType.name, Authority.name)
    return query.group_by(*keys, *_FACETS).order_by(*keys)


def _by_unit(scope: ColumnElement[bool]) -> Any:
    """By the honoree's unit; a collective listed without one stands for itself."""
    # A literal, not a bound parameter: PostgreSQL matches GROUP BY expressions as
    # written, and two binds of the same value would count as different expressions.
    is_collective = Honoree.kind == literal_column(f"'{HonoreeKind.COLLECTIVE.value}'")
    label = func.coalesce(Unit.name, case((is_collective, Honoree.name), else_=""))
    order = func.coalesce(Unit.sort_key, case((is_collective, Honoree.sort_key)))
    # Units with no name sort last: PostgreSQL puts NULL last, SQLite first.
    query = select(order.is_(None), label, *_FACETS, func.count(Award.id))
    query = _joined(query, scope).outerjoin(Unit, Honoree.unit_id == Unit.id)
    return query.group_by(order, label, *_FACETS).order_by(order.is_(None), order, label)


def _folded(rows: Iterable[tuple[tuple[str, str], list[Any]]]) -> list[StatRow]:
    """Grouped rows (key, [kind, gender, ethnicity, count]) summed per key, in order."""
    folded: dict[tuple[str, str], Counts] = {}
    for key, (kind, gender, ethnicity, count) in rows:
        folded[key] = folded.get(key, Counts()) + _counts(kind, gender, ethnicity, int(count))
    return [StatRow(label, counts, detail) for (label, detail), counts in folded.items()]


def _counts(kind: str, gender: str, ethnicity: str, count: int) -> Counts:
    if kind == HonoreeKind.COLLECTIVE:
        return Counts(collectives=count)
    return Counts(individuals=count,
                  men=count if gender == Gender.MALE else 0,
                  women=count if gender == Gender.FEMALE else 0,
                  minorities=count if is_minority(ethnicity) else 0)
