"""The Reports page over the sample registry: figures, chart, annexes, warnings, exports."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ceremony.services.editing import AwardInput, add_award
from ceremony.services.eligibility import MAX_MIN_YEARS, get_min_years
from ceremony.services.honorees import list_awards
from ceremony.services.reports import StatRow
from ceremony.store.models import AwardType
from ceremony.store.registry import Registry
from ceremony.ui.backend import Backend
from ceremony.ui.main_window import REPORTS_PAGE, MainWindow
from ceremony.ui.reports import gateway
from ceremony.ui.reports.chart import COLLECTIVE_COLOUR, INDIVIDUAL_COLOUR, nice_step, wrapped
from ceremony.ui.reports.models import VALUE_ROLE, StatisticsModel, number
from ceremony.ui.reports.page import ANNEX_TAB, WARNINGS_TAB, ReportsPage
from ceremony.ui.translations import install_translations
from tests.reports.conftest import sample_id

KNC = "Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”"
BK_BTL = "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"
BK_UBND = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng"
# (total, collectives, individuals, men, women, ethnic minorities), as tests/reports count.
SAMPLE = {KNC: [15, 0, 15, 10, 5, 12], BK_BTL: [6, 2, 4, 4, 0, 4],
          BK_UBND: [28, 7, 21, 15, 6, 20]}
TOTAL = [49, 9, 40, 29, 11, 36]


@pytest.fixture
def window(qtbot: QtBot, sample_registry: Registry, qapp: QApplication) -> Iterator[MainWindow]:
    install_translations(qapp, "en")
    shown = MainWindow(sample_registry)
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    shown.reload_ceremonies()
    shown.show_page(REPORTS_PAGE)
    yield shown
    shown.reports_page.exporter.wait()  # no thread may outlive its window


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    return window.reports_page


def figures(model: StatisticsModel) -> dict[str, list[int]]:
    return {model.index(row, 0).data(): [model.index(row, c).data(VALUE_ROLE)
                                         for c in range(1, model.columnCount())]
            for row in range(model.rowCount())}


def saving_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers *target*; returns the filters it was offered."""
    offered: list[str] = []

    def answer(*args: object) -> tuple[str, str]:
        offered.append(str(args[3]))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def wait_for_export(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.exporter.running, timeout=20000)


def award_type_id(registry: Registry, name: str) -> int:
    with registry.reading() as session:
        found = session.scalar(select(AwardType.id).where(AwardType.name == name))
    assert found is not None
    return found


# -- the figures ------------------------------------------------------------------------


def test_the_page_follows_the_selected_ceremony_and_shows_its_figures(
        page: ReportsPage, window: MainWindow) -> None:
    assert window.pages.currentWidget() is page
    assert window.navigation.item(REPORTS_PAGE).text() == "Reports"
    assert page.ceremony_id() == window.ceremony_page.selected_ceremony_id()
    by_award = page.statistics_tab.by_award
    assert figures(by_award) == {**SAMPLE, "Total": TOTAL}
    assert [by_award.index(r, 0).data() for r in range(3)] == [KNC, BK_BTL, BK_UBND]
    assert by_award.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert by_award.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight.value)
    assert "Bộ Tư lệnh Bộ đội Biên phòng" in by_award.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole)
    units = figures(page.statistics_tab.by_unit)
    assert units["Bộ đội Biên phòng tỉnh Cao Bằng"] == [3, 3, 0, 0, 0, 0]
    assert units.pop("Total") == TOTAL
    assert [sum(column) for column in zip(*units.values(), strict=True)] == TOTAL
    assert page.statistics_tab.summary.text() == "49 awards: 9 collectives, 40 individuals"


def test_the_figures_are_the_same_on_every_database(qtbot: QtBot,
                                                   any_sample_registry: Registry) -> None:
    backend = Backend(any_sample_registry)
    alone = ReportsPage(lambda: backend, QUndoStack())
    qtbot.addWidget(alone)
    alone.reload(select_id=sample_id(any_sample_registry))
    assert figures(alone.statistics_tab.by_award) == {**SAMPLE, "Total": TOTAL}
    assert alone.annex_tab.annexes.rowCount() == 3
    alone.set_period(date(2024, 2, 10), date(2024, 2, 14))
    assert figures(alone.statistics_tab.by_award)["Total"] == SAMPLE[BK_UBND]


