"""The import wizard: a real annex through every page into a real registry."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from ceremony.errors import CeremonyError
from ceremony.importing import Field
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.honorees import list_awards
from ceremony.store.registry import Registry
from ceremony.ui.import_wizard import ImportWizard, run_import_wizard
from ceremony.ui.import_wizard import state as steps
from ceremony.ui.import_wizard.grid_model import RowPart
from ceremony.ui.import_wizard.mapping_model import FIELD_COLUMN
from ceremony.ui.import_wizard.preview_models import ERRORS
from ceremony.ui.import_wizard.worker import run_in_worker
from tests.importing.annex_data import AUTHORITY, AWARD, EXPECTED
from tests.importing.conftest import FIXTURES, table_hashes


@pytest.fixture
def ceremony_id(registry: Registry) -> int:
    return add_ceremony(registry, "Lễ tổng kết", date(2024, 2, 23)).id


def open_wizard(qtbot: QtBot, registry: Registry, ceremony_id: int) -> ImportWizard:
    wizard = ImportWizard(registry, ceremony_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose(wizard: ImportWizard, path: Path, sheet: str | None, award: str = AWARD,
           new_award: bool = True) -> None:
    page = wizard.source_page
    page.set_files([path])
    page.sheet.setCurrentIndex(page.sheet.findData(sheet))
    if new_award:
        page.award.setCurrentIndex(page.award.count() - 1)
        page.new_award.setText(award)
        page.authority.setCurrentText(AUTHORITY)
    else:
        page.award.setCurrentIndex(page.award.findData((award, AUTHORITY)))
    page.decision.setText("256/QĐ-UBND")


def finish_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_an_annex_goes_through_every_page(qtbot: QtBot, registry: Registry, ceremony_id: int,
                                          qtmodeltester: object) -> None:
    wizard = open_wizard(qtbot, registry, ceremony_id)
    choose(wizard, FIXTURES / "annex.xls", "Danh sách")
    wizard.next()
    assert wizard.currentPage() is wizard.grid_page
    grid = wizard.grid_page.model
    qtmodeltester.check(grid)  # type: ignore[attr-defined]
    parts = [grid.part_of(r) for r in range(grid.rowCount())]
    assert parts[0] is RowPart.TITLE and parts[5:7] == [RowPart.HEADER] * 2
    assert parts[7] is RowPart.SECTION and parts[8] is RowPart.DATA
    assert parts[17] is RowPart.FOOTER and parts[-1] is RowPart.FOOTER
    assert grid.index(8, 1).data() == "Đồn Biên phòng Trà Lĩnh"

    wizard.next()
    mapping = wizard.mapping_page.model
    qtmodeltester.check(mapping)  # type: ignore[attr-defined]
    assert [r.target for r in mapping.rows()][:2] == [Field.SEQ, Field.NAME]
    mapping.setData(mapping.index(5, FIELD_COLUMN), Field.IGNORE.value)  # "Ghi chú"
    qtbot.waitUntil(lambda: wizard.state.preview is not None
                    and wizard.state.preview.sheets[0].mapping[5] is Field.IGNORE)
    assert wizard.state.overrides == {"F": Field.IGNORE}

    wizard.next()
    page = wizard.preview_page
    for model in (page.entries, page.problems, page.duplicates):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert page.entries.rowCount() == len(EXPECTED) and page.problems.rowCount() == 0
    page.filter.setCurrentIndex(page.filter.findData(ERRORS))
    assert page.entries.rowCount() == 0

    wizard.next()
    assert wizard.currentPage() is wizard.commit_page and finish_enabled(wizard)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted and len(wizard.state.committed) == 1
    stored = list_awards(registry, ceremony_id=ceremony_id)
    assert [(a.name, a.kind) for a in stored] == [(e[0], e[1]) for e in EXPECTED]
    assert {a.award for a in stored} == {AWARD}
    assert {a.decision_number for a in stored} == {"256/QĐ-UBND"}


def test_a_list_with_errors_cannot_finish(qtbot: QtBot, registry: Registry,
                                          ceremony_id: int) -> None:
    wizard = open_wizard(qtbot, registry, ceremony_id)
    choose(wizard, FIXTURES / "annex.xlsx", None)  # both sheets: every name listed twice
    for _ in range(3):
        wizard.next()
    page = wizard.preview_page
    page.filter.setCurrentIndex(page.filter.findData(ERRORS))
    assert page.entries.rowCount() == len(EXPECTED) and page.problems.rowCount() == len(EXPECTED)
    wizard.next()
    assert wizard.currentPage() is wizard.commit_page
    assert not finish_enabled(wizard)
    assert len(list_awards(registry, ceremony_id=ceremony_id)) == 0


def test_cancelling_the_wizard_leaves_the_registry_unchanged(
        qtbot: QtBot, registry: Registry, ceremony_id: int) -> None:
    before = table_hashes(registry)
    wizard = open_wizard(qtbot, registry, ceremony_id)
    choose(wizard, FIXTURES / "annex.ods", "Danh sách")
    for _ in range(4):
        wizard.next()
    assert finish_enabled(wizard)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert table_hashes(registry) == before


def cancel_progress_soon(parent: QWidget) -> None:
    def act() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is None:
            QTimer.singleShot(10, act)
        else:
            dialog.findChild(QPushButton).click()  # the dialog's own Cancel button

    QTimer.singleShot(10, act)


def test_cancelling_the_commit_rolls_it_back(qtbot: QtBot, registry: Registry,
                                            ceremony_id: int) -> None:
    wizard = open_wizard(qtbot, registry, ceremony_id)
    choose(wizard, FIXTURES / "annex.xls", "Danh sách")
    wizard.next()
    preview = wizard.state.preview
    assert preview is not None
    before = table_hashes(registry)

    def slow_commit(progress: steps.Progress, cancelled: steps.Cancelled) -> list[int]:
        deadline = time.monotonic() + 5
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)  # the user presses Cancel meanwhile
        return steps.commit(registry, preview, progress, cancelled)

    cancel_progress_soon(wizard)
    with pytest.raises(CeremonyError) as raised:
        run_in_worker(wizard, "…", slow_commit)
    assert raised.value.key == "import.cancelled"
    assert table_hashes(registry) == before


def test_cancel_inside_the_transaction_rolls_back(registry: Registry, ceremony_id: int) -> None:
    """A cancel seen by the commit's progress report, mid-transaction, undoes the rows."""
    from ceremony.importing import ImportOptions, preview_files

    preview = preview_files(registry, [FIXTURES / "annex.xls"], ImportOptions(
        ceremony_id, award=AWARD, authority=AUTHORITY, sheet="Danh sách"))
    before = table_hashes(registry)
    calls = iter([False, True])  # not yet when it starts; yes at the first progress report
    with pytest.raises(CeremonyError):
        steps.commit(registry, preview, lambda *_: None, lambda: next(calls))
    assert table_hashes(registry) == before


