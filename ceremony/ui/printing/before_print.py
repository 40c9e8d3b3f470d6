"""What the clerk must confirm, or cannot do, before certificates go to a printer.

Each certificate carries its own register number and is printed on a blank that
cannot be wasted, so a print is every certificate shown, once, each alone on its
blank: what Qt's print dialog can still choose against that (copies, pages, pages
per sheet, two sides, banners, a file) is refused after it. Text squeezed below its
field's minimum size, and a print that needs more than one kind of blank (one job
uses one tray and one printer profile), are asked about before anything is sent.

The strings keep the print dialog's context: these boxes are part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrintEngine, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from ceremony.ui.printing.jobs import Preview, Sheet

Option = QAbstractPrintDialog.PrintDialogOption
# Page ranges, the current page and the selection would print some certificates while
# the register records all; printing to a file has the dialog's own "Save as final"
# (a cancelled Qt print-to-file leaves a partial PDF whose numbers were rolled back).
HIDDEN_OPTIONS = (Option.PrintPageRange, Option.PrintCurrentPage, Option.PrintSelection,
                  Option.PrintToFile, Option.PrintCollateCopies)
# Where Qt's CUPS engine keeps the job options its print dialog set (QCUPSSupport's
# PPK_CupsOptions: name, value, name, value…); a private key, so read defensively.
CUPS_OPTIONS = QPrintEngine.PrintEnginePropertyKey(0xFE00)
MAX_LISTED = 12  # changes of blank listed in the question; more would not fit on screen


def restrict_print_dialog(dialog: QPrintDialog) -> None:
    """Leave the print dialog only the choices that print every certificate once."""
    for option in HIDDEN_OPTIONS:
        dialog.setOption(option, False)


@dataclass(frozen=True)
class Refusal:
    """Why a print was not sent, and what the clerk can do instead."""

    problem: str
    advice: str


def whole_job_problem(printer: QPrinter) -> Refusal | None:
    """Why the print dialog's choices would not print every certificate once, each on
    its own blank at actual size; None when they do.

    Qt's Unix dialog keeps offering page ranges whatever its options say (Qt 6.11), and
    CUPS's own "Pages", page set and pages-per-sheet reach the queue as job options that
    QPrinter does not report: those are read from the print engine.
    """
    cups = cups_options(printer)
    if printer.copyCount() > 1 or cups.get("copies", "1") != "1":
        return Refusal(QCoreApplication.translate(
            "PrintDialog", "Copies cannot be printed: each certificate carries its own "
            "register number, and the register counts one print of each."), _reprint())
    if (printer.printRange() != QPrinter.PrintRange.AllPages or cups.get("page-ranges")
            or cups.get("page-set", "all") != "all"):
        return Refusal(QCoreApplication.translate(
            "PrintDialog", "Printing only some pages is not possible here: each "
            "certificate carries its own register number, and the register would count "
            "every certificate shown as printed."), _reprint())
    return _sheet_problem(printer, cups)


def _sheet_problem(printer: QPrinter, cups: dict[str, str]) -> Refusal | None:
    """Settings that would waste blanks (or print to a file instead of the printer)."""
    problem = None
    if cups.get("number-up", "1") != "1":
        problem = QCoreApplication.translate(
            "PrintDialog", "Several pages on one sheet cannot be printed: each certificate "
            "needs its own blank, at actual size. Choose 1 page per sheet.")
    elif printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide,
                              QPrinter.DuplexMode.DuplexShortSide):
        problem = QCoreApplication.translate(
            "PrintDialog", "Two-sided printing would put a certificate on the back of "
            "another one's blank. Choose None under Duplex Printing.")
    elif any(part != "none" for part in cups.get("job-sheets", "none").split(",")):
        problem = QCoreApplication.translate(
            "PrintDialog", "Banner pages would use up blanks. Choose none for the start "
            "and end banners.")
    elif printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        problem = QCoreApplication.translate(
            "PrintDialog", "Printing to a file is not offered here: use “Save as final "
            "PDF” instead.")
    if problem is None:
        return None
    return Refusal(problem, QCoreApplication.translate(
        "PrintDialog", "Nothing was printed or recorded. Choose Print again and change "
        "this in the print dialog."))


def cups_options(printer: QPrinter) -> dict[str, str]:
    """The CUPS job options the print dialog set (empty where there is no CUPS)."""
    engine = printer.printEngine()
    pairs = engine.property(CUPS_OPTIONS) if engine is not None else None
    if not isinstance(pairs, list):
        return {}
    return {str(name): str(value) for name, value in zip(pairs[::2], pairs[1::2],
                                                         strict=False)}


def _reprint() -> str:
    return QCoreApplication.translate(
        "PrintDialog", "Nothing was printed. To print some certificates again, select those "
        "honorees' rows in the Honorees list, then choose Print certificates: the dialog "
        "then prints just the selected awards, one of each.")


def refuse(parent: QWidget, refusal: Refusal) -> QMessageBox:
    """Say why nothing was printed and what to do instead (window-modal).

    The box is returned already open, so a caller (or a test) can find it.
    """
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("PrintDialog", "Nothing was printed"),
                      refusal.problem, QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(refusal.advice)
    box.setObjectName("refused")
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def warn(parent: QWidget, title: str, text: str, details: str) -> QMessageBox:
    """A warning the clerk must see, left open without waiting (window-modal)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(details)
    box.setObjectName("warning")
    box.finished.connect(box.deleteLater)
    box.open()
    return box


