"""Refusals of the printing layer, carried as message keys (see messages/printing.py)."""

from __future__ import annotations

from ceremony.errors import CeremonyError, DataError


class TemplateError(DataError):
    """A template file is missing, unreadable or not valid against the schema."""


class MissingGlyphsError(DataError):
    """Some honoree's text has characters a chosen font cannot draw: nothing was printed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("printing.missing_glyphs", count=len(problems),
                         details="\n".join(problems))
        self.problems = problems


class PrintCancelled(CeremonyError):
    """The user cancelled a batch; nothing was written or recorded."""

    def __init__(self) -> None:
        super().__init__("printing.cancelled")
