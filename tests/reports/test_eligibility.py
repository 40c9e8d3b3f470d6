"""Eligibility warnings: an award given once already held, two awards of a type too close
together; checked in bulk without a query per candidate, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import event, select

from ceremony.errors import DataError
from ceremony.messages import render
from ceremony.services.editing import AwardInput, add_award, remove_award
from ceremony.services.eligibility import (
    Candidate,
    ceremony_warnings,
    check_many,
    get_min_years,
    set_min_years,
)
from ceremony.services.honorees import list_awards
from ceremony.store.models import AwardType, Decision
from ceremony.store.registry import Registry
from tests.reports.conftest import sample_id

KNC = "Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”"
BK_BTL = "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"


def award_type_id(registry: Registry, name: str) -> int:
    with registry.reading() as session:
        found = session.scalar(select(AwardType.id).where(AwardType.name == name))
    assert found is not None
    return found


def holders(registry: Registry, award: str) -> list[int]:
    rows = list_awards(registry, ceremony_id=sample_id(registry))
    return [row.honoree_id for row in rows if row.award == award]


@contextmanager
def counted_queries(registry: Registry) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(registry.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(registry.engine, "before_cursor_execute", count)


def test_a_once_only_award_already_held_is_warned(any_sample_registry: Registry) -> None:
    knc = award_type_id(any_sample_registry, KNC)
    medalled = holders(any_sample_registry, KNC)
    others = holders(any_sample_registry, BK_BTL)
    candidates = [Candidate(h, knc, date(2025, 1, 1)) for h in medalled + others]
    warnings = check_many(any_sample_registry, candidates)
    assert [w.candidate.honoree_id for w in warnings] == medalled
    assert {w.key for w in warnings} == {"eligibility.once_held"}
    first = warnings[0]
    assert render(first.key, "vi", **first.params) == (
        f"Hoàng Văn Đức đã được tặng {KNC} (quyết định 412/QĐ-BTL, 2024-02-05); hình thức "
        "này chỉ tặng một lần.")


def test_the_minimum_years_between_two_awards_is_a_registry_setting(
        any_sample_registry: Registry) -> None:
    bk = award_type_id(any_sample_registry, BK_BTL)
    honoree = holders(any_sample_registry, BK_BTL)[0]  # Đồn Biên phòng Đàm Thủy, 06/02/2024
    soon, later = Candidate(honoree, bk, date(2026, 2, 5)), Candidate(honoree, bk,
                                                                      date(2026, 2, 6))
    assert get_min_years(any_sample_registry) == 0
    assert check_many(any_sample_registry, [soon, later]) == []  # the rule is off
    assert set_min_years(any_sample_registry, 2) == 0
    warnings = check_many(any_sample_registry, [soon, later])
    assert [(w.candidate, w.key, w.previous.decision) for w in warnings] == [
        (soon, "eligibility.too_soon", "418/QĐ-BTL")]
    assert "chưa đủ 2 năm" in render(warnings[0].key, "vi", **warnings[0].params)
    with pytest.raises(DataError):
        set_min_years(any_sample_registry, 51)
    assert get_min_years(any_sample_registry) == 2


def test_a_big_batch_costs_the_same_queries_as_a_small_one(sample_registry: Registry) -> None:
    knc = award_type_id(sample_registry, KNC)
    everyone = [row.honoree_id for row in list_awards(sample_registry,
                                                      ceremony_id=sample_id(sample_registry))]
    with counted_queries(sample_registry) as one:
        check_many(sample_registry, [Candidate(everyone[0], knc, date(2025, 1, 1))])
    with counted_queries(sample_registry) as many:
        check_many(sample_registry, [Candidate(h, knc, date(2025, 1, 1)) for h in everyone * 8])
    assert len(many) == len(one) <= 5


def test_the_sample_ceremony_has_no_warnings(any_sample_registry: Registry) -> None:
    assert ceremony_warnings(any_sample_registry, sample_id(any_sample_registry)) == []


def test_adding_an_award_returns_its_warnings(any_sample_registry: Registry) -> None:
    registry = any_sample_registry
    knc = award_type_id(registry, KNC)
    honoree = holders(registry, BK_BTL)[2]  # Lương Đình Hưng holds a Bằng khen, no medal
    with registry.reading() as session:
        decision = session.scalar(select(Decision.id).where(Decision.number == "412/QĐ-BTL"))
    first = add_award(registry, AwardInput(honoree, knc, decision, sample_id(registry)))
    assert first.warnings == ()
    with pytest.raises(DataError) as twice:
        add_award(registry, AwardInput(honoree, knc, decision, sample_id(registry)))
    assert twice.value.key == "eligibility.already_listed"
    second = add_award(registry, AwardInput(honoree, knc, None, sample_id(registry)))
    assert [(w.key, w.previous.award_id) for w in second.warnings] == [
        ("eligibility.once_held", first.award_id)]
    keys = {w.key for w in ceremony_warnings(registry, sample_id(registry))}
    assert keys == {"eligibility.once_held"}
    remove_award(registry, second.award_id)
    remove_award(registry, first.award_id)
    assert ceremony_warnings(registry, sample_id(registry)) == []


def test_an_award_for_the_wrong_kind_is_refused(sample_registry: Registry) -> None:
    knc = award_type_id(sample_registry, KNC)  # individuals only
    collective = holders(sample_registry, BK_BTL)[0]
    with pytest.raises(DataError) as refused:
        add_award(sample_registry, AwardInput(collective, knc))
    assert refused.value.key == "eligibility.wrong_kind"
