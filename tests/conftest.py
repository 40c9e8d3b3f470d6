"""Shared fixtures: every test gets its own data folders and a real registry file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never look for a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ceremony.store.registry import Registry, open_registry


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests away from the real user's registry, settings and logs."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.delenv("CEREMONY_DB", raising=False)
    monkeypatch.setenv("CEREMONY_LANG", "en")


@pytest.fixture
def registry_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.sqlite3"


@pytest.fixture
def registry(registry_path: Path) -> Iterator[Registry]:
    opened = open_registry(registry_path)
    yield opened
    opened.close()


@pytest.fixture
def sample_registry(registry: Registry) -> Registry:
    from ceremony.services.sample import load_sample

    load_sample(registry)
    return registry
