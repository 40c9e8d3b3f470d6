"""Check-in of the selected honoree: present, absent, or received by a proxy.

The receiver fields also serve a collective's representative and the relative
who receives a posthumous award; a proxy needs a name (the services insist).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ceremony.ui.programme.people import ATTENDANCES, PROXY, attendance_label, person_name

if TYPE_CHECKING:
    from ceremony.services.programme_records import StagePerson


class CheckInPanel(QGroupBox):
    # award id, attendance, receiver name, receiver title
    check_in_requested = Signal(int, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: StagePerson | None = None
        self.attendance = QComboBox()
        self.attendance.addItems([""] * len(ATTENDANCES))  # labelled in retranslate()
        self.attendance.currentIndexChanged.connect(self._follow_attendance)
        self.receiver_name = QLineEdit()
        self.receiver_title = QLineEdit()
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self._apply)
        self.receiver_name.returnPressed.connect(self._apply)
        self.receiver_title.returnPressed.connect(self._apply)
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(3)]  # labelled in retranslate()
        for label, field in zip(self.labels, (self.attendance, self.receiver_name,
                                              self.receiver_title), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.apply_button)
        self.retranslate()
        self.show_person(None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check-in: %1").replace("%1", person_name(self._person))
                      if self._person else self.tr("Check-in"))
        for row, value in enumerate(ATTENDANCES):
            self.attendance.setItemText(row, attendance_label(value))
        labels = (self.tr("&Attendance:"), self.tr("Received &by:"), self.tr("Their t&itle:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.receiver_name.setPlaceholderText(
            self.tr("A proxy, a relative or a collective's representative"))
        self.apply_button.setText(self.tr("&Check in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_person(self, person: StagePerson | None) -> None:
        self._person = person
        self.setEnabled(person is not None)
        self.attendance.setCurrentIndex(ATTENDANCES.index(person.attendance) if person else 0)
        self.receiver_name.setText(person.receiver_name if person else "")
        self.receiver_title.setText(person.receiver_title if person else "")
        self.retranslate()

    def _follow_attendance(self, row: int) -> None:
        if 0 <= row < len(ATTENDANCES) and ATTENDANCES[row] == PROXY:
            self.receiver_name.setFocus()

    def _apply(self) -> None:
        if self._person is None:
            return
        self.check_in_requested.emit(self._person.award_id,
                                     ATTENDANCES[self.attendance.currentIndex()],
                                     self.receiver_name.text(), self.receiver_title.text())
