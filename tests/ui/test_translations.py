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
    assert menus == ["&Tệp", "&Sửa", "&Trợ giúp"]
    assert window.awards.headerData(1, Qt.Orientation.Horizontal) == "Họ và tên"


def test_the_window_in_english(qtbot: QtBot, sample_registry: Registry) -> None:
    window = MainWindow(sample_registry)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Ceremony — awards registry"
