"""The printer profiles dialog keeps no typed offset unasked: leaving the form with
unsaved changes asks Save / Discard / Cancel, and the confirming calibration sheet is
printed from the saved profile only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.services.printer_profiles import ProfileInfo, list_profiles, save_profile
from ceremony.store.registry import Registry
from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog
from ceremony.ui.translations import install_translations, remove_translations
from tests.ui.test_print_dialog import Answers

Button = QMessageBox.StandardButton


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


@pytest.fixture
def dialog(qtbot: QtBot, registry: Registry) -> Iterator[PrinterProfilesDialog]:
    """Two saved profiles, the first shown, and the clerk's measured offsets typed in."""
    save_profile(registry, ProfileInfo("Khay 1", tray="Khay 1"))
    save_profile(registry, ProfileInfo("Khay 2", tray="Khay 2", offset_x_mm=1.0))
    shown = PrinterProfilesDialog(registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.table.selectRow(0)
    assert shown.name.text() == "Khay 1"
    shown.offset_x.setValue(-3.0)
    shown.offset_y.setValue(2.5)
    yield shown
    with Answers(Button.Discard):  # a test that failed midway must not hang on the question
        shown.close()


def offsets(registry: Registry) -> dict[str, tuple[float, float]]:
    return {p.name: (p.offset_x_mm, p.offset_y_mm) for p in list_profiles(registry)}


def test_closing_with_typed_offsets_asks_and_saves_them(
        dialog: PrinterProfilesDialog, registry: Registry) -> None:
    with Answers(Button.Save) as answers:
        dialog.close_button.click()
    assert answers.texts == [
        "The printer profile “Khay 1” has changes that are not saved.\n"
        "Discard them to keep the profile as it was saved."]
    assert offsets(registry)["Khay 1"] == (-3.0, 2.5)
    assert not dialog.isVisible()


def test_closing_and_discarding_keeps_the_saved_profile(
        dialog: PrinterProfilesDialog, registry: Registry) -> None:
    with Answers(Button.Discard):
        dialog.close_button.click()
    assert offsets(registry)["Khay 1"] == (0.0, 0.0)
    assert not dialog.isVisible()


def test_cancel_keeps_the_dialog_open_with_the_typed_offsets(
        dialog: PrinterProfilesDialog, registry: Registry) -> None:
    with Answers(Button.Cancel):
        dialog.close_button.click()
    assert dialog.isVisible()
    assert (dialog.offset_x.value(), dialog.offset_y.value()) == (-3.0, 2.5)
    assert offsets(registry)["Khay 1"] == (0.0, 0.0)
    with Answers(Button.Discard):  # let the fixture close it
        dialog.close()


def test_choosing_another_row_asks_first(qtbot: QtBot, dialog: PrinterProfilesDialog,
                                         registry: Registry) -> None:
    with Answers(Button.Cancel) as answers:
        dialog.table.selectRow(1)
        qtbot.waitUntil(lambda: len(answers.texts) == 1, timeout=5_000)
        qtbot.waitUntil(lambda: dialog.table.currentIndex().row() == 0, timeout=5_000)
    assert dialog.name.text() == "Khay 1"  # still the row being edited, as typed
    assert (dialog.offset_x.value(), dialog.offset_y.value()) == (-3.0, 2.5)

    with Answers(Button.Save):
        dialog.table.selectRow(1)
        qtbot.waitUntil(lambda: dialog.name.text() == "Khay 2", timeout=5_000)
    assert dialog.table.currentIndex().row() == 1
    assert dialog.offset_x.value() == 1.0 and not dialog.unsaved
    assert offsets(registry) == {"Khay 1": (-3.0, 2.5), "Khay 2": (1.0, 0.0)}


def test_choosing_another_row_and_discarding_shows_it(
        qtbot: QtBot, dialog: PrinterProfilesDialog, registry: Registry) -> None:
    with Answers(Button.Discard):
        dialog.table.selectRow(1)
        qtbot.waitUntil(lambda: dialog.name.text() == "Khay 2", timeout=5_000)
    assert offsets(registry)["Khay 1"] == (0.0, 0.0)
    with Answers():  # nothing typed since: selecting back asks nothing
        dialog.table.selectRow(0)
        qtbot.waitUntil(lambda: dialog.name.text() == "Khay 1", timeout=5_000)


def test_new_asks_too(dialog: PrinterProfilesDialog, registry: Registry) -> None:
    with Answers(Button.Save):
        dialog.new_button.click()
    assert dialog.name.text() == "" and offsets(registry)["Khay 1"] == (-3.0, 2.5)


def test_the_confirming_sheet_is_printed_from_the_saved_profile(
        dialog: PrinterProfilesDialog, registry: Registry,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def refuse(print_dialog: QPrintDialog) -> int:
        opened.append(print_dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    assert dialog.calibration.with_offsets.isChecked()  # the confirming print
    with Answers(Button.Cancel) as answers:
        dialog.calibration.print_button.click()
    assert answers.texts[0].endswith("The confirming sheet must show what the certificates "
                                     "will do, so the profile is saved first.")
    assert opened == [] and offsets(registry)["Khay 1"] == (0.0, 0.0)

    with Answers(Button.Save):
        dialog.calibration.print_button.click()
    assert len(opened) == 1 and offsets(registry)["Khay 1"] == (-3.0, 2.5)
    with Answers():  # saved: the next sheet asks nothing
        dialog.calibration.print_button.click()
    assert len(opened) == 2


def test_a_plain_sheet_needs_no_saved_profile(dialog: PrinterProfilesDialog,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int] = []

    def refuse(_dialog: QPrintDialog) -> int:
        opened.append(1)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    dialog.calibration.with_offsets.setChecked(False)  # measuring: the offsets play no part
    with Answers():
        dialog.calibration.print_button.click()
    assert opened == [1]
    with Answers(Button.Discard):
        dialog.close()


def test_the_question_speaks_vietnamese(qapp: QApplication,
                                        dialog: PrinterProfilesDialog) -> None:
    translators = install_translations(qapp, "vi")
    try:
        seen: list[list[str]] = []

        def buttons() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen.append(sorted(b.text() for b in box.buttons()))

        with Answers(Button.Cancel) as answers:
            answers.before_answer = buttons
            dialog.close_button.click()
        assert seen == [sorted(["Lưu", "Không lưu", "Hủy"])]
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "en")
    with Answers(Button.Discard):
        dialog.close()


def test_the_scale_stops_where_the_registry_would_refuse(
        dialog: PrinterProfilesDialog, registry: Registry) -> None:
    dialog.scale.setValue(1.5)  # a typing slip the service refuses
    assert dialog.scale.value() < 1.5
    dialog.scale.setValue(0.5)
    assert dialog.scale.value() > 0.5
    dialog.save_button.click()  # accepted: no error box (print_errors_fail_the_test)
    assert next(p for p in list_profiles(registry) if p.name == "Khay 1").scale > 0.5
