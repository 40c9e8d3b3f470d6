"""The application's icons, from resources/icons (SVG, so they stay sharp on high-DPI screens)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ceremony.paths import resources_dir


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "ceremony.svg"))
