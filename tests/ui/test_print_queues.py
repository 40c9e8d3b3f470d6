"""Printing through real CUPS queues: the calibration sheet, and printers that cannot print.

The calibration sheet goes through the same QPrinter path as the certificates and
comes back from cups-pdf as a PDF of the painted page; the crosshairs are found
in its pixels (the printed copy has no text to read back). Broken printers are
queues of the test's own, rejected, disabled or deleted with the CUPS tools.
"""

from __future__ import annotations

import io
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.errors import PrintCancelled
from ceremony.store.registry import Registry
from ceremony.ui.printing.calibration_box import CalibrationBox
from ceremony.ui.printing.print_dialog import PrintDialog
from ceremony.ui.printing.printer_check import choose_printer
from ceremony.ui.printing.printer_output import paint_pdf
from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog
from tests.printing.cups import OUT_DIR, cups_queue, job_title, printed_file, spare_queue
from tests.printing.pixels import DPI, assert_near, crosshair_at, paper_mm
from tests.ui.test_print_dialog import TIMEOUT, open_dialog, own_settings, records, settle

__all__ = ["cups_queue", "own_settings", "spare_queue"]  # fixtures, imported for pytest

TOLERANCE_MM = 0.5


# -- the calibration sheet ---------------------------------------------------
@pytest.fixture
def profiles(qtbot: QtBot, registry: Registry, cups_queue: str) -> PrinterProfilesDialog:
    dialog = PrinterProfilesDialog(registry)
    qtbot.addWidget(dialog)
    dialog.printer.setCurrentText(cups_queue)
    return dialog


def print_sheet(qtbot: QtBot, box: CalibrationBox) -> Path:
    printer = box.make_printer()
    printer.setResolution(DPI)
    title = job_title()
    printer.setDocName(title)
    box.print_to(printer)
    qtbot.waitUntil(lambda: not box.busy, timeout=TIMEOUT)
    assert box.status.text().startswith("Sent the calibration sheet to PDF"), box.status.text()
    return printed_file(title)


def test_the_calibration_sheet_prints_at_actual_size_and_the_offsets_move_it(
        qtbot: QtBot, profiles: PrinterProfilesDialog) -> None:
    box = profiles.calibration
    box.sheet.setCurrentIndex(1)  # A4 portrait
    assert not box.with_offsets.isChecked()
    plain = print_sheet(qtbot, box)
    assert all(abs(a - b) <= TOLERANCE_MM for a, b in zip(paper_mm(plain), (210, 297),
                                                          strict=True))
    assert_near(crosshair_at(plain, 20, 20), (20, 20))  # A
    assert_near(crosshair_at(plain, 105, 148.5), (105, 148.5))  # B, the centre
    assert_near(crosshair_at(plain, 190, 277), (190, 277))  # C

    # The clerk measured A at 17 mm across and 22 mm down: X = +3, Y = −2.
    profiles.offset_x.setValue(3.0)
    profiles.offset_y.setValue(-2.0)
    assert box.with_offsets.isChecked()  # the next sheet is the confirming print
    confirming = print_sheet(qtbot, box)
    assert_near(crosshair_at(confirming, 23, 18), (23, 18))
    assert_near(crosshair_at(confirming, 193, 275), (193, 275))
    plain.unlink()
    confirming.unlink()


def test_a_landscape_sheet_is_turned_onto_the_paper_a_quarter_turn(
        qtbot: QtBot, profiles: PrinterProfilesDialog) -> None:
    """CUPS feeds landscape pages turned 90° counter-clockwise onto portrait paper.

    So a point (x, y) of the 400 × 300 mm sheet lands at (y, 400 − x) on the paper.
    """
    box = profiles.calibration
    box.sheet.setCurrentIndex(2)  # the official 400 × 300 mm
    profiles.offset_x.setValue(3.0)
    profiles.offset_y.setValue(-2.0)
    printed = print_sheet(qtbot, box)
    width, height = paper_mm(printed)
    assert abs(width - 300) <= TOLERANCE_MM and abs(height - 400) <= TOLERANCE_MM
    assert_near(crosshair_at(printed, 18, 400 - 23), (18, 400 - 23))  # A at (23, 18)
    assert_near(crosshair_at(printed, 148, 400 - 203), (148, 400 - 203))  # B at (203, 148)
    printed.unlink()


