"""The About dialog, laid out in forms/about_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ceremony import __version__
from ceremony.ui.generated.ui_about_dialog import Ui_AboutDialog
from ceremony.ui.icons import app_icon


class AboutDialog(QDialog):
    def __init__(self, registry_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        # pyside6-uic writes untyped code.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.iconLabel.setPixmap(app_icon().pixmap(64, 64))
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        self.ui.registryLabel.setText(
            self.tr("Registry: %1").replace("%1", registry_location or self.tr("not open"))
        )
