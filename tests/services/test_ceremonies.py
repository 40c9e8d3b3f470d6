from __future__ import annotations

import unicodedata
from datetime import date, time

import pytest

from ceremony.errors import DataError
from ceremony.services.ceremonies import add_ceremony, get_ceremony, list_ceremonies
from ceremony.store.registry import Registry


def test_added_ceremonies_are_listed_newest_first(any_registry: Registry) -> None:
    older = add_ceremony(any_registry, "Lễ trao giải 2023", date(2023, 12, 1))
    newer = add_ceremony(any_registry, "Awards night", date(2024, 6, 1), at=time(19, 30),
                         venue="Main hall", language="en")
    listed = list_ceremonies(any_registry)
    assert [c.id for c in listed] == [newer.id, older.id]
    assert listed[0].time == time(19, 30)
    assert listed[0].language == "en"


def test_titles_are_stored_canonical(any_registry: Registry) -> None:
    typed = unicodedata.normalize("NFD", "  Sơ kết\u200b  5 năm  ")
    info = add_ceremony(any_registry, typed, date(2024, 2, 23))
    assert get_ceremony(any_registry, info.id).title == "Sơ kết 5 năm"


def test_a_ceremony_without_a_title_is_refused(any_registry: Registry) -> None:
    with pytest.raises(DataError) as refused:
        add_ceremony(any_registry, " \u00a0 ", date(2024, 2, 23))
    assert refused.value.key == "ceremony.title_empty"
    assert list_ceremonies(any_registry) == []


def test_an_unknown_ceremony_is_a_clear_error(any_registry: Registry) -> None:
    with pytest.raises(DataError) as refused:
        get_ceremony(any_registry, 42)
    assert refused.value.key == "ceremony.not_found"
