"""The form for a ceremony: title, date and time, venue, place, language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.ceremony_fields import CeremonyFields


class CeremonyDialog(QDialog):
    def __init__(self, fields: CeremonyFields | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ceremony"))
        self.setMinimumWidth(520)
        fields = fields or CeremonyFields(title="", date=date.today())
        self.title = QLineEdit(fields.title)
        self.date = QDateEdit(QDate(fields.date.year, fields.date.month, fields.date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.has_time = QCheckBox(self.tr("at"))
        at = fields.time
        self.time = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(8, 0))
        self.time.setDisplayFormat("HH:mm")
        self.has_time.setChecked(fields.time is not None)
        self.time.setEnabled(fields.time is not None)
        self.has_time.toggled.connect(self.time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        when.addStretch()
        self.venue = QLineEdit(fields.venue)
        self.place = QLineEdit(fields.place_name)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(fields.language)))

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Date"), when)
        form.addRow(self.tr("&Venue"), self.venue)
        form.addRow(self.tr("&Place (for the date line)"), self.place)
        form.addRow(self.tr("&Language of its documents"), self.language)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._revalidate)
        self._revalidate()

    def fields(self) -> CeremonyFields:
        return CeremonyFields(
            title=self.title.text(),
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            time=self.time.time().toPython() if self.has_time.isChecked() else None,  # type: ignore[arg-type]
            venue=self.venue.text(),
            place_name=self.place.text(),
            language=self.language.currentData(),
        )

    def _revalidate(self) -> None:
        empty = not self.title.text().strip()
        self.problem.setText(self.tr("A ceremony needs a title.") if empty else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not empty)
