"""ReportLab's settings, locked before any ReportLab code runs.

ReportLab reads its configuration at import from several places a user (or
anyone who can write to their home folder) controls: `reportlab_mods` and
`reportlab_settings` modules anywhere on the Python path, `~/.reportlab_mods`
and `~/.reportlab_settings` (all executed as Python code), and `RL_*`
environment variables. Two settings matter for hostile text: `trustedHosts`
(which hosts an `<img src=…>` may fetch from) and `toColorCanUse` (whether a
colour such as `<font color="…">` is evaluated as an expression).

This module runs first (ceremony/printing/__init__.py imports it): it puts empty
stand-ins where those settings modules would be imported from, so none of them
is ever executed, requires a ReportLab with the fixes for those advisories, and
sets the two settings to their safe values again whenever ReportLab resets.
"""

from __future__ import annotations

import re
import sys
import types
from typing import Any

MINIMUM_VERSION = (5, 0, 1)

# Modules ReportLab imports for site or user customisation; each runs arbitrary code.
_CUSTOMISATION_MODULES = (
    "reportlab_mods",
    "reportlab.local_rl_mods",
    "reportlab_settings",
    "reportlab.local_rl_settings",
)


def locked_settings() -> dict[str, Any]:
    """The values the app runs with, whatever the environment or a settings file says."""
    return {
        "trustedHosts": None,  # no host is trusted: ReportLab fetches no URL at all
        "trustedSchemes": [],
        "toColorCanUse": None,  # colours are names, hex or tuples; never an expression
    }


def _stand_ins() -> None:
    """Empty modules where ReportLab looks for customisations, so those never run.

    ReportLab falls back to ~/.reportlab_mods and ~/.reportlab_settings only when
    the import fails, so the stand-ins also keep it from reading those files.
    """
    for name in _CUSTOMISATION_MODULES:
        if name not in sys.modules:
            stand_in = types.ModuleType(name, "Blocked by ceremony.printing.safety.")
            stand_in.__all__ = []  # type: ignore[attr-defined]
            sys.modules[name] = stand_in


def version_tuple(text: str) -> tuple[int, ...]:
    """(5, 0, 1) from "5.0.1", "5.0.1b2" or "5.1"; missing parts count as 0."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+")[0])[:3]]
    return tuple(numbers + [0] * (3 - len(numbers)))


def require_version(found: str) -> None:
    if version_tuple(found) < MINIMUM_VERSION:
        wanted = ".".join(map(str, MINIMUM_VERSION))
        raise ImportError(
            f"Ceremony needs ReportLab {wanted} or newer (found {found}): older versions "
            "can run code or fetch files named in the text they print. Reinstall Ceremony "
            "or upgrade ReportLab.")


def _apply() -> None:
    from reportlab import rl_config

    for name, value in locked_settings().items():
        setattr(rl_config, name, value)


def lock_reportlab() -> None:
    """Import ReportLab safely and pin its risky settings (idempotent)."""
    _stand_ins()
    import reportlab

    require_version(reportlab.Version)
    from reportlab import rl_config

    _apply()
    # rl_config._reset() re-reads RL_* variables; put the safe values back after it.
    rl_config.register_reset(_apply)


lock_reportlab()
