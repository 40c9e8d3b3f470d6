"""The scan of the pre-printed blank under the designer's fields: shown, adjusted, saved,
never printed."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.printing.render import render_certificates
from ceremony.printing.template import (
    Template,
    load_template,
    read_template_file,
    template_to_data,
    user_templates_dir,
)
from ceremony.ui.designer import open_designer
from ceremony.ui.designer.window import DesignerWindow
from tests.printing.conftest import BASE

BAND = QColor(0, 0, 255)  # the scan's one line, 100 mm from the top of a 300 mm sheet


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warning and error boxes recorded instead of shown."""
    shown: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda _parent, _title, text, *rest: shown.append(text))
    return shown


def open_window(qapp: QApplication, template: Template) -> DesignerWindow:
    window = DesignerWindow(template)
    window.show()
    qapp.processEvents()
    return window


def close_window(qapp: QApplication, window: DesignerWindow) -> None:
    window.undo_stack.setClean()
    window.close()
    window.preview.shutdown()
    window.deleteLater()
    qapp.processEvents()


@pytest.fixture
def designer(qapp: QApplication, boxes: list[str]) -> Iterator[DesignerWindow]:
    qapp.setQuitOnLastWindowClosed(False)
    window = open_window(qapp, load_template("bang-khen"))
    try:
        yield window
    finally:
        close_window(qapp, window)
        qapp.setQuitOnLastWindowClosed(True)


def scan_png(path: Path) -> Path:
    """A 'scan' at 2 px/mm of a 400 × 300 mm blank: cream, one blue line 100 mm down."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 240, 200))
    painter = QPainter(image)
    painter.fillRect(0, 199, 800, 2, BAND)
    painter.end()
    assert image.save(str(path))
    return path


def scan_pdf(path: Path) -> Path:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(400 * mm, 300 * mm))
    canvas.setFillColorRGB(0, 0, 1)
    canvas.rect(0, 199 * mm, 400 * mm, 2 * mm, stroke=0, fill=1)
    canvas.save()
    return path


def choose_with_dialog(window: DesignerWindow, path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: (str(path), "Scans (*.png *.jpg *.jpeg *.pdf)"))
    window.tools.scan_choose.trigger()


def sheet_image(window: DesignerWindow, px_per_mm: float = 2.0) -> QImage:
    """The scene's page, fields hidden, as drawn on screen."""
    for item in window.scene.items_by_id.values():
        item.hide()
    width, height = window.scene.page_size
    image = QImage(round(width * px_per_mm), round(height * px_per_mm),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), window.scene.page_rect())
    painter.end()
    for item in window.scene.items_by_id.values():
        item.show()
    return image


def band_row(image: QImage, column: int) -> int:
    """The row where the blue line is darkest (most blue, least red) in *column*."""
    return max(range(image.height()),
               key=lambda row: image.pixelColor(column, row).blue()
               - image.pixelColor(column, row).red())


def assert_rect(rect: QRectF, x: float, y: float, w: float, h: float) -> None:
    got = (rect.x(), rect.y(), rect.width(), rect.height())
    assert got == pytest.approx((x, y, w, h), abs=0.1)


# -- choosing and seeing it --------------------------------------------------------------

