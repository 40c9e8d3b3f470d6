"""Showing errors to the user in their language; logging the ones that are our bugs.

A file the system refused (not found, a folder, no permission, disk full…) is
told in the user's words with its path, rather than as Python's English
"[Errno 21] Is a directory"; so is a file that is not UTF-8 text or not JSON.
The raw text is shown only for what has no plainer words here.
"""

from __future__ import annotations

import errno
import json
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ceremony.errors import CeremonyError
from ceremony.messages import render

log = logging.getLogger(__name__)

# What the system said about a file, by errno; %1 is the file's path.
_BY_ERRNO: dict[int, object] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "%1 was not found."),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "You are not allowed to open or change %1 "
                                    "(permission denied)."),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "You are not allowed to open or change %1 "
                                   "(permission denied)."),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a file."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "Part of the path %1 is a file, not a folder."),
    # Also what making a folder where a file is says: the words fit both.
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "There is already a file or folder at %1."),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "There is no space left on the disk to "
                                    "write %1."),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "%1 is on a disk that can only be read, "
                                   "not written."),
}
if hasattr(errno, "EDQUOT"):  # over the user's quota: to the user, the same as a full disk
    _BY_ERRNO[errno.EDQUOT] = _BY_ERRNO[errno.ENOSPC]


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("Errors", …), translated now."""
    return QCoreApplication.translate("Errors", text)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("ceremony_language") if app is not None else None
    return value if value in ("vi", "en") else "en"


def describe_file_error(error: BaseException) -> str | None:
    """*error* in the user's words when it is a file problem they can act on, else None."""
    if isinstance(error, UnicodeDecodeError):
        return QCoreApplication.translate(
            "Errors", "The file is not UTF-8 text (it may be another kind of file, such as a "
            "spreadsheet or a picture).")
    if isinstance(error, json.JSONDecodeError):
        return QCoreApplication.translate(
            "Errors", "The text is not valid JSON (line %1, column %2).").replace(
            "%1", str(error.lineno)).replace("%2", str(error.colno))
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        # A rename names the file being replaced second: that is the one the user knows.
        path = error.filename2 or error.filename
        where = str(path) if path else QCoreApplication.translate("Errors", "the file")
        return _tr(str(_BY_ERRNO[error.errno])).replace("%1", where)
    return None


def _params(error: CeremonyError) -> dict[str, object]:
    """The error's values, with a file problem behind its "detail" told plainly."""
    params = dict(error.params)
    cause = error.__cause__
    if "detail" in params and cause is not None:
        plain = describe_file_error(cause)
        if plain is not None:
            params["detail"] = plain
    return params


def describe(error: BaseException) -> str:
    if isinstance(error, CeremonyError):
        return render(error.key, current_language(), **_params(error))
    plain = describe_file_error(error)
    if plain is not None:
        return plain
    return QCoreApplication.translate(
        "Errors", "An unexpected error occurred: %1. Details were written to the log."
    ).replace("%1", f"{type(error).__name__}: {error}")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if describe_file_error(error) is not None:
        log.warning("file error shown to the user", exc_info=error)  # not a bug of ours
    elif not isinstance(error, CeremonyError):
        log.error("unexpected error", exc_info=error)
    QMessageBox.critical(parent, QCoreApplication.translate("Errors", "Ceremony"),
                         describe(error))
