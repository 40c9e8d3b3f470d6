"""The print dialog's last choices of paper, printer profile and template, kept between
openings: clerks reopen the dialog for every stage round and must not have to set the
blanks and the profile again each time (nor forget to)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from ceremony.ui.printing.choices import ChoicesPanel
from ceremony.ui.settings import Setting, Settings

LAST_STOCK = Setting("printing/last_stock", "off", ("on", "off"))
LAST_PROFILE = Setting("printing/last_profile", "")  # a profile's name; "": none
LAST_TEMPLATE = Setting("printing/last_template", "")  # a template's name; "": each award's own


def remember(choices: ChoicesPanel, settings: Settings) -> None:
    settings.set(LAST_STOCK, "on" if choices.stock.isChecked() else "off")
    settings.set(LAST_PROFILE, str(choices.profile.currentData() or ""))
    settings.set(LAST_TEMPLATE, str(choices.template.currentData() or ""))


def restore(choices: ChoicesPanel, settings: Settings) -> None:
    """Pick the remembered choices again; one that no longer exists stays at the default.

    The stock comes last: picking a profile ticks it, but a clerk who then unticked it
    chose so.
    """
    _pick(choices.template, settings.get(LAST_TEMPLATE))
    _pick(choices.profile, settings.get(LAST_PROFILE))
    choices.stock.setChecked(settings.get(LAST_STOCK) == "on")


def _pick(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
