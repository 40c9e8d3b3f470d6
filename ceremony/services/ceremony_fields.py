"""A ceremony as its form edits it (no database code: forms import it early)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from ceremony.store.enums import Language


@dataclass(frozen=True)
class CeremonyFields:
    """A ceremony as its form edits it."""

    title: str
    date: date
    time: time | None = None
    venue: str = ""
    place_name: str = ""
    language: str = Language.VI.value
