"""Exports safe to open in Excel: no formula runs, leading zeros stay, nothing cut short."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from ceremony.errors import DataError
from ceremony.messages import render
from ceremony.reports.safe import CELL_LIMIT, csv_bytes, put


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("attack", [
    "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", "=1+1", "+1+1", "-1+1", "@SUM(A1)",
    "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "＝1+1"])
def test_formula_starts_are_neutralised_in_csv(attack: str) -> None:
    [[cell]] = read_csv(csv_bytes([[attack]]))
    assert cell == "'" + attack


@pytest.mark.parametrize("harmless", ["Lê Văn Tám", "0912345678", "07/QĐ-UBND", "a=b", "",
                                      "1 + 1", "Trung tá"])
def test_other_text_is_written_as_it_is(harmless: str) -> None:
    assert read_csv(csv_bytes([[harmless, 5]])) == [[harmless, "5"]]


def xlsx_cells(values: list[object]) -> list[tuple[object, str]]:
    book = openpyxl.Workbook()
    for column, value in enumerate(values, start=1):
        put(book.active, 1, column, value)  # type: ignore[arg-type]
    buffer = io.BytesIO()
    book.save(buffer)
    sheet = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active
    return [(cell.value, cell.data_type) for cell in sheet[1]]


def test_xlsx_text_is_always_a_string_cell() -> None:
    values: list[object] = ["=1+1", "+A1", "-A1", "@A1", "=HYPERLINK(\"x\")", "0412",
                            "0912345678", "007/2024/QĐ-BTL", 49, 0]
    assert xlsx_cells(values) == [
        ("=1+1", "s"), ("+A1", "s"), ("-A1", "s"), ("@A1", "s"), ("=HYPERLINK(\"x\")", "s"),
        ("0412", "s"), ("0912345678", "s"), ("007/2024/QĐ-BTL", "s"), (49, "n"), (0, "n")]


def test_control_characters_that_xlsx_cannot_hold_are_dropped() -> None:
    assert xlsx_cells(["Lê\x01 Văn\x1f Tám"]) == [("Lê Văn Tám", "s")]


def test_text_longer_than_a_cell_is_refused_not_cut() -> None:
    fits, too_long = "a" * CELL_LIMIT, "Thành tích " + "x" * CELL_LIMIT
    assert xlsx_cells([fits]) == [(fits, "s")]
    assert read_csv(csv_bytes([[fits]])) == [[fits]]
    with pytest.raises(DataError) as refused:
        xlsx_cells(["ok", too_long])
    assert refused.value.key == "export.too_long"
    message = render(refused.value.key, "vi", **refused.value.params)
    assert "B1" in message and "32767" in message and "Thành tích" in message
    with pytest.raises(DataError) as refused_csv:
        csv_bytes([["ok"], ["ok", "ok", too_long]])
    assert refused_csv.value.params["cell"] == "C2"


def test_characters_outside_the_basic_plane_count_twice_as_excel_counts_them() -> None:
    with pytest.raises(DataError):
        csv_bytes([["😀" * (CELL_LIMIT // 2 + 1)]])