# -- squeezed text -----------------------------------------------------------
def squeezed_certificates(preview: Preview) -> int:
    """Certificates with a text below its field's minimum size.

    Text wrapped past its field's lines is squeezed too (fitting then goes below the
    minimum size to keep it inside the box); an ordinary shrink or wrap is as designed.
    """
    return len({note.page for note in preview.notes if note.squeezed})


def squeezed_text(count: int) -> str:
    return QCoreApplication.translate(
        "PrintDialog", "On %n certificate(s) a name or text had to be made smaller than "
        "its field's minimum size to fit (marked “check it” in the fitting notes).", "",
        count)


def confirm_squeezed(parent: QWidget, count: int) -> bool:
    """Whether to print although *count* certificates carry squeezed text."""
    text = squeezed_text(count)
    question = QCoreApplication.translate(
        "PrintDialog", "Check them in the preview first: a blank printed wrongly cannot "
        "be used again. Print anyway?")
    return _ask(parent, text, question)


# -- kinds of blank ------------------------------------------------------------
def blank_changes(preview: Preview, *, stock: bool) -> list[str]:
    """The runs of pages printed on one kind of blank, in order, when there is more than
    one kind: a size of paper, and on pre-printed blanks the template and authority."""
    runs: list[tuple[int, int, tuple[object, ...], Sheet]] = []
    for page, sheet in enumerate(preview.sheets, start=1):
        kind: tuple[object, ...] = (sheet.width_mm, sheet.height_mm)
        if stock:  # the blank itself carries the design and the authority's line
            kind += (sheet.template, sheet.authority)
        if runs and runs[-1][2] == kind:
            runs[-1] = (runs[-1][0], page, kind, sheet)
        else:
            runs.append((page, page, kind, sheet))
    if len({kind for _, _, kind, _ in runs}) < 2:
        return []
    return [_run_line(first, last, sheet, stock=stock) for first, last, _, sheet in runs]


def confirm_blanks(parent: QWidget, runs: list[str]) -> bool:
    """Whether to print one job that needs the blanks *runs* lists, in that order."""
    listed = runs[:MAX_LISTED]
    more = len(runs) - MAX_LISTED
    if more > 0:
        listed.append(QCoreApplication.translate(
            "PrintDialog", "… and %n more change(s) of blank.", "", more))
    text = QCoreApplication.translate(
        "PrintDialog", "These certificates need more than one kind of blank, but one print "
        "uses one tray and one printer profile. They print in this order:")
    question = QCoreApplication.translate(
        "PrintDialog", "Better: choose one award type at a time under Awards and print "
        "each on its own blanks. Print them all in this order anyway?")
    return _ask(parent, text + "\n" + "\n".join(listed), question)


def _run_line(first: int, last: int, sheet: Sheet, *, stock: bool) -> str:
    pages = (QCoreApplication.translate("PrintDialog", "Page %1").replace("%1", str(first))
             if first == last else
             QCoreApplication.translate("PrintDialog", "Pages %1–%2").replace(
                 "%1", str(first)).replace("%2", str(last)))
    size = f"{sheet.width_mm:g} × {sheet.height_mm:g} mm"
    if not stock:
        return QCoreApplication.translate("PrintDialog", "%1: paper %2").replace(
            "%1", pages).replace("%2", size)
    return QCoreApplication.translate("PrintDialog", "%1: blanks “%2” (%3), %4").replace(
        "%1", pages).replace("%2", sheet.template).replace("%3", size).replace(
        "%4", sheet.authority)


def _ask(parent: QWidget, text: str, question: str) -> bool:
    """A Yes/No question, No by default: a wrong Yes wastes blanks."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("PrintDialog", "Print certificates"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(question)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
