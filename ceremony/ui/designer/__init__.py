"""The certificate template designer (Templates ▸ Open in designer…).

Imported only when the user opens it, so ReportLab and QtPdf stay unloaded
until then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ceremony.store.registry import Registry
    from ceremony.ui.designer.window import DesignerWindow


def open_designer(parent: QWidget | None, template: str | Path,
                  registry: Registry | None = None,
                  ceremony_id: int | None = None) -> DesignerWindow | None:
    """Show the designer on a template (a name or a file); None if it cannot be read."""
    from ceremony.printing.template import load_template
    from ceremony.ui.designer.window import DesignerWindow
    from ceremony.ui.errors import show_error

    try:
        loaded = load_template(template)
    except Exception as error:  # shown to the user; a bug is also logged
        show_error(parent, error)
        return None
    window = DesignerWindow(loaded, registry, ceremony_id, parent)
    window.show()
    return window
