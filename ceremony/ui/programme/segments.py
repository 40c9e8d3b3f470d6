"""Editing the programme's own segments (welcome, speeches, closing): add, edit,
remove and reorder, each an undoable plan edit. Blocks are edited elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.programme_templates import Segment

if TYPE_CHECKING:
    from ceremony.services.programme_records import ItemView
    from ceremony.ui.programme.page import ProgrammePage


class SegmentDialog(QDialog):
    def __init__(self, segment: Segment | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme segment"))
        self.setMinimumWidth(460)
        segment = segment or Segment("", "", 5)
        self.title = QLineEdit(segment.title)
        self.speaker = QLineEdit(segment.speaker)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(segment.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("&What happens"), self.title)
        form.addRow(self.tr("&Speaker"), self.speaker)
        form.addRow(self.tr("&Duration"), self.minutes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._revalidate)
        self._revalidate()

    def segment(self) -> Segment:
        return Segment(self.title.text().strip(), self.speaker.text().strip(),
                       self.minutes.value())

    def _revalidate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))


class SegmentEditor(QObject):
    """The buttons under the programme table, and what they do."""

    def __init__(self, page: ProgrammePage) -> None:
        super().__init__(page)
        self.page = page
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                             (self.remove_button, self.remove),
                             (self.up_button, lambda: self.move(-1)),
                             (self.down_button, lambda: self.move(1))):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        page.items_table.doubleClicked.connect(lambda _index: self.edit())
        self.bar.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add se&gment…"))
        self.edit_button.setText(self.tr("Edit segment…"))
        self.remove_button.setText(self.tr("Remove segment"))
        self.up_button.setText(self.tr("Earlier"))
        self.down_button.setText(self.tr("Later"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def current(self) -> ItemView | None:
        index = self.page.items_table.currentIndex()
        return self.page.items.record_at(index.row()) if index.isValid() else None

    def add(self, segment: Segment | None = None) -> bool:
        ceremony_id = self.page.ceremony_id()
        if ceremony_id is None:
            return False
        if segment is None:
            dialog = SegmentDialog(None, self.page)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            segment = dialog.segment()
        chosen = self.current()
        index = chosen.position if chosen is not None else None  # after the selected one
        text = self.tr("Add %1").replace("%1", segment.title)
        done = self.page.push_plan_edit(
            text, lambda g: g.add_segment(ceremony_id, segment, index))
        return self._keep(done, index if index is not None else self.page.items.rowCount() - 1)

    def edit(self, segment: Segment | None = None) -> bool:
        item = self.current()
        if item is None or item.kind != "segment":
            return False
        if segment is None:
            dialog = SegmentDialog(Segment(item.title, item.speaker, item.minutes), self.page)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            segment = dialog.segment()
        text = self.tr("Edit %1").replace("%1", segment.title)
        done = self.page.push_plan_edit(text, lambda g: g.update_segment(item.id, segment))
        return self._keep(done, item.position - 1)

    def remove(self) -> bool:
        item = self.current()
        if item is None or item.kind != "segment":
            return False
        text = self.tr("Remove %1").replace("%1", item.title)
        done = self.page.push_plan_edit(text, lambda g: g.remove_segment(item.id))
        return self._keep(done, item.position - 1)

    def move(self, delta: int) -> bool:
        item = self.current()
        if item is None:
            return False
        target = max(0, item.position - 1 + delta)
        done = self.page.push_plan_edit(self.tr("Reorder the programme"),
                                        lambda g: g.move_item(item.id, target))
        return self._keep(done, target)

    def _keep(self, done: bool, row: int) -> bool:
        """Select *row* again after the page reloaded, so the next action has a target."""
        if done and self.page.items.rowCount():
            row = max(0, min(row, self.page.items.rowCount() - 1))
            self.page.items_table.setCurrentIndex(self.page.items.index(row, 0))
        return done
