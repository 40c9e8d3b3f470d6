"""Tools ▸ Settings: language, paper, template, backups, registry location."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui import settings as catalogue
from ceremony.ui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None,
                 registry_tone_order: str | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.setWindowTitle(self.tr("Settings"))
        self.language = self._combo([("system", self.tr("As the system")),
                                     ("vi", "Tiếng Việt"), ("en", "English")])
        self.paper = self._combo([("A4", "A4"), ("A3", "A3"),
                                  ("400x300", self.tr("Official 400 × 300 mm"))])
        self.template = QLineEdit()
        self.backup_folder = QLineEdit()
        self.registry_location = QLineEdit()
        self.registry_location.setPlaceholderText(
            self.tr("The user's data folder; or a file, or a postgresql+psycopg:// URL"))

        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Default &paper"), self.paper)
        form.addRow(self.tr("Default &template"), self.template)
        form.addRow(self.tr("&Backup folder"), self._with_browse(self.backup_folder))
        form.addRow(self.tr("&Registry"), self.registry_location)
        # The tone order belongs to the registry (its stored sort keys), not to this user.
        self.tone_order = self._combo([
            ("icu", self.tr("none, huyền, hỏi, ngã, sắc, nặng (dictionaries)")),
            ("traditional", self.tr("none, huyền, sắc, hỏi, ngã, nặng (school order)")),
        ])
        if registry_tone_order is not None:
            self.tone_order.setCurrentIndex(self.tone_order.findData(registry_tone_order))
            form.addRow(self.tr("&Tone order (this registry)"), self.tone_order)
        else:
            self.tone_order.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.load()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._choose_folder(edit))
        layout.addWidget(browse)
        return row

    def _choose_folder(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def load(self) -> None:
        get = self.settings.get
        self.language.setCurrentIndex(self.language.findData(get(catalogue.LANGUAGE)))
        self.paper.setCurrentIndex(self.paper.findData(get(catalogue.DEFAULT_PAPER)))
        self.template.setText(get(catalogue.DEFAULT_TEMPLATE))
        self.backup_folder.setText(get(catalogue.BACKUP_FOLDER))
        self.registry_location.setText(get(catalogue.REGISTRY_LOCATION))

    def accept(self) -> None:
        put = self.settings.set
        put(catalogue.LANGUAGE, self.language.currentData())
        put(catalogue.DEFAULT_PAPER, self.paper.currentData())
        put(catalogue.DEFAULT_TEMPLATE, self.template.text().strip())
        put(catalogue.BACKUP_FOLDER, self.backup_folder.text().strip())
        put(catalogue.REGISTRY_LOCATION, self.registry_location.text().strip())
        super().accept()
