"""The print dialog from the keyboard: Enter in a box never starts a print (two Enters
used to print and record everything), Print stays reachable by its Alt letter and by
Tab and Space, and every Alt letter is used once, in English and in Vietnamese."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ceremony.store.registry import Registry
from ceremony.ui.printing.print_dialog import PrintDialog
from ceremony.ui.translations import install_translations, remove_translations
from tests.ui.test_print_dialog import Answers, ModalWatch, open_dialog, own_settings, records

__all__ = ["own_settings"]  # a fixture, imported for pytest

ALT = Qt.KeyboardModifier.AltModifier


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


@pytest.fixture
def print_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Qt's print dialog, opened: its title is recorded and it is cancelled."""
    opened: list[str] = []

    def cancel(dialog: QPrintDialog) -> int:
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    return opened


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


class Unexpected(ModalWatch):
    """Closes any window-modal dialog opened over *window* (a question, the printer
    profiles, a file chooser), recording it: a key that should do nothing fails the
    test instead of hanging it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.opened: list[str] = []

    def look(self) -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QDialog) and shown is not self.window and shown.isVisible():
            self.opened.append(f"{type(shown).__name__} {shown.windowTitle()}")
            shown.reject()


# -- Enter ---------------------------------------------------------------------------------

def test_enter_in_a_box_prints_nothing_even_after_tab_passed_over_print(
        qtbot: QtBot, sample_registry: Registry, print_dialogs: list[str]) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    active(qtbot, dialog)
    # Qt makes an auto-default button that had focus the dialog's default for good.
    focus(qtbot, dialog.output.print_button)
    QTest.keyClick(dialog.output.print_button, Qt.Key.Key_Tab)
    choices = dialog.choices
    for box in (choices.order, choices.template, choices.stock,
                dialog.preview_panel.notes_view):
        focus(qtbot, box)
        with Unexpected(dialog) as unexpected:  # a question about blanks: a print starting
            QTest.keyClick(box, Qt.Key.Key_Return)
            QTest.keyClick(box, Qt.Key.Key_Enter)
            QTest.keyClick(box, Qt.Key.Key_Return)
        assert unexpected.opened == [], type(box).__name__
        assert print_dialogs == [], type(box).__name__
    assert dialog.isVisible() and not dialog.recorded
    assert all(record == ("", 0) for record in records(sample_registry))
    assert [b.text() for b in dialog.findChildren(QPushButton)
            if b.isDefault() or b.autoDefault()] == []


def test_print_is_reached_by_its_alt_letter_and_by_tab_and_space(
        qtbot: QtBot, sample_registry: Registry, print_dialogs: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    monkeypatch.setattr(dialog, "_confirmed", lambda _preview: True)  # the blanks asked
    active(qtbot, dialog)
    focus(qtbot, dialog.choices.order)
    QTest.keyClick(dialog.choices.order, Qt.Key.Key_R, ALT)  # P&rint…
    qtbot.waitUntil(lambda: print_dialogs == ["Print"])  # Qt clicks it 100 ms later
    focus(qtbot, dialog.output.save_final_button)
    QTest.keyClick(dialog.output.save_final_button, Qt.Key.Key_Tab)
    assert dialog.output.print_button.hasFocus()
    QTest.keyClick(dialog.output.print_button, Qt.Key.Key_Space)
    assert print_dialogs == ["Print", "Print"]
    assert not dialog.recorded  # both cancelled in Qt's dialog


# -- Alt letters ---------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt letter the window answers: its buttons' and check boxes', its group
    boxes', and its labels' that have a buddy (visible ones only)."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = ""
        if isinstance(widget, QLabel):
            text = widget.text() if widget.buddy() is not None else ""
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{type(widget).__name__} {text}")
    return dict(found)


def assert_each_once(window: QWidget) -> dict[str, list[str]]:
    found = mnemonics(window)
    assert {k: v for k, v in found.items() if len(v) > 1} == {}
    # A letter no plain keyboard types with Alt ("ô", "đ") reaches nothing.
    assert [k for k in found if not ("a" <= k <= "z" or k.isdigit())] == []
    return found


@contextmanager
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Qt's Vietnamese and the app's, as the compiled catalogue has them."""
    translators = install_translations(qapp, "vi")
    qapp.processEvents()
    try:
        yield
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "en")


def test_every_alt_letter_of_the_print_dialog_is_used_once(
        qtbot: QtBot, qapp: QApplication, sample_registry: Registry) -> None:
    dialog: PrintDialog = open_dialog(qtbot, sample_registry)
    assert "r" in assert_each_once(dialog)  # P&rint…
    with vietnamese(qapp):
        assert dialog.output.print_button.text() == "&In…"
        assert "i" in assert_each_once(dialog)


def test_saving_as_final_asks_with_no_as_the_answer_enter_gives(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog: PrintDialog = open_dialog(qtbot, sample_registry, award_ids=[1])
    targets: list[bool] = []
    monkeypatch.setattr(dialog.output, "ask_target",
                        lambda *, final: targets.append(final))  # then nothing is written
    defaults: list[object] = []

    def note_default() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        defaults.append(box.standardButton(box.defaultButton()))

    with Answers(QMessageBox.StandardButton.Yes) as answers:
        answers.before_answer = note_default
        dialog.save_final()
    assert defaults == [QMessageBox.StandardButton.No] and targets == [True]
