"""The last line of defence: log an unexpected exception and tell the user.

Qt would otherwise swallow exceptions raised in slots, or the app would vanish
with nothing on screen; here the trace goes to a log file the office can send.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("ceremony")


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "ceremony.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def install_crash_handler(log_file: Path) -> None:
    def on_exception(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.critical("unhandled exception", exc_info=(kind, error, trace))
        if QApplication.instance() is not None:
            show_crash_dialog(error, "".join(traceback.format_exception(kind, error, trace)),
                              log_file)

    sys.excepthook = on_exception


def show_crash_dialog(error: BaseException, details: str, log_file: Path) -> None:
    message = QCoreApplication.translate(
        "Crash",
        "Something went wrong: %1\n\nYour registry is safe; the last change may not have "
        "been saved. Details are in %2.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Crash", "Ceremony"),
        message.replace("%1", str(error) or type(error).__name__).replace("%2", str(log_file)),
    )
    box.setDetailedText(details)
    box.exec()
