"""Forms for an authority, an award type and a decision, validated as the user types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ceremony.errors import CeremonyError
from ceremony.messages import render
from ceremony.services.reference_records import (
    AuthorityInfo,
    AwardTypeInfo,
    DecisionInfo,
    Info,
    validated,
)
from ceremony.ui.errors import current_language

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


class RecordDialog(QDialog):
    """A form, a line for the first problem found, and OK (enabled only when valid)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def record(self) -> Info:
        raise NotImplementedError

    def watch(self, *signals: object) -> None:
        for signal in signals:
            signal.connect(self.revalidate)  # type: ignore[attr-defined]
        self.revalidate()

    def revalidate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            validated(self.record())
        except CeremonyError as error:
            self.problem.setText(render(error.key, current_language(), **error.params))
            ok.setEnabled(False)
            return
        self.problem.setText("")
        ok.setEnabled(True)


class AuthorityDialog(RecordDialog):
    def __init__(self, info: AuthorityInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Authority"), parent)
        self.info = info
        self.name = QLineEdit(info.name)
        self.title_line = QLineEdit(info.title_line)
        self.signer_title = QLineEdit(info.signer_title)
        self.signer_name = QLineEdit(info.signer_name)
        self.place_name = QLineEdit(info.place_name)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Title line on certificates"), self.title_line)
        self.form.addRow(self.tr("Signer's t&itle"), self.signer_title)
        self.form.addRow(self.tr("Signer's n&ame"), self.signer_name)
        self.form.addRow(self.tr("&Place of signing"), self.place_name)
        self.watch(self.name.textChanged)

    def record(self) -> AuthorityInfo:
        return AuthorityInfo(self.info.id, self.name.text(), self.title_line.text(),
                             self.signer_title.text(), self.signer_name.text(),
                             self.place_name.text())


def authority_combo(authorities: list[AuthorityInfo], current: int | None) -> QComboBox:
    combo = QComboBox()
    for authority in authorities:
        combo.addItem(authority.name, authority.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def choice_combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AwardTypeDialog(RecordDialog):
    def __init__(self, info: AwardTypeInfo, authorities: list[AuthorityInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Award type"), parent)
        self.info = info
        self.name = QLineEdit(info.name)
        self.authority = authority_combo(authorities, info.authority_id)
        self.category = choice_combo([
            ("medal", self.tr("Medal")), ("commendation", self.tr("Commendation")),
            ("certificate_of_merit", self.tr("Certificate of merit")),
            ("title", self.tr("Title")), ("other", self.tr("Other"))], info.category)
        self.recipients = choice_combo([
            ("both", self.tr("Individuals and collectives")),
            ("individual", self.tr("Individuals only")),
            ("collective", self.tr("Collectives only"))], info.recipients)
        self.once = QCheckBox(self.tr("Awarded at most once to anyone"))
        self.once.setChecked(info.once_per_honoree)
        self.precedence = QSpinBox()
        self.precedence.setRange(0, 9999)
        self.precedence.setValue(info.precedence)
        self.citation = QPlainTextEdit(info.default_citation)
        self.citation.setMaximumHeight(70)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Conferred by"), self.authority)
        self.form.addRow(self.tr("&Kind"), self.category)
        self.form.addRow(self.tr("&Recipients"), self.recipients)
        self.form.addRow("", self.once)
        self.form.addRow(self.tr("&Precedence (lower first)"), self.precedence)
        self.form.addRow(self.tr("Default &citation"), self.citation)
        self.watch(self.name.textChanged, self.authority.currentIndexChanged)

    def record(self) -> AwardTypeInfo:
        return AwardTypeInfo(
            self.info.id, self.name.text(), self.authority.currentData() or 0,
            category=self.category.currentData(), recipients=self.recipients.currentData(),
            once_per_honoree=self.once.isChecked(), precedence=self.precedence.value(),
            default_citation=self.citation.toPlainText(),
            default_template=self.info.default_template)


class DecisionDialog(RecordDialog):
    def __init__(self, info: DecisionInfo, authorities: list[AuthorityInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision"), parent)
        self.info = info
        self.number = QLineEdit(info.number)
        self.authority = authority_combo(authorities, info.authority_id)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("no date"))
        on = info.date
        self.date.setDate(QDate(on.year, on.month, on.day) if on else NO_DATE)
        self.signer_title = QLineEdit(info.signer_title)
        self.signer_name = QLineEdit(info.signer_name)
        self.form.addRow(self.tr("&Number"), self.number)
        self.form.addRow(self.tr("&Issued by"), self.authority)
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("Signer's t&itle"), self.signer_title)
        self.form.addRow(self.tr("Signer's n&ame"), self.signer_name)
        self.watch(self.number.textChanged, self.authority.currentIndexChanged)

    def record(self) -> DecisionInfo:
        chosen = self.date.date()
        on: date | None = None if chosen == NO_DATE else chosen.toPython()  # type: ignore[assignment]
        return DecisionInfo(self.info.id, self.number.text(), self.authority.currentData() or 0,
                            date=on, signer_title=self.signer_title.text(),
                            signer_name=self.signer_name.text())


