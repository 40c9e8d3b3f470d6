"""Where Ceremony finds its resources and keeps the user's registry."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Ceremony"
APP_AUTHOR = "Ceremony"


def resources_dir() -> Path:
    """The shipped resources: next to the package in a checkout, inside a frozen bundle."""
    override = os.environ.get("CEREMONY_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as platform_data_dir

    return Path(platform_data_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    from platformdirs import user_log_dir as platform_log_dir

    return Path(platform_log_dir(APP_NAME, APP_AUTHOR))


def default_registry_path() -> Path:
    return user_data_dir() / "registry.sqlite3"
