"""Fail at step N: SQLite's own I/O-error loop (sqlite.org/testing.html) applied to ours.

A *step* is one thing an operation asks of the disk or the database: an SQL
statement or a commit through SQLAlchemy, a call on a raw `sqlite3` connection of
the store's backup code (each page batch of an online backup is a step), or a
file operation (mkstemp, fsync, replace, rename, unlink). `inject(n)` makes the
n-th step raise, as a failing disk would; `always=True` makes every step from the
n-th on raise too (the disk is gone, not hiccuping). `sweep` runs an operation
with n = 1, 2, … until it completes without reaching n.

Nothing here touches production code: SQLAlchemy events on the Engine class, and
monkeypatching of `os`, `tempfile` and the `sqlite3` name of the raw-SQLite
modules, all undone when the step plan ends.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

import ceremony.store.backup
import ceremony.store.inspection

# Pages per step of an online backup while faults are injected: a registry of a few
# hundred pages then takes several steps, each one a place to fail.
BACKUP_PAGES = 16
# How many n to try at most: an operation that never finishes is a bug of its own.
MAX_STEPS = 5000


class InjectedSQLFault(sqlite3.OperationalError):
    """What the driver raises for a failing disk ("disk I/O error")."""


class InjectedFileFault(OSError):
    def __init__(self, what: str) -> None:
        super().__init__(errno.EIO, f"injected I/O error at {what}")


@dataclass
class Plan:
    fail_at: int
    always: bool = False
    steps: list[str] = field(default_factory=list)
    fired: str | None = None

    def step(self, what: str, sql: bool) -> None:
        self.steps.append(what)
        number = len(self.steps)
        if number == self.fail_at or (self.always and number > self.fail_at):
            self.fired = self.fired or f"step {number}: {what}"
            if sql:
                raise InjectedSQLFault(f"disk I/O error (injected at step {number}: {what})")
            raise InjectedFileFault(what)


class CountingConnection:
    """A raw sqlite3 connection whose calls are steps of the plan."""

    def __init__(self, real: sqlite3.Connection, plan: Plan) -> None:
        self._real = real
        self._plan = plan

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        self._plan.step(f"sqlite3 {sql.split('(')[0][:60]}", sql=True)
        return self._real.execute(sql, *args)

    def commit(self) -> None:
        self._plan.step("sqlite3 commit", sql=True)
        self._real.commit()

    def backup(self, target: Any, **options: Any) -> None:
        unwrapped = target._real if isinstance(target, CountingConnection) else target

        def progress(status: int, remaining: int, total: int) -> None:
            # Called after every batch of pages, the last one too; by then SQLite has
            # committed the copy, so that call is not a step that can fail.
            if status != sqlite3.SQLITE_DONE:
                self._plan.step(f"backup pages {total - remaining}/{total}", sql=True)

        self._plan.step("backup start", sql=True)
        options.setdefault("pages", BACKUP_PAGES)
        self._real.backup(unwrapped, progress=progress, **options)

    def close(self) -> None:
        self._real.close()  # never fails: a failed close would only leak the handle

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class CountingSqlite:
    """Stands in for the `sqlite3` module inside the store's raw-SQLite modules."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan

    def connect(self, *args: Any, **kwargs: Any) -> CountingConnection:
        self._plan.step("sqlite3 connect", sql=True)
        return CountingConnection(sqlite3.connect(*args, **kwargs), self._plan)

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)


FILE_OPERATIONS = ("replace", "rename", "fsync", "unlink", "remove")


