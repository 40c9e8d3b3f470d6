"""Every field of the template by name: a way to reach small, hidden or stacked fields.

The list selects like the canvas (Ctrl/Shift+click for several) and follows it
both ways: the window passes the canvas's selection in, and the user's picks out.
Delete (or Backspace) removes the selected fields, as on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ceremony.printing.template import Field
from ceremony.ui.designer.labels import VARIABLES, label


def describe(field: Field) -> str:
    what = f"“{field.text}”" if field.text is not None else label(VARIABLES, field.variable)
    return f"{field.id} — {what}"


class FieldList(QListWidget):
    """Signals:
        chosen(list): the user selected the fields with these ids (in the list's order).
        delete_requested(): remove the selected fields.
    """

    chosen = Signal(list)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemSelectionChanged.connect(self._picked)

    def fill(self, fields: list[Field], selected: list[str]) -> None:
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

    def selected_ids(self) -> list[str]:
        return [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                if self.item(row).isSelected()]

    def select(self, field_ids: list[str]) -> None:
        """Show the canvas's selection; the first of them becomes the current row."""
        if field_ids == self.selected_ids():
            return  # already shown: leave the user's Shift+click anchor alone
        self._filling = True
        try:
            wanted = set(field_ids)
            self.clearSelection()
            current = None
            for row in range(self.count()):
                item = self.item(row)
                if item.data(Qt.ItemDataRole.UserRole) in wanted:
                    item.setSelected(True)
                    current = current or item
            if current is None:
                self.setCurrentRow(-1)
            else:
                self.setCurrentItem(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._filling = False

    def _picked(self) -> None:
        if not self._filling:
            self.chosen.emit(self.selected_ids())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
