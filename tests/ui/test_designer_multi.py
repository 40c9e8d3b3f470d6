"""Several fields selected at once in the designer: moved, nudged, removed and aligned together."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ceremony.printing.template import Field
from ceremony.store.registry import Registry
from ceremony.ui.designer.group_actions import block_shift
from ceremony.ui.designer.window import DesignerWindow
from tests.ui.test_designer import drag, field, open_designer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton
# Three fields low on the Bằng khen, all in view at 4 px/mm around (200, 248) mm.
TRIO = ["signer-name", "decision", "register"]  # in the template's order


@pytest.fixture
def designer(qapp: QApplication, qtbot: QtBot,
             sample_registry: Registry) -> Iterator[DesignerWindow]:
    with open_designer(qapp, qtbot, sample_registry) as window:
        window.view.set_scale(4.0)
        window.view.centerOn(QPointF(200.0, 248.0))
        yield window


def centre_of(window: DesignerWindow, field_id: str) -> QPointF:
    x, y, w, h = field(window, field_id)
    return QPointF(x + w / 2, y + h / 2)


def click(window: DesignerWindow, at: QPointF,
          modifier: Qt.KeyboardModifier = NONE) -> None:
    """A real click on the canvas at *at* (scene millimetres)."""
    QTest.mouseClick(window.view.viewport(), LEFT, modifier, window.view.mapFromScene(at))


def band(window: DesignerWindow, start: QPointF, end: QPointF,
         modifier: Qt.KeyboardModifier = NONE) -> None:
    """A rubber band dragged on the canvas from *start* to *end* (scene mm)."""
    viewport, view = window.view.viewport(), window.view
    first, last = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(viewport, LEFT, modifier, first)
    QTest.mouseMove(viewport, first + (last - first) / 2)
    QTest.mouseMove(viewport, last)
    QTest.mouseRelease(viewport, LEFT, modifier, last)


def select_trio(window: DesignerWindow) -> None:
    """decision by a plain click, register with Ctrl, signer-name with Shift."""
    click(window, centre_of(window, "decision"))
    click(window, centre_of(window, "register"), CTRL)
    click(window, centre_of(window, "signer-name"), SHIFT)


def positions(window: DesignerWindow, ids: list[str]) -> list[tuple[float, float]]:
    return [field(window, field_id)[:2] for field_id in ids]


# -- selecting ------------------------------------------------------------------------------

def test_ctrl_and_shift_clicks_add_fields_and_take_them_out(designer: DesignerWindow) -> None:
    select_trio(designer)
    assert designer.scene.selected_ids() == TRIO
    assert designer.scene.selected_id() is None  # no single field to edit
    click(designer, centre_of(designer, "register"), CTRL)  # taken out again
    assert designer.scene.selected_ids() == ["signer-name", "decision"]
    click(designer, centre_of(designer, "decision"))  # a plain click: that field alone
    assert designer.scene.selected_ids() == ["decision"]
    assert designer.undo_stack.count() == 0  # selecting changes nothing in the design


def test_handles_show_only_on_a_field_selected_alone(designer: DesignerWindow) -> None:
    click(designer, centre_of(designer, "decision"))
    decision = designer.scene.items_by_id["decision"]
    assert all(handle.isVisible() for handle in decision.handles.values())
    click(designer, centre_of(designer, "register"), CTRL)
    assert not any(handle.isVisible() for item in designer.scene.items_by_id.values()
                   for handle in item.handles.values())


def test_a_rubber_band_selects_the_fields_it_touches(designer: DesignerWindow) -> None:
    # From the empty sheet left of "decision" to the middle of "register": both touched,
    # "signer-name" (x 205 and on) not.
    band(designer, QPointF(20.0, 233.0), QPointF(100.0, 245.0))
    assert designer.scene.selected_ids() == ["decision", "register"]
    # With Shift (or Ctrl) a second band adds to the selection instead of replacing it.
    band(designer, QPointF(300.0, 263.0), QPointF(310.0, 256.0), SHIFT)
    assert designer.scene.selected_ids() == TRIO
    band(designer, QPointF(20.0, 262.0), QPointF(30.0, 264.0))  # touches nothing
    assert designer.scene.selected_ids() == []


def test_ctrl_a_selects_every_field(designer: DesignerWindow, qtbot: QtBot) -> None:
    designer.activateWindow()
    designer.view.setFocus()
    qtbot.waitUntil(designer.view.hasFocus)
    QTest.keyClick(designer.view, Qt.Key.Key_A, CTRL)
    assert designer.scene.selected_ids() == designer.document.field_ids()
    assert designer.tools.select_all.shortcut().toString() == "Ctrl+A"
    assert designer.tools.add_field.shortcut().toString() == "Ctrl+Shift+A"
    # In a text box of the panel Ctrl+A still selects its text, not the fields.
    designer.select_field("title")
    text = designer.properties.text
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    QTest.keyClick(text, Qt.Key.Key_A, CTRL)
    assert text.selectedText() == "BẰNG KHEN"
    assert designer.scene.selected_ids() == ["title"]


# -- the panel and the list follow -------------------------------------------------------------

def test_the_panel_shows_how_many_and_edits_none(designer: DesignerWindow) -> None:
    select_trio(designer)
    panel = designer.properties
    assert panel.field is None and panel.count == 3
    assert panel.place_box.isHidden() and not panel.empty.isHidden()
    assert panel.empty.text().startswith("3 fields selected")
    assert designer.tools.remove_field.isEnabled() and designer.tools.align_left.isEnabled()
    # The rulers mark the whole selection: x 50 to 350, y 236 to 259.
    assert designer.top_ruler.selection == (50.0, 300.0)
    assert designer.left_ruler.selection == (236.0, 23.0)
    click(designer, centre_of(designer, "register"))
    assert panel.field is not None and panel.field.id == "register" and panel.count == 1
    assert not panel.place_box.isHidden()
    assert not designer.tools.align_left.isEnabled()


def test_the_field_list_follows_the_canvas_both_ways(designer: DesignerWindow) -> None:
    select_trio(designer)
    listed = designer.field_list
    assert listed.selected_ids() == TRIO
    # Ctrl+click in the list takes "decision" out, and the canvas follows.
    row = designer.document.index_of("decision")
    listed.scrollToItem(listed.item(row))  # the list is short: bring the row into view
    spot = listed.visualItemRect(listed.item(row)).center()
    QTest.mouseClick(listed.viewport(), LEFT, CTRL, spot)
    assert designer.scene.selected_ids() == ["signer-name", "register"]
    assert designer.properties.count == 2


# -- moving together --------------------------------------------------------------------------

def test_dragging_one_of_several_moves_them_all_by_one_delta_in_one_undo_step(
        designer: DesignerWindow) -> None:
    designer.tools.snap_edges.setChecked(False)  # only the 1 mm grid
    select_trio(designer)
    before = positions(designer, TRIO)
    # 4 px/mm: 40 px is 10 mm; 21 px is 5.25 mm, which the dragged field snaps to 5 mm.
    drag(designer, centre_of(designer, "decision"),
         [QPoint(5, 2), QPoint(20, 10), QPoint(40, 21)])
    assert positions(designer, TRIO) == [(x + 10.0, y + 5.0) for x, y in before]
    assert designer.scene.selected_ids() == TRIO  # the drag kept the selection
    assert designer.undo_stack.count() == 1
    assert designer.undo_stack.undoText() == "Move 3 fields"
    items = [designer.scene.items_by_id[i].pos() for i in TRIO]
    assert [(p.x(), p.y()) for p in items] == positions(designer, TRIO)
    designer.undo_stack.undo()
    assert positions(designer, TRIO) == before
    designer.undo_stack.redo()
    assert positions(designer, TRIO) == [(x + 10.0, y + 5.0) for x, y in before]


def test_the_dragged_field_snaps_and_the_others_keep_their_distance(
        designer: DesignerWindow) -> None:
    # "decision" starts at x 50; "authority" and "name" (not selected) begin at 55.
    # Dragged 5.5 mm (the grid alone would give 6), decision's left edge snaps onto 55:
    # every selected field moves 5 mm.
    select_trio(designer)
    drag(designer, centre_of(designer, "decision"), [QPoint(10, 0), QPoint(22, 0)])
    assert positions(designer, TRIO) == [(210.0, 251.0), (55.0, 236.0), (55.0, 243.0)]


def test_a_group_dragged_past_the_page_edge_stops_there_as_one_block(
        designer: DesignerWindow) -> None:
    designer.tools.snap_edges.setChecked(False)
    select_trio(designer)
    before = positions(designer, TRIO)
    # "signer-name" is dragged 100 mm left; "decision" and "register" start 50 mm from
    # the edge, so the whole group stops after 50 mm with its spacing kept.
    drag(designer, centre_of(designer, "signer-name"), [QPoint(-10, 0), QPoint(-400, 0)])
    after = positions(designer, TRIO)
    assert min(x for x, _ in after) == 0.0
    shift = after[0][0] - before[0][0]
    assert after == [(x + shift, y) for x, y in before]


def test_a_plain_click_on_one_of_several_keeps_it_alone(designer: DesignerWindow) -> None:
    select_trio(designer)
    drag(designer, centre_of(designer, "register"), [QPoint(1, 0)])  # a click, no drag
    assert designer.scene.selected_ids() == ["register"]
    assert designer.undo_stack.count() == 0


def test_arrow_keys_nudge_every_selected_field_in_one_undo_step(
        designer: DesignerWindow) -> None:
    select_trio(designer)
    before = positions(designer, TRIO)
    designer.view.setFocus()
    QTest.keyClick(designer.view, Qt.Key.Key_Right)
    QTest.keyClick(designer.view, Qt.Key.Key_Right)
    QTest.keyClick(designer.view, Qt.Key.Key_Down, SHIFT)
    assert positions(designer, TRIO) == [(x + 1.0, y + 5.0) for x, y in before]
    assert designer.undo_stack.count() == 1
    assert designer.undo_stack.undoText() == "Nudge 3 fields"
    designer.undo_stack.undo()
    assert positions(designer, TRIO) == before


def test_nudging_stops_the_whole_group_at_the_page_edge(designer: DesignerWindow) -> None:
    select_trio(designer)
    designer.view.setFocus()
    for _ in range(12):  # 60 mm asked, 50 mm left before "decision" meets the edge
        QTest.keyClick(designer.view, Qt.Key.Key_Left, SHIFT)
    assert positions(designer, TRIO) == [(155.0, 251.0), (0.0, 236.0), (0.0, 243.0)]


def test_escape_clears_the_selection_and_moves_nothing(designer: DesignerWindow) -> None:
    select_trio(designer)
    before = positions(designer, TRIO)
    designer.view.setFocus()
    QTest.keyClick(designer.view, Qt.Key.Key_Escape)
    assert designer.scene.selected_ids() == []
    QTest.keyClick(designer.view, Qt.Key.Key_Right)  # nothing selected: nothing moves
    assert positions(designer, TRIO) == before
    assert designer.undo_stack.count() == 0


def test_block_shift_keeps_the_block_on_the_page() -> None:
    def spec(x: float, w: float) -> Field:
        return Field(id=f"f{x}", x=x, y=0.0, w=w, h=5.0, font="serif", size=12.0,
                     min_size=8.0, text="x")

    fields = [spec(10.0, 50.0), spec(300.0, 90.0)]  # right edges at 60 and 390
    page = (400.0, 300.0)
    assert block_shift(fields, -25.0, 0, page) == -10.0
    assert block_shift(fields, 25.0, 0, page) == 10.0
    assert block_shift(fields, 4.0, 0, page) == 4.0
    assert block_shift([spec(-3.0, 10.0)], -1.0, 0, page) == 0.0  # never a jump the other way


# -- removing together ---------------------------------------------------------------------------

def test_delete_removes_every_selected_field_as_one_undo_step(
        designer: DesignerWindow) -> None:
    original = designer.document.template().fields
    select_trio(designer)
    designer.view.setFocus()
    QTest.keyClick(designer.view, Qt.Key.Key_Delete)
    assert not set(TRIO) & set(designer.document.field_ids())
    assert len(designer.document.fields()) == len(original) - 3
    assert designer.undo_stack.count() == 1
    assert designer.undo_stack.undoText() == "Remove 3 fields"
    assert designer.field_list.count() == len(original) - 3
    designer.undo_stack.undo()
    assert designer.document.template().fields == original  # same fields, same order
    assert set(designer.scene.items_by_id) == {f.id for f in original}
    assert sorted(designer.scene.selected_ids()) == sorted(TRIO)  # what came back is shown
    designer.undo_stack.redo()
    assert not set(TRIO) & set(designer.document.field_ids())


# -- aligning ------------------------------------------------------------------------------------

def test_align_left_and_top_edges_and_same_width_are_one_undo_step_each(
        designer: DesignerWindow) -> None:
    original = designer.document.template().fields
    # signer-name (145 mm wide) first, then decision and register (140 mm).
    click(designer, centre_of(designer, "signer-name"))
    click(designer, centre_of(designer, "decision"), CTRL)
    click(designer, centre_of(designer, "register"), SHIFT)
    designer.tools.align_left.trigger()
    assert [field(designer, i)[0] for i in TRIO] == [50.0, 50.0, 50.0]
    designer.tools.same_width.trigger()
    assert [field(designer, i)[2] for i in TRIO] == [145.0, 145.0, 145.0]
    designer.tools.align_top.trigger()
    assert [field(designer, i)[1] for i in TRIO] == [236.0, 236.0, 236.0]
    assert designer.undo_stack.count() == 3
    assert designer.undo_stack.undoText() == "Align top edges of 3 fields"
    for _ in range(3):
        designer.undo_stack.undo()
    assert designer.document.template().fields == original
