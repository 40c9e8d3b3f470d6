"""The registry's tone order decides the stored sort keys, for old and new names alike."""

from __future__ import annotations

from ceremony.services.browse import BrowseIndex, Filters, load_browse_rows
from ceremony.services.editing import add_honoree
from ceremony.services.honorees import HonoreeInput
from ceremony.services.tone_order import get_tone_order, set_tone_order
from ceremony.store.registry import Registry
from ceremony.text import ToneOrder


def names_in_order(registry: Registry) -> list[str]:
    index = BrowseIndex(load_browse_rows(registry))
    return [index.rows[i].name for i in index.sort(index.filter(Filters()), "name")]


def test_changing_the_tone_order_rekeys_the_registry(any_registry: Registry) -> None:
    add_honoree(any_registry, HonoreeInput(name="Lê Văn Cánh"))   # sắc
    add_honoree(any_registry, HonoreeInput(name="Lê Văn Cảnh"))   # hỏi
    assert get_tone_order(any_registry) is ToneOrder.ICU
    assert names_in_order(any_registry) == ["Lê Văn Cảnh", "Lê Văn Cánh"]  # hỏi < sắc

    before = set_tone_order(any_registry, ToneOrder.TRADITIONAL)
    assert before is ToneOrder.ICU
    assert names_in_order(any_registry) == ["Lê Văn Cánh", "Lê Văn Cảnh"]  # sắc < hỏi

    add_honoree(any_registry, HonoreeInput(name="Lê Văn Cạnh"))   # nặng, keyed the new way
    assert names_in_order(any_registry) == ["Lê Văn Cánh", "Lê Văn Cảnh", "Lê Văn Cạnh"]
    set_tone_order(any_registry, ToneOrder.ICU)
    assert names_in_order(any_registry) == ["Lê Văn Cảnh", "Lê Văn Cánh", "Lê Văn Cạnh"]
