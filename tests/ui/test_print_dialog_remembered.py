"""The print dialog keeps the clerk's paper, profile and template between openings (as
settings of the app, listed with the others), starts from the default template of Tools ▸
Settings, ticks the blanks when a profile is chosen, and draws the preview again after
profiles change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from ceremony.printing.template import load_template, save_user_template, user_templates_dir
from ceremony.services.printer_profiles import (
    ProfileInfo,
    delete_profile,
    get_profile,
    save_profile,
)
from ceremony.store.registry import Registry
from ceremony.ui.printing.print_dialog import PrintDialog
from ceremony.ui.printing.profiles_dialog import PrinterProfilesDialog
from ceremony.ui.settings import (
    ALL_SETTINGS,
    DEFAULT_TEMPLATE,
    LAST_PROFILE,
    LAST_STOCK,
    LAST_TEMPLATE,
    Settings,
)
from tests.ui.test_print_dialog import TIMEOUT, open_dialog, own_settings, settle

__all__ = ["own_settings"]  # a fixture, imported for pytest


# An error box would wait for a click forever (tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("print_errors_fail_the_test")


def picked(dialog: PrintDialog) -> tuple[bool, str, str]:
    choices = dialog.choices
    return (choices.stock.isChecked(), choices.profile.currentText(),
            choices.template.currentData())


def reopen(qtbot: QtBot, dialog: PrintDialog, registry: Registry) -> PrintDialog:
    dialog.close_button.click()
    return open_dialog(qtbot, registry, award_ids=[1, 2, 3])


def test_the_last_paper_profile_and_template_are_kept(qtbot: QtBot,
                                                      sample_registry: Registry) -> None:
    save_profile(sample_registry, ProfileInfo("Khay 2", tray="Khay 2", offset_x_mm=-1.5))
    save_user_template(replace(load_template("giay-khen"), name="giay-khen-doan",
                               title="Giấy khen của Đoàn"))
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    assert picked(dialog) == (False, "(no profile: as designed)", "")
    choices = dialog.choices
    choices.template.setCurrentIndex(choices.template.findData("giay-khen-doan"))
    choices.profile.setCurrentIndex(choices.profile.findData("Khay 2"))
    # A profile is measured for the blanks' tray: the full design would print over them.
    assert choices.stock.isChecked()
    settle(qtbot, dialog)

    dialog = reopen(qtbot, dialog, sample_registry)
    assert picked(dialog) == (True, "Khay 2", "giay-khen-doan")
    assert dialog.choices.choice().profile.offset_x_mm == -1.5
    dialog.choices.stock.setChecked(False)  # unticked on purpose: that is kept too
    settle(qtbot, dialog)

    dialog = reopen(qtbot, dialog, sample_registry)
    assert picked(dialog) == (False, "Khay 2", "giay-khen-doan")

    # What no longer exists falls back to the default.
    delete_profile(sample_registry, "Khay 2")
    (user_templates_dir() / "giay-khen-doan.json").unlink()
    dialog = reopen(qtbot, dialog, sample_registry)
    assert picked(dialog) == (False, "(no profile: as designed)", "")


def test_the_preview_is_drawn_again_after_the_profiles_change(
        qtbot: QtBot, sample_registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    save_profile(sample_registry, ProfileInfo("Khay 2", tray="Khay 2"))
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    dialog.choices.profile.setCurrentIndex(dialog.choices.profile.findData("Khay 2"))
    qtbot.waitUntil(lambda: dialog.preview_panel.preview is None, timeout=TIMEOUT)
    settle(qtbot, dialog)
    before = dialog.preview_panel.preview
    assert before is not None

    def measure_and_save(profiles: PrinterProfilesDialog) -> int:
        save_profile(sample_registry, ProfileInfo("Khay 2", tray="Khay 2", offset_x_mm=4.0))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PrinterProfilesDialog, "exec", measure_and_save)
    dialog.edit_profiles()
    qtbot.waitUntil(lambda: dialog.preview_panel.preview is not before, timeout=TIMEOUT)
    settle(qtbot, dialog)
    after = dialog.preview_panel.preview
    assert after is not None and after.pdf != before.pdf  # the text moved 4 mm right
    assert dialog.choices.choice().profile == get_profile(sample_registry, "Khay 2")


def test_the_remembered_choices_are_settings_of_the_app() -> None:
    """Listed with the others, so a reset or an export takes them along."""
    assert {LAST_STOCK, LAST_PROFILE, LAST_TEMPLATE} <= set(ALL_SETTINGS)
    assert len({setting.key for setting in ALL_SETTINGS}) == len(ALL_SETTINGS)


def test_the_default_template_of_the_settings_is_picked_until_one_is_remembered(
        qtbot: QtBot, sample_registry: Registry) -> None:
    Settings().set(DEFAULT_TEMPLATE, "giay-khen")  # as Tools ▸ Settings saves it
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    assert picked(dialog)[2] == "giay-khen"
    dialog.choices.template.setCurrentIndex(0)  # each award's own template: a choice too
    settle(qtbot, dialog)
    dialog = reopen(qtbot, dialog, sample_registry)
    assert picked(dialog)[2] == ""


def test_the_default_template_may_be_given_by_its_title(qtbot: QtBot,
                                                        sample_registry: Registry) -> None:
    # The settings' box is free text: a clerk types what the print dialog shows.
    Settings().set(DEFAULT_TEMPLATE, load_template("ky-niem-chuong").title.upper())
    dialog = open_dialog(qtbot, sample_registry, award_ids=[1, 2, 3])
    assert picked(dialog)[2] == "ky-niem-chuong"
