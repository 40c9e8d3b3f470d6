"""The Print certificates dialog and the printer profiles, over the sample ceremony."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Self

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ceremony.printing.calibration import render_calibration
from ceremony.services.ceremonies import add_ceremony, list_ceremonies
from ceremony.services.certificate_rounds import StageRoundKey, stage_round_choices
from ceremony.services.certificates import CertificateSelection, certificate_records
from ceremony.services.printer_profiles import ProfileInfo, list_profiles, save_profile
from ceremony.services.programme_sample import plan_sample_programme
from ceremony.store.models import Honoree
from ceremony.store.registry import Registry
from ceremony.ui.printing import open_print_dialog
from ceremony.ui.printing.print_dialog import PrintDialog
from ceremony.ui.printing.printer_output import paint_pdf
from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog
from tests.printing.pixels import DPI, assert_near, crosshair_at, paper_mm

TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path) -> Iterator[Path]:
    """Qt fixes the settings folder on first use in a process: each test gets its own, so
    the print dialog's remembered choices never leak from one test into the next."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings-after"))


class ModalWatch:
    """Looks at the active modal window every 20 ms inside its `with` block: a modal box
    runs its own event loop, so the test's code cannot answer it in line."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.timeout.connect(self.look)

    def __enter__(self) -> Self:
        self._timer.start(20)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()

    def look(self) -> None:
        raise NotImplementedError


class Answers(ModalWatch):
    """Answers the modal message boxes a test expects, in order, keeping their texts.

    A box beyond those expected is closed unanswered (recorded as such), so a
    question the code should not have asked fails the test instead of hanging it.
    """

    def __init__(self, *buttons: QMessageBox.StandardButton) -> None:
        super().__init__()
        self.buttons = list(buttons)
        self.texts: list[str] = []
        self.before_answer: Callable[[], None] | None = None  # e.g. to read the buttons

    def look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        if self.before_answer is not None:
            self.before_answer()
        if not self.buttons:
            self.texts.append("(unexpected box)")
            box.reject()
            return
        button = box.button(self.buttons.pop(0))
        assert button is not None, self.texts[-1]
        button.click()


def open_dialog(qtbot: QtBot, registry: Registry, award_ids: list[int] | None = None
                ) -> PrintDialog:
    ceremony_id = list_ceremonies(registry)[0].id
    dialog = PrintDialog(registry, ceremony_id, award_ids)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot: QtBot, dialog: PrintDialog) -> None:
    """Wait for the worker thread and the debounce timer to finish."""
    qtbot.waitUntil(lambda: not dialog.busy and dialog.preview_panel.preview is not None,
                    timeout=TIMEOUT)


def records(registry: Registry) -> list[tuple[str, int]]:
    chosen = CertificateSelection(ceremony_id=list_ceremonies(registry)[0].id)
    return [(r.register_no, r.print_count) for r in certificate_records(registry, chosen)]


def test_the_preview_shows_every_certificate_of_the_sample(
        qtbot: QtBot, sample_registry: Registry, qtmodeltester: object) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    panel = dialog.preview_panel
    assert panel.document.pageCount() == 49
    assert "49" in panel.summary.text()
    assert dialog.output.print_button.isEnabled() and dialog.output.save_final_button.isEnabled()
    assert panel.notes.rowCount() > 0  # long names in the sample were shrunk or wrapped
    assert panel.notes.record_at(0).name
    qtmodeltester.check(panel.notes)  # type: ignore[attr-defined]

    # One award type only: the 15 commemorative medals.
    index = next(i for i in range(dialog.choices.awards.count())
                 if str(dialog.choices.awards.itemText(i)).startswith("Kỷ niệm chương"))
    dialog.choices.awards.setCurrentIndex(index)
    qtbot.waitUntil(lambda: panel.preview is not None and panel.preview.pages == 15,
                    timeout=TIMEOUT)
    settle(qtbot, dialog)
    assert panel.document.pageCount() == 15


def test_saving_a_preview_writes_a_pdf_and_marks_nothing_printed(
        qtbot: QtBot, sample_registry: Registry, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    target = tmp_path / "preview.pdf"
    dialog.write_output(target, final=False)
    qtbot.waitUntil(lambda: not dialog.busy and target.exists(), timeout=TIMEOUT)
    assert len(PdfReader(target).pages) == 49
    assert all(record == ("", 0) for record in records(sample_registry))
    assert not dialog.recorded


def test_saving_as_final_marks_printed_and_numbers_the_register(
        qtbot: QtBot, sample_registry: Registry, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    dialog.output.split.setCurrentIndex(1)  # one file per honoree
    dialog.write_output(tmp_path / "final", final=True)
    qtbot.waitUntil(lambda: dialog.recorded, timeout=TIMEOUT)
    settle(qtbot, dialog)
    assert len(list((tmp_path / "final").glob("*.pdf"))) == 49
    assert all(number and count == 1 for number, count in records(sample_registry))
    chosen = CertificateSelection(ceremony_id=list_ceremonies(sample_registry)[0].id)
    # Numbered per authority (and year), never shared within one register.
    registers = {(r.authority_id, r.register_no)
                 for r in certificate_records(sample_registry, chosen)}
    assert len(registers) == 49


def test_printing_through_qt_records_only_after_the_pages_went_out(
        qtbot: QtBot, sample_registry: Registry, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    assert dialog.preview_panel.document.pageCount() == 3
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(96)
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.recorded, timeout=TIMEOUT)
    settle(qtbot, dialog)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 3
    box = printed.pages[0].mediabox  # the template's paper at actual size, no margins
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        297, 210)
    counts = {r.award_id: r.print_count for r in certificate_records(
        sample_registry, CertificateSelection(award_ids=(1, 2, 3, 4)))}
    assert counts == {1: 1, 2: 1, 3: 1, 4: 0}


def test_a_stage_round_is_chosen_from_the_running_order(
        qtbot: QtBot, sample_registry: Registry, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, sample_registry)
    rounds = dialog.choices.stage_round
    assert not rounds.isEnabled() and rounds.count() == 1  # not planned yet
    assert rounds.currentText() == "(no running order: rounds cannot be chosen)"
    dialog.close_button.click()

    plan_sample_programme(sample_registry, 1)
    dialog = open_dialog(qtbot, sample_registry)
    rounds = dialog.choices.stage_round
    assert rounds.isEnabled() and rounds.count() == 9
    assert rounds.itemText(0) == "Every round"
    assert rounds.itemText(6).startswith(
        "Block 3 · Round 2 — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng (7 ")
    rounds.setCurrentIndex(rounds.findData("3.2"))
    panel = dialog.preview_panel
    qtbot.waitUntil(lambda: panel.preview is not None and panel.preview.pages == 7,
                    timeout=TIMEOUT)
    settle(qtbot, dialog)
    assert dialog.choices.choice().stage_round == StageRoundKey(3, 2)
    wanted = stage_round_choices(sample_registry, 1)[5].award_ids
    assert panel.preview is not None
    assert set(panel.preview.selection.award_ids or ()) == set(wanted)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "round.pdf"))
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.recorded, timeout=TIMEOUT)
    settle(qtbot, dialog)
    printed = {r.award_id for r in certificate_records(
        sample_registry, CertificateSelection(ceremony_id=1)) if r.print_count}
    assert printed == set(wanted)

    # Another ceremony without a running order: no round to choose, every award again.
    other = add_ceremony(sample_registry, "Lễ khác", date(2024, 6, 1))
    dialog.close_button.click()
    dialog = PrintDialog(sample_registry, 1)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    assert dialog.choices.stage_round.isEnabled()
    dialog.choices.ceremony.setCurrentIndex(dialog.choices.ceremony.findData(other.id))
    settle(qtbot, dialog)
    assert not dialog.choices.stage_round.isEnabled()
    assert dialog.choices.choice().stage_round is None


def test_a_letter_the_fonts_lack_blocks_printing(qtbot: QtBot,
                                                  sample_registry: Registry) -> None:
    with sample_registry.transaction() as session:
        honoree = session.scalars(select(Honoree).where(Honoree.name == "Bế Thị Ngọc Hà")).one()
        honoree.name = "Bế Thị Ngọc Hà 中"
    dialog = open_dialog(qtbot, sample_registry)
    assert "Bế Thị Ngọc Hà 中" in dialog.preview_panel.preflight.text()
    assert "U+4E2D" in dialog.preview_panel.preflight.text()
    assert not dialog.output.print_button.isEnabled()
    assert not dialog.output.save_final_button.isEnabled()
    assert not dialog.output.save_preview_button.isEnabled()
    assert dialog.preview_panel.document.pageCount() == 0


def test_the_profiles_dialog_saves_offsets_and_a_calibration_sheet(
        qtbot: QtBot, registry: Registry, tmp_path: Path, qtmodeltester: object) -> None:
    dialog = PrinterProfilesDialog(registry)
    qtbot.addWidget(dialog)
    dialog.name.setText("Máy in phòng văn thư — khay 2")
    dialog.tray.setText("Khay 2")
    dialog.offset_x.setValue(-3.5)
    dialog.offset_y.setValue(2.0)
    dialog.scale.setValue(1.01)
    dialog.save_button.click()
    saved = list_profiles(registry)
    assert [(p.name, p.tray, p.offset_x_mm, p.offset_y_mm, p.scale) for p in saved] == [
        ("Máy in phòng văn thư — khay 2", "Khay 2", -3.5, 2.0, 1.01)]
    assert dialog.profiles.rowCount() == 1
    qtmodeltester.check(dialog.profiles)  # type: ignore[attr-defined]

    dialog.offset_x.setValue(-2.0)
    dialog.save_button.click()
    assert list_profiles(registry)[0].offset_x_mm == -2.0
    dialog.calibration.save(tmp_path / "calibration.pdf")
    assert len(PdfReader(tmp_path / "calibration.pdf").pages) == 1


@pytest.mark.parametrize(("size", "marks"), [
    ((210.0, 297.0), [(20, 20), (105, 148.5), (190, 277)]),
    ((400.0, 300.0), [(20, 20), (200, 150), (380, 280)]),
])
def test_painting_onto_a_printer_keeps_every_mark_where_it_was_drawn(
        qapp: QApplication, tmp_path: Path, size: tuple[float, float],
        marks: list[tuple[float, float]]) -> None:
    """Pages go out in bands of 1,024 rows: the bands must neither shift nor shrink."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    printer.setResolution(DPI)
    paint_pdf(printer, render_calibration(*size, language="en"), lambda _d, _t: None,
              lambda: False)
    # Qt rounds paper sizes to whole points (400 mm: 1,134 pt, 400.05 mm).
    assert all(abs(a - b) <= 0.25 for a, b in zip(paper_mm(tmp_path / "sheet.pdf"), size,
                                                  strict=True))
    for mark in marks:
        assert_near(crosshair_at(tmp_path / "sheet.pdf", *mark), mark, tolerance_mm=0.25)


