"""The sample ceremony loads whole, in NFC, with the founding case's figures."""

from __future__ import annotations

import unicodedata
from collections import Counter

from ceremony.services.honorees import AwardOrder, list_awards
from ceremony.services.sample import load_sample, read_sample
from ceremony.store.registry import Registry

MEDAL = "Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”"
COMMAND_MERIT = "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"
PROVINCE_MERIT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"


def test_the_sample_has_the_founding_figures(any_sample_registry: Registry) -> None:
    rows = list_awards(any_sample_registry)
    figures = Counter((row.award, row.kind) for row in rows)
    assert figures == {
        (MEDAL, "individual"): 15,
        (COMMAND_MERIT, "collective"): 2,
        (COMMAND_MERIT, "individual"): 4,
        (PROVINCE_MERIT, "collective"): 7,
        (PROVINCE_MERIT, "individual"): 21,
    }


def test_names_are_exact_and_nfc(any_sample_registry: Registry) -> None:
    expected = [entry["name"] for entry in read_sample()["awards"]]
    names = [row.name for row in list_awards(any_sample_registry)]
    assert names == expected
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def test_loading_twice_keeps_one_copy(any_registry: Registry) -> None:
    first, loaded_first = load_sample(any_registry)
    second, loaded_second = load_sample(any_registry)
    assert (loaded_first, loaded_second) == (True, False)
    assert first.id == second.id
    assert len(list_awards(any_registry)) == 49


def test_search_ignores_accents_and_case(any_sample_registry: Registry) -> None:
    target = read_sample()["awards"][0]["name"]  # e.g. "Hoàng Văn Đức"
    folded = unicodedata.normalize("NFD", target.upper())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = plain.replace("Đ", "D").lower()
    found = list_awards(any_sample_registry, search=plain)
    assert target in [row.name for row in found]
    assert len(found) < 49


def test_name_order_is_by_given_name(any_sample_registry: Registry) -> None:
    rows = list_awards(any_sample_registry, order=AwardOrder.NAME)
    people = [row.name for row in rows if row.kind == "individual"]
    givens = [name.split()[-1] for name in people]
    # The first given names in Vietnamese order start with A/Ă/Â/B…, never with Y.
    assert givens[0][0] in "AĂÂBCD"
    assert givens[-1][0] in "TUƯVXY"
