"""Who is working: the name recorded in the audit trail and in registry locks."""

from __future__ import annotations

import getpass


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers), no login name
        return "unknown"
