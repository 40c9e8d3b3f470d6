"""The designer from the keyboard: undo keys everywhere, Delete in the list, standard
shortcuts with all their combinations, and one Alt+letter per control."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ceremony.ui.designer.window import DesignerWindow
from ceremony.ui.translations import install_translations, remove_translations
from tests.ui.test_designer import focus

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier








def nudged(designer: DesignerWindow, qtbot: QtBot) -> float:
    """"name" nudged right by the arrow key on the canvas; its x before."""
    designer.select_field("name")
    before = designer.document.field("name").x
    focus(qtbot, designer.view)
    QTest.keyClick(designer.view, Qt.Key.Key_Right)
    assert designer.document.field("name").x == before + 0.5
    return before


# -- undo and redo from the properties panel ------------------------------------------------

@pytest.mark.parametrize("box", ["field_id", "colour", "when", "around", "x_mm", "size_pt"])
def test_ctrl_z_and_ctrl_y_in_a_box_with_nothing_typed_undo_the_design(
        designer: DesignerWindow, qtbot: QtBot, box: str) -> None:
    before = nudged(designer, qtbot)
    widget = getattr(designer.properties, box)
    focus(qtbot, widget)
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)
    assert designer.document.field("name").x == before
    QTest.keyClick(widget, Qt.Key.Key_Y, CTRL)
    assert designer.document.field("name").x == before + 0.5
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL | SHIFT)  # the other Redo
    assert designer.document.field("name").x == before + 0.5


def test_a_box_with_typing_of_its_own_undoes_that_first(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    before = nudged(designer, qtbot)
    designer.select_field("tang")
    text = designer.properties.text
    focus(qtbot, text)
    text.end(False)
    QTest.keyClicks(text, "!")
    assert designer.document.field("tang").text == "TẶNG!"
    QTest.keyClick(text, Qt.Key.Key_Z, CTRL)  # the box's own typing
    assert designer.document.field("tang").text == "TẶNG" and text.text() == "TẶNG"
    QTest.keyClick(text, Qt.Key.Key_Z, CTRL)  # nothing left in the box: the design's nudge
    assert designer.document.field("name").x == before


def test_the_scan_bar_boxes_hand_undo_on_too(designer: DesignerWindow, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    with_a_scan(designer, tmp_path)
    before = nudged(designer, qtbot)
    focus(qtbot, designer.scan.bar.rotation)
    QTest.keyClick(designer.scan.bar.rotation, Qt.Key.Key_Z, CTRL)
    assert designer.document.field("name").x == before


# -- standard shortcuts -----------------------------------------------------------------------

def test_standard_shortcuts_have_every_combination_of_the_platform(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    tools = designer.tools
    standard = {tools.save: QKeySequence.StandardKey.Save,
                tools.save_as: QKeySequence.StandardKey.SaveAs,
                tools.close: QKeySequence.StandardKey.Close,
                tools.undo: QKeySequence.StandardKey.Undo,
                tools.redo: QKeySequence.StandardKey.Redo,
                tools.select_all: QKeySequence.StandardKey.SelectAll,
                tools.zoom_in: QKeySequence.StandardKey.ZoomIn,
                tools.zoom_out: QKeySequence.StandardKey.ZoomOut}
    for action, key in standard.items():
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    redo = [sequence.toString() for sequence in tools.redo.shortcuts()]
    assert "Ctrl+Y" in redo and "Ctrl+Shift+Z" in redo  # on Linux, as the review found
    before = nudged(designer, qtbot)
    QTest.keyClick(designer.view, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(designer.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert designer.document.field("name").x == before + 0.5


# -- Delete in the list of fields ---------------------------------------------------------------

def test_delete_in_the_field_list_removes_the_selected_field(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    fields = designer.field_list
    row = designer.document.index_of("citation")
    focus(qtbot, fields)
    fields.scrollToItem(fields.item(row))
    QTest.mouseClick(fields.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0),
                     fields.visualItemRect(fields.item(row)).center())
    assert designer.scene.selected_ids() == ["citation"]
    QTest.keyClick(fields, Qt.Key.Key_Delete)
    assert "citation" not in designer.document.field_ids()
    assert designer.undo_stack.undoText() == "Remove field citation"
    designer.undo_stack.undo()
    assert designer.document.index_of("citation") == row


# -- Alt+letters ------------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def window_mnemonics(window: DesignerWindow) -> dict[str, list[str]]:
    """Every Alt+letter the window answers now: the menu bar's, the visible labels' (of a
    visible control), the visible buttons'."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            found[letter].append("menu " + action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = ""
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            text = widget.text() if buddy is not None and buddy.isVisibleTo(window) else ""
        elif isinstance(widget, QAbstractButton):  # check boxes, and the toolbars' buttons
            text = widget.text()
        letter = mnemonic(text)
        if letter:
            found[letter].append(type(widget).__name__ + " " + text)
    return found


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter:
            found[letter].append(action.text())
    return found


def twice(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def not_typeable(found: dict[str, list[str]]) -> list[str]:
    """Letters no Alt key gives on a plain keyboard (an accented "ô", say)."""
    return [letter for letter in found if not ("a" <= letter <= "z" or letter.isdigit())]


def with_a_scan(window: DesignerWindow, folder: Path) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(folder / "phoi.png"))
    assert window.scan.choose(folder / "phoi.png")
    assert window.scan.bar.isVisibleTo(window)


def check_every_state(window: DesignerWindow, folder: Path) -> None:
    """Unique Alt+letters with a variable field, then a fixed text, the scan bar shown."""
    with_a_scan(window, folder)
    for field_id in ("name", "tang"):  # a variable, then a fixed text
        window.select_field(field_id)
        found = window_mnemonics(window)
        assert twice(found) == {}, field_id
        assert not_typeable(found) == [], found
    for menu in (window.template_menu, window.edit_menu, window.view_menu):
        found = menu_mnemonics(menu)
        assert twice(found) == {}, menu.title()
        assert not_typeable(found) == [], menu.title()


def test_every_alt_letter_of_the_designer_is_used_once_in_english(
        designer: DesignerWindow, tmp_path: Path) -> None:
    check_every_state(designer, tmp_path)
    designer.select_field("name")
    assert designer.properties.labels["kind"].text() == "&Shows:"  # it has one now


def test_alt_letters_reach_their_controls(designer: DesignerWindow, qtbot: QtBot) -> None:
    panel = designer.properties
    designer.select_field("name")
    focus(qtbot, designer.view)
    QTest.keyClick(designer.view, Qt.Key.Key_R, ALT)
    assert panel.variable.hasFocus()  # Va&riable, no longer the View menu's V
    QTest.keyClick(panel.variable, Qt.Key.Key_G, ALT)
    assert panel.h_mm.hasFocus()
    designer.select_field("tang")
    focus(qtbot, designer.view)
    QTest.keyClick(designer.view, Qt.Key.Key_R, ALT)
    assert panel.text.hasFocus()  # Wo&rding: the variable's row is hidden for fixed text


def test_alt_letters_are_used_once_in_the_compiled_vietnamese(
        designer: DesignerWindow, qapp: QApplication, tmp_path: Path) -> None:
    translators = install_translations(qapp, "vi")
    qapp.processEvents()
    try:
        check_every_state(designer, tmp_path)
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "en")
