"""Saving in the designer: Save (Ctrl+S), the close prompt, the last field kept, and file
errors told in the user's words."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.printing.errors import TemplateError
from ceremony.printing.template import (
    load_template,
    read_template_file,
    templates_dir,
    user_templates_dir,
)
from ceremony.store.registry import Registry
from ceremony.ui.designer.files import SaveTemplateDialog
from ceremony.ui.designer.window import DesignerWindow
from ceremony.ui.errors import describe
from ceremony.ui.translations import install_translations, remove_translations
from tests.ui.test_designer import focus, settle

CTRL = Qt.KeyboardModifier.ControlModifier
Button = QMessageBox.StandardButton











def nudge(window: DesignerWindow, qtbot: QtBot, field_id: str = "name") -> None:
    window.select_field(field_id)
    focus(qtbot, window.view)
    QTest.keyClick(window.view, Qt.Key.Key_Right)


def press(window: DesignerWindow, qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focus(qtbot, window.view)
    QTest.keyClick(window.view, key, modifier)


def accept_save_dialog(monkeypatch: pytest.MonkeyPatch, name: str, title: str) -> list[str]:
    """The "Save as a new template" dialog answers *name* and *title*; returns its calls."""
    opened: list[str] = []

    def answer(dialog: SaveTemplateDialog) -> int:
        opened.append(dialog.name.text())
        dialog.name.setText(name)
        dialog.title.setText(title)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveTemplateDialog, "exec", answer)
    return opened


# -- Save ----------------------------------------------------------------------------------------

def test_ctrl_s_on_a_built_in_template_saves_it_as_new_then_replaces_that(
        designer: DesignerWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    built_in = (templates_dir() / "bang-khen.json").read_bytes()
    opened = accept_save_dialog(monkeypatch, "bang-khen-doan", "Bằng khen Đoàn")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    assert "Built-in templates stay as they are" in designer.tools.save.toolTip()
    nudge(designer, qtbot)
    press(designer, qtbot, Qt.Key.Key_S, CTRL)
    assert len(opened) == 1  # a built-in one is never replaced: a name is asked
    saved = user_templates_dir() / "bang-khen-doan.json"
    assert read_template_file(saved).fields == designer.document.template().fields
    assert (templates_dir() / "bang-khen.json").read_bytes() == built_in
    assert not designer.isWindowModified()
    assert "bang-khen-doan" in designer.tools.save.toolTip()

    nudge(designer, qtbot)  # now the user's own: Ctrl+S replaces it, asking nothing
    press(designer, qtbot, Qt.Key.Key_S, CTRL)
    assert len(opened) == 1
    assert read_template_file(saved).fields == designer.document.template().fields
    assert not designer.isWindowModified()


def test_save_replaces_a_template_of_the_users_opened_from_the_page(
        qapp: QApplication, qtbot: QtBot, sample_registry: Registry,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data.update(name="giay-khen-rieng", title="Giấy khen riêng")
    user_templates_dir().mkdir(parents=True)
    own = user_templates_dir() / "giay-khen-rieng.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(SaveTemplateDialog, "exec", lambda self: pytest.fail("asked a name"))
    qapp.setQuitOnLastWindowClosed(False)
    window = DesignerWindow(load_template("giay-khen-rieng"), sample_registry)
    try:
        window.show()
        settle(qtbot, window)
        window.activateWindow()
        first = window.document.field_ids()[0]
        nudge(window, qtbot, first)
        press(window, qtbot, Qt.Key.Key_S, CTRL)
        assert read_template_file(own).fields[0].x == data["fields"][0]["x"] + 0.5
        assert sorted(p.name for p in user_templates_dir().iterdir()) == [own.name]
    finally:
        window.undo_stack.setClean()
        window.close()
        qapp.setQuitOnLastWindowClosed(True)


def test_save_after_an_import_replaces_the_imported_copy(
        designer: DesignerWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data["name"] = "chia-se"
    (tmp_path / "chia-se.json").write_text(json.dumps(data), encoding="utf-8")
    imported = designer.files.import_file(tmp_path / "chia-se.json")
    assert imported == (user_templates_dir() / "chia-se.json").resolve()
    assert "chia-se" in designer.tools.save.toolTip()
    monkeypatch.setattr(SaveTemplateDialog, "exec", lambda self: pytest.fail("asked a name"))
    first = designer.document.field_ids()[0]
    nudge(designer, qtbot, first)
    press(designer, qtbot, Qt.Key.Key_S, CTRL)
    assert read_template_file(imported).fields[0].x == data["fields"][0]["x"] + 0.5
    shared = json.loads((tmp_path / "chia-se.json").read_text(encoding="utf-8"))
    assert shared["fields"][0]["x"] == data["fields"][0]["x"]  # the shared file is left alone


def test_closing_offers_save_discard_and_cancel(
        designer: DesignerWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    offered: list[object] = []

    def ask(_parent: object, _title: str, _text: str, buttons: object,
            default: object) -> Button:
        offered.append(buttons)
        return Button.Save

    monkeypatch.setattr(QMessageBox, "question", ask)
    opened = accept_save_dialog(monkeypatch, "bang-khen-sua", "Bằng khen sửa")
    nudge(designer, qtbot)
    assert designer.close()  # Save: saved (a name asked, it is a built-in), then closed
    assert offered == [Button.Save | Button.Discard | Button.Cancel]
    assert len(opened) == 1 and (user_templates_dir() / "bang-khen-sua.json").is_file()


def test_closing_stays_open_when_the_save_is_cancelled(
        designer: DesignerWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: Button.Save)
    monkeypatch.setattr(SaveTemplateDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    nudge(designer, qtbot)
    assert not designer.close()
    assert designer.isVisible() and designer.isWindowModified()


# -- the last field ------------------------------------------------------------------------------

def test_the_last_fields_cannot_be_removed(designer: DesignerWindow, qtbot: QtBot) -> None:
    count = len(designer.document.field_ids())
    press(designer, qtbot, Qt.Key.Key_A, CTRL)  # every field selected
    remove = designer.tools.remove_field
    assert not remove.isEnabled() and "at least one field" in remove.toolTip()
    press(designer, qtbot, Qt.Key.Key_Delete)
    assert len(designer.document.field_ids()) == count
    assert "at least one field" in designer.statusBar().currentMessage()
    designer.select_field("name")
    assert remove.isEnabled() and remove.toolTip() == "Remove the selected fields (Delete)"


def test_a_template_left_with_one_field_keeps_it(
        designer: DesignerWindow, qtbot: QtBot, tmp_path: Path) -> None:
    data = json.loads((templates_dir() / "giay-khen.json").read_text(encoding="utf-8"))
    data.update(name="mot-o", fields=data["fields"][:1])
    (tmp_path / "mot-o.json").write_text(json.dumps(data), encoding="utf-8")
    designer.open_template(read_template_file(tmp_path / "mot-o.json"))
    only = designer.document.field_ids()[0]
    designer.select_field(only)
    assert not designer.tools.remove_field.isEnabled()
    press(designer, qtbot, Qt.Key.Key_Delete)
    assert designer.document.field_ids() == [only]
    assert designer.files.export_file(tmp_path / "out.json") is not None  # still valid


# -- file errors in the user's words -----------------------------------------------------------

def test_a_folder_named_like_a_template_is_told_plainly(
        designer: DesignerWindow, tmp_path: Path, messages: list[str]) -> None:
    (tmp_path / "mau.json").mkdir()
    assert designer.files.import_file(tmp_path / "mau.json") is None
    assert messages[0].endswith(f"{tmp_path / 'mau.json'} is a folder, not a file.")
    assert "Errno" not in messages[0]


def test_a_file_that_is_not_text_is_told_plainly(
        designer: DesignerWindow, tmp_path: Path, messages: list[str]) -> None:
    (tmp_path / "bang.json").write_bytes(b"\xff\xfe\x00s\x00h\x00e\x00e\x00t")
    assert designer.files.import_file(tmp_path / "bang.json") is None
    assert "is not UTF-8 text" in messages[0] and "codec" not in messages[0]


def test_exporting_under_a_file_is_told_plainly(
        designer: DesignerWindow, tmp_path: Path, messages: list[str]) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert designer.files.export_file(tmp_path / "a-file" / "mau.json") is None
    # Making the folder "a-file" finds a file there.
    assert messages[0] == f"There is already a file or folder at {tmp_path / 'a-file'}."


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOENT, "/d/mau.json was not found."),
    (errno.EACCES, "You are not allowed to open or change /d/mau.json (permission denied)."),
    (errno.EISDIR, "/d/mau.json is a folder, not a file."),
    (errno.EEXIST, "There is already a file or folder at /d/mau.json."),
    (errno.ENOSPC, "There is no space left on the disk to write /d/mau.json."),
    (errno.EROFS, "/d/mau.json is on a disk that can only be read, not written."),
    (errno.ENOTDIR, "Part of the path /d/mau.json is a file, not a folder."),
])
def test_common_system_errors_are_described_with_their_path(code: int, words: str) -> None:
    import os

    error = OSError(code, os.strerror(code), "/d/mau.json")
    assert describe(error) == words
    wrapped = TemplateError("template.unreadable", path="/d/mau.json", detail=str(error))
    wrapped.__cause__ = error
    assert describe(wrapped) == f"The template /d/mau.json cannot be read: {words}"


def test_an_error_without_plainer_words_keeps_its_own() -> None:
    assert "OSError: [Errno 5]" in describe(OSError(errno.EIO, "Input/output error"))


def test_file_errors_in_vietnamese(qapp: QApplication) -> None:
    translators = install_translations(qapp, "vi")
    qapp.setProperty("ceremony_language", "vi")
    try:
        error = IsADirectoryError(errno.EISDIR, "Is a directory", "/d/mau.json")
        assert describe(error) == "/d/mau.json là một thư mục, không phải một tệp."
        wrapped = TemplateError("template.unreadable", path="/d/mau.json", detail="raw")
        wrapped.__cause__ = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        assert describe(wrapped).startswith(
            "Không đọc được mẫu in /d/mau.json: Tệp không phải văn bản UTF-8")
    finally:
        remove_translations(qapp, translators)
        install_translations(qapp, "en")
        qapp.setProperty("ceremony_language", "en")
