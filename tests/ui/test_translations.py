"""The window speaks Vietnamese when asked, and English otherwise."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ceremony.paths import resources_dir
from ceremony.store.registry import Registry
from ceremony.ui.main_window import MainWindow
from ceremony.ui.translations import install_translations, remove_translations


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "vi")
    yield
    remove_translations(qapp, translators)
    install_translations(qapp, "en")


def test_the_vietnamese_translation_is_compiled() -> None:
    assert (resources_dir() / "translations" / "ceremony_vi.qm").is_file()


def test_the_window_in_vietnamese(vietnamese: None, qtbot: QtBot,
                                  sample_registry: Registry) -> None:
    window = MainWindow(sample_registry)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Ceremony — sổ khen thưởng"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Sửa", "&Xem", "&Công cụ", "&Trợ giúp"]
    assert window.awards.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    navigation = window.navigation
    for row in range(navigation.count()):  # no page name cut off in the longer language
        item = navigation.item(row)
        needed = navigation.fontMetrics().horizontalAdvance(item.text())
        assert navigation.viewport().width() > needed, item.text()


def test_the_window_in_english(qtbot: QtBot, sample_registry: Registry) -> None:
    window = MainWindow(sample_registry)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Ceremony — awards registry"


def test_every_string_has_a_vietnamese_translation() -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(resources_dir() / "translations" / "ceremony_vi.ts")
    untranslated = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = "".join(f.text or "" for f in translation.iter("numerusform"))
        text = (translation.text or "").strip() or forms
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            untranslated.append(message.findtext("source"))
    assert untranslated == []


def test_the_about_dialog_in_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    from ceremony.ui.about import AboutDialog

    dialog = AboutDialog("/tmp/registry.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Giới thiệu Ceremony"
    assert dialog.ui.registryLabel.text() == "Sổ đăng ký: /tmp/registry.sqlite3"
    assert dialog.ui.versionLabel.text().startswith("Phiên bản ")
    assert not dialog.ui.iconLabel.pixmap().isNull()


def test_switching_language_relabels_the_open_window_without_losing_work(
    qapp: QApplication, qtbot: QtBot, sample_registry: Registry
) -> None:
    from ceremony.ui.main_window import HONOREES_PAGE

    install_translations(qapp, "en")
    window = MainWindow(sample_registry)
    qtbot.addWidget(window)
    window.show()
    window.reload_ceremonies()
    window.show_page(HONOREES_PAGE)
    window.honorees_page.search_box.setText("hoang")
    rows_before = window.honorees_page.model.rowCount()
    try:
        install_translations(qapp, "vi")
        qapp.processEvents()
        assert window.windowTitle() == "Ceremony — sổ khen thưởng"
        assert window.menuBar().actions()[0].text() == "&Tệp"
        assert window.navigation.item(1).text() == "Người được khen"
        page = window.honorees_page
        assert page.kind_filter.itemText(0) == "Mọi loại"
        assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"
        assert page.search_box.text() == "hoang"  # what the user typed is still there
        assert page.model.rowCount() == rows_before
        assert window.undo_stack is not None
    finally:
        install_translations(qapp, "en")
        qapp.processEvents()
    assert window.windowTitle() == "Ceremony — awards registry"


def test_qt_own_buttons_in_vietnamese(vietnamese: None, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
