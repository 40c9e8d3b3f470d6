"""The running-order editor and the projector over the sample ceremony."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ceremony.services.programme_sample import plan_sample_programme
from ceremony.services.programme_stage import on_stage
from ceremony.services.programme_view import load_plan
from ceremony.services.sample import find_sample
from ceremony.store.registry import Registry
from ceremony.ui.backend import Backend
from ceremony.ui.programme.page import ProgrammePage
from ceremony.ui.programme.projector import open_projector
from ceremony.ui.programme.rounds_model import MIME_TYPE
from tests.programme.conftest import pdf_text


def sample_id(registry: Registry) -> int:
    info = find_sample(registry)
    assert info is not None
    return info.id


@pytest.fixture
def page(qtbot: QtBot, sample_registry: Registry) -> ProgrammePage:
    plan_sample_programme(sample_registry, sample_id(sample_registry))
    backend = Backend(sample_registry)
    shown = ProgrammePage(lambda: backend, QUndoStack())
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    shown.reload()
    return shown


def tree_award_ids(page: ProgrammePage) -> list[int]:
    model, found = page.rounds, []
    for b in range(model.rowCount()):
        block = model.index(b, 0)
        for r in range(model.rowCount(block)):
            stage_round = model.index(r, 0, block)
            for p in range(model.rowCount(stage_round)):
                person = model.person_at(model.index(p, 0, stage_round))
                assert person is not None
                found.append(person.award_id)
    return found


def test_the_tree_shows_every_honoree_once(page: ProgrammePage,
                                           sample_registry: Registry) -> None:
    assert page.loaded
    plan = load_plan(sample_registry, sample_id(sample_registry))
    ids = tree_award_ids(page)
    assert ids == plan.stage_order()
    assert len(ids) == len(set(ids)) == 49
    assert page.items.rowCount() == len(plan.items)
    assert page.blocks.rowCount() == 3
    assert page.items.data(page.items.index(0, 0)) == "08:00"


def test_all_models_pass_the_model_tester(page: ProgrammePage,
                                          qtmodeltester: ModelTester) -> None:
    for model in (page.rounds, page.items, page.blocks):
        qtmodeltester.check(model, force_py=True)


def test_a_keyboard_move_is_undone_and_redone(page: ProgrammePage, qtbot: QtBot,
                                              sample_registry: Registry) -> None:
    before = tree_award_ids(page)
    page.select_award(before[0])
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = tree_award_ids(page)
    assert moved[:2] == [before[1], before[0]] and moved[2:] == before[2:]
    assert page.selected_award_id() == before[0]
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert tree_award_ids(page) == before
    page.undo_stack.redo()
    assert tree_award_ids(page) == moved
    assert load_plan(sample_registry, sample_id(sample_registry)).stage_order() == moved


def test_a_drop_moves_an_honoree_to_another_round(page: ProgrammePage, qtbot: QtBot) -> None:
    model = page.rounds
    block = model.index(0, 0)
    first_round, second_round = model.index(0, 0, block), model.index(1, 0, block)
    dragged = model.index(0, 0, first_round)
    award_id = model.data(dragged, Qt.ItemDataRole.UserRole + 1)
    data = model.mimeData([dragged])
    assert data.hasFormat(MIME_TYPE)
    # Another block's round refuses it: a block presents one award.
    other = model.index(0, 0, model.index(1, 0))
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, other)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, second_round)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, second_round)
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1)
    person = page.rounds.person_at(page.rounds.index_of_award(award_id))
    assert person is not None and (person.round_number, person.stage_position) == (2, 2)
    page.undo_stack.undo()
    person = page.rounds.person_at(page.rounds.index_of_award(award_id))
    assert person is not None and (person.round_number, person.stage_position) == (1, 1)


def test_a_proxy_check_in_changes_the_mc_script(page: ProgrammePage, tmp_path: Path) -> None:
    first = tree_award_ids(page)[0]
    page.select_award(first)
    panel = page.check_in
    panel.attendance.setCurrentIndex(3)  # proxy
    panel.receiver_name.setText("Nông Thị Mai")
    panel.receiver_title.setText("Phó Trưởng phòng")
    panel.apply_button.click()
    written = page.write_papers(tmp_path)
    assert [path.name for path in written] == ["running-order.pdf", "mc-script.pdf",
                                               "name-cards.pdf"]
    script = pdf_text(tmp_path / "mc-script.pdf")
    assert "Nông Thị Mai" in script and "nhận thay" in script
    assert "Proxy" in page.rounds.data(page.rounds.index_of_award(first).siblingAtColumn(2))
    page.undo_stack.undo()
    page.write_papers(tmp_path)
    assert "Nông Thị Mai" not in pdf_text(tmp_path / "mc-script.pdf")


def test_replanning_is_undoable(page: ProgrammePage, sample_registry: Registry) -> None:
    before = tree_award_ids(page)
    page.select_award(before[0])
    page.step(0, 1)  # to the next round
    moved = tree_award_ids(page)
    assert moved != before
    page.replan()
    assert tree_award_ids(page) == before
    page.undo_stack.undo()
    assert tree_award_ids(page) == moved


def press(window: QWidget, qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window, key)


def test_the_projector_advances_and_resumes(page: ProgrammePage, qtbot: QtBot,
                                            sample_registry: Registry) -> None:
    ceremony_id = sample_id(sample_registry)
    plan = load_plan(sample_registry, ceremony_id)
    window = open_projector(None, sample_registry, ceremony_id)
    qtbot.addWidget(window)
    assert window.current() is None and window.award.text() == plan.ceremony.title
    press(window, qtbot, Qt.Key.Key_Space)
    first = plan.blocks[0]
    assert window.current() == (first.id, 1)
    assert window.award.text() == first.award
    assert "Phùng Quốc Tuấn" in window.presenter.text()
    assert first.rounds[0].people[0].name in window.names.text()
    press(window, qtbot, Qt.Key.Key_Right)
    press(window, qtbot, Qt.Key.Key_PageDown)
    press(window, qtbot, Qt.Key.Key_Left)
    assert window.current() == (first.id, 2)
    stored = on_stage(sample_registry, ceremony_id)
    assert (stored.block_id, stored.round_number) == (first.id, 2)
    window.close()
    again = open_projector(None, sample_registry, ceremony_id)
    qtbot.addWidget(again)
    assert again.current() == (first.id, 2)
    press(again, qtbot, Qt.Key.Key_PageDown)
    assert again.current() == (plan.blocks[1].id, 1)


def test_the_projector_goes_full_screen_and_back(sample_registry: Registry,
                                                qtbot: QtBot) -> None:
    ceremony_id = sample_id(sample_registry)
    plan_sample_programme(sample_registry, ceremony_id)
    window = open_projector(None, sample_registry, ceremony_id)
    qtbot.addWidget(window)
    press(window, qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    press(window, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_an_empty_page_without_a_registry(qtbot: QtBot) -> None:
    shown = ProgrammePage(lambda: None, QUndoStack())
    qtbot.addWidget(shown)
    shown.reload()
    assert not shown.loaded and shown.rounds.rowCount(QModelIndex()) == 0



def test_block_settings_change_round_size_and_presenters_with_undo(
        page: ProgrammePage, sample_registry: Registry) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ceremony.ui.programme.block_dialog import BlockDialog

    before = load_plan(sample_registry, sample_id(sample_registry)).blocks[0]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BlockDialog):
            QTimer.singleShot(20, fill)
            return
        dialog.round_size.setValue(5)
        dialog.new_name.setText("Nguyễn Văn Minh")
        dialog.new_rank.setText("Đại tá")
        dialog.accept()

    page.select_award(before.rounds[0].people[0].award_id)
    QTimer.singleShot(0, fill)
    page.edit_block()
    after = load_plan(sample_registry, sample_id(sample_registry)).blocks[0]
    assert len(after.rounds) == 3 and after.round_size == 5
    assert [p.name for p in after.presenters] == ["Phùng Quốc Tuấn", "Nguyễn Văn Minh"]
    page.undo_stack.undo()
    undone = load_plan(sample_registry, sample_id(sample_registry)).blocks[0]
    assert undone.rounds == before.rounds and undone.presenters == before.presenters
