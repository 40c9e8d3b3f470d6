"""The print dialog's Output box: one file or one per honoree, and the three ways out.

Holds the widgets and the file choosers; what the buttons do stays with the
dialog, which knows whether a preview is ready and whether the registry can be
written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OutputBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split = QComboBox()
        self.split.addItems(["", ""])
        self.save_preview_button = QPushButton()
        self.save_final_button = QPushButton()
        self.print_button = QPushButton()
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        form = QFormLayout()
        self._split_label = QLabel()
        self._split_label.setBuddy(self.split)
        form.addRow(self._split_label, self.split)
        box = QVBoxLayout(self)
        box.addLayout(form)
        for button in (self.save_preview_button, self.save_final_button, self.print_button):
            box.addWidget(button)
        box.addWidget(self.explain)
        self.retranslate()

    def retranslate(self) -> None:
        # The dialog's context: these strings were translated there before the split
        # (lupdate reads only literal QCoreApplication.translate calls, hence the length).
        self.setTitle(QCoreApplication.translate("PrintDialog", "Output"))
        self._split_label.setText(QCoreApplication.translate("PrintDialog", "Fi&les:"))
        self.split.setItemText(0, QCoreApplication.translate("PrintDialog", "One PDF file"))
        self.split.setItemText(1, QCoreApplication.translate(
            "PrintDialog", "One file per honoree (into a folder)"))
        self.save_preview_button.setText(QCoreApplication.translate(
            "PrintDialog", "Save a pre&view…"))
        self.save_final_button.setText(QCoreApplication.translate(
            "PrintDialog", "Save as f&inal PDF (counts as printed)…"))
        self.print_button.setText(QCoreApplication.translate("PrintDialog", "P&rint…"))
        self.explain.setText(QCoreApplication.translate(
            "PrintDialog",
            "A preview is for viewing only. “Save as final” and “Print” count as the real "
            "print: first prints take register numbers and every print is counted."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def one_file_each(self) -> bool:
        return self.split.currentIndex() == 1

    def enable(self, *, ready: bool, writable: bool) -> None:
        """A preview can always be saved; the real print needs a writable registry."""
        self.save_preview_button.setEnabled(ready)
        self.save_final_button.setEnabled(ready and writable)
        self.print_button.setEnabled(ready and writable)

    def ask_target(self, *, final: bool) -> Path | None:
        """The file (or folder, for one file each) the user picks; None if cancelled."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        if self.one_file_each:
            chosen = QFileDialog.getExistingDirectory(self, QCoreApplication.translate(
                "PrintDialog", "Folder for the files"), folder)
        else:
            name = "certificates.pdf" if final else "certificates-preview.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("PrintDialog", "Save certificates"),
                str(Path(folder) / name),
                QCoreApplication.translate("PrintDialog", "PDF files (*.pdf)"))
        return Path(chosen) if chosen else None
