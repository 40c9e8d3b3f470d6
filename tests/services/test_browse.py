"""The registry-wide browse index: accent-blind search, filters, Vietnamese order."""

from __future__ import annotations

from ceremony.services.browse import BrowseIndex, Filters, load_browse_rows
from ceremony.services.editing import add_honoree
from ceremony.services.honorees import HonoreeInput
from ceremony.store.registry import Registry


def test_every_award_and_every_honoree_without_one_is_listed(
    any_sample_registry: Registry,
) -> None:
    add_honoree(any_sample_registry, HonoreeInput(name="Hoàng Thị Xuân"))
    rows = load_browse_rows(any_sample_registry)
    assert len(rows) == 50
    assert [row.award_id for row in rows if row.name == "Hoàng Thị Xuân"] == [None]


def test_search_ignores_accents_case_and_finds_units(any_sample_registry: Registry) -> None:
    index = BrowseIndex(load_browse_rows(any_sample_registry))
    names = {index.rows[i].name for i in index.filter(Filters(text="hoang van duc"))}
    assert "Hoàng Văn Đức" in names
    in_unit = index.filter(Filters(text="DON BIEN PHONG TRA LINH"))
    assert in_unit and all("Trà Lĩnh" in (index.rows[i].unit + index.rows[i].name)
                           for i in in_unit)


def test_filters_combine(any_sample_registry: Registry) -> None:
    index = BrowseIndex(load_browse_rows(any_sample_registry))
    collectives = index.filter(Filters(kind="collective"))
    assert len(collectives) == 9
    medal = next(row.award for row in index.rows if row.award.startswith("Kỷ niệm"))
    assert len(index.filter(Filters(award=medal, kind="individual"))) == 15
    assert index.filter(Filters(award=medal, kind="collective")) == []


def test_name_sort_is_official_vietnamese_order(any_registry: Registry) -> None:
    for name in ("Nguyễn Văn Bình", "Trần An", "Đỗ Văn Bình", "Phạm Ánh", "Lê Văn An",
                 "Trần Thị Ánh", "Nguyễn Thị Ánh"):
        add_honoree(any_registry, HonoreeInput(name=name))
    index = BrowseIndex(load_browse_rows(any_registry))
    ordered = index.sort(index.filter(Filters()), "name")
    assert [index.rows[i].name for i in ordered] == [
        "Trần An", "Lê Văn An", "Phạm Ánh", "Nguyễn Thị Ánh", "Trần Thị Ánh", "Đỗ Văn Bình",
        "Nguyễn Văn Bình"]
    backwards = index.sort(ordered, "name", descending=True)
    assert index.rows[backwards[0]].name == "Nguyễn Văn Bình"
