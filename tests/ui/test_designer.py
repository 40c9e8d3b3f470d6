"""The template designer: drag, snap, edit, undo, save, import, export, preview."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ceremony.printing.template import (
    load_template,
    read_template_file,
    templates_dir,
    user_templates_dir,
)
from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.certificates import CertificateSelection, certificate_records
from ceremony.store.registry import Registry
from ceremony.ui.designer.rulers import tick_steps
from ceremony.ui.designer.snapping import SnapRules, snap_move, snap_resize
from ceremony.ui.designer.text_paint import Fit
from ceremony.ui.designer.window import DesignerWindow

TIMEOUT = 20_000





@contextmanager
def open_designer(qapp: QApplication, qtbot: QtBot,
                  registry: Registry) -> Iterator[DesignerWindow]:
    """The designer on the Bằng khen, shown and settled; closed afterwards without asking."""
    qapp.setQuitOnLastWindowClosed(False)
    # Closed here rather than by qtbot, whose close would come first and ask about
    # the unsaved changes in a (blocking) message box.
    window = DesignerWindow(load_template("bang-khen"), registry)
    try:
        window.show()
        settle(qtbot, window)
        yield window
    finally:
        if isValid(window):  # a test that closed it has had it deleted (WA_DeleteOnClose)
            window.undo_stack.setClean()
            window.close()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        qapp.setQuitOnLastWindowClosed(True)


@pytest.fixture
def designer(qapp: QApplication, qtbot: QtBot,
             sample_registry: Registry) -> Iterator[DesignerWindow]:
    with open_designer(qapp, qtbot, sample_registry) as window:
        yield window


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def settle(qtbot: QtBot, window: DesignerWindow) -> None:
    """Wait for the debounce timer and the preview's render thread."""
    qtbot.waitUntil(lambda: not window.preview.busy and window.preview.rendered is not None,
                    timeout=TIMEOUT)


def preview_text(window: DesignerWindow) -> str:
    assert window.preview.rendered is not None
    reader = PdfReader(io.BytesIO(window.preview.rendered.pdf))
    return " ".join(reader.pages[0].extract_text().split())


def field(window: DesignerWindow, field_id: str) -> tuple[float, float, float, float]:
    spec = window.document.field(field_id)
    return spec.x, spec.y, spec.w, spec.h


def drag(window: DesignerWindow, start: QPointF, moves: list[QPoint]) -> None:
    """Press at *start* (scene mm), move through viewport offsets, release."""
    viewport = window.view.viewport()
    pressed = window.view.mapFromScene(start)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pressed)
    for offset in moves:
        QTest.mouseMove(viewport, pressed + offset)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       pressed + moves[-1])


def at_known_scale(window: DesignerWindow, field_id: str, px_per_mm: float = 4.0) -> QPointF:
    """Zoom to a known scale with the field in view; returns the field's centre."""
    window.view.set_scale(px_per_mm)
    x, y, w, h = field(window, field_id)
    centre = QPointF(x + w / 2, y + h / 2)
    window.view.centerOn(centre)
    return centre


# -- opening --------------------------------------------------------------------------

def test_the_designer_opens_a_built_in_template_with_every_field(
        designer: DesignerWindow) -> None:
    template = load_template("bang-khen")
    assert list(designer.scene.items_by_id) == [f.id for f in template.fields]
    assert designer.document.template().fields == template.fields
    assert designer.field_list.count() == len(template.fields)
    assert designer.scene.page_size == (400.0, 300.0)
    assert not designer.scene.artwork.isNull()  # the frames and the emblem, rendered by QtPdf
    assert "bang-khen" in designer.windowTitle()
    assert designer.view.fitting and designer.view.px_per_mm > 0


