"""The certificate template designer (Templates ▸ Open in designer…).

Imported only when the user opens it, so ReportLab and QtPdf stay unloaded
until then.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ceremony.store.registry import Registry
    from ceremony.ui.designer.window import DesignerWindow


def open_designer(parent: QWidget | None, template: str | Path,
                  registry: Registry | None = None,
                  ceremony_id: int | None = None) -> DesignerWindow | None:
    """Show the designer on a template (a name or a file); None if it cannot be opened.

    The template is read and its artwork drawn before the window is built, and the
    window is built inside the same guard: a damaged background is a message to the
    user, never a half-built window left behind with its preview thread running.
    """
    from ceremony.printing.template import load_template
    from ceremony.ui.designer.background import prepare_artwork
    from ceremony.ui.designer.window import DesignerWindow

    try:
        loaded = load_template(template)
        artwork = prepare_artwork(loaded)
        window = DesignerWindow(loaded, registry, ceremony_id, parent, artwork=artwork)
    except Exception as error:  # shown to the user; a bug is also logged
        show_unopenable(parent, error)
        return None
    window.show()
    return window


def show_unopenable(parent: QWidget | None, error: BaseException) -> None:
    """Why a template cannot be designed: a damaged background in the designer's words,
    anything else as the app shows errors (a refusal in the user's language, or a bug)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ceremony.ui.designer.background import ArtworkError, artwork_problem
    from ceremony.ui.errors import show_error

    if isinstance(error, ArtworkError):
        QMessageBox.critical(parent, QCoreApplication.translate("Designer", "Template designer"),
                             artwork_problem(error))
    else:
        show_error(parent, error)


def close_designers(root: QWidget) -> bool:
    """Close every designer window under *root*, each asking about unsaved changes first.

    False as soon as one stays open (the user chose Cancel): the caller should not
    go on closing. No designer was ever opened if its module is not loaded.
    """
    module = sys.modules.get("ceremony.ui.designer.window")
    if module is None:
        return True
    for window in root.findChildren(module.DesignerWindow):
        if window.isVisible() and not window.close():
            return False
    return True
