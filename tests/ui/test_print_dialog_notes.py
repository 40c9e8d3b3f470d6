"""The print dialog's fitting notes and missing-letter report name fields and fonts as the
designer does, translated, and write sizes as the app's language writes numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ceremony.store.models import Award, Honoree
from ceremony.store.registry import Registry
from ceremony.ui.printing.print_dialog import PrintDialog
from ceremony.ui.settings import LAST_TEMPLATE, Settings
from tests.ui.test_print_dialog import open_dialog, own_settings
from tests.ui.test_print_dialog_keys import vietnamese

__all__ = ["own_settings"]  # a fixture, imported for pytest

COMMUNE = "Ủy ban nhân dân xã Đàm Thủy, huyện Trùng Khánh"  # shrunk to 29.09 pt


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


def note_rows(dialog: PrintDialog) -> list[tuple[str, ...]]:
    """(honoree, field, what fitting did) as the table shows them."""
    notes = dialog.preview_panel.notes
    return [tuple(str(notes.data(notes.index(row, column))) for column in (1, 2, 3))
            for row in range(notes.rowCount())]


def test_fitting_notes_name_the_field_and_write_sizes_in_the_apps_language(
        qtbot: QtBot, qapp: QApplication, sample_registry: Registry) -> None:
    Settings().set(LAST_TEMPLATE, "bang-khen")  # its field "name" shows "name_with_prefix"
    dialog = open_dialog(qtbot, sample_registry)
    rows = note_rows(dialog)
    assert (COMMUNE, "Name with prefix (Mr/Ms, Collective)", "shrunk to 29.09 pt") in rows
    assert {field for _, field, _ in rows} <= {
        "Name with prefix (Mr/Ms, Collective)", "Citation (achievement)"}
    with vietnamese(qapp):
        rows = note_rows(dialog)
        assert (COMMUNE, "Họ tên kèm danh xưng (Ông/Bà, Tập thể)", "thu nhỏ còn 29,09 pt") in rows
        assert "Thành tích" in {field for _, field, _ in rows}  # citation
        assert dialog.preview_panel.notes.headerData(2, Qt.Orientation.Horizontal) == "Ô"


def test_the_missing_letter_report_names_the_field_and_the_font(
        qtbot: QtBot, qapp: QApplication, sample_registry: Registry) -> None:
    with sample_registry.transaction() as session:
        honoree = session.scalars(select(Honoree).where(Honoree.name == "Bế Thị Ngọc Hà")).one()
        honoree.name = "Bế Thị Ngọc Hà 中"
        for award in session.scalars(select(Award).where(Award.honoree_id == honoree.id)):
            award.citation = "Đã có thành tích xuất sắc ☃"
    Settings().set(LAST_TEMPLATE, "bang-khen")
    dialog = open_dialog(qtbot, sample_registry)
    report = dialog.preview_panel.preflight.text()
    assert ("Bế Thị Ngọc Hà 中 — Name with prefix (Mr/Ms, Collective) (font: Display "
            "(names)): “中” U+4E2D") in report
    assert "— Citation (achievement) (font: Serif): “☃” U+2603" in report
    with vietnamese(qapp):
        report = dialog.preview_panel.preflight.text()
        assert ("Bế Thị Ngọc Hà 中 — Họ tên kèm danh xưng (Ông/Bà, Tập thể) (phông chữ: "
                "Trang trí (cho họ tên)): “中” U+4E2D") in report
        assert "— Thành tích (phông chữ: Có chân):" in report
