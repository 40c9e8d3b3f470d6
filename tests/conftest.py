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


@pytest.fixture(scope="session")
def server_database() -> Iterator[str | None]:
    """A PostgreSQL database of this test run's own, so parallel runs never collide."""
    url = os.environ.get("CEREMONY_TEST_PG_URL")
    if not url:
        yield None
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_{os.getpid()}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' '
                                   "TEMPLATE template0")
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def empty_server_database(url: str | None) -> str:
    """The URL of this run's PostgreSQL database, emptied of every table."""
    if not url:
        if os.environ.get("CEREMONY_TEST_REQUIRE_PG"):
            pytest.fail("CEREMONY_TEST_PG_URL is not set but PostgreSQL tests are required")
        pytest.skip("no PostgreSQL server (set CEREMONY_TEST_PG_URL; ./test does)")
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


@pytest.fixture
def server_url(server_database: str | None) -> str:
    return empty_server_database(server_database)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_registry(request: pytest.FixtureRequest, registry_path: Path,
                 server_database: str | None) -> Iterator[Registry]:
    """A registry on each database the app supports: the same tests run on both."""
    location = (str(registry_path) if request.param == "sqlite"
                else empty_server_database(server_database))
    opened = open_registry(location)
    yield opened
    opened.close()


@pytest.fixture
def any_sample_registry(any_registry: Registry) -> Registry:
    from ceremony.services.sample import load_sample

    load_sample(any_registry)
    return any_registry


@pytest.fixture
def sample_registry(registry: Registry) -> Registry:
    from ceremony.services.sample import load_sample

    load_sample(registry)
    return registry
