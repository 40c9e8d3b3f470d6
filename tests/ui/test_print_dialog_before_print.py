"""Before a real print: no copies or page ranges, and the clerk confirms squeezed text and
a mix of blanks, since every certificate carries its own register number and a blank
printed wrongly cannot be used again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ceremony.services.certificates import CertificateSelection
from ceremony.store.models import Award, Honoree
from ceremony.store.registry import Registry
from ceremony.ui.printing.before_print import (
    CUPS_OPTIONS,
    blank_changes,
    confirm_blanks,
    cups_options,
)
from ceremony.ui.printing.jobs import Preview, Sheet
from ceremony.ui.printing.print_dialog import PrintDialog
from tests.printing.cups import cups_queue
from tests.ui.test_print_dialog import Answers, open_dialog, own_settings, records

__all__ = ["cups_queue", "own_settings"]  # fixtures, imported for pytest

Option = QAbstractPrintDialog.PrintDialogOption
Button = QMessageBox.StandardButton
HIDDEN = (Option.PrintPageRange, Option.PrintCurrentPage, Option.PrintSelection,
          Option.PrintToFile)


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


class FakeQtDialog:
    """Stands in for QPrintDialog.exec: notes what it offered, then acts as the clerk."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch,
                 clerk: Callable[[QPrinter], None] = lambda _printer: None,
                 accept: bool = True) -> None:
        self.offered: list[dict[Option, bool]] = []
        self.printers: list[QPrinter] = []
        self._clerk, self._accept = clerk, accept
        monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: self.run(dialog))

    def run(self, dialog: QPrintDialog) -> int:
        self.offered.append({option: dialog.testOption(option) for option in HIDDEN})
        self.printers.append(dialog.printer())
        self._clerk(dialog.printer())
        code = QDialog.DialogCode.Accepted if self._accept else QDialog.DialogCode.Rejected
        return code.value


def never_print(dialog: PrintDialog, monkeypatch: pytest.MonkeyPatch) -> list[QPrinter]:
    sent: list[QPrinter] = []
    monkeypatch.setattr(dialog, "print_to", sent.append)
    return sent


def close(box: QMessageBox | None) -> None:
    assert box is not None
    box.button(Button.Close).click()


# -- copies and page ranges ------------------------------------------------------
def two_copies(printer: QPrinter) -> None:
    printer.setCopyCount(2)


def page_twelve(printer: QPrinter) -> None:
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(12, 12)


def current_page(printer: QPrinter) -> None:
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)


def selection(printer: QPrinter) -> None:
    printer.setPrintRange(QPrinter.PrintRange.Selection)


def cups_option(name: str, value: str) -> Callable[[QPrinter], None]:
    """A CUPS job option as Qt's dialog leaves it: on the print engine, not on QPrinter."""
    def choose(printer: QPrinter) -> None:
        if printer.printEngine().property(CUPS_OPTIONS) is None:
            pytest.skip("Qt's CUPS print engine is not in use here")
        pairs = [item for pair in cups_options(printer).items() for item in pair]
        printer.printEngine().setProperty(CUPS_OPTIONS, [*pairs, name, value])
    return choose


def two_sided(printer: QPrinter) -> None:
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    if printer.duplex() != QPrinter.DuplexMode.DuplexLongSide:  # Qt keeps what it can do
        pytest.skip(f"the printer “{printer.printerName()}” cannot print on two sides")


@pytest.mark.parametrize(("clerk", "reason"), [
    (two_copies, "Copies cannot be printed"),
    (page_twelve, "Printing only some pages is not possible"),
    (current_page, "Printing only some pages is not possible"),
    (selection, "Printing only some pages is not possible"),

    (cups_option("page-ranges", "12"), "Printing only some pages is not possible"),
    (cups_option("page-set", "odd"), "Printing only some pages is not possible"),
])
def test_copies_and_page_ranges_are_refused_and_nothing_is_printed(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch,
        clerk: Callable[[QPrinter], None], reason: str) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    qt_dialog = FakeQtDialog(monkeypatch, clerk)
    sent = never_print(dialog, monkeypatch)
    dialog.print_certificates()
    # The print dialog offered none of the ways to print part of the job or to a file…
    assert qt_dialog.offered == [dict.fromkeys(HIDDEN, False)]
    # …and what the clerk still chose there is refused, with the way to reprint some.
    assert sent == []
    assert dialog.warning is not None and dialog.warning.isVisible()
    assert dialog.warning.text().startswith(reason)
    assert "own register number" in dialog.warning.text()
    assert "select those honorees' rows" in dialog.warning.informativeText()
    assert dialog.status.text().startswith(reason)
    close(dialog.warning)
    assert all(record == ("", 0) for record in records(sample_registry))


