"""Naming a template to save: the "Save as new template" dialog and name suggestions."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.template import NAME_PATTERN, is_builtin, user_template_names
from ceremony.text import search_key


def suggest_name(title: str) -> str:
    """A file name from a title: "Bằng khen Đoàn" -> "bang-khen-doan"."""
    slug = re.sub(r"[^a-z0-9]+", "-", search_key(title)).strip("-")[:56].strip("-")
    return slug or "mau-in"


def free_name(wanted: str) -> str:
    """*wanted*, or wanted-2, -3… when a built-in or one of the user's templates has it."""
    taken = set(user_template_names())
    name, number = wanted, 1
    while is_builtin(name) or name in taken:
        number += 1
        name = f"{wanted}-{number}"
    return name


class SaveTemplateDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(title)
        self.title.setMaxLength(200)
        self.name = QLineEdit(free_name(suggest_name(title)))
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(
            NAME_PATTERN.pattern.strip("^$"))))
        self._name_typed = False
        self.title.textEdited.connect(self._title_edited)
        self.name.textEdited.connect(self._name_edited)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self._title_label, self._name_label = QLabel(), QLabel()
        self._title_label.setBuddy(self.title)
        self._name_label.setBuddy(self.name)
        form.addRow(self._title_label, self.title)
        form.addRow(self._name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Save as a new template"))
        self._title_label.setText(self.tr("&Title (shown in lists):"))
        self._name_label.setText(self.tr("&Name (for files and the command line):"))
        self.note.setText(self.tr("Saved among your own templates; the built-in templates "
                                  "stay as they are."))
        self.resize(520, self.sizeHint().height())
        self._check()

    def _title_edited(self, text: str) -> None:
        if not self._name_typed:
            self.name.setText(free_name(suggest_name(text)))
        self._check()

    def _name_edited(self) -> None:
        self._name_typed = True
        self._check()

    def _check(self) -> None:
        ok = bool(self.title.text().strip()) and bool(NAME_PATTERN.match(self.name.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
