"""The stored forms of a name: canonical text plus its search, duplicate and sort keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, NamedTuple

from ceremony.store.enums import HonoreeKind
from ceremony.text import ToneOrder, canonical_name, duplicate_key, search_key
from ceremony.text.collation import sort_key_functions
from ceremony.text.names import split_words

_INDIVIDUAL: Final = HonoreeKind.INDIVIDUAL.value


class StoredName(NamedTuple):
    """A named tuple, not a dataclass: an import makes one per row, and a frozen
    dataclass cost more to build than all of the name's keys together."""

    name: str
    family: str
    middle: str
    given: str
    search_key: str
    duplicate_key: str
    sort_key: bytes


def stored_name(typed: str, kind: str, tone_order: ToneOrder = ToneOrder.ICU) -> StoredName:
    """How a name as typed is kept: people sort by given name, organisations as written."""
    return stored_names([(typed, kind)], tone_order)[0]


def stored_names(names: Iterable[tuple[str, str]],
                 tone_order: ToneOrder = ToneOrder.ICU) -> list[StoredName]:
    """stored_name of each (typed, kind) pair, in order: what an import stores."""
    person_key, text_key = sort_key_functions(tone_order)
    new = tuple.__new__  # all fields at once, without NamedTuple's Python-level __new__
    found = []
    for typed, kind in names:
        name = canonical_name(typed)
        if kind == _INDIVIDUAL:
            family, middle, given = split_words(name)
            sort_key = person_key(family, middle, given)
        else:
            family = middle = given = ""
            sort_key = text_key(name)
        found.append(new(StoredName, (name, family, middle, given, search_key(name),
                                      duplicate_key(name), sort_key)))
    return found
