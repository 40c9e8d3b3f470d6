"""The properties panel and the template agree: no value shown that the template does not
hold, no place off the sheet, no size the schema refuses or the boxes cannot show."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox
from pytestqt.qtbot import QtBot

from ceremony.printing.template import read_template_file, templates_dir
from ceremony.ui.designer.window import DesignerWindow
from tests.ui.test_designer import at_known_scale, drag, field, focus


def type_number(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Select the box's number, type *text* over it and press Return, as a user does."""
    focus(qtbot, box)
    box.selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


# -- X, Y, width and height ------------------------------------------------------------------

def test_x_and_y_keep_the_field_on_the_sheet(designer: DesignerWindow, qtbot: QtBot) -> None:
    panel = designer.properties
    designer.select_field("name")  # 290 mm wide, 20 high, on a 400 × 300 mm sheet
    assert (panel.x_mm.maximum(), panel.y_mm.maximum()) == (110.0, 280.0)
    type_number(qtbot, panel.y_mm, "1100")  # the box takes no digit past the limit
    assert designer.document.field("name").y == 110.0
    panel.x_mm.setValue(1100.0)
    assert designer.document.field("name").x == 110.0 and panel.x_mm.value() == 110.0
    # Narrower, it may go further right: the limit follows the field's size…
    type_number(qtbot, panel.w_mm, "100")
    assert panel.x_mm.maximum() == 300.0
    type_number(qtbot, panel.x_mm, "300")
    assert designer.document.field("name").x == 300.0
    # …and its width cannot then reach past the sheet's edge.
    assert panel.w_mm.maximum() == 100.0
    panel.w_mm.setValue(250.0)
    assert designer.document.field("name").w == 100.0


def test_a_tiny_field_from_a_file_shows_its_real_size(
        designer: DesignerWindow, qtbot: QtBot, tmp_path: Path) -> None:
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data["name"] = "tiny"
    data["fields"][0].update(w=0.01, h=0.015)
    (tmp_path / "tiny.json").write_text(json.dumps(data), encoding="utf-8")
    designer.open_template(read_template_file(tmp_path / "tiny.json"))
    first = designer.document.field_ids()[0]
    designer.select_field(first)
    panel = designer.properties
    assert panel.w_mm.value() == 0.01 and panel.w_mm.text() == "0.01 mm"
    assert panel.h_mm.value() == 0.015
    # As small as the schema allows (more than 0), at the boxes' thousandth of a mm.
    assert panel.w_mm.minimum() == 0.001
    type_number(qtbot, panel.w_mm, "0.002")
    assert designer.document.field(first).w == 0.002
    panel.w_mm.setValue(0.0)
    assert designer.document.field(first).w == 0.001
    assert designer.files.export_file(tmp_path / "out.json") is not None  # schema-valid
    type_number(qtbot, panel.w_mm, "12.5")
    assert panel.w_mm.text() == "12.5 mm"  # no trailing zeros for ordinary sizes


# -- what the boxes say is what the template holds -------------------------------------------

def test_an_emptied_fixed_text_is_refused_visibly_and_put_back(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    panel = designer.properties
    designer.select_field("tang")
    focus(qtbot, panel.text)
    panel.text.selectAll()
    QTest.keyClick(panel.text, Qt.Key.Key_Delete)
    assert designer.document.field("tang").text == "TẶNG"  # the schema needs a text
    assert panel.problem.isVisible() and "cannot be empty" in panel.problem.text()
    assert panel.text.styleSheet() != ""
    focus(qtbot, designer.view)  # leaving the box
    assert panel.text.text() == "TẶNG" and not panel.problem.isVisible()
    assert panel.text.styleSheet() == ""
    assert designer.undo_stack.count() == 0


def test_words_around_without_value_are_marked_until_they_have_it(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    panel = designer.properties
    designer.select_field("name")
    focus(qtbot, panel.around)
    QTest.keyClicks(panel.around, "Mr ")
    assert designer.document.field("name").template == "{value}"
    assert panel.problem.isVisible() and "{value}" in panel.problem.text()
    QTest.keyClicks(panel.around, "{value}")
    assert designer.document.field("name").template == "Mr {value}"
    assert not panel.problem.isVisible() and panel.around.styleSheet() == ""
    # Left without {value}, the box shows the words the template keeps.
    panel.around.selectAll()
    QTest.keyClicks(panel.around, "Sir")
    focus(qtbot, designer.view)
    assert panel.around.text() == "Mr {value}" and not panel.problem.isVisible()


def test_back_from_fixed_text_the_field_shows_its_variable_again(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    panel = designer.properties
    designer.select_field("authority")
    focus(qtbot, panel.kind)
    QTest.keyClick(panel.kind, Qt.Key.Key_Down)  # "Fixed text"
    assert designer.document.field("authority").variable is None
    assert designer.document.field("authority").text == "Authority (as titled)"
    QTest.keyClick(panel.kind, Qt.Key.Key_Up)  # a variable again: the one it had
    assert designer.document.field("authority").variable == "authority_title"
    assert designer.document.field("authority").text is None
    assert panel.variable.currentData() == "authority_title"


def test_the_mouse_keeps_a_field_on_the_sheet_too(designer: DesignerWindow,
                                                  tmp_path: Path) -> None:
    designer.tools.snap_edges.setChecked(False)
    centre = at_known_scale(designer, "tang", px_per_mm=2.0)
    drag(designer, centre, [QPoint(-20, 0), QPoint(-140, 0), QPoint(-200, 0)])  # -100 mm
    assert field(designer, "tang")[0] == 0.0  # stopped at the edge, not at x -40
    x, y, w, h = field(designer, "register")
    designer.select_field("register")
    at_known_scale(designer, "register", px_per_mm=2.0)
    drag(designer, QPointF(x, y + h / 2), [QPoint(-20, 0), QPoint(-200, 0)])  # left handle
    assert field(designer, "register")[0] == 0.0 and field(designer, "register")[2] == x + w
    assert designer.files.export_file(tmp_path / "kept.json") is not None  # schema-valid