def test_a_possible_duplicate_can_be_linked(qtbot: QtBot, registry: Registry, ceremony_id: int,
                                            tmp_path: Path, qtmodeltester: object) -> None:
    first = tmp_path / "first.csv"
    first.write_text("STT,Họ và tên,Đơn vị\n1,Nguyễn Văn An,Đồn Trà Lĩnh\n", encoding="utf-8")
    wizard = open_wizard(qtbot, registry, ceremony_id)
    choose(wizard, first, None)
    for _ in range(4):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    second = tmp_path / "second.csv"
    second.write_text("STT,Họ và tên,Đơn vị\n1,Nguyễn Văn An,Đồn Lý Vạn\n", encoding="utf-8")
    wizard = open_wizard(qtbot, registry, add_ceremony(registry, "Lễ 2", date(2024, 3, 1)).id)
    choose(wizard, second, None, new_award=False)
    for _ in range(3):
        wizard.next()
    duplicates = wizard.preview_page.duplicates
    qtmodeltester.check(duplicates)  # type: ignore[attr-defined]
    assert duplicates.rowCount() == 1
    assert duplicates.index(0, 4).data() == "A different person: keep apart"
    [first_award] = list_awards(registry)
    honoree_id = first_award.honoree_id
    assert duplicates.setData(duplicates.index(0, 4), honoree_id)
    qtbot.waitUntil(lambda: wizard.state.preview is not None
                    and wizard.state.preview.matches == {0: honoree_id})
    assert duplicates.rowCount() == 1 and f"#{honoree_id}" in duplicates.index(0, 4).data()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert {a.honoree_id for a in list_awards(registry)} == {honoree_id}


def test_run_import_wizard_returns_false_when_cancelled(qtbot: QtBot, registry: Registry,
                                                        ceremony_id: int) -> None:
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportWizard):
            dialog.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)
    assert run_import_wizard(None, registry, ceremony_id) is False
