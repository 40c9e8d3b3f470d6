"""A designer window's life: freed when closed, asked first when the app quits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ceremony.store.lock import RegistryLock, lock_path
from ceremony.store.registry import Registry
from ceremony.ui.designer.window import DesignerWindow
from ceremony.ui.main_window import TEMPLATES_PAGE, MainWindow
from tests.ui.test_designer import settle


@pytest.fixture
def main(qapp: QApplication, qtbot: QtBot,
         sample_registry: Registry) -> Iterator[MainWindow]:
    qapp.setQuitOnLastWindowClosed(False)
    window = MainWindow(sample_registry)
    qtbot.addWidget(window)
    window.show()
    window.show_page(TEMPLATES_PAGE)
    yield window
    qapp.setQuitOnLastWindowClosed(True)


def open_from_page(main: MainWindow, qtbot: QtBot, name: str = "bang-khen") -> DesignerWindow:
    page = main.templates_page
    names = [page.model.record_at(row).name for row in range(page.model.rowCount())]
    page.table.setCurrentIndex(page.model.index(names.index(name), 0))
    window = page.open_designer()
    assert window is not None
    settle(qtbot, window)
    return window


def flush_deletions(qapp: QApplication) -> None:
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def nudge_a_field(window: DesignerWindow, qtbot: QtBot) -> None:
    window.select_field("name")
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key.Key_Right)
    assert window.isWindowModified()


def test_a_closed_designer_is_deleted_with_its_artwork(
        main: MainWindow, qtbot: QtBot, qapp: QApplication) -> None:
    for _ in range(3):  # opened and closed again and again, as a clerk does
        window = open_from_page(main, qtbot)
        scene = window.scene
        assert not scene.artwork.isNull()
        assert window.close()
        assert scene.artwork.isNull()  # the image goes at once, not at Python's next sweep
        flush_deletions(qapp)
        assert not isValid(window)
        assert main.templates_page.findChildren(DesignerWindow) == []


def test_quitting_asks_the_designer_first_and_cancel_keeps_everything_open(
        main: MainWindow, qtbot: QtBot, qapp: QApplication, registry_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    lock = RegistryLock(registry_path)
    assert lock.acquire() is None
    main.hold_lock(lock)
    events: list[str] = []
    monkeypatch.setattr(main, "back_up", lambda reason="manual": events.append(reason))
    main.undo_stack.push(QUndoCommand("an edit this session"))  # so quitting backs up
    window = open_from_page(main, qtbot)
    nudge_a_field(window, qtbot)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def ask(*args: object) -> QMessageBox.StandardButton:
        events.append(f"asked, lock held: {lock_path(registry_path).exists()}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", ask)
    assert not main.close()  # Cancel: the app stays as it was
    assert main.isVisible() and window.isVisible() and window.isWindowModified()
    assert lock_path(registry_path).exists()
    assert events == ["asked, lock held: True"]

    assert main.close()  # Discard: the designer goes, then the main window backs up
    assert events == ["asked, lock held: True", "asked, lock held: True", "exit"]
    assert not lock_path(registry_path).exists()
    flush_deletions(qapp)
    assert not isValid(window)


def test_quitting_with_a_saved_designer_asks_nothing(
        main: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_from_page(main, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    assert main.close()
    assert not window.isVisible()
