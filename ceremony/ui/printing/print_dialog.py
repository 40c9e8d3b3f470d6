"""Print certificates: choose, preview, then save for viewing, save as final, or print.

Only "Save as final" and "Print…" count as printed (register numbers taken,
print count raised), and Print records only after the printer took every page.
A printer that is missing, stopped or refusing jobs records nothing: the user
is told why and offered the final PDF instead. Before a real print the clerk
confirms squeezed text and a mix of blanks (before_print); Qt's print dialog
offers no copies, page ranges or printing to a file. Rendering runs on a worker
thread (job_slot); the preview re-renders when a choice changes, its progress shown
in the dialog's status line (a modal box would take the keyboard from the box being
changed), while a save or a print shows a modal, cancellable one. The paper, profile
and template chosen last are remembered (remembered).

No button answers Enter: a blank cannot be wasted, and Enter in a box followed by
Enter in Qt's print dialog (whose default is Print) would print and record
everything. Print is reached by its Alt letter, or by Tab and Space.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.batch import BatchResult
from ceremony.printing.errors import PrintCancelled
from ceremony.store.registry import Registry
from ceremony.ui.errors import describe, show_error
from ceremony.ui.printing.before_print import (
    blank_changes,
    confirm_blanks,
    confirm_squeezed,
    refuse,
    restrict_print_dialog,
    squeezed_certificates,
    squeezed_text,
    warn,
    whole_job_problem,
)
from ceremony.ui.printing.choices import ChoicesPanel
from ceremony.ui.printing.job_slot import JobSlot
from ceremony.ui.printing.jobs import Preview, make_preview, print_for_real, save_output
from ceremony.ui.printing.output_box import OutputBox
from ceremony.ui.printing.preview_panel import PreviewPanel
from ceremony.ui.printing.printer_check import (
    choose_printer,
    missing_printer,
    offer_pdf,
    printer_problem,
)
from ceremony.ui.printing.printer_output import (
    PagesMayHavePrinted,
    PrinterFailed,
    paint_pdf,
    prepare_printer,
)
from ceremony.ui.printing.remembered import remember, restore
from ceremony.ui.printing.worker import Work
from ceremony.ui.settings import Settings


class PrintDialog(QDialog):
    def __init__(self, registry: Registry, ceremony_id: int | None = None,
                 award_ids: list[int] | None = None, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.settings = settings or Settings()
        self.recorded = False  # a real print happened: the caller should refresh
        self.jobs = JobSlot(self, refresh=self.refresh_preview, failed=self._failed,
                            changed=self._update_buttons, progress=self._preview_progress)
        self.choices = ChoicesPanel(registry, ceremony_id, award_ids)
        restore(self.choices, self.settings)  # before `changed` is heard: one first render
        self.profiles_button = QPushButton()
        self.profiles_button.clicked.connect(self.edit_profiles)
        self.output = OutputBox()
        self.output.save_preview_button.clicked.connect(self.save_preview)
        self.output.save_final_button.clicked.connect(self.save_final)
        self.output.print_button.clicked.connect(self.print_certificates)
        self.offer: QMessageBox | None = None  # the offer of a PDF when a printer fails
        self.warning: QMessageBox | None = None  # a refused print, or pages that got out
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()  # a preview being rendered; shown only meanwhile
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.progress.hide()
        self.preview_panel = PreviewPanel()
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)  # one render after a burst of changes
        self._timer.timeout.connect(self.refresh_preview)
        self.choices.changed.connect(self.schedule_preview)
        self.retranslate()
        self.resize(1180, 760)
        self.refresh_preview()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.choices)
        column.addWidget(self.profiles_button)
        column.addWidget(self.output)
        column.addStretch()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(bottom)
        for button in self.findChildren(QPushButton):
            # Auto-default off too: Qt makes an auto-default button that had focus (or
            # the first one, on showing) the default, which Enter in any box presses.
            button.setAutoDefault(False)
            button.setDefault(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print certificates"))
        self.profiles_button.setText(self.tr("Printer &profiles…"))
        self.close_button.setText(self.tr("&Close"))
        self.progress.setFormat(self.tr("Rendering the preview…") + " %p%")
        self.output.retranslate()
        self.choices.retranslate()
        self.preview_panel.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the preview ---------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def _preview_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def schedule_preview(self) -> None:
        self.preview_panel.show_preview(None)
        self._update_buttons()
        self._timer.start()

    def refresh_preview(self) -> None:
        if self.jobs.supersede():  # rendered again once the running job ends
            return
        self.preview_panel.show_preview(None)
        work = partial(make_preview, self.registry, self.choices.choice())
        self._run(self.tr("Rendering the preview…"), work, self.preview_panel.show_preview,
                  preview=True)

    # -- outputs -------------------------------------------------------------
    def save_preview(self) -> None:
        target = self.output.ask_target(final=False)
        if target is not None:
            self.write_output(target, final=False)

    def save_final(self) -> None:
        preview = self._ready()
        if preview is None:
            return
        question = self.tr(
            "These %n certificate(s) will count as printed: awards printed for the first "
            "time take register numbers, which are never reused. Continue?", "",
            preview.pages)
        squeezed = squeezed_certificates(preview)
        if squeezed:  # a final PDF is printed elsewhere: the same care as Print
            question = squeezed_text(squeezed) + "\n\n" + question
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save as final"), question,
                          buttons, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter takes no register numbers
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.save_final_unasked()

    def save_final_unasked(self) -> None:
        target = self.output.ask_target(final=True)
        if target is not None:
            self.write_output(target, final=True)

    def write_output(self, target: Path, *, final: bool) -> None:
        """Write the chosen certificates to *target*; *final* counts as a real print."""
        preview = self._ready()
        if preview is None:
            return
        work = partial(save_output, self.registry, self.choices.choice(), preview.selection,
                       target, split=self.output.one_file_each, final=final)
        self._run(self.tr("Writing the certificates…"), work,
                  partial(self._saved, final=final, target=target))

    def print_certificates(self) -> None:
        preview = self._ready()
        if preview is None or not self._confirmed(preview):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.preview_panel.document.pagePointSize(0))
        profile = self.choices.choice().profile
        told = []
        if profile.printer and not choose_printer(printer, profile.printer):
            told.append(missing_printer(profile.printer) + " " + self.tr(
                "Choose another printer, or save a PDF."))
        dialog = QPrintDialog(printer, self)
        restrict_print_dialog(dialog)
        if profile.tray:
            # Qt cannot pick a tray by the name a driver gives it ("Bypass Tray", "Khay 2"):
            # the clerk picks it, told which one the profile's offsets were measured on.
            told.append(self.tr("Choose the tray “%1” in the print dialog: the offsets of "
                                "the profile “%2” were measured on it.").replace(
                "%1", profile.tray).replace("%2", profile.name))
            dialog.setWindowTitle(self.tr("Print — tray “%1”").replace("%1", profile.tray))
        self.status.setText(" ".join(told))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        refusal = whole_job_problem(printer)  # copies or pages the dialog still let through
        if refusal is not None:
            self.status.setText(refusal.problem)
            self.warning = refuse(self, refusal)
            return
        self.print_to(printer)

    def _confirmed(self, preview: Preview) -> bool:
        """The clerk's yes to squeezed text and to more than one kind of blank, if any."""
        squeezed = squeezed_certificates(preview)
        if squeezed and not confirm_squeezed(self, squeezed):
            return False
        runs = blank_changes(preview, stock=self.choices.choice().stock)
        return not runs or confirm_blanks(self, runs)

    def print_to(self, printer: QPrinter) -> None:
        """Print on *printer* (already chosen), then record the print."""
        preview = self._ready()
        if preview is None:
            return
        problem = printer_problem(printer)
        if problem is not None:  # refused before anything is rendered or recorded
            self.offer_pdf(problem)
            return
        work = partial(print_for_real, self.registry, self.choices.choice(), preview.selection,
                       partial(paint_pdf, printer))
        self._run(self.tr("Printing the certificates…"), work, self._printed)

    def offer_pdf(self, problem: str) -> None:
        """The printer cannot print: say so, nothing is recorded, offer the final PDF."""
        told = problem + "\n" + self.tr("Nothing was recorded as printed.")
        self.status.setText(told)
        self.offer = offer_pdf(self, told, self.tr(
            "You can save the certificates as a final PDF instead and print it on another "
            "printer; saving it counts as the print."), self.save_final_unasked)

    def edit_profiles(self) -> None:
        from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog

        PrinterProfilesDialog(self.registry, self).exec()
        self.choices.reload_profiles()
        # The same pick may have new offsets: the preview must show where text now lands.
        self.schedule_preview()

    # -- running jobs --------------------------------------------------------
    def _run(self, label: str, work: Work, done: Any, *, preview: bool = False) -> None:
        if not preview:
            self.status.clear()
        self.jobs.run(label, work, done, preview=preview)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PrintCancelled):
            self.status.setText(describe(error))
        elif isinstance(error, PrinterFailed):
            self.offer_pdf(str(error))
        elif isinstance(error, PagesMayHavePrinted):
            self._pages_may_have_printed(error)
        else:
            show_error(self, error)

    def _pages_may_have_printed(self, error: PagesMayHavePrinted) -> None:
        """A stopped print the queue kept: the sheets that came out bear numbers that
        were rolled back, which the next print gives again."""
        details = self.tr("Nothing was recorded as printed, so the register numbers on any "
                          "sheets that came out will be given again: set those sheets aside.")
        self.status.setText(f"{error}\n{details}")
        self.warning = warn(self, self.tr("Pages may have been printed"), str(error), details)

    def _saved(self, result: BatchResult, *, final: bool, target: Path) -> None:
        if final:
            self.recorded = True
            self.status.setText(self.tr("Saved %n page(s) to %1; they count as printed.", "",
                                        result.pages).replace("%1", str(target)))
            self.refresh_preview()  # the register numbers now show on the pages
        else:
            self.status.setText(self.tr("Saved a preview of %n page(s) to %1.", "",
                                        result.pages).replace("%1", str(target)))

    def _printed(self, pages: int) -> None:
        self.recorded = True
        self.status.setText(self.tr("Printed %n certificate(s); they are recorded as printed.",
                                    "", pages))
        self.refresh_preview()

    def _ready(self) -> Preview | None:
        preview = self.preview_panel.preview
        if self.jobs.busy or preview is None or not preview.pdf or preview.problems:
            return None
        return preview

    def _update_buttons(self) -> None:
        # While a file or the printer is being written, the choices stay as they were.
        self.choices.setEnabled(not self.jobs.writing)
        if self.jobs.previewing and self.progress.isHidden():
            self.progress.setRange(0, 0)  # busy until the first page is counted
        self.progress.setVisible(self.jobs.previewing)
        self.output.enable(ready=self._ready() is not None, writable=not self.registry.read_only)

    def reject(self) -> None:
        self.jobs.stop()  # the worker must end before its window goes
        remember(self.choices, self.settings)
        super().reject()