@contextmanager
def inject(fail_at: int, *, always: bool = False) -> Iterator[Plan]:
    """Count every step inside the block; the *fail_at*-th one raises."""
    plan = Plan(fail_at, always)

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        plan.step(f"SQL {' '.join(statement.split())[:60]}", sql=True)

    def on_commit(_conn: Any) -> None:
        plan.step("SQL COMMIT", sql=True)

    event.listen(Engine, "before_cursor_execute", on_statement)
    event.listen(Engine, "commit", on_commit)
    try:
        with pytest.MonkeyPatch.context() as patch:
            counting = CountingSqlite(plan)
            patch.setattr(ceremony.store.backup, "sqlite3", counting)
            patch.setattr(ceremony.store.inspection, "sqlite3", counting)
            for name in FILE_OPERATIONS:
                patch.setattr(os, name, _counted(plan, name, getattr(os, name)))
            patch.setattr(tempfile, "mkstemp",
                          _counted(plan, "mkstemp", tempfile.mkstemp))
            yield plan
    finally:
        event.remove(Engine, "before_cursor_execute", on_statement)
        event.remove(Engine, "commit", on_commit)


# Faults an operation is right to ignore: flushing a folder after a rename that has
# already happened (ceremony/durable.py; SQLite ignores the same failure).
TOLERATED = ("fsync folder",)


def _counted(plan: Plan, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        shown = " ".join(Path(str(a)).name for a in args if isinstance(a, str | Path))
        if name == "fsync" and args and stat.S_ISDIR(os.fstat(args[0]).st_mode):
            shown = "folder"
        plan.step(f"{name} {shown}".strip(), sql=False)
        return real(*args, **kwargs)

    return wrapper


@dataclass
class Sweep:
    """What a sweep saw: how many steps the operation takes, and how each failure ended."""

    steps: int = 0
    failures: int = 0
    swallowed: list[str] = field(default_factory=list)
    tolerated: int = 0
    errors: dict[str, int] = field(default_factory=dict)


def sweep(operation: Callable[[], object], check: Callable[[Plan, BaseException | None], None],
          *, always: bool = False, prepare: Callable[[], None] | None = None,
          stride: int = 1) -> Sweep:
    """Run *operation* failing at step 1, 2, … (every *stride*-th) until it completes
    without reaching the fault; *check* is called after every run, faulted or not."""
    seen = Sweep()
    for fail_at in range(1, MAX_STEPS, stride):
        if prepare is not None:
            prepare()
        error: BaseException | None = None
        with inject(fail_at, always=always) as plan:
            try:
                operation()
            except Exception as raised:  # every failure is checked below
                error = raised
        check(plan, error)
        if plan.fired is None:
            assert error is None, f"failed with no fault injected: {error!r}"
            seen.steps = len(plan.steps)
            return seen
        seen.failures += 1
        if error is None and plan.fired.endswith(TOLERATED):
            seen.tolerated += 1
        elif error is None:
            seen.swallowed.append(plan.fired)
            # Done despite the fault: without a way back to the starting state the
            # next runs would test a different operation (an import made twice).
            assert prepare is not None, f"a fault was swallowed: {plan.fired}"
        else:
            seen.errors[type(error).__name__] = seen.errors.get(type(error).__name__, 0) + 1
    raise AssertionError(f"the operation still had steps left after {MAX_STEPS}")


def stride_from_environment() -> int:
    """1 (every step) for the long local run; CI tries a spread of steps."""
    return int(os.environ.get("CEREMONY_FAULT_STRIDE", "1"))


# -- what "nothing changed" means --------------------------------------------------------


def database_state(path: Path) -> dict[str, str]:
    """A hash of every table's rows, the schema and the header fields, read only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        state = {"schema": _digest(connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall())}
        for pragma in ("application_id", "user_version"):
            state[pragma] = str(connection.execute(f"PRAGMA {pragma}").fetchone()[0])
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            state[table] = _digest(sorted(map(repr, rows)))
        return state
    finally:
        connection.close()


def integrity(path: Path) -> tuple[str, list[Any]]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchone()[0],
                connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


def assert_sound(path: Path) -> None:
    assert integrity(path) == ("ok", []), f"{path.name} is damaged"


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Files in *folder* other than those named in *keep* (temporary files left behind)."""
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.name not in keep)