def test_a_scanned_blank_in_pdf_lies_under_the_fields_at_true_scale(
        qapp: QApplication, tmp_path: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    # A "scan" of a blank: cream all over, one blue band 100 mm from the top.
    scan = Canvas(str(tmp_path / "phoi.pdf"), pagesize=(400 * mm, 300 * mm))
    scan.setFillColorRGB(1.0, 0.93, 0.67)
    scan.rect(0, 0, 400 * mm, 300 * mm, stroke=0, fill=1)
    scan.setFillColorRGB(0.0, 0.0, 1.0)
    scan.rect(0, 190 * mm, 400 * mm, 10 * mm, stroke=0, fill=1)
    scan.save()
    data = json.loads((templates_dir() / "bang-khen.json").read_text(encoding="utf-8"))
    data["background"] = {"file": "phoi.pdf"}
    del data["artwork"]
    (tmp_path / "scanned.json").write_text(json.dumps(data), encoding="utf-8")
    window = DesignerWindow(read_template_file(tmp_path / "scanned.json"))
    try:
        image = window.scene.artwork
        per_mm = image.width() / 400
        assert image.height() == round(300 * per_mm)  # the page's proportions, no distortion
        band = image.pixelColor(int(200 * per_mm), int(105 * per_mm))
        cream = image.pixelColor(int(200 * per_mm), int(150 * per_mm))
        assert (band.red(), band.green(), band.blue()) == (0, 0, 255)
        assert (cream.red(), cream.blue()) == (255, 171)
    finally:
        window.close()
        qapp.processEvents()


# -- dragging on the canvas -----------------------------------------------------------

def test_dragging_a_field_moves_it_by_the_mouse_travel_snapped_to_the_grid(
        designer: DesignerWindow) -> None:
    designer.tools.snap_edges.setChecked(False)  # only the 1 mm grid
    centre = at_known_scale(designer, "name")
    # 4 px/mm: 40 px right is 10 mm; 21 px down is 5.25 mm, snapped to 5 mm.
    drag(designer, centre, [QPoint(5, 2), QPoint(20, 10), QPoint(40, 21)])
    assert field(designer, "name") == (65.0, 153.0, 290.0, 20.0)
    assert designer.scene.selected_id() == "name"
    # One drag is one undo step, however many mouse moves it took.
    assert designer.undo_stack.count() == 1
    assert designer.undo_stack.undoText() == "Move name"
    assert designer.properties.x_mm.value() == 65.0  # the panel followed the canvas
    item = designer.scene.items_by_id["name"]
    assert (item.pos().x(), item.pos().y()) == (65.0, 153.0)


def test_the_fine_grid_snaps_to_half_millimetres(designer: DesignerWindow) -> None:
    designer.tools.snap_edges.setChecked(False)
    designer.tools.fine_grid.setChecked(True)
    assert designer.grid_step.currentIndex() == 1
    centre = at_known_scale(designer, "decision", px_per_mm=5.0)
    drag(designer, centre, [QPoint(10, 0), QPoint(33, -11)])  # 6.6 mm, -2.2 mm
    assert field(designer, "decision")[:2] == (56.5, 234.0)


def test_a_field_snaps_to_another_fields_edge_and_a_guide_is_drawn(
        designer: DesignerWindow) -> None:
    # "decision" starts at x 50; "place-date" begins at 205. Dragging decision's left edge
    # to 1 mm short of 205 lands it exactly on 205 (the tolerance is 6 px = 1.5 mm).
    centre = at_known_scale(designer, "decision")
    viewport = designer.view.viewport()
    pressed = designer.view.mapFromScene(centre)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pressed)
    QTest.mouseMove(viewport, pressed + QPoint(10, 0))
    QTest.mouseMove(viewport, pressed + QPoint(4 * 154, 0))
    assert designer.scene._guides[0] == (205.0,)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       pressed + QPoint(4 * 154, 0))
    assert field(designer, "decision")[0] == 205.0
    assert designer.scene._guides == ((), ())


def test_dragging_a_handle_resizes_the_field(designer: DesignerWindow) -> None:
    designer.tools.snap_edges.setChecked(False)
    at_known_scale(designer, "register")
    designer.select_field("register")
    x, y, w, h = field(designer, "register")
    handle_at = QPointF(x + w, y + h / 2)  # the right-hand handle
    drag(designer, handle_at, [QPoint(8, 0), QPoint(-81, 3)])  # -20.25 mm
    assert field(designer, "register") == (50.0, 243.0, 120.0, 6.0)
    assert designer.undo_stack.undoText() == "Resize register"


