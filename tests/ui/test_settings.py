"""Settings: declared once, typed, and the dialog saves what the user chose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ceremony.ui import settings as catalogue
from ceremony.ui.settings import Settings
from ceremony.ui.settings_dialog import SettingsDialog


def settings_in(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_defaults_and_refused_values(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    assert settings.get(catalogue.LANGUAGE) == "system"
    settings.store.setValue(catalogue.LANGUAGE.key, "klingon")  # a hand-edited file
    assert settings.get(catalogue.LANGUAGE) == "system"


def test_the_dialog_saves_the_choices(qtbot: QtBot, tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    dialog = SettingsDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("400x300"))
    dialog.registry_location.setText(str(tmp_path / "shared.sqlite3"))
    dialog.accept()
    reread = settings_in(tmp_path)
    assert reread.get(catalogue.LANGUAGE) == "vi"
    assert reread.get(catalogue.DEFAULT_PAPER) == "400x300"
    assert reread.get(catalogue.REGISTRY_LOCATION) == str(tmp_path / "shared.sqlite3")


def test_the_registry_tone_order_is_offered_when_a_registry_is_open(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    dialog = SettingsDialog(settings=settings_in(tmp_path), registry_tone_order="traditional")
    qtbot.addWidget(dialog)
    assert dialog.tone_order.currentData() == "traditional"
    assert not dialog.tone_order.isHidden()
    closed = SettingsDialog(settings=settings_in(tmp_path))
    qtbot.addWidget(closed)
    assert closed.tone_order.isHidden()
