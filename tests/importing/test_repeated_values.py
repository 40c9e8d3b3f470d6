"""Values repeated down a list are worked out once per column: never mixed up with a
value that only compares equal, nor with the same text under a legacy font."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font
from sqlalchemy import select

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.importing.legacy import encode_tcvn3
from ceremony.services.ceremonies import add_ceremony
from ceremony.store.models import Award, Honoree, Unit
from ceremony.store.registry import Registry

AWARD = "Bằng khen"
AUTHORITY = "UBND tỉnh"
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
         "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc"]


def options(ceremony_id: int) -> ImportOptions:
    return ImportOptions(ceremony_id=ceremony_id, award=AWARD, authority=AUTHORITY)


def test_true_and_one_are_different_cells(registry: Registry, ceremony_id: int,
                                          tmp_path: Path) -> None:
    # True == 1 == 1.0 as dictionary keys, but a year cell of TRUE reads "True".
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Năm sinh"])
    for number, year in enumerate([True, 1, True, 1.0, False, 0], start=1):
        sheet.append([number, f"Nguyễn Văn {GIVEN[number]}", year])
    book.save(tmp_path / "years.xlsx")
    preview = preview_files(registry, [tmp_path / "years.xlsx"], options(ceremony_id))
    assert [(p.key, p.row, p.value) for p in preview.errors] == [
        ("cell.bad_year", 2, "True"), ("cell.bad_year", 3, "1"), ("cell.bad_year", 4, "True"),
        ("cell.bad_year", 5, "1"), ("cell.bad_year", 6, "False"), ("cell.bad_year", 7, "0")]


def test_a_legacy_font_cell_is_read_apart_from_the_same_text_elsewhere(
        registry: Registry, ceremony_id: int, tmp_path: Path) -> None:
    legacy = encode_tcvn3("Đồn Trà Lĩnh")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Họ và tên", "Đơn vị"])
    for number, given in enumerate(GIVEN, start=1):
        unit = legacy if number in (5, 6, 7) else "Đồn Biên phòng Lý Vạn"
        sheet.append([number, f"Trần Thị {given}", unit])
    sheet["C7"].font = Font(name=".VnTime")  # list row 6 only was typed under .VnTime
    book.save(tmp_path / "fonts.xlsx")
    preview = preview_files(registry, [tmp_path / "fonts.xlsx"], options(ceremony_id))
    units = {e.row: e.unit for e in preview.entries}
    assert (units[6], units[7], units[8]) == (legacy, "Đồn Trà Lĩnh", legacy)
    converted = [p for p in preview.all_problems if p.key == "warn.text_converted"]
    assert [(p.row, p.column_name) for p in converted] == [(7, "C")]


def test_the_first_spelling_of_a_new_unit_is_stored(any_registry: Registry,
                                                    tmp_path: Path) -> None:
    ceremony_id = add_ceremony(any_registry, "Lễ", date(2024, 2, 23)).id
    path = tmp_path / "units.csv"
    path.write_text("STT,Họ và tên,Đơn vị,Ngày sinh\n"
                    "1,Nguyễn Văn An,XÃ CẦN YÊN,12/03/1980\n"
                    "2,Trần Thị Hòa,xã Cần Yên,\n"
                    "3,Lê Văn Tám,XÃ CẦN YÊN,1975-11-02\n", encoding="utf-8")
    commit_preview(any_registry, preview_files(any_registry, [path], options(ceremony_id)))
    with any_registry.reading() as session:
        assert list(session.scalars(select(Unit.name))) == ["XÃ CẦN YÊN"]
        stored = session.execute(select(Honoree.name, Honoree.unit_id, Honoree.birth_date,
                                        Honoree.birth_year, Honoree.version)
                                 .order_by(Honoree.id)).all()
        awards = session.scalars(select(Award).order_by(Award.id)).all()
        # What the plain inserts must store as the ORM would: dates, and the
        # tables' own defaults for the columns an import does not fill.
        assert [(s.name, s.birth_date, s.birth_year, s.version) for s in stored] == [
            ("Nguyễn Văn An", date(1980, 3, 12), 1980, 1), ("Trần Thị Hòa", None, None, 1),
            ("Lê Văn Tám", date(1975, 11, 2), 1975, 1)]
        assert len({s.unit_id for s in stored}) == 1
        assert [(a.list_position, a.posthumous, a.print_count, a.register_no, a.attendance,
                 a.receiver_name, a.status, a.version) for a in awards] == [
            (n, False, 0, "", "expected", "", "nominated", 1) for n in (1, 2, 3)]
