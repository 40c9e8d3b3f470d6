"""The first start on a new PC: `ceremony` with no registry named and no settings saved.

It creates the registry in the user's data folder, speaks the system's language and
offers the sample ceremony (what the installer's shortcut does on a clerk's first day).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ceremony.cli import parse_args
from ceremony.ui import settings as catalogue
from ceremony.ui.app import run_app
from ceremony.ui.main_window import MainWindow
from ceremony.ui.settings import Settings
from tests.ui.app_globals import app_globals_restored


@pytest.fixture(autouse=True)
def new_pc(monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
           tmp_path: Path) -> Iterator[None]:
    """A Vietnamese system with nothing saved; undo run_app's process-wide changes after."""
    for variable in ("CEREMONY_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    # Qt fixes the settings folder on first use in a process: give this test its own.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    with app_globals_restored(monkeypatch, qapp):
        yield
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config-after"))


def data_folder_registry() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "Ceremony" / "registry.sqlite3"


def run_answering_welcome(qapp: QApplication, argv: list[str],
                          button_text: str) -> dict[str, object]:
    """Start the app; read the welcome question, press *button_text* (or, if the box has
    no such button, the last one, so a wrong language fails the test rather than hangs),
    look at the window and quit. A watchdog ends the app if the question never comes."""
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen["title"] = box.windowTitle()
        seen["buttons"] = [button.text() for button in box.buttons()]
        seen["registry_existed"] = data_folder_registry().is_file()
        chosen = [button for button in box.buttons() if button.text() == button_text]
        (chosen or box.buttons()[-1:])[0].click()
        QTimer.singleShot(0, inspect_then_quit)

    def inspect_then_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["ceremonies"] = window.ceremonies.rowCount()
        seen["awards"] = window.awards.rowCount()
        seen["language"] = qapp.property("ceremony_language")
        window.close()
        qapp.quit()

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: qapp.exit(3))
    watchdog.start(30_000)
    QTimer.singleShot(0, answer)
    seen["status"] = run_app(parse_args(argv))
    watchdog.stop()
    return seen


def test_first_start_makes_the_registry_in_the_data_folder_and_offers_the_sample(
    qapp: QApplication,
) -> None:
    assert not data_folder_registry().exists()
    seen = run_answering_welcome(qapp, [], "Nạp buổi lễ mẫu")
    assert seen["status"] == 0
    assert seen["registry_existed"] is True
    assert seen["language"] == "vi"  # from LANG, as nothing was saved or given
    assert seen["title"] == "Chào mừng đến với Ceremony"
    assert seen["buttons"] == ["Nạp buổi lễ mẫu", "Bắt đầu với sổ trống"]
    assert seen["ceremonies"] == 1 and seen["awards"] == 49


def test_a_saved_language_wins_over_the_system_and_start_empty_leaves_it_empty(
    qapp: QApplication,
) -> None:
    qapp.setOrganizationName("Ceremony")
    qapp.setApplicationName("Ceremony")
    Settings().set(catalogue.LANGUAGE, "en")
    seen = run_answering_welcome(qapp, ["gui"], "Start empty")
    assert seen["status"] == 0
    assert seen["language"] == "en"
    assert seen["title"] == "Welcome to Ceremony"
    assert seen["ceremonies"] == 0 and seen["awards"] == 0
    assert data_folder_registry().is_file()


def test_the_windowed_app_without_a_console_still_runs_commands(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """ceremonyw.exe (built without a console) has no stdout or stderr at all."""
    from ceremony.launcher import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    registry = tmp_path / "registry.sqlite3"
    try:
        status = main(["--db", str(registry), "--json", "ceremonies", "add", "Lễ tổng kết",
                       "--date", "2024-02-23"])
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()
    assert status == 0
    from ceremony.services.ceremonies import list_ceremonies
    from ceremony.store.registry import open_registry

    opened = open_registry(registry)
    try:
        assert [c.title for c in list_ceremonies(opened)] == ["Lễ tổng kết"]
    finally:
        opened.close()
