"""The programme's own segments: added, edited, reordered and removed, each undoable."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ceremony.services.programme_templates import Segment
from ceremony.services.programme_view import load_plan
from ceremony.store.registry import Registry
from ceremony.ui.programme.page import ProgrammePage
from ceremony.ui.programme.segments import SegmentDialog
from tests.ui.test_programme_page import page, sample_id  # noqa: F401  (the fixture)


def titles(registry: Registry) -> list[str]:
    return [item.title for item in load_plan(registry, sample_id(registry)).items
            if item.kind == "segment"]


def test_add_edit_move_remove_with_undo(page: ProgrammePage,  # noqa: F811
                                        sample_registry: Registry) -> None:
    before = titles(sample_registry)
    page.items_table.setCurrentIndex(page.items.index(0, 0))
    assert page.segments.add(Segment("Văn nghệ chào mừng", "Đội văn nghệ xã Đàm Thủy", 10))
    after_add = titles(sample_registry)
    assert after_add[1] == "Văn nghệ chào mừng" and len(after_add) == len(before) + 1

    page.items_table.setCurrentIndex(page.items.index(1, 0))
    assert page.segments.edit(Segment("Văn nghệ chào mừng", "Đội văn nghệ", 12))
    assert page.segments.move(1)
    moved = titles(sample_registry)
    assert moved.index("Văn nghệ chào mừng") == 2
    page.undo_stack.undo()  # the move
    page.undo_stack.undo()  # the edit
    assert titles(sample_registry) == after_add
    page.undo_stack.undo()  # the addition
    assert titles(sample_registry) == before

    page.items_table.setCurrentIndex(page.items.index(0, 0))
    assert page.segments.remove()
    assert titles(sample_registry) == before[1:]
    page.undo_stack.undo()
    assert titles(sample_registry) == before


def test_the_segment_form_needs_a_title(page: ProgrammePage) -> None:  # noqa: F811
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SegmentDialog):
            QTimer.singleShot(20, fill)
            return
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.title.setText("Phát biểu cảm tưởng")
        assert ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, fill)
    page.items_table.setCurrentIndex(page.items.index(0, 0))
    assert page.segments.add()
