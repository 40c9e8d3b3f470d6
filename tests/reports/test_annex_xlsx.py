"""The annex workbook: read back with openpyxl, safe to open, and read back by the importer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.reports.annex_xlsx import write_annex_xlsx
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.reports import annex_document
from ceremony.store.registry import Registry, open_registry
from tests.reports.conftest import english_night, sample_id


def test_the_workbook_has_one_sheet_per_decision_in_the_annex_shape(
        sample_registry: Registry, tmp_path: Path) -> None:
    target = write_annex_xlsx(annex_document(sample_registry, sample_id(sample_registry)),
                              tmp_path / "phu-luc.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["412-QĐ-BTL", "418-QĐ-BTL", "215-QĐ-UBND"]
    sheet = book["418-QĐ-BTL"]
    column_a = [sheet.cell(row=r, column=1).value for r in range(1, sheet.max_row + 1)]
    assert column_a[0] == "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG"
    assert sheet["C1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert column_a[3:6] == [
        "DANH SÁCH", "Tập thể, cá nhân được tặng Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng",
        "(Kèm theo Quyết định số 418/QĐ-BTL ngày 06/02/2024 của Bộ Tư lệnh Bộ đội Biên phòng)"]
    header = [c.value for c in sheet[8]]
    assert header == ["STT", "Họ và tên", "Cấp bậc", "Chức vụ", "Đơn vị",
                      "Hình thức khen thưởng"]
    assert [c.value for c in sheet[9]][:2] == ["I", "TẬP THỂ"]
    assert [c.value for c in sheet[12]][:2] == ["II", "CÁ NHÂN"]
    assert [c.value for c in sheet[13]] == [
        1, "Lương Đình Hưng", "Trung tá", "Đồn trưởng", "Đồn Biên phòng Trà Lĩnh",
        "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"]
    assert column_a[-1] == "Ấn định danh sách gồm 02 tập thể và 04 cá nhân./."
    assert sheet.print_title_rows == "$8:$8"


def test_no_cell_is_a_formula_and_leading_zeros_stay(registry: Registry, tmp_path: Path) -> None:
    names = (("=HYPERLINK(\"http://evil\",\"x\")", "individual"), ("+cmd|' /C calc'!A0",
             "individual"), ("@cmd(1+1)", "individual"), ("-2+3", "collective"),
             ("0912345678", "individual"))
    prizes = english_night(registry, names)
    document = annex_document(registry, prizes.ceremony_id)
    stored = {entry.name for entry in document.annexes[0].entries}
    assert {name[0] for name in stored} == {"=", "+", "@", "-", "0"}
    target = write_annex_xlsx(document, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(target).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells if cell.data_type == "s"}
    assert stored <= texts
    assert "0912345678" in texts
    assert "(Attached to Decision No. 07/2025 of 2 June 2025 by the Board of Governors)" in texts


def test_the_importer_reads_the_annex_back_into_a_fresh_registry(
        sample_registry: Registry, tmp_path: Path) -> None:
    document = annex_document(sample_registry, sample_id(sample_registry))
    target = write_annex_xlsx(document, tmp_path / "phu-luc.xlsx")
    fresh = open_registry(tmp_path / "fresh.sqlite3")
    try:
        ceremony = add_ceremony(fresh, "Nhập lại", date(2024, 2, 23)).id
        sheets = openpyxl.load_workbook(target, read_only=True).sheetnames
        for annex, sheet in zip(document.annexes, sheets, strict=True):
            # An office importing an annex names its authority (a fresh registry has none).
            preview = preview_files(fresh, [target], ImportOptions(
                ceremony_id=ceremony, sheet=sheet, authority=annex.authority))
            assert not preview.all_problems, preview.all_problems
            assert preview.sheets[0].title_decision == (annex.decision_number,
                                                        annex.decision_date)
            commit_preview(fresh, preview)
        again = annex_document(fresh, ceremony)
    finally:
        fresh.close()

    def shape(doc: object) -> list[tuple[str, str, str, list[tuple[str, ...]]]]:
        return [(a.award, a.decision_number, a.authority,
                 [(e.name, e.kind, e.rank, e.position, e.unit) for e in a.entries])
                for a in doc.annexes]  # type: ignore[attr-defined]

    assert shape(again) == shape(document)
    assert [a.decision_date for a in again.annexes] == [a.decision_date
                                                        for a in document.annexes]


def test_an_english_annex_is_read_back_with_its_decision(registry: Registry,
                                                         tmp_path: Path) -> None:
    english_night(registry, (("Ada Lovelace", "individual"), ("Mathematics Department",
                                                              "collective")))
    document = annex_document(registry, 1)
    target = write_annex_xlsx(document, tmp_path / "annex.xlsx")
    fresh = open_registry(tmp_path / "fresh.sqlite3")
    try:
        ceremony = add_ceremony(fresh, "Read back", date(2025, 6, 20), language="en").id
        preview = preview_files(fresh, [target], ImportOptions(
            ceremony_id=ceremony, authority="Board of Governors"))
        assert not preview.all_problems, preview.all_problems
        assert preview.sheets[0].title_decision == ("07/2025", date(2025, 6, 2))
        commit_preview(fresh, preview)
        again = annex_document(fresh, ceremony).annexes
    finally:
        fresh.close()
    assert [(a.decision_number, a.decision_date, a.award) for a in again] == [
        ("07/2025", date(2025, 6, 2), "Certificate of Excellence")]
    assert sorted((e.name, e.kind) for e in again[0].entries) == [
        ("Ada Lovelace", "individual"), ("Mathematics Department", "collective")]
