"""Errors a user can act on, carried as a message key plus values.

The key is rendered in the user's language only where it is shown (CLI or
window), so the core never needs to know which language is in use.
"""

from __future__ import annotations

from typing import Any


class CeremonyError(Exception):
    """A refusal the user can understand and fix: bad file, bad data, bad registry."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key, params)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        from ceremony.messages import render

        return render(self.key, "en", **self.params)


class RegistryError(CeremonyError):
    """The registry cannot be opened or written as asked; nothing was changed."""


class ReadOnlyRegistryError(RegistryError):
    """A write was attempted on a registry opened read-only."""


class DataError(CeremonyError):
    """Input data was refused; nothing was changed."""
