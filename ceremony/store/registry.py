"""Opening the registry: an SQLite file on this PC or a PostgreSQL server.

`open_registry` is the one door in. It refuses anything that is not ours
without writing a byte, upgrades an older schema, and opens a newer one
read-only so an old copy of the app can still show (but never damage) it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ceremony.errors import DiskFullError, ReadOnlyRegistryError, RegistryError, is_disk_full
from ceremony.store import migrate
from ceremony.store.inspection import FileKind, inspect_file
from ceremony.store.location import is_network_path

BUSY_TIMEOUT_MS = 10_000


@dataclass
class Registry:
    """An open registry: where it is, whether it may be written, and its sessions."""

    engine: Engine
    location: str
    revision: str
    # Why writing is refused (shown to the user in their language), or None.
    read_only_reason: ReadOnlyRegistryError | None = None
    # On a network share: rollback journal, exclusive locking (see store/location.py).
    network_share: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user-facing write: everything inside commits together or not at all."""
        if self.read_only_reason is not None:
            raise self.read_only_reason
        # IMMEDIATE takes SQLite's write lock up front, so two writers queue on the
        # busy timeout instead of one failing half-way through.
        session = self._sessions(bind=self.engine.execution_options(begin_immediate=True))
        try:
            with session.begin():
                yield session
        except OperationalError as error:
            if is_disk_full(error):  # rolled back; say so in words, not SQLITE_FULL
                raise DiskFullError("registry.disk_full", path=self.location) from error
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The registry to use: the argument, else $CEREMONY_DB, else the user's data folder."""
    if location:
        return os.fspath(location)
    from_environment = os.environ.get("CEREMONY_DB")
    if from_environment:
        return from_environment
    from ceremony.paths import default_registry_path

    default = default_registry_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    return str(default)


def is_url(location: str) -> bool:
    return "://" in location


def open_registry(location: str | os.PathLike[str] | None = None, *,
                  read_only: ReadOnlyRegistryError | None = None) -> Registry:
    """Open a registry; with *read_only* (the reason), never write to it."""
    resolved = resolve_location(location)
    if is_url(resolved):
        return _open_server(resolved)
    return _open_file(Path(resolved), read_only)


def _open_file(path: Path, read_only: ReadOnlyRegistryError | None = None) -> Registry:
    shown = str(path)
    if path.is_dir():
        raise RegistryError("registry.is_folder", path=shown)
    state = inspect_file(path)
    if state.kind is FileKind.NOT_SQLITE:
        raise RegistryError("registry.not_sqlite", path=shown)
    if state.kind is FileKind.FOREIGN:
        raise RegistryError("registry.foreign", path=shown)
    if state.kind is FileKind.CORRUPT:
        raise RegistryError("registry.corrupt", path=shown, detail=state.detail)
    if state.kind is FileKind.MISSING:
        _require_writable_folder(path)
    revision = state.revision
    if revision is not None and not migrate.is_known_revision(revision):
        reason = ReadOnlyRegistryError("registry.newer", path=shown, found=revision)
        engine = _sqlite_engine(path, read_only=True)
        return Registry(engine, shown, revision, read_only_reason=reason)
    if read_only is not None:
        if revision != migrate.HEAD_REVISION:
            # Upgrading writes; whoever holds the registry must upgrade it.
            raise RegistryError("registry.locked_needs_upgrade", path=shown)
        return Registry(_sqlite_engine(path, read_only=True), shown, revision,
                        read_only_reason=read_only)
    network = is_network_path(path)
    if revision != migrate.HEAD_REVISION:
        if revision is not None:
            # An upgrade rewrites tables: keep the registry as it was, checked, first.
            from ceremony.store.backup import backup_file

            backup_file(path, reason=f"before-upgrade-{revision}")
        _migrate(_sqlite_engine(path, read_only=False, for_migration=True, network=network),
                 shown)
    engine = _sqlite_engine(path, read_only=False, network=network)
    return Registry(engine, shown, migrate.HEAD_REVISION, network_share=network)


def _require_writable_folder(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise RegistryError("registry.folder_unwritable", path=str(path), folder=str(folder))


def _migrate(engine: Engine, shown: str) -> None:
    try:
        migrate.upgrade_to_head(engine)
    except (OperationalError, RuntimeError) as error:
        raise RegistryError("registry.migration_failed", path=shown, detail=str(error)) from error
    finally:
        engine.dispose()


def _sqlite_engine(path: Path, *, read_only: bool, for_migration: bool = False,
                   network: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///{path.resolve().as_uri()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _install_sqlite_hooks(engine, read_only=read_only, foreign_keys=not for_migration,
                          network=network)
    return engine


def _install_sqlite_hooks(engine: Engine, *, read_only: bool, foreign_keys: bool,
                          network: bool) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        elif network:
            # WAL's shared memory does not work across machines: rollback journal,
            # and one writer holding the file for the whole session.
            cursor.execute("PRAGMA journal_mode=DELETE")
            cursor.execute("PRAGMA locking_mode=EXCLUSIVE")
            cursor.execute("PRAGMA synchronous=FULL")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("begin_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _open_server(url: str) -> Registry:
    shown = make_url(url).render_as_string(hide_password=True)
    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
    except OperationalError as error:
        engine.dispose()
        raise RegistryError("registry.unreachable", url=shown, detail=str(error.orig)) from error
    if revision is not None and not migrate.is_known_revision(revision):
        reason = ReadOnlyRegistryError("registry.newer", path=shown, found=revision)
        return Registry(engine, shown, revision, read_only_reason=reason)
    if revision != migrate.HEAD_REVISION:
        try:
            migrate.upgrade_to_head(engine)
        except OperationalError as error:
            raise RegistryError(
                "registry.migration_failed", path=shown, detail=str(error.orig)
            ) from error
    return Registry(engine, shown, migrate.HEAD_REVISION)
