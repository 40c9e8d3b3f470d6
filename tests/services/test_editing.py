"""Editing by hand: validation, conflicts between two clerks, undo information, audit."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from ceremony.errors import DataError
from ceremony.services.editing import (
    ConflictError,
    add_honoree,
    honoree_fields,
    set_award_ceremonies,
    set_award_citations,
    set_award_statuses,
    update_honoree,
)
from ceremony.services.honorees import HonoreeInput, list_awards
from ceremony.store.models import AuditEntry
from ceremony.store.registry import Registry


def test_an_added_honoree_is_stored_canonical(any_registry: Registry) -> None:
    typed = unicodedata.normalize("NFD", "  NGUYỄN   THỊ  HÒA ")
    added = add_honoree(any_registry, HonoreeInput(name=typed, gender="female",
                                                   unit="Đồn Biên phòng Trà Lĩnh"))
    fields = honoree_fields(any_registry, added.id)
    assert fields.entry.name == "Nguyễn Thị Hòa"
    assert fields.entry.unit == "Đồn Biên phòng Trà Lĩnh"


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        (HonoreeInput(name=" \u200b "), "honoree.name_empty"),
        (HonoreeInput(name="Xóm Bản Giốc", kind="collective", gender="male"),
         "honoree.collective_personal"),
        (HonoreeInput(name="Lê Văn An", birth_year=1066), "honoree.bad_year"),
    ],
)
def test_impossible_values_are_refused(any_registry: Registry, entry: HonoreeInput,
                                       key: str) -> None:
    with pytest.raises(DataError) as refused:
        add_honoree(any_registry, entry)
    assert refused.value.key == key


def test_an_edit_on_a_stale_version_is_a_conflict_not_a_lost_update(
    any_registry: Registry,
) -> None:
    added = add_honoree(any_registry, HonoreeInput(name="Lục Văn Bình"))
    first_clerk = honoree_fields(any_registry, added.id)
    second_clerk = honoree_fields(any_registry, added.id)
    update_honoree(any_registry, added.id, HonoreeInput(name="Lục Văn Bình", rank="Đại úy"),
                   first_clerk.version)
    with pytest.raises(ConflictError):
        update_honoree(any_registry, added.id,
                       HonoreeInput(name="Lục Văn Bình", rank="Thiếu tá"), second_clerk.version)
    assert honoree_fields(any_registry, added.id).entry.rank == "Đại úy"


def test_renaming_resorts_and_is_audited(any_registry: Registry) -> None:
    added = add_honoree(any_registry, HonoreeInput(name="Bế Văn An"))
    saved = update_honoree(any_registry, added.id, HonoreeInput(name="Bế Văn Yên"),
                           added.version)
    assert saved.version == added.version + 1
    with any_registry.reading() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["add", "edit"]


def test_bulk_status_change_returns_what_undo_needs(any_sample_registry: Registry) -> None:
    rows = list_awards(any_sample_registry)[:3]
    before = set_award_statuses(any_sample_registry, {row.award_id: "absent" for row in rows})
    assert set(before.values()) == {"approved"}
    assert {row.status for row in list_awards(any_sample_registry)[:3]} == {"absent"}
    set_award_statuses(any_sample_registry, before)  # undo
    assert {row.status for row in list_awards(any_sample_registry)[:3]} == {"approved"}


def test_citations_and_ceremonies_change_in_bulk(any_sample_registry: Registry) -> None:
    rows = list_awards(any_sample_registry)[:2]
    old = set_award_citations(any_sample_registry,
                              {row.award_id: "Có thành tích  xuất sắc" for row in rows})
    assert len(old) == 2
    moved = set_award_ceremonies(any_sample_registry, {rows[0].award_id: None})
    assert moved == {rows[0].award_id: rows[0].ceremony_id}
    assert len(list_awards(any_sample_registry, ceremony_id=rows[0].ceremony_id)) == 48


def test_unknown_awards_are_refused_whole(any_sample_registry: Registry) -> None:
    first = list_awards(any_sample_registry)[0]
    with pytest.raises(DataError):
        set_award_statuses(any_sample_registry, {first.award_id: "absent", 999_999: "absent"})
    assert list_awards(any_sample_registry)[0].status == "approved"


def test_only_an_honoree_without_awards_can_be_removed(any_sample_registry: Registry) -> None:
    from ceremony.services.editing import remove_honoree

    added = add_honoree(any_sample_registry, HonoreeInput(name="Vi Thị Én"))
    assert remove_honoree(any_sample_registry, added.id).entry.name == "Vi Thị Én"
    holder = list_awards(any_sample_registry)[0]
    with pytest.raises(DataError) as refused:
        remove_honoree(any_sample_registry, holder.honoree_id)
    assert refused.value.key == "honoree.has_awards"
