"""The stored forms of a name: canonical text plus its search, duplicate and sort keys."""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.store.enums import HonoreeKind
from ceremony.text import (
    ToneOrder,
    canonical_name,
    duplicate_key,
    person_sort_key,
    search_key,
    split_name,
    text_sort_key,
)


@dataclass(frozen=True)
class StoredName:
    name: str
    family: str
    middle: str
    given: str
    search_key: str
    duplicate_key: str
    sort_key: bytes


def stored_name(typed: str, kind: str, tone_order: ToneOrder = ToneOrder.ICU) -> StoredName:
    """How a name as typed is kept: people sort by given name, organisations as written."""
    name = canonical_name(typed)
    if kind == HonoreeKind.INDIVIDUAL:
        parts = split_name(name)
        return StoredName(
            name=name,
            family=parts.family,
            middle=parts.middle,
            given=parts.given,
            search_key=search_key(name),
            duplicate_key=duplicate_key(name),
            sort_key=person_sort_key(name, tone_order),
        )
    return StoredName(
        name=name,
        family="",
        middle="",
        given="",
        search_key=search_key(name),
        duplicate_key=duplicate_key(name),
        sort_key=text_sort_key(name, tone_order),
    )
