"""The import batches page (undo a whole import) and the templates page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ceremony.services.honorees import list_awards
from ceremony.store.registry import Registry
from ceremony.ui.main_window import IMPORTS_PAGE, TEMPLATES_PAGE, MainWindow


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> MainWindow:
    shown = MainWindow(registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    return shown


def test_an_import_listed_and_undone_from_the_app(window: MainWindow, registry: Registry,
                                                  tmp_path: object) -> None:
    from pathlib import Path

    from ceremony.importing import ImportOptions, commit_preview, preview_files
    from ceremony.services.ceremonies import add_ceremony

    ceremony = add_ceremony(registry, "Lễ", __import__("datetime").date(2024, 2, 23))
    listing = Path(str(tmp_path)) / "ds.csv"
    listing.write_text("STT,Họ và tên,Chức vụ\n1,Nông Văn Dũng,Trưởng xóm\n"
                       "2,Hoàng Thị Mai,Y sĩ\n", encoding="utf-8")
    options = ImportOptions(ceremony_id=ceremony.id, award="Giấy khen",
                            authority="Chủ tịch UBND huyện Trùng Khánh")
    commit_preview(registry, preview_files(registry, [listing], options))
    assert len(list_awards(registry)) == 2

    window.show_page(IMPORTS_PAGE)
    page = window.imports_page
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.undo_selected(confirmed=True)
    assert len(list_awards(registry)) == 0
    assert page.model.record_at(0).undone_at is not None


def test_the_templates_page_lists_the_built_in_templates(window: MainWindow,
                                                         qtmodeltester: object) -> None:
    window.show_page(TEMPLATES_PAGE)
    names = [window.templates_page.model.record_at(r).name
             for r in range(window.templates_page.model.rowCount())]
    assert "bang-khen" in names and "certificate-of-appreciation" in names
    qtmodeltester.check(window.templates_page.model)  # type: ignore[attr-defined]