def test_a_click_without_travel_selects_and_moves_nothing(designer: DesignerWindow) -> None:
    centre = at_known_scale(designer, "citation")
    drag(designer, centre, [QPoint(1, 1)])
    assert designer.scene.selected_id() == "citation"
    assert designer.properties.field is not None and designer.properties.field.id == "citation"
    assert designer.undo_stack.count() == 0


def test_arrow_keys_nudge_half_a_millimetre_and_five_with_shift(
        designer: DesignerWindow) -> None:
    designer.select_field("signer-name")
    designer.view.setFocus()
    QTest.keyClick(designer.view, Qt.Key.Key_Right)
    QTest.keyClick(designer.view, Qt.Key.Key_Right)
    QTest.keyClick(designer.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert field(designer, "signer-name")[:2] == (206.0, 256.0)
    assert designer.undo_stack.count() == 1  # the nudges of one field merge
    designer.undo_stack.undo()
    assert field(designer, "signer-name")[:2] == (205.0, 251.0)


# -- the properties panel --------------------------------------------------------------

def test_editing_a_property_moves_the_item_and_undo_restores_exact_values(
        designer: DesignerWindow) -> None:
    original = designer.document.template().fields
    designer.select_field("name")
    panel = designer.properties
    panel.x_mm.setValue(70.5)
    panel.w_mm.setValue(250.0)
    panel.size_pt.setValue(26.0)
    item = designer.scene.items_by_id["name"]
    assert item.pos().x() == 70.5 and item.boundingRect().width() == 250.0
    assert designer.document.field("name").size == 26.0
    panel.align.setCurrentIndex(panel.align.findData("left"))
    panel.align.activated.emit(panel.align.currentIndex())
    panel.capitals.setChecked(True)
    changed = designer.document.template().fields
    assert designer.document.field("name").align == "left"
    assert designer.document.field("name").capitals

    while designer.undo_stack.canUndo():
        designer.undo_stack.undo()
    assert designer.document.template().fields == original
    assert panel.x_mm.value() == 55.0 and item.pos().x() == 55.0  # both views followed
    while designer.undo_stack.canRedo():
        designer.undo_stack.redo()
    assert designer.document.template().fields == changed


def test_a_spin_box_held_down_is_one_undo_step(designer: DesignerWindow) -> None:
    designer.select_field("citation")
    for _ in range(6):
        designer.properties.y_mm.stepUp()
    assert field(designer, "citation")[1] == 184.0
    assert designer.undo_stack.count() == 1


def test_switching_a_field_to_fixed_text_and_typing(designer: DesignerWindow,
                                                    qtbot: QtBot) -> None:
    designer.select_field("role")
    panel = designer.properties
    panel.kind.setCurrentIndex(1)
    panel.kind.activated.emit(1)
    assert designer.document.field("role").variable is None
    panel.text.clear()
    qtbot.keyClicks(panel.text, "Guest of honour")
    assert designer.document.field("role").text == "Guest of honour"
    assert designer.field_list.currentItem().text() == "role — “Guest of honour”"


def test_adding_and_removing_fields_undo(designer: DesignerWindow) -> None:
    count = len(designer.document.fields())
    new_id = designer.add_field()
    assert new_id == "field-1" and designer.scene.selected_id() == "field-1"
    assert len(designer.document.fields()) == count + 1
    designer.select_field("citation")
    index = designer.document.index_of("citation")
    designer.view.setFocus()
    QTest.keyClick(designer.view, Qt.Key.Key_Delete)
    assert "citation" not in designer.document.field_ids()
    designer.undo_stack.undo()
    assert designer.document.index_of("citation") == index
    designer.undo_stack.undo()
    assert len(designer.document.fields()) == count


# -- zoom and rulers ---------------------------------------------------------------------

def test_actual_size_uses_the_screens_physical_dpi_and_ctrl_wheel_zooms(
        designer: DesignerWindow) -> None:
    designer.tools.true_scale.trigger()
    screen = designer.view.screen()
    assert designer.view.px_per_mm == pytest.approx(screen.physicalDotsPerInch() / 25.4)
    assert designer.view.zoom_percent() == 100 and "100%" in designer.zoom_label.text()
    before = designer.view.px_per_mm
    centre = QPointF(designer.view.viewport().rect().center())
    wheel = QWheelEvent(centre, designer.view.mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(designer.view.viewport(), wheel)
    assert designer.view.px_per_mm == pytest.approx(before * 1.0015 ** 120)
    designer.tools.fit_page.trigger()
    assert designer.view.fitting


def test_ruler_ticks_stay_readable_at_every_zoom() -> None:
    assert tick_steps(4.0) == (20.0, 2.0)  # labels 80 px apart
    assert tick_steps(1.0) == (50.0, 5.0)
    assert tick_steps(20.0) == (5.0, 0.5)


def test_the_rulers_show_the_selected_fields_extent(designer: DesignerWindow) -> None:
    designer.select_field("place-date")
    assert designer.top_ruler.selection == (205.0, 145.0)
    assert designer.left_ruler.selection == (201.0, 7.0)


# -- snapping rules (plain arithmetic) ------------------------------------------------------

def test_snapping_prefers_a_near_edge_then_the_grid() -> None:
    others = [(100.0, 50.0, 40.0, 10.0)]
    rules = SnapRules(grid=1.0, edges=True, tolerance=1.5)
    near_edge = snap_move((139.0, 80.3, 20.0, 5.0), others, (400.0, 300.0), rules)
    assert near_edge.rect[:2] == (140.0, 80.0) and near_edge.guides_x == (140.0,)
    centred = snap_move((189.2, 10.0, 20.0, 5.0), [], (400.0, 300.0), rules)
    assert centred.rect[0] == 190.0 and centred.guides_x == (200.0,)  # the page's centre
    no_grid = snap_move((33.33, 12.27, 20.0, 5.0), [], (400.0, 300.0),
                        SnapRules(grid=None, edges=False))
    assert no_grid.rect[:2] == (33.3, 12.3)
    resized = snap_resize((100.0, 50.0, 39.2, 10.0), "r", [(140.0, 0.0, 5.0, 5.0)],
                          (400.0, 300.0), rules)
    assert resized.rect == (100.0, 50.0, 40.0, 10.0)


# -- overflow warnings ------------------------------------------------------------------

def test_a_field_too_small_for_the_longest_name_is_flagged(designer: DesignerWindow) -> None:
    item = designer.scene.items_by_id["name"]
    assert item.shown.fit is not Fit.SQUEEZED
    designer.select_field("name")
    designer.properties.w_mm.setValue(120.0)
    assert item.shown.fit is Fit.SQUEEZED
    assert "below its minimum" in item.toolTip()


# -- the live preview -----------------------------------------------------------------------

def test_the_preview_renders_the_longest_name_then_a_chosen_honoree(
        designer: DesignerWindow, qtbot: QtBot, sample_registry: Registry) -> None:
    records = certificate_records(sample_registry, CertificateSelection(
        ceremony_id=list_ceremonies(sample_registry)[0].id))
    longest = max(records, key=lambda r: len(r.name)).name
    assert longest in preview_text(designer)
    assert designer.preview.document.pageCount() == 1
    other = next(r for r in records if r.kind == "individual")
    designer.preview.honoree.setCurrentIndex(designer.preview.honoree.findData(
        records.index(other)))
    qtbot.waitUntil(lambda: other.name in preview_text(designer), timeout=TIMEOUT)
    assert longest not in preview_text(designer)


def test_the_preview_follows_unsaved_edits_and_the_blank_option(
        designer: DesignerWindow, qtbot: QtBot) -> None:
    assert "BẰNG KHEN" in preview_text(designer)
    designer.select_field("title")
    qtbot.keyClicks(designer.properties.text, " 2024")
    qtbot.waitUntil(lambda: "BẰNG KHEN 2024" in preview_text(designer), timeout=TIMEOUT)
    designer.set_stock(True)  # the title is on the blank: not printed any more
    qtbot.waitUntil(lambda: "BẰNG KHEN" not in preview_text(designer), timeout=TIMEOUT)


# -- files ------------------------------------------------------------------------------------

def test_save_as_new_template_then_reload_it_from_disk(
        designer: DesignerWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    designer.select_field("name")
    designer.properties.y_mm.setValue(150.0)
    with qtbot.waitSignal(designer.saved, timeout=TIMEOUT):
        path = designer.files.save_as_new(name="bang-khen-doan", title="Bằng khen Đoàn")
    assert path == (user_templates_dir() / "bang-khen-doan.json").resolve()
    assert designer.undo_stack.isClean() and not designer.isWindowModified()
    assert "bang-khen-doan" in designer.windowTitle()
    reread = read_template_file(path)
    assert reread.fields == designer.document.template().fields
    assert reread.title == "Bằng khen Đoàn" and reread.fields[6].y == 150.0
    assert load_template("bang-khen-doan").fields == reread.fields  # usable by name

    # Saving under that name again replaces it only when the user says so.
    designer.properties.y_mm.setValue(151.0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    assert designer.files.save_as_new(name="bang-khen-doan", title="Bằng khen Đoàn") is None
    assert read_template_file(path).fields[6].y == 150.0
    assert designer.files.save_as_new(name="bang-khen-doan", title="Bằng khen Đoàn") == path
    assert load_template("bang-khen-doan").fields[6].y == 151.0


def test_a_built_in_name_is_refused_and_the_built_in_file_is_untouched(
        designer: DesignerWindow, messages: list[str]) -> None:
    before = (templates_dir() / "bang-khen.json").read_bytes()
    designer.select_field("name")
    designer.properties.x_mm.setValue(60.0)
    assert designer.files.save_as_new(name="bang-khen", title="Mine") is None
    assert "built-in" in messages[0]
    assert (templates_dir() / "bang-khen.json").read_bytes() == before
    assert designer.files.export_file(templates_dir() / "bang-khen.json") is None
    assert "never overwritten" in messages[1]
    assert (templates_dir() / "bang-khen.json").read_bytes() == before


def test_export_then_import_round_trips(designer: DesignerWindow, tmp_path: Path) -> None:
    designer.select_field("citation")
    designer.properties.h_mm.setValue(19.5)
    exported = designer.files.export_file(tmp_path / "shared")
    assert exported == (tmp_path / "shared.json").resolve()
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["fields"][8] == {**data["fields"][8], "id": "citation", "h": 19.5}
    fields = designer.document.template().fields
    designer.undo_stack.setClean()

    imported = designer.files.import_file(exported)
    # Its name is the built-in's: it comes in under a free name, never over the built-in.
    assert imported == (user_templates_dir() / "bang-khen-2.json").resolve()
    assert designer.document.template().name == "bang-khen-2"
    assert designer.document.template().fields == fields
    assert designer.undo_stack.count() == 0


def test_a_bad_file_is_refused_in_the_users_language(
        designer: DesignerWindow, qapp: QApplication, tmp_path: Path,
        messages: list[str]) -> None:
    not_json = tmp_path / "danh-sach.json"
    not_json.write_text("Họ và tên;Đơn vị", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    data = json.loads((templates_dir() / "bang-khen.json").read_text(encoding="utf-8"))
    data["fields"][0]["size"] = 1
    wrong.write_text(json.dumps(data), encoding="utf-8")
    fields = designer.document.template().fields
    qapp.setProperty("ceremony_language", "vi")
    try:
        assert designer.files.import_file(not_json) is None
        assert designer.files.import_file(wrong) is None
    finally:
        qapp.setProperty("ceremony_language", "en")
    assert messages[0].startswith("Không đọc được mẫu in")
    assert "không hợp lệ" in messages[1] and "ô thứ 1" in messages[1] and "mục size" in messages[1]
    assert designer.document.template().fields == fields  # nothing changed
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())


def test_the_file_dialogs_are_used_when_no_path_is_given(
        designer: DesignerWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args: (str(tmp_path / "chosen.json"), ""))
    assert designer.files.export_file() == (tmp_path / "chosen.json").resolve()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    assert designer.files.import_file() is None  # cancelled: nothing happens


def test_closing_with_unsaved_changes_asks_first(designer: DesignerWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    designer.select_field("name")
    designer.properties.x_mm.setValue(58.0)
    assert designer.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Cancel)
    assert not designer.close()
    assert designer.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    assert designer.close()


# -- from the Templates page ------------------------------------------------------------------

def test_the_templates_page_opens_the_designer_and_lists_saved_templates(
        qapp: QApplication, qtbot: QtBot, sample_registry: Registry) -> None:
    from ceremony.ui.main_window import TEMPLATES_PAGE, MainWindow

    qapp.setQuitOnLastWindowClosed(False)
    main = MainWindow(sample_registry)
    qtbot.addWidget(main)
    main.show_page(TEMPLATES_PAGE)
    page = main.templates_page
    names = [page.model.record_at(r).name for r in range(page.model.rowCount())]
    page.table.setCurrentIndex(page.model.index(names.index("giay-khen"), 0))
    window = page.open_designer()
    assert window is not None and window.document.template().name == "giay-khen"
    assert window.registry is sample_registry and window.preview.honoree.count() == 50
    settle(qtbot, window)
    window.files.save_as_new(name="giay-khen-rieng", title="Giấy khen riêng")
    names = [page.model.record_at(r).name for r in range(page.model.rowCount())]
    assert names[-1] == "giay-khen-rieng"  # the page reloaded after the save
    window.close()

    index = page.model.index(names.index("bang-khen"), 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    opened = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, DesignerWindow) and w.isVisible()]
    assert [w.document.template().name for w in opened] == ["bang-khen"]
    settle(qtbot, opened[0])
    opened[0].close()
    main.close()
    qapp.processEvents()
    qapp.setQuitOnLastWindowClosed(True)


def test_the_save_dialog_suggests_a_free_file_name(designer: DesignerWindow) -> None:
    from ceremony.ui.designer.files import SaveTemplateDialog, free_name, suggest_name

    assert suggest_name("Bằng khen Đoàn thanh niên (2024)") == "bang-khen-doan-thanh-nien-2024"
    assert free_name("bang-khen") == "bang-khen-2"  # never a built-in's name
    dialog = SaveTemplateDialog("Bằng khen cấp tỉnh", designer)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert dialog.name.text() == "bang-khen-cap-tinh" and save.isEnabled()
    dialog.title.clear()
    dialog.title.textEdited.emit("")
    assert not save.isEnabled()
    dialog.deleteLater()


def test_switching_language_keeps_the_design(designer: DesignerWindow,
                                             qapp: QApplication) -> None:
    from PySide6.QtCore import QTranslator

    class Vietnamese(QTranslator):
        """Two of the designer's words, whatever the compiled catalogue holds today."""

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            return {"&Edit": "&Sửa", "Fields on the sheet": "Các ô trên tờ"}.get(source, "")

        def isEmpty(self) -> bool:
            return False

    designer.select_field("name")
    designer.properties.x_mm.setValue(60.0)
    translator = Vietnamese()
    qapp.installTranslator(translator)  # every window gets a LanguageChange event
    qapp.processEvents()
    try:
        assert designer.edit_menu.title() == "&Sửa"
        assert designer.fields_box.title() == "Các ô trên tờ"
        assert designer.document.field("name").x == 60.0 and designer.undo_stack.count() == 1
        assert designer.properties.field is not None and designer.scene.selected_id() == "name"
    finally:
        qapp.removeTranslator(translator)
        qapp.processEvents()
    assert designer.edit_menu.title() == "&Edit"
