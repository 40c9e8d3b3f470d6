"""Fixtures shared by the designer's and the print dialog's test files (a file may
still define its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.store.registry import Registry
from ceremony.ui.designer.window import DesignerWindow
from tests.ui.test_designer import open_designer


@pytest.fixture
def designer(qapp: QApplication, qtbot: QtBot,
             sample_registry: Registry) -> Iterator[DesignerWindow]:
    """The designer on the Bằng khen, active, so that its shortcuts and focus work."""
    with open_designer(qapp, qtbot, sample_registry) as window:
        window.activateWindow()
        yield window


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes recorded instead of shown (never a blocking dialog in a test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *rest: shown.append(text))
    return shown


@pytest.fixture
def print_errors_fail_the_test(
        monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """The printing dialogs' error boxes recorded instead of shown (one would wait for a click
    forever); the test fails if one was shown or a dialog was left open."""
    shown: list[BaseException] = []
    for module in ("print_dialog", "profiles_dialog", "calibration_box"):
        monkeypatch.setattr(f"ceremony.ui.printing.{module}.show_error",
                            lambda _parent, error: shown.append(error))
    yield shown
    assert shown == []
    assert not isinstance(QApplication.activeModalWidget(), QDialog)