def test_a_sheet_for_a_rejecting_queue_is_not_sent_and_offered_as_pdf(
        qtbot: QtBot, profiles: PrinterProfilesDialog, spare_queue: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["cupsreject", spare_queue], check=True)
    profiles.printer.setCurrentText(spare_queue)
    box = profiles.calibration
    target = tmp_path / "calibration.pdf"
    monkeypatch.setattr(box, "ask_save", lambda: box.save(target))  # no file dialog
    printer = box.make_printer()
    assert printer.printerName() == spare_queue
    box.print_to(printer)
    assert not box.busy  # refused before anything was sent
    assert box.offer is not None and box.offer.isVisible()
    assert "is not accepting jobs" in box.offer.text()
    click_save(box.offer)
    assert len(PdfReader(target).pages) == 1


# -- the certificates on printers that cannot print --------------------------
def click_save(offer: QMessageBox) -> None:
    button = next(b for b in offer.buttons()
                  if offer.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert button.text() == "Save as &PDF…"
    button.click()


def printer_on(queue: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    assert choose_printer(printer, queue)
    return printer


def refused_without_a_trace(qtbot: QtBot, dialog: PrintDialog, registry: Registry,
                            printer: QPrinter, reason: str) -> None:
    before = records(registry)
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.offer is not None and dialog.offer.isVisible(),
                    timeout=TIMEOUT)
    settle(qtbot, dialog)
    assert dialog.offer is not None
    assert reason in dialog.offer.text()
    assert "Nothing was recorded as printed." in dialog.status.text()
    assert not dialog.recorded
    assert records(registry) == before  # no register number, no print counted
    assert all(number == "" and count == 0 for number, count in before)


@pytest.fixture
def three(qtbot: QtBot, sample_registry: Registry) -> PrintDialog:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    assert dialog.preview_panel.document.pageCount() == 3
    return dialog


def test_a_rejecting_queue_records_nothing_and_the_final_pdf_is_offered(
        qtbot: QtBot, three: PrintDialog, sample_registry: Registry, spare_queue: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printer = printer_on(spare_queue)
    subprocess.run(["cupsreject", spare_queue], check=True)
    refused_without_a_trace(qtbot, three, sample_registry, printer,
                            f"The printer “{spare_queue}” is not accepting jobs")

    target = tmp_path / "instead.pdf"
    monkeypatch.setattr(three.output, "ask_target", lambda *, final: target)
    assert three.offer is not None
    click_save(three.offer)
    qtbot.waitUntil(lambda: three.recorded, timeout=TIMEOUT)
    settle(qtbot, three)
    assert len(PdfReader(target).pages) == 3
    assert [count for _, count in records(sample_registry)].count(1) == 3


def test_a_stopped_queue_records_nothing(qtbot: QtBot, three: PrintDialog,
                                         sample_registry: Registry, spare_queue: str) -> None:
    printer = printer_on(spare_queue)
    subprocess.run(["cupsdisable", spare_queue], check=True)
    refused_without_a_trace(qtbot, three, sample_registry, printer,
                            f"The printer “{spare_queue}” is stopped or in error")
    close(three.offer)


def test_a_printer_that_went_away_records_nothing(qtbot: QtBot, three: PrintDialog,
                                                  sample_registry: Registry,
                                                  spare_queue: str) -> None:
    printer = printer_on(spare_queue)
    subprocess.run(["lpadmin", "-x", spare_queue], check=True)
    # Qt would keep its previous printer for a name that is gone: the profile's printer
    # is not silently swapped for another one.
    assert not choose_printer(QPrinter(QPrinter.PrinterMode.ScreenResolution), spare_queue)
    refused_without_a_trace(qtbot, three, sample_registry, printer,
                            f"The printer “{spare_queue}” is not installed on this computer")
    close(three.offer)


def test_a_queue_that_refuses_the_job_when_it_is_sent_records_nothing(
        qtbot: QtBot, three: PrintDialog, sample_registry: Registry, spare_queue: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The queue starts refusing between the check and the sending: CUPS's answer counts."""
    printer = printer_on(spare_queue)
    subprocess.run(["cupsreject", spare_queue], check=True)
    monkeypatch.setattr("ceremony.ui.printing.print_dialog.printer_problem", lambda _p: None)
    refused_without_a_trace(qtbot, three, sample_registry, printer,
                            f"The printer “{spare_queue}” refused the job: ")
    assert three.offer is not None and "not accepting jobs" in three.offer.text()
    close(three.offer)


def close(offer: QMessageBox | None) -> None:
    assert offer is not None
    offer.button(QMessageBox.StandardButton.Close).click()


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


# -- cancelling --------------------------------------------------------------
def three_page_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(1, 4):
        canvas.drawString(100, 700, f"Certificate {page}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def queue_empty(queue: str) -> bool:
    return not subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True,
                              check=False).stdout.strip()


def printer_for(queue: str) -> QPrinter:
    printer = QPrinter(QPrinterInfo.printerInfo(queue), QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    return printer


def assert_nothing_printed(queue: str, title: str) -> None:
    deadline = time.monotonic() + 20
    while not queue_empty(queue) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1)  # cups-pdf would have written its file by now
    assert not [p for p in OUT_DIR.glob("*.pdf") if title in p.name]


def cancel_after_the_first_page(printer: QPrinter) -> str:
    """Print three pages on *printer*, cancelling once the first is painted; the job's title."""
    title = job_title()
    printer.setDocName(title)
    painted: list[int] = []
    with pytest.raises(PrintCancelled):
        paint_pdf(printer, three_page_pdf(), lambda done, _all: painted.append(done),
                  lambda: bool(painted))
    assert painted == [1]
    return title


def test_a_print_cancelled_after_the_first_page_leaves_nothing_printed(
        qapp: QApplication, cups_queue: str) -> None:
    """Qt's CUPS engine sends the pages painted so far when the painter ends: the job
    must be taken back from the queue so not one blank is used."""
    title = cancel_after_the_first_page(printer_for(cups_queue))
    assert_nothing_printed(cups_queue, title)


def test_a_print_that_fails_midway_leaves_nothing_printed(
        qapp: QApplication, cups_queue: str) -> None:
    printer = printer_for(cups_queue)
    title = job_title()
    printer.setDocName(title)

    def fail_after_page_one(done: int, _all: int) -> None:
        raise MemoryError(f"rendering page {done + 1}")

    with pytest.raises(MemoryError):
        paint_pdf(printer, three_page_pdf(), fail_after_page_one, lambda: False)
    assert_nothing_printed(cups_queue, title)


@pytest.fixture
def queue_instance(cups_queue: str) -> Iterator[str]:
    """An instance of the queue ("PDF/…"), the way CUPS presets a tray or paper."""
    name = f"{cups_queue}/ceremony-{uuid.uuid4().hex[:6]}"
    subprocess.run(["lpoptions", "-p", name, "-o", "media=A4"], check=True,
                   capture_output=True)
    try:
        yield name
    finally:
        subprocess.run(["lpoptions", "-x", name], check=False, capture_output=True)


def test_a_cancelled_print_on_a_queue_instance_is_taken_back_too(
        qapp: QApplication, cups_queue: str, queue_instance: str) -> None:
    printer = printer_for(queue_instance)
    assert printer.printerName() == queue_instance
    assert_nothing_printed(cups_queue, cancel_after_the_first_page(printer))
