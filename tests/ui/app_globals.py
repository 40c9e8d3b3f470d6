"""Undoing what `run_app` changes for the whole process, for tests that call it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QApplication

from ceremony.ui.main_window import MainWindow
from ceremony.ui.translations import install_translations


@contextmanager
def app_globals_restored(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    """run_app installs a crash handler, a log handler and translators: undo them after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    # Closing the app's window inside its event loop would otherwise leave a pending
    # "last window closed" quit that ends the next test's event loop at once.
    qapp.setQuitOnLastWindowClosed(False)
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    qapp.processEvents()
    qapp.setQuitOnLastWindowClosed(True)
    for handler in logging.getLogger().handlers:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
    install_translations(qapp, "en")
