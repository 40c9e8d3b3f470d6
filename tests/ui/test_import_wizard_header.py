"""The import wizard's header row: seen on the sheet's grid, corrected by the user."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ceremony.importing import Field
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.honorees import list_awards
from ceremony.store.registry import Registry
from ceremony.ui.import_wizard import ImportWizard
from ceremony.ui.import_wizard.grid_model import RowPart
from ceremony.ui.import_wizard.mapping_model import FIELD_COLUMN
from tests.importing.test_header_row import NAMES, headerless_list, misleading_list


@pytest.fixture
def wizard(qtbot: QtBot, registry: Registry) -> ImportWizard:
    ceremony_id = add_ceremony(registry, "Lễ tổng kết", date(2024, 2, 23)).id
    made = ImportWizard(registry, ceremony_id)
    qtbot.addWidget(made)
    made.show()
    return made


def choose(wizard: ImportWizard, path: Path) -> None:
    page = wizard.source_page
    page.set_files([path])
    page.award.setCurrentIndex(page.award.count() - 1)  # a new award type
    page.new_award.setText("Bằng khen")
    page.authority.setCurrentText("UBND tỉnh")


def parts(wizard: ImportWizard) -> list[RowPart]:
    grid = wizard.grid_page.model
    return [grid.part_of(r) for r in range(grid.rowCount())]


def names(wizard: ImportWizard) -> list[str]:
    preview = wizard.state.preview
    return [e.name for e in preview.entries] if preview is not None else []


def test_the_header_row_is_corrected_on_the_grid(qtbot: QtBot, wizard: ImportWizard,
                                                 registry: Registry, tmp_path: Path,
                                                 qtmodeltester: object) -> None:
    choose(wizard, misleading_list(tmp_path))
    wizard.next()
    page = wizard.grid_page
    assert wizard.currentPage() is page
    assert parts(wizard)[0] is RowPart.HEADER and names(wizard) != NAMES  # detection erred
    assert not page.use_header.isEnabled() and not page.detect_header.isEnabled()

    page.table.selectRow(2)  # "STT | Họ và tên | Đơn vị", the sheet's row 3
    assert page.use_header.isEnabled()
    page.use_header.click()
    qtbot.waitUntil(lambda: names(wizard) == NAMES)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert parts(wizard) == [RowPart.TITLE, RowPart.TITLE, RowPart.HEADER] + [RowPart.DATA] * 3
    assert wizard.state.header_rows == {("de-nghi.csv", ""): 3}
    assert "row 3" in page.found.text() and "3 honoree(s) from row 4" in page.found.text()
    assert page.detect_header.isEnabled()

    page.detect_header.click()  # back to what was detected
    qtbot.waitUntil(lambda: wizard.state.header_rows == {} and names(wizard) != NAMES)
    assert parts(wizard)[0] is RowPart.HEADER

    page.table.selectRow(2)
    page.use_header.click()
    qtbot.waitUntil(lambda: names(wizard) == NAMES)
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.commit_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [a.name for a in list_awards(registry)] == NAMES


def test_a_list_whose_header_is_not_found_is_shown_to_point_it_out(
        qtbot: QtBot, wizard: ImportWizard, registry: Registry, tmp_path: Path) -> None:
    choose(wizard, headerless_list(tmp_path))
    wizard.next()
    page = wizard.grid_page
    assert wizard.currentPage() is page  # not refused: the grid is shown
    assert wizard.state.preview is None and page.model.rowCount() == 5
    assert "No header row was found" in page.found.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    page.table.selectRow(1)
    page.use_header.click()
    qtbot.waitUntil(lambda: wizard.state.preview is not None)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert parts(wizard)[:2] == [RowPart.TITLE, RowPart.HEADER]
    assert "No column is read as the name" in page.found.text()  # what to do next

    wizard.next()
    mapping = wizard.mapping_page.model
    assert [r.header for r in mapping.rows()] == ["Số", "Đồng chí", "Nơi làm việc"]
    for column, target in ((1, Field.NAME), (2, Field.UNIT)):
        mapping.setData(mapping.index(column, FIELD_COLUMN), target.value)
        qtbot.waitUntil(lambda c=column, t=target: wizard.state.preview is not None  # type: ignore[misc]
                        and wizard.state.preview.sheets[0].mapping.get(c) is t)
    assert names(wizard) == NAMES and wizard.state.preview is not None
    assert wizard.state.preview.errors == []
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [(a.name, a.unit) for a in list_awards(registry)] == [
        ("Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"), ("Trần Thị Hòa", "Xã Cần Yên"),
        ("Hoàng Văn Nam", "Đồn Biên phòng Lý Vạn")]
