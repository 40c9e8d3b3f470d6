"""Errors a user can act on, carried as a message key plus values.

The key is rendered in the user's language only where it is shown (CLI or
window), so the core never needs to know which language is in use.
"""

from __future__ import annotations

import errno
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


class DiskFullError(CeremonyError):
    """No space was left where something had to be written; it was not written."""


# SQLite's result code for "database or disk is full" (also max_page_count reached),
# and PostgreSQL's SQLSTATE disk_full.
SQLITE_FULL = 13
POSTGRES_DISK_FULL = "53100"
# Out of space, or over the user's quota (EDQUOT is not defined on every system).
_NO_SPACE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(error: BaseException) -> bool:
    """Whether *error* means the disk (or a quota) is full: an OSError, a database
    driver's error, or SQLAlchemy's wrapper around one."""
    cause = getattr(error, "orig", None) or error
    if isinstance(cause, OSError):
        return cause.errno in _NO_SPACE
    code = getattr(cause, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == SQLITE_FULL
    return getattr(cause, "sqlstate", None) == POSTGRES_DISK_FULL
