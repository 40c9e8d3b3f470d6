"""The print dialog's last choices of paper, printer profile and template, kept between
openings: clerks reopen the dialog for every stage round and must not have to set the
blanks and the profile again each time (nor forget to). The keys are declared with the
app's other settings (ceremony/ui/settings), so they are listed, reset and exported
with them. Until a template was remembered, the one chosen in Tools ▸ Settings is
picked."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ceremony.ui.printing.choices import ChoicesPanel
from ceremony.ui.settings import (
    DEFAULT_TEMPLATE,
    LAST_PROFILE,
    LAST_STOCK,
    LAST_TEMPLATE,
    Settings,
)


def remember(choices: ChoicesPanel, settings: Settings) -> None:
    settings.set(LAST_STOCK, "on" if choices.stock.isChecked() else "off")
    settings.set(LAST_PROFILE, str(choices.profile.currentData() or ""))
    settings.set(LAST_TEMPLATE, str(choices.template.currentData() or ""))


def restore(choices: ChoicesPanel, settings: Settings) -> None:
    """Pick the remembered choices again; one that no longer exists stays at the default.

    The stock comes last: picking a profile ticks it, but a clerk who then unticked it
    chose so.
    """
    _pick_template(choices.template, wanted_template(settings))
    _pick(choices.profile, settings.get(LAST_PROFILE))
    choices.stock.setChecked(settings.get(LAST_STOCK) == "on")


def wanted_template(settings: Settings) -> str:
    """The template remembered last; before any was, the settings' default template.

    A remembered "" (each award's own template) was a choice too, so what decides is
    whether the key was ever stored, not its value.
    """
    if settings.store.contains(LAST_TEMPLATE.key):
        return settings.get(LAST_TEMPLATE)
    return settings.get(DEFAULT_TEMPLATE).strip()


def _pick_template(combo: QComboBox, wanted: str) -> None:
    """By file name; failing that by title, as the settings' free-text box may hold it."""
    index = combo.findData(wanted)
    if index < 0 and wanted:
        titles = [combo.itemText(i).casefold() for i in range(combo.count())]
        index = titles.index(wanted.casefold()) if wanted.casefold() in titles else -1
    combo.setCurrentIndex(max(index, 0))


def _pick(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
