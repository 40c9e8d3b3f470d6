"""A preview rendered again while the clerk changes a box with the arrow keys shows its
progress in the dialog's status line: no modal box pops up and takes the keyboard. A
save (or a print) keeps its modal, cancellable progress box."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from ceremony.store.registry import Registry
from ceremony.ui.printing import print_dialog
from ceremony.ui.printing.print_dialog import PrintDialog
from tests.ui.test_print_dialog import TIMEOUT, open_dialog, own_settings, settle
from tests.ui.test_print_dialog_keys import active, focus

__all__ = ["own_settings"]  # a fixture, imported for pytest

PAGE_S = 0.03  # per page: 49 pages take 1.5 s, well past the 400 ms a progress box waits


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


def slowed(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The dialog's job *name* renders each page PAGE_S slower, as on a busy clerk's PC."""
    real = getattr(print_dialog, name)

    def slow(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def each_page(done: int, total: int) -> None:
            time.sleep(PAGE_S)  # on the worker thread
            progress(done, total)

        return real(*args, progress=each_page, **kwargs)

    monkeypatch.setattr(print_dialog, name, slow)


def progress_boxes(dialog: PrintDialog) -> list[QProgressDialog]:
    return [box for box in dialog.findChildren(QProgressDialog) if box.isVisible()]


def test_the_preview_shows_its_progress_without_taking_the_keyboard(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    assert dialog.progress.isHidden()
    slowed(monkeypatch, "make_preview")
    active(qtbot, dialog)
    order = dialog.choices.order
    focus(qtbot, order)
    QTest.keyClick(order, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.jobs.previewing, timeout=TIMEOUT)
    assert dialog.progress.isVisible()
    qtbot.wait(700)  # past the moment a progress box would have appeared
    assert progress_boxes(dialog) == []
    assert order.hasFocus() and QApplication.activeModalWidget() is None
    QTest.keyClick(order, Qt.Key.Key_Down)  # the clerk goes on choosing meanwhile
    assert order.currentIndex() == 2 and order.hasFocus()
    settle(qtbot, dialog)
    assert dialog.progress.isHidden() and order.hasFocus()
    assert dialog.choices.choice().order.value == order.currentData()


def test_saving_keeps_its_modal_progress_box(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    slowed(monkeypatch, "save_output")
    target = tmp_path / "preview.pdf"
    dialog.write_output(target, final=False)
    qtbot.waitUntil(lambda: progress_boxes(dialog) != [], timeout=TIMEOUT)
    assert progress_boxes(dialog)[0].windowModality() == Qt.WindowModality.WindowModal
    assert dialog.progress.isHidden()  # the status line's bar is for previews
    qtbot.waitUntil(lambda: not dialog.busy and target.exists(), timeout=TIMEOUT)
    assert progress_boxes(dialog) == []