def test_the_models_pass_the_model_tester(page: ReportsPage, qtmodeltester: object) -> None:
    page.tabs.setCurrentIndex(ANNEX_TAB)
    models = (page.statistics_tab.by_award, page.statistics_tab.by_unit,
              page.annex_tab.annexes, page.annex_tab.entries, page.warnings_tab.model,
              StatisticsModel("unit"))
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_period_counts_awards_by_decision_date(page: ReportsPage) -> None:
    # Decisions of 5 and 6 February fall before the 10th; the province's of the 14th within.
    page.set_period(date(2024, 2, 10), date(2024, 2, 14))
    assert figures(page.statistics_tab.by_award) == {BK_UBND: SAMPLE[BK_UBND],
                                                     "Total": SAMPLE[BK_UBND]}
    assert not page.tabs.isTabEnabled(ANNEX_TAB)
    assert not page.tabs.isTabEnabled(WARNINGS_TAB)
    assert "per ceremony" in page.tabs.tabToolTip(ANNEX_TAB)
    page.set_period(date(2024, 1, 1), date(2024, 12, 31))
    assert figures(page.statistics_tab.by_award)["Total"] == TOTAL
    page.scope_bar.by_ceremony.setChecked(True)
    assert page.tabs.isTabEnabled(ANNEX_TAB)


def test_the_period_offered_is_the_ceremonys_year_until_the_user_picks_one(
        page: ReportsPage) -> None:
    assert page.scope_bar.start_edit.date().toPython() == date(2024, 1, 1)
    assert page.scope_bar.end_edit.date().toPython() == date(2024, 12, 31)
    page.scope_bar.by_period.setChecked(True)
    assert figures(page.statistics_tab.by_award)["Total"] == TOTAL
    end = page.scope_bar.end_edit
    end.setDate(end.date().addMonths(-11))  # as the user would
    page.scope_bar.by_ceremony.setChecked(True)
    page.reload()
    assert page.scope_bar.end_edit.date().toPython() == date(2024, 1, 31)


def test_a_backward_period_is_explained_on_the_page(page: ReportsPage) -> None:
    page.set_period(date(2024, 12, 31), date(2024, 1, 1))
    assert page.notice.isVisible()
    assert "The period is not valid" in page.notice.text()
    assert page.statistics_tab.by_award.rowCount() == 0
    assert not page.statistics_tab.export_pdf.isEnabled()
    page.set_period(date(2024, 1, 1), date(2024, 12, 31))
    assert not page.notice.isVisible()
    assert page.statistics_tab.export_pdf.isEnabled()


# -- the chart --------------------------------------------------------------------------


def test_the_chart_draws_bars_to_scale_in_their_colours(page: ReportsPage) -> None:
    chart = page.statistics_tab.chart
    assert chart.isVisible() and chart.width() > 300
    image = chart.grab().toImage()
    ordered = sorted(chart.bars(), key=lambda b: b.rect.top())
    assert [(b.kind, b.value) for b in ordered] == [
        ("collective", 0), ("individual", 15), ("collective", 2), ("individual", 4),
        ("collective", 7), ("individual", 21)]
    unit = ordered[-1].rect.width() / 21
    for bar in ordered:
        assert bar.rect.width() == pytest.approx(unit * bar.value)
        assert bar.rect.right() <= chart.width()
        if bar.value:
            centre = bar.rect.center().toPoint()
            expected = COLLECTIVE_COLOUR if bar.kind == "collective" else INDIVIDUAL_COLOUR
            assert QColor(image.pixel(centre)) == expected
    # Scaled to the widget: twice the room, bars twice as long.
    narrow = max(b.rect.width() for b in chart.geometry_for(640, 360).bars)
    wide = max(b.rect.width() for b in chart.geometry_for(1280, 360).bars)
    assert wide > 2 * narrow


def test_an_empty_chart_paints_and_says_so(page: ReportsPage) -> None:
    chart = page.statistics_tab.chart
    chart.set_rows([])
    assert chart.bars() == ()
    assert not chart.grab().isNull()


def test_chart_ticks_and_labels() -> None:
    assert [nice_step(top) for top in (3, 21, 49, 130, 2400)] == [1, 5, 10, 50, 500]
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Bằng khen của")
    lines = wrapped(BK_UBND, metrics, width, 3)
    assert lines[:2] == ["Bằng khen của", "Chủ tịch Ủy"]
    assert lines[2].startswith("ban nhân") and lines[2].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrapped("Bằng khen", metrics, width, 3) == ["Bằng khen"]


def test_a_long_award_name_is_wrapped_beside_its_bars(page: ReportsPage) -> None:
    chart = page.statistics_tab.chart
    rows = page.statistics_tab.statistics
    assert rows is not None
    chart.set_rows([StatRow(r.label * 3, r.counts) for r in rows.by_award])
    shape = chart.geometry_for(700, 400)
    for rect, lines in shape.labels:
        assert 1 < len(lines) <= 3
        assert rect.right() < shape.plot.left()
    assert not chart.grab().isNull()