@pytest.mark.parametrize(("clerk", "reason"), [
    (cups_option("number-up", "2"), "Several pages on one sheet cannot be printed"),
    (two_sided, "Two-sided printing would put a certificate on the back"),
    (cups_option("job-sheets", "standard,none"), "Banner pages would use up blanks"),
])
def test_a_setting_that_wastes_blanks_is_refused(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch,
        clerk: Callable[[QPrinter], None], reason: str) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    FakeQtDialog(monkeypatch, clerk)
    sent = never_print(dialog, monkeypatch)
    dialog.print_certificates()
    assert sent == []
    assert dialog.warning is not None and dialog.warning.text().startswith(reason)
    assert dialog.warning.informativeText().startswith("Nothing was printed or recorded.")
    close(dialog.warning)


def test_the_print_dialog_starts_at_one_copy_of_every_page(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    seen: list[tuple[int, QPrinter.PrintRange]] = []
    FakeQtDialog(monkeypatch, lambda p: seen.append((p.copyCount(), p.printRange())),
                 accept=False)
    dialog.print_certificates()
    assert seen == [(1, QPrinter.PrintRange.AllPages)]


# -- squeezed text ---------------------------------------------------------------
def give_a_name_too_long_to_fit(registry: Registry, award_id: int) -> None:
    with registry.transaction() as session:
        honoree_id = session.scalars(select(Award.honoree_id).where(Award.id == award_id)).one()
        honoree = session.get_one(Honoree, honoree_id)
        honoree.name = " ".join(["Nguyễn Thị Phương Thảo"] * 12)


def test_squeezed_text_is_confirmed_before_a_real_print(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    give_a_name_too_long_to_fit(sample_registry, 2)
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    preview = dialog.preview_panel.preview
    assert preview is not None and {n.page for n in preview.notes if n.squeezed} == {2}
    qt_dialog = FakeQtDialog(monkeypatch, accept=False)

    with Answers(Button.No) as answers:
        dialog.print_certificates()
    assert len(answers.texts) == 1
    assert answers.texts[0].startswith("On 1 certificate(s) a name or text had to be made "
                                       "smaller than its field's minimum size")
    assert qt_dialog.offered == []  # not printed: the clerk checks the name first

    with Answers(Button.Yes) as answers:
        dialog.print_certificates()
    assert len(answers.texts) == 1 and len(qt_dialog.offered) == 1


def test_saving_as_final_names_the_squeezed_certificates_too(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    give_a_name_too_long_to_fit(sample_registry, 2)
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    asked: list[Path] = []
    monkeypatch.setattr(dialog.output, "ask_target", lambda *, final: asked.append(Path()))
    with Answers(Button.No) as answers:
        dialog.save_final()
    assert len(answers.texts) == 1
    assert answers.texts[0].startswith("On 1 certificate(s) a name or text had to be made")
    assert "will count as printed" in answers.texts[0]
    assert asked == []


# -- more than one kind of blank ---------------------------------------------------
def test_a_mix_of_paper_sizes_lists_the_order_before_printing(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry)  # medals on A4, merit on 400 × 300 mm
    qt_dialog = FakeQtDialog(monkeypatch, accept=False)
    with Answers(Button.No) as answers:
        dialog.print_certificates()
    assert len(answers.texts) == 1
    text = answers.texts[0]
    assert text.startswith("These certificates need more than one kind of blank")
    assert "Pages 1–15: paper 297 × 210 mm\nPages 16–49: paper 400 × 300 mm\n" in text
    assert "choose one award type at a time" in text
    assert qt_dialog.offered == []


def test_on_blanks_each_template_and_authority_is_a_kind_of_blank(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    dialog.choices.stock.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview_panel.preview is None, timeout=5_000)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview_panel.preview is not None,
                    timeout=20_000)
    qt_dialog = FakeQtDialog(monkeypatch, accept=False)
    with Answers(Button.Yes) as answers:
        dialog.print_certificates()
    lines = answers.texts[0].split("\n")
    assert lines[1].startswith("Pages 1–15: blanks “Giấy chứng nhận Kỷ niệm chương")
    assert lines[1].endswith("(297 × 210 mm), Bộ Tư lệnh Bộ đội Biên phòng")
    assert lines[2].startswith("Pages 16–21: blanks “Bằng khen")
    assert lines[2].endswith("(400 × 300 mm), Bộ Tư lệnh Bộ đội Biên phòng")
    assert lines[3].startswith("Pages 22–49: blanks “Bằng khen")
    assert lines[3].endswith("(400 × 300 mm), Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng")
    assert len(qt_dialog.offered) == 1  # the clerk said yes: on to the print dialog


def test_one_kind_of_blank_asks_nothing(qtbot: QtBot, sample_registry: Registry,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    qt_dialog = FakeQtDialog(monkeypatch, accept=False)
    with Answers() as answers:
        dialog.print_certificates()
    assert answers.texts == []
    assert len(qt_dialog.offered) == 1


# -- Qt's own print dialog, on a real CUPS queue --------------------------------------
def choose_in_qt_dialog(qtbot: QtBot, choose: Callable[[QPrintDialog], None]) -> list[str]:
    """When Qt's print dialog opens, let *choose* work its widgets, then press Print."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.printer().printerName())
        try:
            choose(dialog)
        except BaseException:
            dialog.reject()  # a failed check must end the test, not hang it
            raise
        dialog.accept()

    QTimer.singleShot(0, act)
    return seen


def show_options(dialog: QPrintDialog) -> None:
    """Press "Options >>", as the clerk does to see the page settings."""
    button = next(b for b in dialog.findChildren(QPushButton) if "Options" in b.text())
    button.click()


def cups_pages(dialog: QPrintDialog) -> None:
    """The clerk types page 2 into the "Pages" field CUPS adds to the dialog."""
    show_options(dialog)
    pages = dialog.findChild(QRadioButton, "pagesRadioButton")
    assert pages is not None and pages.isVisibleTo(dialog) and pages.isEnabled()
    pages.setChecked(True)
    field = dialog.findChild(QLineEdit, "pagesLineEdit")
    assert field is not None
    field.setText("2")


def odd_pages(dialog: QPrintDialog) -> None:
    show_options(dialog)
    page_set = dialog.findChild(QComboBox, "pageSetCombo")
    assert page_set is not None and page_set.isVisibleTo(dialog)
    page_set.setCurrentIndex(page_set.findText("Odd Pages"))


@pytest.mark.parametrize("choose", [cups_pages, odd_pages])
def test_pages_chosen_in_the_real_print_dialog_are_refused(
        qtbot: QtBot, sample_registry: Registry, cups_queue: str,
        choose: Callable[[QPrintDialog], None]) -> None:
    """QPrinter reports "all pages" for these, yet CUPS would print only some."""
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    seen = choose_in_qt_dialog(qtbot, choose)
    dialog.print_certificates()
    assert seen == [cups_queue]  # the dialog was really shown, on the CUPS queue
    assert dialog.warning is not None
    assert dialog.warning.text().startswith("Printing only some pages is not possible")
    close(dialog.warning)
    assert not dialog.busy and not dialog.recorded
    assert all(record == ("", 0) for record in records(sample_registry))


def test_a_long_list_of_changes_is_cut_short(qtbot: QtBot) -> None:
    """Stage order can alternate blanks page by page: the question stays on screen."""
    sheets = tuple(Sheet("Giấy khen", 297.0, 210.0, "UBND") if page % 2
                   else Sheet("Bằng khen", 400.0, 300.0, "UBND") for page in range(20))
    preview = Preview(CertificateSelection(), b"%PDF", 20, sheets=sheets)
    runs = blank_changes(preview, stock=False)
    assert len(runs) == 20
    assert runs[:2] == ["Page 1: paper 400 × 300 mm", "Page 2: paper 297 × 210 mm"]
    assert blank_changes(replace(preview, sheets=sheets[:1] * 20), stock=True) == []
    parent = QWidget()
    qtbot.addWidget(parent)
    with Answers(Button.No) as answers:
        assert not confirm_blanks(parent, runs)
    shown = answers.texts[0].split("\n")
    assert shown[12] == "Page 12: paper 297 × 210 mm"  # below the question's first line
    assert shown[13] == "… and 8 more change(s) of blank."
