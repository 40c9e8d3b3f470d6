"""Creating a ceremony and keeping authorities, award types and decisions, with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.reference import list_authorities
from ceremony.services.reference_records import AuthorityInfo
from ceremony.store.registry import Registry
from ceremony.ui.ceremony_dialog import CeremonyDialog
from ceremony.ui.main_window import REFERENCE_PAGE, MainWindow
from ceremony.ui.reference_forms import AuthorityDialog, DecisionDialog


@pytest.fixture
def window(qtbot: QtBot, registry: Registry) -> MainWindow:
    shown = MainWindow(registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    return shown


def when_dialog(kind: type[QDialog], change: Callable[[QDialog], None]) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        change(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, act)


def test_create_a_ceremony_then_undo(window: MainWindow, registry: Registry) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CeremonyDialog)
        dialog.title.setText("Lễ tuyên dương điển hình tiên tiến")
        dialog.date.setDate(QDate(2025, 5, 19))
        dialog.place.setText("Cao Bằng")

    when_dialog(CeremonyDialog, fill)
    window.new_ceremony()
    created = list_ceremonies(registry)
    assert [(c.title, c.date, c.place_name) for c in created] == [
        ("Lễ tuyên dương điển hình tiên tiến", date(2025, 5, 19), "Cao Bằng")]
    assert window.ceremony_page.heading.text() == "Lễ tuyên dương điển hình tiên tiến"
    window.undo_stack.undo()
    assert list_ceremonies(registry) == []
    window.undo_stack.redo()
    assert len(list_ceremonies(registry)) == 1


def test_a_ceremony_needs_a_title(qtbot: QtBot) -> None:
    dialog = CeremonyDialog()
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.title.setText("Awards night")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_add_and_edit_an_authority_with_undo(window: MainWindow, registry: Registry) -> None:
    window.show_page(REFERENCE_PAGE)
    page = window.reference_page

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AuthorityDialog)
        dialog.name.setText("Chủ tịch UBND tỉnh Cao Bằng")
        dialog.title_line.setText("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG")

    when_dialog(AuthorityDialog, fill)
    page.open_form(AuthorityInfo(None, ""))
    assert [a.name for a in list_authorities(registry)] == ["Chủ tịch UBND tỉnh Cao Bằng"]
    assert page.authorities.rowCount() == 1

    when_dialog(AuthorityDialog, lambda d: d.place_name.setText("Cao Bằng"))  # type: ignore[attr-defined]
    page.open_form(page.authorities.record_at(0))
    assert list_authorities(registry)[0].place_name == "Cao Bằng"
    window.undo_stack.undo()
    assert list_authorities(registry)[0].place_name == ""
    window.undo_stack.undo()
    assert list_authorities(registry) == []


def test_the_reference_models_pass_the_model_tester(window: MainWindow,
                                                    sample_registry: Registry,
                                                    qtmodeltester: object) -> None:
    window.attach_registry(sample_registry)
    window.show_page(REFERENCE_PAGE)
    page = window.reference_page
    assert page.authorities.rowCount() == 2
    assert page.award_types.rowCount() == 3
    assert page.decisions.rowCount() == 3
    for model in (page.authorities, page.award_types, page.decisions):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_decision_form_reads_back_its_date(qtbot: QtBot, sample_registry: Registry) -> None:
    from ceremony.services.reference import list_decisions

    authorities = list_authorities(sample_registry)
    decision = list_decisions(sample_registry)[0]
    dialog = DecisionDialog(decision, authorities)
    qtbot.addWidget(dialog)
    assert dialog.record() == decision
