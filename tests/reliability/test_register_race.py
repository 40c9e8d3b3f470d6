"""Two clerks printing at the same moment never share, skip or change a register number.

Each clerk is a separate connection to the same registry (as two PCs would be), and
both print every award of the ceremony in small real-print batches, one from the top
of the list and one from the bottom, so they collide on the same awards and on the
same authority's counter, including its very first number of a year.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from ceremony.services.ceremonies import add_ceremony
from ceremony.services.certificates import CertificateRecord, CertificateSelection, print_batch
from ceremony.services.imports import AwardRef, BatchInput, ImportRow, commit_import
from ceremony.store.models import Authority, Award, AwardType, Decision, RegisterCounter
from ceremony.store.registry import Registry, open_registry

AWARDS = int(os.environ.get("CEREMONY_RACE_AWARDS", "240"))
# (authority, decision, date): two authorities, two years, and one undated decision
# (numbered in the year of printing).
DECISIONS = [("UBND tỉnh", "12/QĐ-UBND", date(2024, 2, 1)),
             ("UBND tỉnh", "40/QĐ-UBND", date(2025, 3, 1)),
             ("Bộ Tư lệnh BĐBP", "7/QĐ-BTL", date(2024, 5, 1)),
             ("Bộ Tư lệnh BĐBP", "9/QĐ-BTL", None)]


def rows() -> list[ImportRow]:
    made = []
    for index in range(AWARDS):
        authority, number, on = DECISIONS[index % len(DECISIONS)]
        made.append(ImportRow(list_position=index + 1, kind="individual",
                              name_as_typed=f"Người Thứ {index + 1}",
                              name=f"Người Thứ {index + 1}",
                              award=AwardRef("Bằng khen", authority), decision=number,
                              decision_date=on))
    return made


def reopen(registry: Registry) -> Registry:
    """A second connection to the same registry, as another clerk's PC has."""
    if registry.is_sqlite:
        return open_registry(registry.location)
    return open_registry(registry.engine.url.render_as_string(hide_password=False))


def clerk(registry: Registry, award_ids: Sequence[int], size: int, start: threading.Barrier,
          printed: list[tuple[int, str]], failures: list[BaseException]) -> None:
    def produce(records: Sequence[CertificateRecord]) -> list[tuple[int, str]]:
        return [(record.award_id, record.register_no) for record in records]

    try:
        start.wait()
        for first in range(0, len(award_ids), size):
            chunk = tuple(award_ids[first:first + size])
            printed += print_batch(registry, CertificateSelection(award_ids=chunk), produce,
                                   real=True)
    except BaseException as error:  # reported by the test, with the clerk's traceback
        failures.append(error)


def test_two_clerks_printing_at_once_get_unique_gap_free_numbers(
        any_registry: Registry) -> None:
    ceremony = add_ceremony(any_registry, "Lễ", date(2025, 6, 1)).id
    commit_import(any_registry, ceremony, [BatchInput("ds.csv", "", "0" * 64, rows())])
    with any_registry.reading() as session:
        award_ids = list(session.scalars(select(Award.id).order_by(Award.id)))
    clerks = [reopen(any_registry), reopen(any_registry)]
    start = threading.Barrier(2)
    printed: list[list[tuple[int, str]]] = [[], []]
    failures: list[BaseException] = []
    threads = [threading.Thread(target=clerk, args=(clerks[0], award_ids, 7, start,
                                                    printed[0], failures)),
               threading.Thread(target=clerk, args=(clerks[1], award_ids[::-1], 5, start,
                                                    printed[1], failures))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    for opened in clerks:
        opened.close()
    assert not failures, failures
    assert_numbers_are_unique_and_gap_free(any_registry)
    recorded = recorded_numbers(any_registry)
    # Every certificate either clerk printed shows the number on record for it.
    for award_id, number in printed[0] + printed[1]:
        assert number == recorded[award_id], f"award {award_id} printed as {number}"


def recorded_numbers(registry: Registry) -> dict[int, str]:
    with registry.reading() as session:
        return {award_id: number for award_id, number in
                session.execute(select(Award.id, Award.register_no))}


def assert_numbers_are_unique_and_gap_free(registry: Registry) -> None:
    this_year = date.today().year
    with registry.reading() as session:
        found = session.execute(
            select(Award.register_no, Authority.id, Decision.date)
            .join(AwardType, Award.award_type_id == AwardType.id)
            .join(Authority, AwardType.authority_id == Authority.id)
            .outerjoin(Decision, Award.decision_id == Decision.id)).all()
        counters = {(c.authority_id, c.year): c.last_number
                    for c in session.scalars(select(RegisterCounter))}
    numbers: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number, authority_id, decided in found:
        assert number, "an award printed by both clerks has no register number"
        year = date.fromisoformat(str(decided)[:10]).year if decided else this_year
        numbers[(authority_id, year)].append(int(number))
    assert len(numbers) == len(DECISIONS)
    for key, given in numbers.items():
        assert sorted(given) == list(range(1, len(given) + 1)), f"{key}: not 1..n once each"
        assert counters[key] == len(given), f"{key}: the counter skipped numbers"
