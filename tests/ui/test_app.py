"""The real start-up path: `ceremony gui` from arguments to a filled window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.cli import parse_args
from ceremony.store.registry import Registry
from ceremony.ui.app import run_app
from ceremony.ui.main_window import MainWindow
from tests.ui.app_globals import app_globals_restored


@pytest.fixture(autouse=True)
def restore_process_globals(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    with app_globals_restored(monkeypatch, qapp):
        yield


def main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def test_the_app_opens_the_registry_after_showing_the_window(
    qapp: QApplication, qtbot: QtBot, sample_registry: Registry
) -> None:
    seen: dict[str, object] = {}

    def inspect_then_quit() -> None:
        window = main_window()
        if window is None or window.awards.rowCount() == 0:
            QTimer.singleShot(20, inspect_then_quit)
            return
        seen["rows"] = window.awards.rowCount()
        seen["title"] = window.ceremony_page.heading.text()
        window.close()
        qapp.quit()

    QTimer.singleShot(0, inspect_then_quit)
    sample_registry.close()
    status = run_app(parse_args(["--db", sample_registry.location, "--lang", "en", "gui"]))
    assert status == 0
    assert seen["rows"] == 49
    assert "Ngày Biên phòng toàn dân" in str(seen["title"])


def test_a_refused_registry_is_explained_and_the_app_exits_1(
    qapp: QApplication, tmp_path: Path
) -> None:
    not_ours = tmp_path / "list.xlsx"
    not_ours.write_bytes(b"PK\x03\x04" + bytes(100))
    messages: list[str] = []

    def read_and_dismiss() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_dismiss)
            return
        messages.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_dismiss)
    status = run_app(parse_args(["--db", str(not_ours), "--lang", "en", "gui"]))
    assert status == 1
    assert messages and "is not a Ceremony registry" in messages[0]
    assert not_ours.read_bytes() == b"PK\x03\x04" + bytes(100)
    qapp.processEvents()


def test_a_registry_held_elsewhere_opens_read_only(
    qapp: QApplication, sample_registry: Registry
) -> None:
    import json as _json

    from ceremony.store.lock import lock_path

    path = Path(sample_registry.location)
    sample_registry.close()
    lock_path(path).write_text(_json.dumps({"host": "may-van-thu-2", "user": "van_thu",
                                            "pid": 4242, "since": "2024-02-23T07:00:00"}),
                               encoding="utf-8")
    seen: dict[str, object] = {}

    def choose_read_only_then_inspect() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["prompt"] = box.text()
            box.buttons()[0].click()  # "Open read-only", the default
            QTimer.singleShot(0, choose_read_only_then_inspect)
            return
        window = main_window()
        if window is None or window.backend is None or window.awards.rowCount() == 0:
            QTimer.singleShot(20, choose_read_only_then_inspect)
            return
        seen["read_only"] = window.backend.read_only
        seen["sample_enabled"] = window.load_sample_action.isEnabled()
        window.close()
        qapp.quit()

    QTimer.singleShot(0, choose_read_only_then_inspect)
    status = run_app(parse_args(["--db", str(path), "--lang", "en", "gui"]))
    assert status == 0
    assert "van_thu on may-van-thu-2" in str(seen["prompt"])
    assert seen["read_only"] is True and seen["sample_enabled"] is False
    assert lock_path(path).exists()  # someone else's lock is left alone


def test_the_app_holds_the_lock_while_open(qapp: QApplication,
                                           sample_registry: Registry) -> None:
    from ceremony.store.lock import lock_path

    path = Path(sample_registry.location)
    sample_registry.close()
    held: list[bool] = []

    def inspect_then_quit() -> None:
        window = main_window()
        if window is None or window.awards.rowCount() == 0:
            QTimer.singleShot(20, inspect_then_quit)
            return
        held.append(lock_path(path).exists())
        window.close()
        qapp.quit()

    QTimer.singleShot(0, inspect_then_quit)
    assert run_app(parse_args(["--db", str(path), "--lang", "en", "gui"])) == 0
    assert held == [True]
    assert not lock_path(path).exists()
