"""Register numbers (số sổ vàng) and print counts, written in the caller's transaction.

A number is taken from RegisterCounter only when a certificate is really printed,
so it is never skipped by a preview, and the counter only grows, so a number is
never given twice, not even after an award is deleted.

Two clerks may print at the same moment (PostgreSQL): each takes the counters it
needs with SELECT … FOR UPDATE, always in the same order so two prints never wait
on each other in a circle, and only then reads which awards still lack a number,
so an award the other clerk numbered meanwhile keeps that number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import islice

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session

from ceremony.store.enums import AwardStatus
from ceremony.store.models import Award, RegisterCounter

_CHUNK = 500  # ids per UPDATE: far below SQLite's limit on bound parameters


def assign_register_numbers(
    session: Session, needing: Sequence[tuple[int, int, int]], moment: datetime
) -> dict[int, str]:
    """Give each (award id, authority id, year) the authority's next number, in order.

    Year 0 means the decision has no date: the year of printing is used then.
    Returns the number each award carries now: a new one, or the one another
    clerk's print gave it while this one waited for the counter.
    """
    keys = {award_id: (authority_id, year or moment.year)
            for award_id, authority_id, year in needing}
    counters = {key: _locked_counter(session, *key) for key in sorted(set(keys.values()))}
    numbers = _numbers_given(session, list(keys))
    fresh: dict[int, str] = {}
    for award_id, key in keys.items():
        if numbers.get(award_id):
            continue
        counters[key].last_number += 1
        fresh[award_id] = str(counters[key].last_number)
    session.flush()
    for award_id, number in fresh.items():
        session.execute(
            update(Award).where(Award.id == award_id)
            .values(register_no=number, version=Award.version + 1)
        )
    return {award_id: numbers.get(award_id) or fresh[award_id] for award_id in keys}


def _locked_counter(session: Session, authority_id: int, year: int) -> RegisterCounter:
    """The counter, created if need be, locked until the caller's transaction ends.

    Created with INSERT … ON CONFLICT DO NOTHING: when two clerks print an
    authority's first certificate of a year at once, the second waits for the
    first's row instead of failing on the duplicate key. SQLite's BEGIN IMMEDIATE
    already serialises writers; FOR UPDATE is ignored there.
    """
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(RegisterCounter)
                    .values(authority_id=authority_id, year=year, last_number=0)
                    .on_conflict_do_nothing())
    return session.scalars(
        select(RegisterCounter)
        .where(RegisterCounter.authority_id == authority_id, RegisterCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def _numbers_given(session: Session, award_ids: Sequence[int]) -> dict[int, str]:
    """The register numbers the awards hold as committed now (read under the counters' lock)."""
    found: dict[int, str] = {}
    ids = iter(award_ids)
    while chunk := list(islice(ids, _CHUNK)):
        rows = session.execute(select(Award.id, Award.register_no).where(Award.id.in_(chunk)))
        found.update((award_id, number) for award_id, number in rows)
    return found


def mark_printed(session: Session, award_ids: Sequence[int], moment: datetime) -> None:
    """Count one more print of each award; a first print moves it to 'printed'."""
    unprinted = (AwardStatus.NOMINATED.value, AwardStatus.APPROVED.value)
    status = case((Award.status.in_(unprinted), AwardStatus.PRINTED.value), else_=Award.status)
    # In id order: two prints of overlapping awards lock the rows in the same order.
    ids = iter(sorted(award_ids))
    while chunk := list(islice(ids, _CHUNK)):
        session.execute(
            update(Award).where(Award.id.in_(chunk)).values(
                print_count=Award.print_count + 1, last_printed_at=moment, status=status,
                version=Award.version + 1,
            ),
            execution_options={"synchronize_session": False},
        )
