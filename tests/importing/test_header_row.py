"""A header row the detection gets wrong, or cannot find, is pointed out by the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from ceremony.errors import DataError
from ceremony.importing import Field, ImportOptions, commit_preview, preview_files
from ceremony.services.honorees import list_awards
from ceremony.store.registry import Registry
from tests.importing.conftest import table_hashes

AWARD = "Bằng khen"
AUTHORITY = "UBND tỉnh"
NAMES = ["Nguyễn Văn An", "Trần Thị Hòa", "Hoàng Văn Nam"]
BODY = ["1,Nguyễn Văn An,Đồn Biên phòng Trà Lĩnh", "2,Trần Thị Hòa,Xã Cần Yên",
        "3,Hoàng Văn Nam,Đồn Biên phòng Lý Vạn"]


def misleading_list(folder: Path) -> Path:
    """A form line above the table names a person and a unit, like a header would."""
    path = folder / "de-nghi.csv"
    lines = ["Họ tên người lập biểu: Lê Văn Tám,Đơn vị: Phòng Tổ chức cán bộ,",
             "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG,,", "STT,Họ và tên,Đơn vị", *BODY]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def headerless_list(folder: Path) -> Path:
    """Column titles no rule knows: nothing names the name column."""
    path = folder / "khong-tieu-de.csv"
    lines = ["DANH SÁCH,,", "Số,Đồng chí,Nơi làm việc", *BODY]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def options(ceremony_id: int, **more: object) -> ImportOptions:
    return ImportOptions(ceremony_id=ceremony_id, award=AWARD, authority=AUTHORITY,
                         **more)  # type: ignore[arg-type]


def test_detection_takes_the_form_line_the_user_corrects_it(
        registry: Registry, ceremony_id: int, tmp_path: Path) -> None:
    path = misleading_list(tmp_path)
    detected = preview_files(registry, [path], options(ceremony_id))
    assert detected.sheets[0].layout.header_rows == (0,)
    assert [e.name for e in detected.entries] != NAMES

    corrected = preview_files(registry, [path], options(ceremony_id, header_row=3))
    sheet = corrected.sheets[0]
    assert sheet.layout.header_rows == (2,) and sheet.layout.body_start == 3
    assert [(e.row, e.name, e.unit) for e in corrected.entries] == [
        (4, "Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"), (5, "Trần Thị Hòa", "Xã Cần Yên"),
        (6, "Hoàng Văn Nam", "Đồn Biên phòng Lý Vạn")]
    assert corrected.errors == []
    # The rows above the chosen header are the title block.
    assert sheet.layout.title[0].startswith("Họ tên người lập biểu")
    commit_preview(registry, corrected)
    assert [a.name for a in list_awards(registry)] == NAMES


def test_a_sheet_named_header_row_wins_over_the_general_one(
        registry: Registry, ceremony_id: int, tmp_path: Path) -> None:
    path = misleading_list(tmp_path)
    preview = preview_files(registry, [path], options(
        ceremony_id, header_row=1, header_rows={(path.name, ""): 3}))
    assert [e.name for e in preview.entries] == NAMES
    other = preview_files(registry, [path], options(
        ceremony_id, header_row=3, header_rows={("another.csv", ""): 1}))
    assert [e.name for e in other.entries] == NAMES


def test_a_list_without_a_known_header_imports_once_pointed_out_and_mapped(
        registry: Registry, ceremony_id: int, tmp_path: Path) -> None:
    path = headerless_list(tmp_path)
    with pytest.raises(DataError) as refused:
        preview_files(registry, [path], options(ceremony_id))
    assert refused.value.key == "import.no_header"
    pointed = preview_files(registry, [path], options(ceremony_id, header_row=2))
    # Nothing in the row names the name column: said once, at the header, until mapped.
    assert [(p.key, p.row) for p in pointed.errors] == [("import.no_name_column", 2)]
    assert pointed.sheets[0].layout.labels == ["Số", "Đồng chí", "Nơi làm việc"]
    mapped = preview_files(registry, [path], options(
        ceremony_id, header_row=2,
        overrides={"A": Field.SEQ, "B": Field.NAME, "Nơi làm việc": Field.UNIT}))
    assert mapped.errors == []
    assert [(e.seq, e.name, e.unit) for e in mapped.entries] == [
        ("1", "Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"), ("2", "Trần Thị Hòa", "Xã Cần Yên"),
        ("3", "Hoàng Văn Nam", "Đồn Biên phòng Lý Vạn")]


@pytest.mark.parametrize("row", [0, 6, 99])
def test_a_header_row_outside_the_sheet_is_refused(registry: Registry, ceremony_id: int,
                                                   tmp_path: Path, row: int) -> None:
    path = misleading_list(tmp_path)
    before = table_hashes(registry)
    if row == 6:  # the last row is allowed: it simply leaves no honorees below it
        assert preview_files(registry, [path], options(ceremony_id, header_row=6)).entries == []
        return
    with pytest.raises(DataError) as refused:
        preview_files(registry, [path], options(ceremony_id, header_row=row))
    assert refused.value.key == "import.header_row_outside"
    assert path.name in str(refused.value) and "6" in str(refused.value)
    assert table_hashes(registry) == before