def test_many_award_types_make_the_chart_taller_not_crowded(page: ReportsPage) -> None:
    from ceremony.services.reports import Counts

    chart = page.statistics_tab.chart
    chart.set_rows([StatRow(f"Giấy khen số {n} của Giám đốc Sở", Counts(n % 3, n))
                    for n in range(1, 31)])
    shape = chart.geometry_for(600, chart.minimumHeight())
    assert len(shape.bars) == 60
    assert all(bar.rect.bottom() <= shape.plot.bottom() + 0.5 for bar in shape.bars)
    tops = [rect for rect, _ in shape.labels]
    assert all(a.bottom() <= b.top() + 0.5 for a, b in pairwise(tops))
    assert not chart.grab().isNull()


# -- exports ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "csv"])
def test_the_statistics_export_in_every_format(page: ReportsPage, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"  # the registry's own files live in tmp_path
    out.mkdir()
    target = out / f"thong-ke.{kind}"
    # Without a suffix typed, the format's is added.
    offered = saving_to(monkeypatch, out / "thong-ke")
    button = {"pdf": page.statistics_tab.export_pdf, "xlsx": page.statistics_tab.export_xlsx,
              "csv": page.statistics_tab.export_csv}[kind]
    button.click()
    assert not button.isEnabled()  # busy: one export at a time
    wait_for_export(qtbot, page)
    assert button.isEnabled()
    assert f"*.{kind}" in offered[0]
    assert target.is_file()
    assert list(out.iterdir()) == [target]  # no temporary file left beside it
    assert str(target) in page.saved_label.text()
    assert "Saved" in page.window().statusBar().currentMessage()  # type: ignore[attr-defined]
    # The sample ceremony is Vietnamese: its report is worded in Vietnamese.
    if kind == "pdf":
        text = " ".join(p.extract_text() for p in PdfReader(target).pages)
        assert "THỐNG KÊ KHEN THƯỞNG" in text
        assert BK_UBND in " ".join(text.split())
    elif kind == "xlsx":
        sheet = openpyxl.load_workbook(target).active
        rows = [[cell.value for cell in row][:8] for row in sheet.iter_rows()]
        assert [BK_BTL, "Bộ Tư lệnh Bộ đội Biên phòng", 6, 2, 4, 4, 0, 4] in rows
        assert ["Tổng cộng", None, *TOTAL] in rows
    else:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[-1] == ["Tổng cộng", "", "", *map(str, TOTAL)]


def test_the_annex_tab_lists_each_decision_and_exports_it(
        page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    tab = page.annex_tab
    rows = [[tab.annexes.index(r, c).data() for c in (1, 4, 5, 6)]
            for r in range(tab.annexes.rowCount())]
    assert rows == [["412/QĐ-BTL", "0", "15", "15"], ["418/QĐ-BTL", "2", "4", "6"],
                    ["215/QĐ-UBND", "7", "21", "28"]]
    tab.annex_table.selectRow(1)
    assert tab.entries.rowCount() == 6
    assert tab.entries.index(2, 0).data() == "Lương Đình Hưng"
    assert tab.entries.index(2, 2).data() == "Trung tá, Đồn trưởng"

    saving_to(monkeypatch, tmp_path / "phu-luc.pdf")
    tab.export_pdf.click()
    wait_for_export(qtbot, page)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(
        tmp_path / "phu-luc.pdf").pages)
    assert "Lương Đình Hưng" in text
    assert "215/QĐ-UBND" in text

    saving_to(monkeypatch, tmp_path / "phu-luc.xlsx")
    tab.export_xlsx.click()
    wait_for_export(qtbot, page)
    book = openpyxl.load_workbook(tmp_path / "phu-luc.xlsx")
    assert book.sheetnames == ["412-QĐ-BTL", "418-QĐ-BTL", "215-QĐ-UBND"]
    names = [c.value for c in book["418-QĐ-BTL"]["B"]]
    assert "Lương Đình Hưng" in names


def test_a_failed_export_is_explained_and_leaves_nothing(
        page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    not_a_folder = out / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    saving_to(monkeypatch, not_a_folder / "thong-ke.pdf")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    page.statistics_tab.export_pdf.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].startswith(f"Could not write {not_a_folder / 'thong-ke.pdf'}: ")
    assert list(out.iterdir()) == [not_a_folder]
    assert page.statistics_tab.export_pdf.isEnabled()
    assert page.saved_label.text() == ""


def test_a_cancelled_export_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    from ceremony.ui.reports.export import written_beside

    target = tmp_path / "thong-ke.csv"
    target.write_text("before")

    def write(path: Path) -> Path:
        path.write_text("after")
        return path

    assert written_beside(write, target, lambda: True) is None
    assert target.read_text() == "before"
    assert list(tmp_path.iterdir()) == [target]
    assert written_beside(write, target, lambda: False) == target
    assert target.read_text() == "after"


# -- language ---------------------------------------------------------------------------


def test_switching_language_relabels_the_tables_and_keeps_the_scope(
        page: ReportsPage, qapp: QApplication) -> None:
    model = page.statistics_tab.by_award
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads == ["Award", "Total", "Collectives", "Individuals", "Men", "Women",
                     "Ethnic minorities"]
    seen: list[int] = []
    model.headerDataChanged.connect(lambda *_: seen.append(1))
    chosen = page.ceremony_id()
    try:
        install_translations(qapp, "vi")
        qapp.processEvents()
        heads = [model.headerData(c, Qt.Orientation.Horizontal)
                 for c in range(model.columnCount())]
        assert heads == ["Hình thức khen thưởng", "Tổng số", "Tập thể", "Cá nhân", "Nam", "Nữ",
                         "Dân tộc thiểu số"]
        assert seen  # the view was told to re-read them
        assert model.index(3, 0).data() == "Tổng cộng"
        assert page.annex_tab.annexes.headerData(
            4, Qt.Orientation.Horizontal) == "Tập thể"
        assert page.ceremony_id() == chosen
        assert number(12345) == "12.345"  # numbers as the user's locale writes them
    finally:
        install_translations(qapp, "en")
        qapp.processEvents()
    assert model.index(3, 0).data() == "Total"
    assert number(12345) == "12,345"


# -- eligibility ------------------------------------------------------------------------


def test_a_second_once_only_award_is_listed_as_a_warning(
        page: ReportsPage, window: MainWindow, sample_registry: Registry) -> None:
    assert page.warnings_tab.model.rowCount() == 0
    assert page.tabs.tabText(WARNINGS_TAB) == "Warnings"
    medalled = next(row for row in list_awards(sample_registry,
                                               ceremony_id=sample_id(sample_registry))
                    if row.award == KNC)
    add_award(sample_registry, AwardInput(medalled.honoree_id,
                                          award_type_id(sample_registry, KNC), None,
                                          sample_id(sample_registry)))
    window.refresh()  # as after any change made in the window
    model = page.warnings_tab.model
    assert model.rowCount() == 2  # each of the two medals is warned of the other
    assert model.index(0, 0).data() == medalled.name
    assert model.index(0, 1).data() == KNC
    assert "it is given only once" in model.index(0, 2).data()
    assert page.tabs.tabText(WARNINGS_TAB) == "Warnings (2)"
    assert not page.warnings_tab.empty.isVisible()


def test_the_minimum_years_is_an_undoable_registry_setting(
        page: ReportsPage, window: MainWindow, sample_registry: Registry) -> None:
    spin = page.warnings_tab.min_years
    assert spin.value() == 0 and spin.isEnabled()
    holder = next(row for row in list_awards(sample_registry,
                                             ceremony_id=sample_id(sample_registry))
                  if row.award == BK_BTL)
    # A second Bằng khen of the same type, in this ceremony (23/02/2024): 17 days apart.
    add_award(sample_registry, AwardInput(holder.honoree_id,
                                          award_type_id(sample_registry, BK_BTL), None,
                                          sample_id(sample_registry)))
    page.reload()
    assert page.warnings_tab.model.rowCount() == 0  # the rule is off
    spin.stepUp()
    spin.stepUp()
    assert get_min_years(sample_registry) == 2
    assert window.undo_stack.count() == 1  # two clicks, one undo step
    assert page.warnings_tab.model.rowCount() == 2
    assert "less than 2 years" in page.warnings_tab.model.index(0, 2).data()
    window.undo_stack.undo()
    assert get_min_years(sample_registry) == 0
    assert spin.value() == 0
    assert page.warnings_tab.model.rowCount() == 0
    window.undo_stack.redo()
    assert get_min_years(sample_registry) == 2
    assert spin.value() == 2
    assert gateway.MAX_MIN_YEARS == MAX_MIN_YEARS == spin.maximum()


def test_the_view_menu_opens_the_page_with_ctrl_7(window: MainWindow) -> None:
    window.show_page(0)
    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    action = next(a for a in actions if a.text() == "&Reports")
    assert action.shortcut().toString() == "Ctrl+7"
    action.trigger()
    assert window.pages.currentIndex() == REPORTS_PAGE


def test_an_empty_registry_shows_an_empty_page(qtbot: QtBot, registry: Registry) -> None:
    shown = MainWindow(registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.show_page(REPORTS_PAGE)
    page = shown.reports_page
    assert page.scope_bar.ceremony_box.count() == 0
    assert page.statistics_tab.by_award.rowCount() == 0
    assert not page.statistics_tab.export_pdf.isEnabled()
    assert not page.annex_tab.export_pdf.isEnabled()
    assert page.statistics_tab.by_award.index(0, 0, QModelIndex()).isValid() is False
