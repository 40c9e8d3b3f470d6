"""Committing, matching and undoing imports, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.honorees import list_awards
from ceremony.services.imports import list_batches, undo_batch
from ceremony.store.models import Honoree, ImportBatch
from ceremony.store.registry import Registry
from tests.importing.conftest import table_hashes

AWARD = "Bằng khen của Chủ tịch UBND tỉnh"
MEDAL = "Kỷ niệm chương Vì chủ quyền an ninh biên giới Tổ quốc"
AUTHORITY = "Chủ tịch UBND tỉnh Cao Bằng"


def write_list(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = ["STT,Họ và tên,Đơn vị"] + [f"{i},{n},{u}" for i, (n, u) in enumerate(rows, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(registry: Registry, path: Path, award: str = AWARD, **more: object) -> list[int]:
    ceremony = add_ceremony(registry, "Lễ", date(2024, 2, 23)).id
    preview = preview_files(registry, [path], ImportOptions(
        ceremony_id=ceremony, award=award, authority=AUTHORITY, **more))  # type: ignore[arg-type]
    assert preview.errors == [], [p.key for p in preview.errors]
    return commit_preview(registry, preview)


def honorees(registry: Registry) -> list[tuple[str, str, int | None]]:
    with registry.reading() as session:
        return [(h.name, h.unit.name if h.unit else "", h.import_batch_id)
                for h in session.query(Honoree).order_by(Honoree.id)]


def test_import_then_undo(any_registry: Registry, tmp_path: Path) -> None:
    path = write_list(tmp_path / "a.csv", [("Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"),
                                           ("<b>Lê & Văn</b> Bình", "xã Cần Yên")])
    [batch] = run(any_registry, path)
    assert [(n, u) for n, u, _ in honorees(any_registry)] == [
        ("Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"), ("<b>Lê & Văn</b> Bình", "xã Cần Yên")]
    [info] = list_batches(any_registry)
    assert (info.id, info.row_count, info.awards, len(info.source) > 0) == (batch, 2, 2, True)
    assert undo_batch(any_registry, batch) == (2, 2)
    assert honorees(any_registry) == [] and len(list_awards(any_registry)) == 0
    with any_registry.reading() as session:
        assert session.get(ImportBatch, batch).undone_at is not None  # type: ignore[union-attr]


def test_same_name_same_unit_is_linked_other_unit_kept_apart(any_registry: Registry,
                                                             tmp_path: Path) -> None:
    run(any_registry, write_list(tmp_path / "a.csv", [("Nguyễn Văn An", "Đồn Trà Lĩnh")]))
    second = write_list(tmp_path / "b.csv", [("NGUYỄN VĂN AN", "đồn trà lĩnh"),
                                             ("Nguyễn Văn An", "Đồn Lý Vạn"),
                                             ("Trần Thị Hòa", "Xã A"), ("Trần Thị Hòa", "Xã B")])
    ceremony = add_ceremony(any_registry, "Lễ 2", date(2024, 3, 1)).id
    preview = preview_files(any_registry, [second], ImportOptions(
        ceremony_id=ceremony, award=AWARD, decision="12/QĐ"))
    assert preview.matches == {0: 1}
    assert list(preview.possible) == [1]
    assert [p.key for p in preview.all_problems] == ["warn.possible_duplicate"]
    [batch] = commit_preview(any_registry, preview)
    # Linked, not created again; the possible duplicate and both Hòa stay separate people.
    assert len(honorees(any_registry)) == 4
    assert undo_batch(any_registry, batch) == (4, 3)
    assert len(honorees(any_registry)) == 1  # the linked honoree keeps its first award


def test_once_only_medal_and_kind_are_checked(any_registry: Registry, tmp_path: Path) -> None:
    path = write_list(tmp_path / "a.csv", [("Phạm Đức Anh", "Đồn Trà Lĩnh")])
    run(any_registry, path, award=MEDAL)
    again = write_list(tmp_path / "b.csv", [("Phạm Đức Anh", "Đồn Trà Lĩnh"),
                                            ("Đồn Biên phòng Lý Vạn", "")])
    before = table_hashes(any_registry)
    preview = preview_files(any_registry, [again], ImportOptions(ceremony_id=1, award=MEDAL))
    assert sorted(p.key for p in preview.errors) == ["row.award_kind", "row.once_held"]
    with pytest.raises(Exception, match="refused"):
        commit_preview(any_registry, preview)
    assert table_hashes(any_registry) == before


def test_mapping_is_remembered_by_header_signature(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Số TT,Họ và tên,Nơi ở\n1,Lê Văn Tám,Xã Cần Yên\n", encoding="utf-8")
    from ceremony.importing import Field

    run(registry, path, overrides={"Nơi ở": Field.UNIT})
    preview = preview_files(registry, [path], ImportOptions(ceremony_id=1, award=AWARD))
    assert preview.sheets[0].remembered
    assert preview.entries[0].unit == "Xã Cần Yên"


def test_an_import_first_backs_the_registry_up_as_it_was(registry: Registry,
                                                          tmp_path: Path) -> None:
    import sqlite3

    from ceremony.store.backup import default_backup_folder

    path = write_list(tmp_path / "a.csv", [("Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh")])
    run(registry, path)
    [backup] = default_backup_folder(Path(registry.location)).glob("*-before-import.sqlite3")
    with sqlite3.connect(backup) as copy:  # the ceremony is there, the imported row is not
        assert copy.execute("SELECT count(*) FROM ceremonies").fetchone() == (1,)
        assert copy.execute("SELECT count(*) FROM honorees").fetchone() == (0,)


def test_a_second_award_sooner_than_the_minimum_years_is_a_warning(any_registry: Registry,
                                                                   tmp_path: Path) -> None:
    from ceremony.services.eligibility import set_min_years

    path = write_list(tmp_path / "a.csv", [("Phạm Đức Anh", "Đồn Trà Lĩnh"),
                                           ("Lò Thị Mai", "Xã Cần Yên")])
    run(any_registry, path, decision="12/QĐ-UBND", decision_date=date(2022, 5, 4))
    later = add_ceremony(any_registry, "Lễ 2025", date(2025, 9, 2)).id

    def warnings() -> list[tuple[str, str]]:
        preview = preview_files(any_registry, [path], ImportOptions(
            ceremony_id=later, award=AWARD, authority=AUTHORITY, decision="88/QĐ-UBND"))
        return sorted((p.key, p.value) for p in preview.problems if p.key == "row.too_soon")

    assert warnings() == []  # no minimum set: the office decides
    set_min_years(any_registry, 5)
    assert warnings() == [("row.too_soon", "Lò Thị Mai"), ("row.too_soon", "Phạm Đức Anh")]
    set_min_years(any_registry, 3)
    assert warnings() == []  # 2022-05-04 to 2025-09-02 is more than three years
