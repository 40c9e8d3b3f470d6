"""Award statistics of the sample ceremony and of a period, on SQLite and PostgreSQL,
and the PDF, xlsx and csv they are reported in."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ceremony.errors import DataError
from ceremony.reports.files import write_statistics
from ceremony.services.reports import Counts, ceremony_statistics, is_minority, period_statistics
from ceremony.store.registry import Registry
from tests.reports.conftest import needs_poppler, pdf_text, sample_id

KNC = "Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”"
BK_BTL = "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"
BK_UBND = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"
# From resources/sample/ceremony_vi.json: 40 individuals (11 women; 36 of the Tày, Nùng,
# Dao and H'Mông peoples, 4 Kinh) and 9 collectives.
SAMPLE = {KNC: Counts(0, 15, 10, 5, 12), BK_BTL: Counts(2, 4, 4, 0, 4),
          BK_UBND: Counts(7, 21, 15, 6, 20)}


def test_the_sample_ceremonys_figures(any_sample_registry: Registry) -> None:
    figures = ceremony_statistics(any_sample_registry, sample_id(any_sample_registry))
    assert {row.label: row.counts for row in figures.by_award} == SAMPLE
    assert [row.label for row in figures.by_award] == [KNC, BK_BTL, BK_UBND]
    assert figures.total == Counts(9, 40, 29, 11, 36)
    assert figures.total.total == 49
    assert sum((row.counts for row in figures.by_unit), Counts()) == figures.total


def test_units_are_counted_in_vietnamese_order(any_sample_registry: Registry) -> None:
    figures = ceremony_statistics(any_sample_registry, sample_id(any_sample_registry))
    units = {row.label: row.counts for row in figures.by_unit}
    # Three border posts awarded as collectives under the provincial Border Guard.
    assert units["Bộ đội Biên phòng tỉnh Cao Bằng"] == Counts(collectives=3)
    # A collective listed without a unit stands for itself.
    assert units["Ủy ban nhân dân huyện Trùng Khánh"] == Counts(1, 1, 1, 0, 1)
    labels = [row.label for row in figures.by_unit]
    assert labels.index("Công an tỉnh Cao Bằng") < labels.index("Đồn Biên phòng Cần Yên")
    assert labels.index("Đồn Biên phòng Cần Yên") < labels.index("Phòng Chính trị, Bộ Chỉ huy "
                                                                  "Bộ đội Biên phòng tỉnh Cao Bằng")


def test_a_period_counts_awards_by_decision_date(any_sample_registry: Registry) -> None:
    whole = period_statistics(any_sample_registry, date(2024, 1, 1), date(2024, 12, 31))
    assert whole.total.total == 49
    # Decisions of 5 and 6 February fall before the 10th; the province's of the 14th after.
    later = period_statistics(any_sample_registry, date(2024, 2, 10), date(2024, 2, 14))
    assert {row.label: row.counts for row in later.by_award} == {BK_UBND: SAMPLE[BK_UBND]}
    assert period_statistics(any_sample_registry, date(2023, 1, 1),
                             date(2023, 12, 31)).total == Counts()


def test_a_backward_period_is_refused(registry: Registry) -> None:
    with pytest.raises(DataError) as refused:
        period_statistics(registry, date(2024, 12, 31), date(2024, 1, 1))
    assert refused.value.key == "report.bad_period"


@pytest.mark.parametrize(("ethnicity", "minority"), [
    ("Tày", True), ("H'Mông", True), ("Kinh", False), ("KINH", False), ("dân tộc Kinh", False),
    ("", False), ("  ", False)])
def test_who_counts_as_an_ethnic_minority(ethnicity: str, minority: bool) -> None:
    assert is_minority(ethnicity) is minority


@needs_poppler
def test_the_pdf_has_the_figures_and_the_chart(sample_registry: Registry,
                                               tmp_path: Path) -> None:
    figures = ceremony_statistics(sample_registry, sample_id(sample_registry))
    target = write_statistics(figures, "vi", tmp_path / "thong-ke.pdf")
    lines = pdf_text(target, layout=True)
    assert "THỐNG KÊ KHEN THƯỞNG" in lines
    assert "Tổng số Tập thể Cá nhân Nam Nữ" in lines
    assert "Tổng cộng 49 9 40 29 11 36" in lines
    first_page = pdf_text(target, 1, layout=True)
    assert "Số lượng khen thưởng theo hình thức" in first_page
    # The chart: award names beside bars labelled with their counts, then the legend.
    chart = first_page[first_page.index("Số lượng khen thưởng theo hình thức"):]
    assert "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng 21" in chart
    assert chart.endswith("Tập thể Cá nhân")


def test_the_xlsx_holds_numbers_and_text(sample_registry: Registry, tmp_path: Path) -> None:
    figures = ceremony_statistics(sample_registry, sample_id(sample_registry))
    target = write_statistics(figures, "vi", tmp_path / "thong-ke.xlsx")
    sheet = openpyxl.load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[4][:8] == ["Hình thức khen thưởng", "Cấp khen", "Tổng số", "Tập thể",
                           "Cá nhân", "Nam", "Nữ", "Dân tộc thiểu số"]
    assert rows[5][:8] == [KNC, "Bộ Tư lệnh Bộ đội Biên phòng", 15, 0, 15, 10, 5, 12]
    assert rows[8][:8] == ["Tổng cộng", None, 49, 9, 40, 29, 11, 36]
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert len(sheet._charts) == 1


def test_the_csv_reads_back_in_excel_shape(sample_registry: Registry, tmp_path: Path) -> None:
    figures = ceremony_statistics(sample_registry, sample_id(sample_registry))
    target = write_statistics(figures, "en", tmp_path / "statistics.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Group", "Award or unit", "Conferred by", "Total", "Collectives",
                       "Individuals", "Men", "Women", "Ethnic minorities"]
    assert ["Award", BK_BTL, "Bộ Tư lệnh Bộ đội Biên phòng", "6", "2", "4", "4", "0",
            "4"] in rows
    assert rows[-1] == ["Total", "", "", "49", "9", "40", "29", "11", "36"]


def test_an_unknown_format_is_refused(sample_registry: Registry, tmp_path: Path) -> None:
    figures = ceremony_statistics(sample_registry, sample_id(sample_registry))
    with pytest.raises(DataError) as refused:
        write_statistics(figures, "vi", tmp_path / "thong-ke.docx")
    assert refused.value.key == "report.bad_format"
    assert not (tmp_path / "thong-ke.docx").exists()
