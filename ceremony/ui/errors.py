"""Showing errors to the user in their language; logging the ones that are our bugs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ceremony.errors import CeremonyError
from ceremony.messages import render

log = logging.getLogger(__name__)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("ceremony_language") if app is not None else None
    return value if value in ("vi", "en") else "en"


def describe(error: BaseException) -> str:
    if isinstance(error, CeremonyError):
        return render(error.key, current_language(), **error.params)
    return QCoreApplication.translate(
        "Errors", "An unexpected error occurred: %1. Details were written to the log."
    ).replace("%1", f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if not isinstance(error, CeremonyError):
        log.error("unexpected error", exc_info=error)
    QMessageBox.critical(parent, QCoreApplication.translate("Errors", "Ceremony"),
                         describe(error))
