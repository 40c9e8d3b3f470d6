"""The form for an individual or a collective, with validation as the user types."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ceremony.errors import CeremonyError
from ceremony.messages import render
from ceremony.services.editing import validate
from ceremony.services.history import HistoryEntry
from ceremony.services.honorees import HonoreeInput
from ceremony.ui.errors import current_language

NO_YEAR = 0  # the spin box's "special value": year unknown


class HonoreeDialog(QDialog):
    def __init__(self, entry: HonoreeInput | None = None, parent: QWidget | None = None,
                 history: Sequence[HistoryEntry] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Honoree") if entry else self.tr("New honoree"))
        self._build()
        if history:
            self._add_history(history)
        self.set_entry(entry or HonoreeInput(name=""))
        self._revalidate()

    def _add_history(self, history: Sequence[HistoryEntry]) -> None:
        """The awards this honoree already holds, newest first (read-only)."""
        self.history = QTableWidget(len(history), 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Award"), self.tr("Decision"), self.tr("Ceremony")])
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        for row, entry in enumerate(history):
            values = (str(entry.year or ""), entry.award, entry.decision, entry.ceremony)
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()
        self.history.setMaximumHeight(150)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, QLabel(self.tr("Awards received")))
        layout.insertWidget(2, self.history)

    def _build(self) -> None:
        self.individual = QRadioButton(self.tr("&Individual"))
        self.collective = QRadioButton(self.tr("&Collective"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.individual)
        kinds.addButton(self.collective)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.individual)
        kind_row.addWidget(self.collective)
        kind_row.addStretch()

        self.name = QLineEdit()
        self.rank = QLineEdit()
        self.position = QLineEdit()
        self.unit = QLineEdit()
        self.gender = QComboBox()
        self.gender.addItem("—", None)
        self.gender.addItem(self.tr("Male"), "male")
        self.gender.addItem(self.tr("Female"), "female")
        self.birth_year = QSpinBox()
        self.birth_year.setRange(NO_YEAR, 2200)
        self.birth_year.setSpecialValueText(self.tr("unknown"))
        self.ethnicity = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), kind_row)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Rank"), self.rank)
        form.addRow(self.tr("&Position"), self.position)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("&Year of birth"), self.birth_year)
        form.addRow(self.tr("&Ethnicity"), self.ethnicity)
        form.addRow(self.tr("N&otes"), self.notes)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for edit in (self.name, self.rank, self.position, self.unit, self.ethnicity):
            edit.textChanged.connect(self._revalidate)
        self.individual.toggled.connect(self._on_kind_changed)
        self.gender.currentIndexChanged.connect(self._revalidate)
        self.birth_year.valueChanged.connect(self._revalidate)

    def set_entry(self, entry: HonoreeInput) -> None:
        (self.collective if entry.kind == "collective" else self.individual).setChecked(True)
        self.name.setText(entry.name)
        self.rank.setText(entry.rank)
        self.position.setText(entry.position)
        self.unit.setText(entry.unit)
        self.gender.setCurrentIndex(max(0, self.gender.findData(entry.gender)))
        self.birth_year.setValue(entry.birth_year or NO_YEAR)
        self.ethnicity.setText(entry.ethnicity)
        self.notes.setPlainText(entry.notes)
        self._on_kind_changed()

    def entry(self) -> HonoreeInput:
        year = self.birth_year.value()
        return HonoreeInput(
            name=self.name.text(),
            kind="collective" if self.collective.isChecked() else "individual",
            rank=self.rank.text(),
            position=self.position.text(),
            unit=self.unit.text(),
            gender=self.gender.currentData(),
            birth_year=None if year == NO_YEAR else year,
            ethnicity=self.ethnicity.text(),
            notes=self.notes.toPlainText(),
        )

    def _on_kind_changed(self) -> None:
        # A collective has no rank, gender or birth: hide what cannot apply.
        personal = self.individual.isChecked()
        for widget in (self.rank, self.gender, self.birth_year, self.ethnicity):
            widget.setEnabled(personal)
        if not personal:
            self.gender.setCurrentIndex(0)
            self.birth_year.setValue(NO_YEAR)
        self._revalidate()

    def _revalidate(self) -> None:
        try:
            validate(self.entry())
        except CeremonyError as error:
            self.problem.setText(render(error.key, current_language(), **error.params))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
