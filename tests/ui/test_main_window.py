"""The main window over a real registry, driven offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ceremony.services.sample import read_sample
from ceremony.store.registry import Registry
from ceremony.ui.main_window import MainWindow
from ceremony.ui.models import AwardTableModel, CeremonyListModel


@pytest.fixture
def window(qtbot: QtBot, sample_registry: Registry) -> MainWindow:
    shown = MainWindow(sample_registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    return shown


def test_the_sample_ceremony_is_shown_with_its_49_awards(window: MainWindow) -> None:
    assert window.ceremonies.rowCount() == 1
    assert window.awards.rowCount() == 49
    first = read_sample()["awards"][0]["name"]
    assert window.awards.index(0, 1).data() == first
    assert "49" in window.count_label.text()


def test_models_pass_the_model_tester(window: MainWindow, qtmodeltester: object) -> None:
    qtmodeltester.check(window.awards)  # type: ignore[attr-defined]
    qtmodeltester.check(window.ceremonies)  # type: ignore[attr-defined]


def test_empty_models_pass_the_model_tester(qtmodeltester: object) -> None:
    qtmodeltester.check(AwardTableModel())  # type: ignore[attr-defined]
    qtmodeltester.check(CeremonyListModel())  # type: ignore[attr-defined]


def test_search_ignores_accents(window: MainWindow, qtbot: QtBot) -> None:
    first = read_sample()["awards"][0]["name"]  # "Hoàng Văn Đức"
    qtbot.keyClicks(window.ceremony_page.search_box, "hoang van duc")  # ASCII: safe with keyClicks
    qtbot.waitUntil(lambda: window.awards.rowCount() < 49, timeout=2000)
    names = [window.awards.row_at(r).name for r in range(window.awards.rowCount())]
    assert first in names


def test_vietnamese_typed_search_finds_the_same(window: MainWindow, qtbot: QtBot) -> None:
    first = read_sample()["awards"][0]["name"]
    window.ceremony_page.search_box.setText(first.upper())  # keyClicks aborts on non-ASCII text
    qtbot.waitUntil(lambda: window.awards.rowCount() < 49, timeout=2000)
    assert first in [window.awards.row_at(r).name for r in range(window.awards.rowCount())]


def test_an_empty_registry_offers_the_sample(qtbot: QtBot, registry: Registry) -> None:
    shown = MainWindow(registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    assert shown.awards.rowCount() == 0

    def accept_offer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.buttons()[0].click()

    QTimer.singleShot(50, accept_offer)
    assert shown.offer_sample()
    assert shown.ceremonies.rowCount() == 1
    assert shown.awards.rowCount() == 49


def test_a_registry_with_ceremonies_is_not_offered_the_sample(window: MainWindow) -> None:
    assert window.offer_sample() is False


def test_the_window_can_be_grabbed(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


def test_about_opens_from_the_help_menu(window: MainWindow, qtbot: QtBot) -> None:
    from ceremony.ui.about import AboutDialog

    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AboutDialog):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(dialog.ui.registryLabel.text())
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    help_menu = window.menuBar().actions()[-1].menu()
    help_menu.actions()[-1].trigger()
    assert seen and window.backend is not None and window.backend.location in seen[0]


def test_back_up_and_restore_from_the_app(window: MainWindow, sample_registry: Registry) -> None:
    from datetime import date

    from ceremony.services.ceremonies import add_ceremony

    made = window.back_up()
    assert made is not None
    add_ceremony(sample_registry, "Thêm sau khi sao lưu", date(2025, 1, 1))
    window.reload_ceremonies()
    assert window.ceremonies.rowCount() == 2
    window.restore_backup(made)
    assert window.ceremonies.rowCount() == 1
    assert window.awards.rowCount() == 49


def test_check_the_registry_from_the_app(window: MainWindow) -> None:
    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, dismiss)
            return
        box.accept()

    QTimer.singleShot(0, dismiss)
    assert window.check_registry()


def test_opening_reads_the_awards_once_and_a_reload_once_more(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    from ceremony.ui.backend import Backend

    reads: list[int] = []
    real_awards = Backend.awards

    def counted(self: Backend, ceremony_id: int, search: str | None = None) -> object:
        reads.append(ceremony_id)
        return real_awards(self, ceremony_id, search)

    monkeypatch.setattr(Backend, "awards", counted)
    shown = MainWindow(sample_registry)
    qtbot.addWidget(shown)
    shown.show()
    shown.reload_ceremonies()
    assert shown.awards.rowCount() == 49 and len(reads) == 1
    shown.reload_ceremonies()  # the same ceremony stays selected: read again, once
    assert len(reads) == 2
