from __future__ import annotations

from datetime import date

from ceremony.services.history import award_history
from ceremony.services.honorees import list_awards
from ceremony.store.registry import Registry


def test_an_honorees_awards_with_decision_and_ceremony(any_sample_registry: Registry) -> None:
    first = list_awards(any_sample_registry)[0]
    history = award_history(any_sample_registry, first.honoree_id)
    assert len(history) == 1
    entry = history[0]
    assert entry.award == first.award
    assert entry.decision == "412/QĐ-BTL"
    assert entry.decision_date == date(2024, 2, 5)
    assert entry.year == 2024
    assert "Ngày Biên phòng toàn dân" in entry.ceremony


def test_no_awards_no_history(any_registry: Registry) -> None:
    assert award_history(any_registry, 12345) == []
