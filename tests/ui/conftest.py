"""Fixtures shared by the designer's test files (each file may still define its own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
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
