"""Authorities, award types and decisions: add, edit with undo data, refuse bad or in-use."""

from __future__ import annotations

from datetime import date

import pytest

from ceremony.errors import DataError
from ceremony.services.reference import (
    AuthorityInfo,
    AwardTypeInfo,
    DecisionInfo,
    list_authorities,
    list_award_types,
    list_decisions,
    remove,
    save,
)
from ceremony.store.registry import Registry


def test_add_edit_and_restore_an_authority(any_registry: Registry) -> None:
    added, before = save(any_registry, AuthorityInfo(None, " Chủ tịch  UBND tỉnh Hà Giang "))
    assert before is None and added.id is not None
    edited, before = save(any_registry, AuthorityInfo(
        added.id, "Chủ tịch UBND tỉnh Hà Giang", title_line="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        signer_name="Nguyễn Văn Sơn", place_name="Hà Giang"))
    assert before == added
    assert list_authorities(any_registry) == [edited]
    save(any_registry, before)  # undo
    assert list_authorities(any_registry) == [added]


def test_award_types_and_decisions_belong_to_an_authority(any_registry: Registry) -> None:
    authority, _ = save(any_registry, AuthorityInfo(None, "Bộ Tư lệnh Bộ đội Biên phòng"))
    assert authority.id is not None
    medal, _ = save(any_registry, AwardTypeInfo(None, "Kỷ niệm chương", authority.id,
                                                category="medal", recipients="individual",
                                                once_per_honoree=True, precedence=10))
    decision, _ = save(any_registry, DecisionInfo(None, "412/QĐ-BTL", authority.id,
                                                  date=date(2024, 2, 5)))
    assert list_award_types(any_registry) == [medal]
    assert list_decisions(any_registry) == [decision]
    with pytest.raises(DataError) as refused:
        remove(any_registry, authority)
    assert refused.value.key == "reference.in_use"
    remove(any_registry, medal)
    remove(any_registry, decision)
    remove(any_registry, authority)
    assert list_authorities(any_registry) == []


def test_duplicates_and_nonsense_are_refused(any_registry: Registry) -> None:
    authority, _ = save(any_registry, AuthorityInfo(None, "Giám đốc Sở Nội vụ"))
    with pytest.raises(DataError) as duplicate:
        save(any_registry, AuthorityInfo(None, "Giám đốc  Sở Nội vụ"))
    assert duplicate.value.key == "reference.duplicate"
    assert authority.id is not None
    with pytest.raises(DataError) as bad:
        save(any_registry, AwardTypeInfo(None, "Huy chương", authority.id, category="trophy"))
    assert bad.value.key == "reference.bad_category"
    with pytest.raises(DataError) as empty:
        save(any_registry, DecisionInfo(None, " ", authority.id))
    assert empty.value.key == "reference.name_empty"
