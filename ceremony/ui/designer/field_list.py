"""Every field of the template by name: a way to reach small, hidden or stacked fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ceremony.printing.template import Field
from ceremony.ui.designer.labels import VARIABLES, label


def describe(field: Field) -> str:
    what = f"“{field.text}”" if field.text is not None else label(VARIABLES, field.variable)
    return f"{field.id} — {what}"


class FieldList(QListWidget):
    """Signals:
        chosen(str): the user picked the field with this id.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.currentItemChanged.connect(self._picked)

    def fill(self, fields: list[Field], selected: str | None) -> None:
        self._filling = True
        self.clear()
        for field in fields:
            item = QListWidgetItem(describe(field))
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            self.addItem(item)
        self._filling = False
        self.select(selected)

    def relabel(self, field: Field) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == field.id:
                item.setText(describe(field))

    def select(self, field_id: str | None) -> None:
        self._filling = True
        self.setCurrentRow(-1)
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == field_id:
                self.setCurrentRow(row)
        self._filling = False

    def _picked(self, current: QListWidgetItem | None) -> None:
        if not self._filling and current is not None:
            self.chosen.emit(current.data(Qt.ItemDataRole.UserRole))
