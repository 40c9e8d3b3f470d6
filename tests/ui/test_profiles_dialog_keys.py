"""The printer profiles dialog from the keyboard: Enter saves what was typed (it used to
press New and clear the measured offsets), Delete asks first with No as its default, every
Alt letter is used once in English and in Vietnamese, and the boxes stop at the
service's own limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ceremony.services.printer_profiles import (
    MAX_OFFSET_MM,
    MIN_OFFSET_MM,
    SCALE_MAX_EXCLUSIVE,
    SCALE_MIN_EXCLUSIVE,
    ProfileInfo,
    list_profiles,
    save_profile,
)
from ceremony.store.registry import Registry
from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog
from tests.ui.test_print_dialog import Answers, ModalWatch
from tests.ui.test_print_dialog_keys import active, assert_each_once, focus, vietnamese

CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


@pytest.fixture
def dialog(qtbot: QtBot, registry: Registry) -> Iterator[PrinterProfilesDialog]:
    save_profile(registry, ProfileInfo("Khay 1", tray="Khay 1"))
    save_profile(registry, ProfileInfo("Khay 2", tray="Khay 2", offset_x_mm=1.0))
    shown = PrinterProfilesDialog(registry)
    shown.show()
    active(qtbot, shown)
    yield shown
    # Closed here, not by qtbot: pytest-qt closes its widgets before any fixture's
    # teardown, where the question about a failed test's unsaved form would hang.
    with Answers(Button.Discard, Button.Discard):
        shown.close()
    shown.deleteLater()


def typed(qtbot: QtBot, box: QWidget, text: str) -> None:
    """Replace the box's text by typing, as the clerk does."""
    focus(qtbot, box)
    QTest.keyClick(box, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(box, text)


def saved(registry: Registry) -> dict[str, tuple[float, float]]:
    return {p.name: (p.offset_x_mm, p.offset_y_mm) for p in list_profiles(registry)}


# -- Enter ---------------------------------------------------------------------------------

def test_enter_after_typing_a_name_and_offsets_saves_them(
        qtbot: QtBot, dialog: PrinterProfilesDialog, registry: Registry) -> None:
    # Tab passes over New and Delete first: neither may become what Enter presses.
    for button in (dialog.new_button, dialog.delete_button):
        focus(qtbot, button)
        QTest.keyClick(button, Qt.Key.Key_Tab)
    typed(qtbot, dialog.name, "Khay tay")
    typed(qtbot, dialog.offset_x, "-3.5")
    typed(qtbot, dialog.offset_y, "2")
    with Answers() as answers:  # New would ask about the unsaved form: unexpected here
        QTest.keyClick(dialog.offset_y, Qt.Key.Key_Return)
    assert answers.texts == []
    assert saved(registry)["Khay tay"] == (-3.5, 2.0)
    assert dialog.name.text() == "Khay tay" and not dialog.unsaved

    typed(qtbot, dialog.offset_x, "-4")
    with Answers() as answers:
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # from the name box too
    assert answers.texts == []
    assert saved(registry)["Khay tay"] == (-4.0, 2.0)
    assert dialog.save_button.isDefault()
    assert not (dialog.new_button.autoDefault() or dialog.delete_button.autoDefault())


# -- Delete --------------------------------------------------------------------------------

class Questions(ModalWatch):
    """Answers each question box by a key press, keeping its text and default button."""

    def __init__(self, key: Qt.Key) -> None:
        super().__init__()
        self.key = key
        self.seen: list[tuple[str, str]] = []
        self._answered: list[QMessageBox] = []  # once: a letter clicks 100 ms later

    def look(self) -> None:
        box = QApplication.activeModalWidget()
        if (not isinstance(box, QMessageBox) or not box.isVisible()
                or box in self._answered):
            return
        self._answered.append(box)
        default = box.defaultButton()
        self.seen.append((f"{box.text()}\n{box.informativeText()}",
                          default.text() if default is not None else ""))
        QTest.keyClick(box, self.key)


def test_delete_asks_first_naming_the_profile_and_enter_keeps_it(
        qtbot: QtBot, dialog: PrinterProfilesDialog, registry: Registry) -> None:
    dialog.table.selectRow(0)
    assert dialog.name.text() == "Khay 1"
    with Questions(Qt.Key.Key_Return) as questions:  # a hasty Enter: the default, No
        dialog.delete_button.click()
    assert questions.seen == [(
        "Delete the printer profile “Khay 1”?\nIts offsets and scale will be lost: they "
        "would have to be measured again with the calibration sheet.", "&No")]
    assert set(saved(registry)) == {"Khay 1", "Khay 2"}

    with Questions(Qt.Key.Key_Y):  # a message box takes its buttons' letters without Alt
        dialog.delete_button.click()
    assert set(saved(registry)) == {"Khay 2"}
    assert dialog.name.text() == ""


# -- Alt letters ---------------------------------------------------------------------------

def test_every_alt_letter_of_the_profiles_dialog_is_used_once(
        qapp: QApplication, dialog: PrinterProfilesDialog) -> None:
    found = assert_each_once(dialog)
    assert found["n"] == ["QLabel &Name:"] and found["w"] == ["QPushButton Ne&w"]
    with vietnamese(qapp):
        assert dialog.new_button.text() == "Tạo mớ&i"
        assert_each_once(dialog)


def test_alt_n_reaches_the_name_and_alt_w_starts_a_new_profile(
        qtbot: QtBot, dialog: PrinterProfilesDialog) -> None:
    dialog.table.selectRow(1)
    focus(qtbot, dialog.offset_x)
    QTest.keyClick(dialog.offset_x, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.name.hasFocus() and dialog.name.text() == "Khay 2"
    QTest.keyClick(dialog.name, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.name.text() == "")  # Qt clicks it 100 ms later


# -- limits --------------------------------------------------------------------------------

def test_the_boxes_stop_at_the_services_limits(dialog: PrinterProfilesDialog) -> None:
    step = 10 ** -dialog.scale.decimals()
    assert dialog.scale.minimum() == pytest.approx(SCALE_MIN_EXCLUSIVE + step)
    assert dialog.scale.maximum() == pytest.approx(SCALE_MAX_EXCLUSIVE - step)
    for box in (dialog.offset_x, dialog.offset_y):
        assert (box.minimum(), box.maximum()) == (MIN_OFFSET_MM, MAX_OFFSET_MM)
