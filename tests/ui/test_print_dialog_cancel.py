"""A cancelled print whose job CUPS would not give back: the clerk is told that pages may
have come out, not that nothing was printed (through a real CUPS queue, cups-pdf)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.printing.render import CancelCheck, Progress
from ceremony.store.registry import Registry
from ceremony.ui.printing import printer_output
from ceremony.ui.printing.printer_output import PagesMayHavePrinted, paint_pdf
from tests.printing.cups import cups_queue, job_title, printed_file
from tests.ui.test_print_dialog import TIMEOUT, open_dialog, own_settings, records, settle
from tests.ui.test_print_queues import cancel_after_the_first_page, printer_for, printer_on

__all__ = ["cups_queue", "own_settings"]  # fixtures, imported for pytest


@pytest.fixture
def withdrawing_fails(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """CUPS refuses to cancel the job (as it does once the job has completed)."""
    asked: list[str] = []

    def refuse(queue: str, title: str, after: int) -> bool:
        asked.append(title)
        return False

    monkeypatch.setattr(printer_output, "withdraw_job", refuse)
    return asked


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


def test_a_cancel_that_cannot_be_taken_back_says_pages_may_have_printed(
        qapp: QApplication, cups_queue: str, withdrawing_fails: list[str]) -> None:
    with pytest.raises(PagesMayHavePrinted, match="some pages may already have been printed"):
        cancel_after_the_first_page(printer_for(cups_queue))
    assert len(withdrawing_fails) == 1
    # Not a false alarm: the page painted before the cancel did come out.
    printed = printed_file(withdrawing_fails[0])
    assert len(PdfReader(printed).pages) == 1
    printed.unlink()


def test_the_dialog_tells_the_clerk_to_set_the_sheets_aside(
        qtbot: QtBot, sample_registry: Registry, cups_queue: str,
        withdrawing_fails: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])

    def cancel_after_one_page(printer: QPrinter, pdf: bytes, progress: Progress,
                              cancelled: CancelCheck) -> None:
        painted: list[int] = []
        paint_pdf(printer, pdf, lambda done, _all: painted.append(done), lambda: bool(painted))

    monkeypatch.setattr("ceremony.ui.printing.print_dialog.paint_pdf", cancel_after_one_page)
    printer = printer_on(cups_queue)
    printer.setDocName(job_title())
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.warning is not None and dialog.warning.isVisible(),
                    timeout=TIMEOUT)
    settle(qtbot, dialog)
    warning = dialog.warning
    assert warning is not None
    assert f"could not be taken back from the queue of the printer “{cups_queue}”" in (
        warning.text())
    assert "set those sheets aside" in warning.informativeText()
    assert "given again" in dialog.status.text()
    assert not dialog.recorded
    assert all(record == ("", 0) for record in records(sample_registry))
    warning.button(QMessageBox.StandardButton.Close).click()
    printed = printed_file(printer.docName())
    assert len(PdfReader(printed).pages) == 1  # the sheet that came out
    printed.unlink()
