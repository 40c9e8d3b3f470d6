"""Page 5: what will be stored; Finish stores it in one transaction, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

if TYPE_CHECKING:
    from ceremony.ui.import_wizard.wizard import ImportWizard


class CommitPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch()
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Everything is stored together, or nothing is. An import "
                                 "can be undone later from Import batches."))
        self.describe()

    def initializePage(self) -> None:
        self.describe()

    def describe(self) -> None:
        preview = self._wizard.state.preview
        if preview is None:
            self.summary.setText("")
            return
        errors = len(preview.errors)
        if errors:
            self.summary.setText(self.tr(
                "%1 error(s) remain. Go back to see them, correct the file and choose it "
                "again; nothing can be imported until then.").replace("%1", str(errors)))
            self.summary.setStyleSheet("color: #b00020")
        else:
            entries = len(preview.entries)
            self.summary.setText(self.tr(
                "Ready to import %1 honoree(s) from %2 sheet(s); %3 of them are already in "
                "the registry and get the new award without being created again. "
                "Press Finish to import.").replace("%1", str(entries))
                .replace("%2", str(len(preview.sheets))).replace("%3", str(len(preview.matches))))
            self.summary.setStyleSheet("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        preview = self._wizard.state.preview
        return preview is not None and not preview.errors and bool(preview.entries)

    def validatePage(self) -> bool:
        return self._wizard.run_commit()
