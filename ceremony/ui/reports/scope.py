"""What a report covers: one ceremony, or every award dated within a period.

Until the user picks dates, the period offered is the selected ceremony's year,
the usual span of an annual commendation report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from ceremony.ui.reports.gateway import Scope

if TYPE_CHECKING:
    from ceremony.services.records import CeremonyInfo

DATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a ceremony's date, in the ceremony list


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


class ScopeBar(QWidget):
    """A ceremony list and a period, one of them chosen.

    Signals:
        changed(): the scope is different (another ceremony, other dates, the other choice).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.by_ceremony, self.by_period = QRadioButton(), QRadioButton()
        self.by_ceremony.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_ceremony)
        group.addButton(self.by_period)
        self.ceremony_box = QComboBox()
        self.ceremony_box.setMinimumContentsLength(40)
        year = QDate.currentDate().year()
        self.start_edit = _date_edit(QDate(year, 1, 1))
        self.end_edit = _date_edit(QDate(year, 12, 31))
        self.to_label = QLabel()
        self._period_chosen = False
        self.ceremony_box.currentIndexChanged.connect(lambda _row: self._changed())
        self.by_ceremony.toggled.connect(lambda _on: self._changed())
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _day: self._period_edited())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.by_ceremony)
        row.addWidget(self.ceremony_box, 1)
        row.addSpacing(24)
        for widget in (self.by_period, self.start_edit, self.to_label, self.end_edit):
            row.addWidget(widget)
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        self.by_ceremony.setText(self.tr("C&eremony:"))
        self.by_period.setText(self.tr("Pe&riod from"))
        self.to_label.setText(self.tr("to"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_ceremonies(self, ceremonies: Sequence[CeremonyInfo], keep: int | None) -> None:
        """Fill the list, keeping *keep* chosen if it is there; quietly (no `changed`)."""
        box = self.ceremony_box
        box.blockSignals(True)
        box.clear()
        for info in ceremonies:
            box.addItem(f"{info.date:%d/%m/%Y} — {info.title}", info.id)
            box.setItemData(box.count() - 1, info.date, DATE_ROLE)
        row = box.findData(keep) if keep is not None else -1
        box.setCurrentIndex(max(row, 0) if box.count() else -1)
        box.blockSignals(False)
        self._follow_ceremony_year()

    def set_ceremony(self, ceremony_id: int) -> None:
        row = self.ceremony_box.findData(ceremony_id)
        if row >= 0:
            self.by_ceremony.setChecked(True)
            self.ceremony_box.setCurrentIndex(row)

    def set_period(self, start: date, end: date) -> None:
        self._show_period(start, end)
        self._period_chosen = True
        if self.by_period.isChecked():
            self._changed()
        else:
            self.by_period.setChecked(True)

    def ceremony_id(self) -> int | None:
        value = self.ceremony_box.currentData()
        return int(value) if value is not None else None

    def scope(self) -> Scope:
        if self.by_ceremony.isChecked():
            return Scope(ceremony_id=self.ceremony_id())
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return Scope(start=start, end=end)

    def _show_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_edited(self) -> None:
        self._period_chosen = True
        self._changed()

    def _follow_ceremony_year(self) -> None:
        held = self.ceremony_box.currentData(DATE_ROLE)
        if not self._period_chosen and isinstance(held, date):
            self._show_period(date(held.year, 1, 1), date(held.year, 12, 31))

    def _enable(self) -> None:
        self.ceremony_box.setEnabled(self.by_ceremony.isChecked())
        for edit in (self.start_edit, self.end_edit):
            edit.setEnabled(self.by_period.isChecked())

    def _changed(self) -> None:
        self._follow_ceremony_year()
        self._enable()
        self.changed.emit()
