"""Page 1: which file(s) and sheet, into which ceremony, with which award and decision."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from ceremony.ui.errors import describe

if TYPE_CHECKING:
    from ceremony.ui.import_wizard.wizard import ImportWizard

NEW_AWARD = None  # the award combo's data for "a new award type"


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.files = QLineEdit()
        self.files.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose_files)
        self.sheet = QComboBox()
        self.ceremony = QComboBox()
        self.ceremony.currentIndexChanged.connect(self.completeChanged)
        self.award = QComboBox()
        self.award.currentIndexChanged.connect(self._award_changed)
        self.new_award = QLineEdit()
        self.authority = QComboBox()
        self.authority.setEditable(True)
        self.decision = QLineEdit()
        self.has_date = QCheckBox()
        self.decision_date = QDateEdit(QDate.currentDate())
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setEnabled(False)
        self.has_date.toggled.connect(self.decision_date.setEnabled)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout(self)
        # Each label's mnemonic focuses the field it names (the file row: its button).
        fields = (self.browse, self.sheet, self.ceremony, self.award, self.new_award,
                  self.authority, self.decision)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            if field is self.browse:
                form.addRow(label, file_row)
            else:
                form.addRow(label, field)
        form.addRow(self.has_date, self.decision_date)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the list"))
        self.setSubTitle(self.tr("The annex of an award decision, as the office sent it: "
                                 "Excel (.xlsx, .xls), OpenDocument (.ods) or text (.csv, .txt)."))
        self.browse.setText(self.tr("&Browse…"))
        texts = (self.tr("&File(s):"), self.tr("&Sheet:"), self.tr("&Ceremony:"),
                 self.tr("&Award:"), self.tr("Ne&w award name:"), self.tr("Au&thority:"),
                 self.tr("Decision n&umber:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.has_date.setText(self.tr("Decision &date:"))
        self.new_award.setPlaceholderText(self.tr("e.g. Certificate of Merit of the Governor"))

    def initializePage(self) -> None:
        from ceremony.services.ceremonies import list_ceremonies
        from ceremony.services.reference import list_authorities, list_award_types

        registry = self._wizard.registry
        self.ceremony.clear()
        for info in list_ceremonies(registry):
            self.ceremony.addItem(f"{info.date:%d/%m/%Y} — {info.title}", info.id)
        wanted = self._wizard.state.ceremony_id
        self.ceremony.setCurrentIndex(max(0, self.ceremony.findData(wanted)))
        authorities = {a.id: a.name for a in list_authorities(registry)}
        self.award.clear()
        for award in list_award_types(registry):
            owner = authorities.get(award.authority_id, "")
            self.award.addItem(f"{award.name} — {owner}", (award.name, owner))
        self.award.addItem(self.tr("A new award type…"), NEW_AWARD)
        self.authority.clear()
        self.authority.addItems(sorted(authorities.values()))
        self.authority.setCurrentText("")
        self._award_changed()

    def set_files(self, paths: list[Path]) -> None:
        """Take *paths* as the chosen files and offer their sheets."""
        from ceremony.importing.readers import sheet_names

        self.files.setText("; ".join(str(p) for p in paths))
        self.files.setProperty("paths", [str(p) for p in paths])
        self.sheet.clear()
        self.sheet.addItem(self.tr("(every sheet)"), None)
        if len(paths) == 1:
            try:
                names = sheet_names(paths[0])
            except Exception as error:  # a broken file: say so now, not after Next
                self.files.setToolTip(describe(error))
                names = []
            for name in names:
                if name:
                    self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(1 if self.sheet.count() == 2 else 0)
        self.completeChanged.emit()

    def chosen_paths(self) -> list[Path]:
        return [Path(p) for p in self.files.property("paths") or []]

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the list"), "",
            self.tr("Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"))
        if chosen:
            self.set_files([Path(p) for p in chosen])

    def _award_changed(self) -> None:
        new = self.award.count() > 0 and self.award.currentData() is NEW_AWARD
        for widget in (self.new_award, self.authority):
            widget.setEnabled(new)

    def isComplete(self) -> bool:
        return bool(self.chosen_paths()) and self.ceremony.currentData() is not None

    def validatePage(self) -> bool:
        state = self._wizard.state
        paths, sheet = self.chosen_paths(), self.sheet.currentData()
        if paths != state.paths or sheet != state.sheet or state.preview is None:
            state.reset_source()
        state.paths, state.sheet = paths, sheet
        state.ceremony_id = self.ceremony.currentData()
        chosen = self.award.currentData()
        if chosen is NEW_AWARD:
            state.award, state.authority = self.new_award.text(), self.authority.currentText()
        else:
            state.award, state.authority = chosen
        state.decision = self.decision.text()
        state.decision_date = (self.decision_date.date().toPython()  # type: ignore[assignment]
                               if self.has_date.isChecked() else None)
        return self._wizard.run_preview(with_grids=not state.grids)
