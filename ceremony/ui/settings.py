"""Every user setting, declared once with its default (stored with QSettings).

Declaring them in one place means a typo in a key is a NameError, not a setting
that silently never saves, and the settings dialog can list them all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Setting:
    """A text setting; with choices, only those values are ever stored or returned."""

    key: str
    default: str
    choices: tuple[str, ...] = ()


LANGUAGE = Setting("ui/language", "system", ("system", "vi", "en"))
DEFAULT_PAPER = Setting("printing/paper", "A4", ("A4", "A3", "400x300"))
DEFAULT_TEMPLATE = Setting("printing/template", "")
BACKUP_FOLDER = Setting("registry/backup_folder", "")
REGISTRY_LOCATION = Setting("registry/location", "")
# The print dialog's last choices, kept between openings (ceremony/ui/printing/remembered).
LAST_STOCK = Setting("printing/last_stock", "off", ("on", "off"))
LAST_PROFILE = Setting("printing/last_profile", "")  # a profile's name; "": none
LAST_TEMPLATE = Setting("printing/last_template", "")  # a template's name; "": each award's own

ALL_SETTINGS: tuple[Setting, ...] = (
    LANGUAGE, DEFAULT_PAPER, DEFAULT_TEMPLATE, BACKUP_FOLDER, REGISTRY_LOCATION,
    LAST_STOCK, LAST_PROFILE, LAST_TEMPLATE,
)


class Settings:
    """Reads and writes; a stored value of the wrong type or choice reads as the default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def get(self, setting: Setting) -> str:
        value = self.store.value(setting.key, setting.default)
        if not isinstance(value, str) or (setting.choices and value not in setting.choices):
            return setting.default
        return value

    def set(self, setting: Setting, value: str) -> None:
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{value!r} is not one of {setting.choices}")
        self.store.setValue(setting.key, value)
        self.store.sync()
