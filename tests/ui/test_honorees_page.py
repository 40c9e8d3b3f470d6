"""The registry-wide honorees page: search, filters, Vietnamese sort, edit with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ceremony.services.editing import honoree_fields
from ceremony.store.registry import Registry
from ceremony.ui.browse_model import BrowseTableModel
from ceremony.ui.honoree_dialog import HonoreeDialog
from ceremony.ui.main_window import HONOREES_PAGE, MainWindow


@pytest.fixture
def window(qtbot: QtBot, sample_registry: Registry) -> MainWindow:
    shown = MainWindow(sample_registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    shown.show_page(HONOREES_PAGE)
    return shown


def names(window: MainWindow) -> list[str]:
    model = window.honorees_page.model
    return [model.row_at(row).name for row in range(model.rowCount())]


def test_the_page_lists_every_award(window: MainWindow) -> None:
    assert window.honorees_page.model.rowCount() == 49
    assert window.pages.currentWidget() is window.honorees_page


def test_the_model_passes_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    qtmodeltester.check(window.honorees_page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(BrowseTableModel())  # type: ignore[attr-defined]


def test_search_and_filters(window: MainWindow, qtbot: QtBot) -> None:
    page = window.honorees_page
    qtbot.keyClicks(page.search_box, "hoang van duc")
    assert "Hoàng Văn Đức" in names(window)
    page.search_box.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("collective"))
    assert page.model.rowCount() == 9
    page.unit_filter.setText("Bộ đội Biên phòng tỉnh Cao Bằng")
    assert 0 < page.model.rowCount() < 9


def test_clicking_the_name_header_sorts_in_vietnamese_order(window: MainWindow) -> None:
    page = window.honorees_page
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("individual"))
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    given = [name.split()[-1] for name in names(window)]
    assert given[0] == "Anh" and given[-1][0] in "TUƯVXY"
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(window)[-1].split()[-1] == "Anh"


def accept_dialog_with(change: object) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HonoreeDialog):
            QTimer.singleShot(20, act)
            return
        change(dialog)  # type: ignore[operator]
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)


def test_edit_then_undo_and_redo(window: MainWindow, sample_registry: Registry) -> None:
    page = window.honorees_page
    row = names(window).index("Hoàng Văn Đức")
    honoree_id = page.model.row_at(row).honoree_id
    accept_dialog_with(lambda d: d.rank.setText("Đại tá"))
    window.edit_honoree(honoree_id)
    assert honoree_fields(sample_registry, honoree_id).entry.rank == "Đại tá"
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert honoree_fields(sample_registry, honoree_id).entry.rank == ""
    window.undo_stack.redo()
    assert honoree_fields(sample_registry, honoree_id).entry.rank == "Đại tá"


def test_new_individual_is_added_and_undo_removes_it(window: MainWindow) -> None:
    accept_dialog_with(lambda d: d.name.setText("Vi Thị Én"))
    window.new_honoree("individual")
    assert "Vi Thị Én" in names(window)
    window.undo_stack.undo()
    assert "Vi Thị Én" not in names(window)


def test_the_form_refuses_an_empty_name_inline(qtbot: QtBot) -> None:
    dialog = HonoreeDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text()
    dialog.name.setText("Nông Thị Hoa")
    assert ok.isEnabled() and not dialog.problem.text()
    dialog.collective.setChecked(True)
    assert not dialog.gender.isEnabled()


def test_bulk_status_change_with_undo(window: MainWindow) -> None:
    page = window.honorees_page
    selection = page.table.selectionModel()
    for row in range(3):
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    window.set_selected_status("absent")
    statuses = [page.model.row_at(row).status for row in range(page.model.rowCount())]
    assert statuses.count("absent") == 3
    window.undo_stack.undo()
    statuses = [page.model.row_at(row).status for row in range(page.model.rowCount())]
    assert statuses.count("absent") == 0


def test_the_form_shows_the_award_history(window: MainWindow, qtbot: QtBot) -> None:
    page = window.honorees_page
    row = names(window).index("Hoàng Văn Đức")
    seen: list[list[str]] = []

    def read(dialog: HonoreeDialog) -> None:
        table = dialog.history
        seen.append([table.item(0, column).text() for column in range(table.columnCount())])

    accept_dialog_with(read)
    window.edit_honoree(page.model.row_at(row).honoree_id)
    assert seen and seen[0][0] == "2024" and seen[0][2] == "412/QĐ-BTL"


def select_rows(window: MainWindow, rows: range) -> None:
    page = window.honorees_page
    for row in rows:
        page.table.selectionModel().select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_bulk_move_to_no_ceremony_with_undo(window: MainWindow,
                                            sample_registry: Registry) -> None:
    from ceremony.services.honorees import list_awards

    select_rows(window, range(4))
    window._set_selected("ceremony", None)
    assert len(list_awards(sample_registry, ceremony_id=1)) == 45
    window.undo_stack.undo()
    assert len(list_awards(sample_registry, ceremony_id=1)) == 49


def test_ceremony_and_award_filters_offer_what_occurs(window: MainWindow) -> None:
    page = window.honorees_page
    assert page.ceremony_filter.count() == 2  # "all" and the sample ceremony
    assert page.award_filter.count() == 4  # "all" and the three award types
    medal = next(page.award_filter.itemData(i) for i in range(1, 4)
                 if page.award_filter.itemData(i).startswith("Kỷ niệm"))
    page.award_filter.setCurrentIndex(page.award_filter.findData(medal))
    assert page.model.rowCount() == 15
    page.ceremony_filter.setCurrentIndex(1)
    assert page.model.rowCount() == 15
