"""A template whose background file is there but damaged: refused in words, nothing half-done.

Opening it (from the Templates page) and importing it (Ctrl+O) both draw its
artwork before anything changes: a truncated picture or a broken PDF is a
message to the user, never a crash, a hidden half-built window with its
preview thread running, or a design on screen thrown away with its undo history.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QThread
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.template import templates_dir, user_templates_dir
from ceremony.store.registry import Registry
from ceremony.ui.designer import open_designer
from ceremony.ui.designer.window import DesignerWindow
from tests.ui.test_designer import open_designer as designer_on_bang_khen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error boxes recorded (title, text) instead of shown."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, title, text, *rest: boxes.append((title, text)))
    return boxes


def _png(path: Path) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(path))


def _pdf(path: Path) -> None:
    canvas = Canvas(str(path))
    canvas.drawString(100, 100, "blank")
    canvas.save()


def damaged_background(folder: Path, kind: str) -> Path:
    """A Giấy khen whose background file exists but is damaged in the way *kind* says."""
    folder.mkdir(parents=True, exist_ok=True)
    page = 1
    if kind == "truncated png":
        _png(folder / "whole.png")
        data = (folder / "whole.png").read_bytes()
        (folder / "nen.png").write_bytes(data[:len(data) // 2])
        background = "nen.png"
    elif kind == "not a picture":
        (folder / "nen.png").write_bytes(b"\x89PNG\r\n\x1a\n garbage, not a picture")
        background = "nen.png"
    elif kind == "broken pdf":
        _pdf(folder / "whole.pdf")
        data = (folder / "whole.pdf").read_bytes()
        (folder / "nen.pdf").write_bytes(data[:len(data) // 2])
        background = "nen.pdf"
    else:  # "missing page": a good one-page PDF asked for its third page
        _pdf(folder / "nen.pdf")
        background, page = "nen.pdf", 3
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data.update(name="nen-hong", title="Nền hỏng", background={"file": background, "page": page})
    target = folder / "nen-hong.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


KINDS = ["truncated png", "not a picture", "broken pdf", "missing page"]


@pytest.fixture
def designer(qapp: QApplication, qtbot: QtBot,
             sample_registry: Registry) -> Iterator[DesignerWindow]:
    with designer_on_bang_khen(qapp, qtbot, sample_registry) as window:
        yield window


def _designers() -> list[DesignerWindow]:
    return [w for w in QApplication.allWidgets() if isinstance(w, DesignerWindow)]


@pytest.mark.parametrize("kind", KINDS)
def test_opening_a_damaged_background_is_a_message_and_leaves_no_window(
        qapp: QApplication, tmp_path: Path, shown: list[tuple[str, str]], kind: str) -> None:
    parent = QWidget()
    try:
        template = damaged_background(tmp_path, kind)
        assert open_designer(parent, template) is None
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert parent.findChildren(DesignerWindow) == [] and _designers() == []
        title, text = shown[0]
        assert title == "Template designer"
        wanted = "has no page 3" if kind == "missing page" else "cannot be drawn"
        assert wanted in text and "nen." in text
    finally:
        parent.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_templates_page_refuses_a_damaged_template_of_the_users(
        qapp: QApplication, qtbot: QtBot, sample_registry: Registry,
        shown: list[tuple[str, str]]) -> None:
    from ceremony.ui.main_window import TEMPLATES_PAGE, MainWindow

    damaged_background(user_templates_dir(), "truncated png")
    qapp.setQuitOnLastWindowClosed(False)
    main = MainWindow(sample_registry)
    qtbot.addWidget(main)
    try:
        main.show_page(TEMPLATES_PAGE)
        page = main.templates_page
        names = [page.model.record_at(row).name for row in range(page.model.rowCount())]
        index = page.model.index(names.index("nen-hong"), 0)
        page.table.setCurrentIndex(index)
        page.table.doubleClicked.emit(index)  # what a double click does
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert page.findChildren(DesignerWindow) == []
        assert "nen.png is damaged" in shown[0][1]
    finally:
        qapp.setQuitOnLastWindowClosed(True)


def test_a_window_failing_half_way_stops_its_preview_thread_and_goes(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
        shown: list[tuple[str, str]]) -> None:
    threads: list[QThread] = []

    def fail(window: DesignerWindow, ceremony_id: int | None) -> None:
        threads.append(window.preview._thread)  # started by now
        raise OSError(28, "No space left on device", "/tmp/x")

    monkeypatch.setattr(DesignerWindow, "load_records", fail)
    parent = QWidget()
    try:
        assert open_designer(parent, "bang-khen") is None
        assert threads and not threads[0].isRunning()
        assert parent.findChildren(DesignerWindow) == []
        assert shown[0][1] == "There is no space left on the disk to write /tmp/x."
    finally:
        parent.deleteLater()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("kind", ["truncated png", "broken pdf"])
def test_importing_a_damaged_template_with_ctrl_o_changes_nothing(
        designer: DesignerWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]], kind: str) -> None:
    template = damaged_background(tmp_path / "shared", kind)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(template), ""))
    asked: list[str] = []

    def ask(_parent: object, _title: str, text: str, *rest: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", ask)
    designer.select_field("name")
    designer.properties.x_mm.setValue(60.0)
    fields = designer.document.template().fields
    designer.activateWindow()
    designer.view.setFocus()
    qtbot.waitUntil(designer.view.hasFocus)
    QTest.keyClick(designer.view, Qt.Key.Key_O, CTRL)
    assert "cannot be drawn" in shown[0][1]
    assert asked == []  # refused before the changes on screen were put at stake
    assert designer.document.template().name == "bang-khen"
    assert designer.document.template().fields == fields
    assert designer.undo_stack.canUndo() and designer.isWindowModified()
    assert not user_templates_dir().exists() or not any(user_templates_dir().iterdir())


def test_a_sound_import_still_opens_with_its_artwork(
        designer: DesignerWindow, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    _png(folder / "nen.png")
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data.update(name="nen-tot", background={"file": "nen.png"})
    (folder / "nen-tot.json").write_text(json.dumps(data), encoding="utf-8")
    assert designer.files.import_file(folder / "nen-tot.json") is not None
    assert designer.document.template().name == "nen-tot"
    assert not designer.scene.artwork.isNull()
    assert designer.preview._thread.isRunning()