def test_the_entry_point_opens_and_closes(qtbot: QtBot, sample_registry: Registry) -> None:
    seen: list[str] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PrintDialog) or dialog.busy:
            QTimer.singleShot(50, close)
            return
        seen.append(dialog.windowTitle())
        dialog.close_button.click()

    QTimer.singleShot(0, close)
    open_print_dialog(None, sample_registry, None, None)
    assert seen == ["Print certificates"]


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


def test_the_users_own_templates_are_offered_and_a_broken_one_is_skipped() -> None:
    from dataclasses import replace

    from ceremony.printing.template import load_template, save_user_template, user_templates_dir
    from ceremony.ui.printing.choices import available_templates

    save_user_template(replace(load_template("giay-khen"), name="giay-khen-doan",
                               title="Giấy khen của Đoàn"))
    (user_templates_dir() / "hong.json").write_text("{not json", encoding="utf-8")
    offered = dict(available_templates())
    assert offered["giay-khen-doan"] == "Giấy khen của Đoàn"
    assert "bang-khen" in offered and "hong" not in offered


def test_printing_through_a_profile_names_the_tray_it_was_measured_on(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    save_profile(sample_registry, ProfileInfo("Giấy khen A4", "", "Khay tay (Bypass)", 1.5))
    dialog = open_dialog(qtbot, sample_registry)
    dialog.choices.profile.setCurrentIndex(dialog.choices.profile.findText("Giấy khen A4"))
    settle(qtbot, dialog)  # the preview is drawn again through the profile
    shown: list[str] = []

    def refuse(print_dialog: QPrintDialog) -> int:
        shown.append(print_dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    with Answers(QMessageBox.StandardButton.Yes) as answers:  # three kinds of blank: go on
        dialog.print_certificates()
    assert answers.texts[0].startswith("These certificates need more than one kind of blank")
    assert shown == ["Print — tray “Khay tay (Bypass)”"]
    assert "Khay tay (Bypass)" in dialog.status.text()
    assert "Giấy khen A4" in dialog.status.text()
    assert records(sample_registry).count(("", 0)) == 49  # nothing printed, nothing recorded