def test_a_chosen_scan_lies_under_the_fields_stretched_to_the_page(
        designer: DesignerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = scan_png(tmp_path / "Phôi bằng khen.png")
    assert designer.scan.bar.isHidden() and not designer.scene.scan_item.isVisible()
    choose_with_dialog(designer, scan, monkeypatch)
    item = designer.scene.scan_item
    assert item.isVisible() and item.opacity() == 0.5
    assert_rect(item.sceneBoundingRect(), 0, 0, 400, 300)
    assert all(item.zValue() < field.zValue() for field in designer.scene.items_by_id.values())
    assert not designer.scan.bar.isHidden() and designer.scan.bar.opacity.value() == 50
    assert designer.undo_stack.undoText() == "Choose the blank's scan"
    assert designer.isWindowModified()
    # The line drawn 100 mm down on the scan is 100 mm down on the sheet (2 px/mm).
    assert band_row(sheet_image(designer), 300) in (199, 200)


def test_a_pdf_scan_shows_its_first_page(designer: DesignerWindow, tmp_path: Path) -> None:
    assert designer.scan.choose(scan_pdf(tmp_path / "phoi.pdf"))
    assert_rect(designer.scene.scan_item.sceneBoundingRect(), 0, 0, 400, 300)
    assert band_row(sheet_image(designer), 300) in (199, 200)


def test_shifting_and_turning_line_the_scan_up(designer: DesignerWindow, tmp_path: Path) -> None:
    designer.scan.choose(scan_png(tmp_path / "phoi.png"))
    bar = designer.scan.bar
    bar.offset_x.setValue(-2.5)
    bar.offset_y.setValue(4.0)
    scan = designer.document.scan()
    assert scan is not None and scan.offset_mm == (-2.5, 4.0)
    assert_rect(designer.scene.scan_item.sceneBoundingRect(), -2.5, 4, 400, 300)
    assert band_row(sheet_image(designer), 300) in (207, 208)  # 104 mm down
    assert designer.undo_stack.count() == 2  # chosen, then shifted (one step for both spins)

    bar.offset_y.setValue(0.0)
    bar.rotation.setValue(1.0)  # clockwise: the right end of the line goes down
    image = sheet_image(designer)
    left, right = band_row(image, 100), band_row(image, 700)
    # tan(1°) × 300 mm between the two columns = 5.2 mm = 10.5 px lower on the right.
    assert right - left == pytest.approx(10.5, abs=1.5)


def test_opacity_changes_are_one_undo_step_and_undo_redo(
        designer: DesignerWindow, tmp_path: Path) -> None:
    designer.scan.choose(scan_png(tmp_path / "phoi.png"))
    for value in (45, 40, 35, 30):  # a spin box held down
        designer.scan.bar.opacity.setValue(value)
    item, undo = designer.scene.scan_item, designer.undo_stack
    assert item.opacity() == pytest.approx(0.3)
    assert undo.count() == 2 and undo.undoText() == "Scan opacity"
    undo.undo()
    assert item.opacity() == pytest.approx(0.5)
    assert designer.scan.bar.opacity.value() == 50
    undo.redo()
    assert item.opacity() == pytest.approx(0.3)
    assert designer.scan.bar.opacity.value() == 30
    scan = designer.document.scan()
    assert scan is not None and scan.opacity == pytest.approx(0.3)
    undo.undo()
    undo.undo()  # the choice itself
    assert designer.document.scan() is None and not item.isVisible()
    assert designer.scan.bar.isHidden()


def test_hiding_is_only_a_view_and_removing_is_undoable(
        designer: DesignerWindow, tmp_path: Path) -> None:
    designer.scan.choose(scan_png(tmp_path / "phoi.png"))
    item = designer.scene.scan_item
    designer.tools.scan_hide.trigger()
    assert not item.isVisible() and designer.document.scan() is not None
    assert designer.undo_stack.count() == 1
    designer.tools.scan_hide.trigger()
    assert item.isVisible()

    designer.tools.scan_remove.trigger()
    assert designer.document.scan() is None and not item.isVisible()
    assert not designer.tools.scan_remove.isEnabled()
    assert designer.undo_stack.undoText() == "Remove the blank's scan"
    designer.undo_stack.undo()
    assert designer.document.scan() is not None and item.isVisible()


def test_a_file_that_is_no_picture_is_refused(designer: DesignerWindow, tmp_path: Path,
                                               boxes: list[str]) -> None:
    broken = tmp_path / "phoi.pdf"
    broken.write_text("not a PDF", encoding="utf-8")
    assert not designer.scan.choose(broken)
    assert designer.scan.choose(tmp_path / "phoi.tiff") is False
    assert boxes == ["phoi.pdf cannot be read as a picture or a PDF.",
                     "phoi.tiff cannot be read as a picture or a PDF."]
    assert designer.undo_stack.count() == 0 and designer.document.scan() is None


# -- saved with the template, never printed ------------------------------------------------

def test_save_as_new_template_writes_the_scan_beside_it_and_reopens_it(
        qapp: QApplication, designer: DesignerWindow, tmp_path: Path) -> None:
    scan = scan_png(tmp_path / "Phôi bằng khen.png")
    designer.scan.choose(scan)
    designer.scan.bar.opacity.setValue(70)
    designer.scan.bar.offset_x.setValue(1.25)
    path = designer.files.save_as_new(name="bang-khen-phoi", title="Bằng khen trên phôi")
    assert path is not None and designer.undo_stack.isClean()
    copy = user_templates_dir() / "bang-khen-phoi-scan.png"
    assert copy.read_bytes() == scan.read_bytes()
    assert json.loads(path.read_text(encoding="utf-8"))["scan"] == {
        "file": "bang-khen-phoi-scan.png", "opacity": 0.7, "offset_mm": [1.25, 0]}

    reopened = open_window(qapp, load_template("bang-khen-phoi"))
    try:
        item = reopened.scene.scan_item
        assert item.isVisible() and item.opacity() == pytest.approx(0.7)
        assert_rect(item.sceneBoundingRect(), 1.25, 0, 400, 300)
        assert reopened.scan.problem == "" and reopened.scan.bar.offset_x.value() == 1.25
    finally:
        close_window(qapp, reopened)

    exported = designer.files.export_file(tmp_path / "shared" / "mau.json")
    assert exported is not None
    assert (exported.parent / "mau-scan.png").read_bytes() == scan.read_bytes()
    # Another office imports it: the scan comes along into its own templates.
    assert designer.files.import_file(exported, name="mau-nhan") is not None
    imported = designer.document.scan()
    assert imported is not None and imported.path == user_templates_dir() / "mau-nhan-scan.png"
    assert designer.scene.scan_item.isVisible() and designer.scan.problem == ""


def pdf_words(pdf: bytes, folder: Path, name: str) -> str:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


def test_printing_and_the_preview_ignore_the_scan(
        designer: DesignerWindow, qtbot: QtBot, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: not designer.preview.busy and designer.preview.rendered is not None,
                    timeout=20_000)
    shown = designer.preview.rendered
    plain = designer.document.template()
    designer.scan.choose(scan_png(tmp_path / "phoi.png"))
    designer.scan.bar.offset_y.setValue(6.0)
    with_scan = designer.document.template()
    assert with_scan.scan is not None and plain.scan is None
    printed = [render_certificates(template, [BASE]).pdf for template in (plain, with_scan)]
    contents = [PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
                for pdf in printed]
    assert contents[0] == contents[1]
    words = [pdf_words(pdf, tmp_path, str(n)) for n, pdf in enumerate(printed)]
    assert words[0] == words[1] and "Hoàng" in words[0]
    # Nor does the scan make the live preview render again: nothing printed changed.
    assert not designer.preview.busy and designer.preview.rendered is shown


def test_a_missing_scan_warns_and_the_template_still_opens_and_prints(
        qapp: QApplication, tmp_path: Path, boxes: list[str]) -> None:
    data = template_to_data(load_template("bang-khen"))
    data["name"] = "phoi-mat"
    data["scan"] = {"file": "phoi-da-xoa.png", "opacity": 0.4}
    (tmp_path / "phoi-mat.json").write_text(json.dumps(data), encoding="utf-8")
    template = read_template_file(tmp_path / "phoi-mat.json")
    assert render_certificates(template, [BASE]).pdf.startswith(b"%PDF")

    window = open_designer(None, tmp_path / "phoi-mat.json")
    assert window is not None
    try:
        assert "phoi-da-xoa.png" in window.scan.problem
        assert window.scan.bar.warning_action.isVisible()
        assert window.statusBar().currentMessage() == window.scan.problem
        assert not window.scene.scan_item.isVisible()
        assert not window.tools.scan_hide.isEnabled() and window.tools.scan_remove.isEnabled()
        assert boxes == []  # a warning on the bar, never a blocking box
        # Choosing the file again clears the warning.
        assert window.scan.choose(scan_png(tmp_path / "phoi-moi.png"))
        assert window.scan.problem == "" and not window.scan.bar.warning_action.isVisible()
        scan = window.document.scan()
        assert scan is not None and scan.opacity == 0.4  # kept from the missing one
    finally:
        close_window(qapp, window)


def test_the_scan_is_left_out_of_the_template_when_removed_before_saving(
        designer: DesignerWindow, tmp_path: Path) -> None:
    designer.scan.choose(scan_png(tmp_path / "phoi.png"))
    designer.tools.scan_remove.trigger()
    path = designer.files.save_as_new(name="khong-phoi", title="Không phôi")
    assert path is not None
    assert "scan" not in json.loads(path.read_text(encoding="utf-8"))
    assert not list(user_templates_dir().glob("*-scan.*"))
    assert replace(read_template_file(path), scan=None).fields == \
        designer.document.template().fields
