"""User-facing messages of the core layers, in Vietnamese and English.

The Qt layer translates its own strings with Qt Linguist; these are the texts
the core produces (errors and command-line output), kept in one table so a
missing translation is a test failure rather than a surprise on the day.
"""

from __future__ import annotations

import locale
import os
import pkgutil
from functools import cache
from importlib import import_module
from typing import Any

LANGUAGES = ("vi", "en")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every message, gathered from the modules of this package (one per area).

    Each area keeps its own MESSAGES table so work on one never edits another's.
    """
    merged: dict[str, dict[str, str]] = {}
    for module_info in pkgutil.iter_modules(__path__):
        module = import_module(f"{__name__}.{module_info.name}")
        table: dict[str, dict[str, str]] = module.MESSAGES
        clashes = merged.keys() & table.keys()
        if clashes:
            raise RuntimeError(f"message keys defined twice: {sorted(clashes)}")
        merged.update(table)
    return merged


def render(key: str, lang: str, **params: Any) -> str:
    """The message for *key* in *lang*, falling back to English, then to the key."""
    entry = catalogue().get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["en"]
    return template.format(**params)


class Phrase:
    """A message shown inside another message, in the language that message is shown in.

    The outer message names it with the language as format spec ("{reason:vi}"), so
    the error can be raised where the user's language is unknown.
    """

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params

    def __format__(self, language: str) -> str:
        return render(self.key, language or "en", **self.params)

    def __str__(self) -> str:
        return format(self, "en")


def system_language() -> str:
    """'vi' when the user's environment asks for Vietnamese, else 'en'."""
    for variable in ("CEREMONY_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    code = locale.getlocale()[0] or ""
    return "vi" if code.lower().startswith("vi") else "en"
