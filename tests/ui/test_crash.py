"""An unexpected exception is logged with its trace and shown to the user."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ceremony.ui.crash import install_crash_handler, setup_logging


def test_a_crash_is_logged_and_shown(qapp: QApplication, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root_handlers = list(logging.getLogger().handlers)
    log_file = setup_logging(tmp_path / "logs")
    install_crash_handler(log_file)
    shown: list[tuple[str, str]] = []

    def read_and_dismiss() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_dismiss)
            return
        shown.append((box.text(), box.detailedText()))
        box.accept()

    QTimer.singleShot(0, read_and_dismiss)
    try:
        raise ValueError("registry row 12 has no name")
    except ValueError:
        sys.excepthook(*sys.exc_info())  # what Python does with an uncaught exception
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in root_handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()

    assert shown, "no dialog was shown"
    text, details = shown[0]
    assert "registry row 12 has no name" in text
    assert str(log_file) in text
    assert "Traceback" in details
    logged = log_file.read_text(encoding="utf-8")
    assert "unhandled exception" in logged
    assert "ValueError: registry row 12 has no name" in logged
