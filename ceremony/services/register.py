"""Register numbers (số sổ vàng) and print counts, written in the caller's transaction.

A number is taken from RegisterCounter only when a certificate is really printed,
so it is never skipped by a preview, and the counter only grows, so a number is
never given twice, not even after an award is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import islice

from sqlalchemy import case, update
from sqlalchemy.orm import Session

from ceremony.store.enums import AwardStatus
from ceremony.store.models import Award, RegisterCounter

_CHUNK = 500  # ids per UPDATE: far below SQLite's limit on bound parameters


def assign_register_numbers(
    session: Session, needing: Sequence[tuple[int, int, int]], moment: datetime
) -> dict[int, str]:
    """Give each (award id, authority id, year) the authority's next number, in order.

    Year 0 means the decision has no date: the year of printing is used then.
    """
    numbers: dict[int, str] = {}
    counters: dict[tuple[int, int], RegisterCounter] = {}
    for award_id, authority_id, year in needing:
        key = (authority_id, year or moment.year)
        counter = counters.get(key) or _locked_counter(session, *key)
        counters[key] = counter
        counter.last_number += 1
        numbers[award_id] = str(counter.last_number)
    session.flush()
    for award_id, number in numbers.items():
        session.execute(
            update(Award).where(Award.id == award_id)
            .values(register_no=number, version=Award.version + 1)
        )
    return numbers


def _locked_counter(session: Session, authority_id: int, year: int) -> RegisterCounter:
    # FOR UPDATE makes a second clerk printing on PostgreSQL wait for this print
    # to commit; SQLite's BEGIN IMMEDIATE already serialises writers.
    counter = session.get(RegisterCounter, (authority_id, year), with_for_update=True)
    if counter is None:
        counter = RegisterCounter(authority_id=authority_id, year=year, last_number=0)
        session.add(counter)
        session.flush()
    return counter


def mark_printed(session: Session, award_ids: Sequence[int], moment: datetime) -> None:
    """Count one more print of each award; a first print moves it to 'printed'."""
    unprinted = (AwardStatus.NOMINATED.value, AwardStatus.APPROVED.value)
    status = case((Award.status.in_(unprinted), AwardStatus.PRINTED.value), else_=Award.status)
    ids = iter(award_ids)
    while chunk := list(islice(ids, _CHUNK)):
        session.execute(
            update(Award).where(Award.id.in_(chunk)).values(
                print_count=Award.print_count + 1, last_printed_at=moment, status=status,
                version=Award.version + 1,
            ),
            execution_options={"synchronize_session": False},
        )
