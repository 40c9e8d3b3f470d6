"""Backups of an SQLite registry: taken safely, checked, thinned; and restores.

A backup is copied with SQLite's online backup API (never a plain file copy
of a live database, which can catch it half-written), into a temporary file
that is checked with quick_check before it is renamed into place. A restore
checks the backup first and keeps a copy of the registry it replaces; it writes
through SQLite (one transaction), or, for a damaged registry, moves the file and
its -wal/-shm/-journal aside together, so nothing is ever half overwritten.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ceremony.durable import replace_durably
from ceremony.errors import DiskFullError, RegistryError, is_disk_full

SIDE_FILES = ("-wal", "-shm", "-journal")
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class CheckResult:
    integrity: list[str]
    foreign_keys: list[tuple[object, ...]]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys


def default_backup_folder(registry_file: Path) -> Path:
    return registry_file.parent / "backups"


def backup_file(registry_file: Path, target: Path | None = None, *, reason: str = "manual",
                now: datetime | None = None) -> Path:
    """Copy a live registry to *target* (default: a stamped file in the backup folder)."""
    moment = now or datetime.now()
    if target is None:
        folder = default_backup_folder(registry_file)
        target = folder / f"{registry_file.stem}-{moment.strftime(STAMP)}-{reason}.sqlite3"
    try:
        return _checked_copy(registry_file, target)
    except (OSError, sqlite3.Error) as error:
        if is_disk_full(error):
            raise DiskFullError("backup.disk_full", path=str(target)) from error
        raise


def _checked_copy(registry_file: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        _copy(registry_file, Path(temporary))
        result = check_file(Path(temporary), quick=True)
        if not result.ok:
            raise RegistryError("backup.check_failed", path=str(registry_file),
                                detail="; ".join(result.integrity[:3]))
        replace_durably(temporary, target)
    except BaseException:
        _discard(Path(temporary))
        raise
    return target


def _discard(temporary: Path) -> None:
    """Remove a temporary file after a failure, never hiding that failure behind another."""
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def _copy(source: Path, destination: Path) -> None:
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(destination)
    try:
        reader.backup(writer)
        # A backup is a single self-contained file: no WAL beside it.
        writer.execute("PRAGMA journal_mode=DELETE")
    finally:
        writer.close()
        reader.close()


def check_file(path: Path, *, quick: bool = False) -> CheckResult:
    """integrity_check (or quick_check) and foreign_key_check, read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        integrity = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
        foreign_keys = [tuple(row) for row in connection.execute("PRAGMA foreign_key_check")]
        return CheckResult(integrity, foreign_keys)
    except sqlite3.DatabaseError as error:
        return CheckResult([str(error)], [])
    finally:
        connection.close()


def restore_file(backup: Path, registry_file: Path, *, now: datetime | None = None) -> Path:
    """Put *backup* in place of the registry; returns where the replaced registry was kept.

    A sound registry is first copied aside (a checked, self-contained copy that
    includes anything still in its -wal), then overwritten through SQLite's backup
    API in one write transaction: a failure at any point leaves it as it was, and
    its -wal/-shm stay consistent with it because SQLite itself writes them. A
    missing or damaged registry cannot be written that way; it is moved aside
    with its side files instead (see _replace_files).
    """
    _require_good_backup(backup)
    moment = (now or datetime.now()).strftime(STAMP)
    aside = registry_file.with_name(f"{registry_file.name}.replaced-{moment}")
    try:
        if _is_sound(registry_file):
            backup_file(registry_file, aside)
            try:
                _copy_into(backup, registry_file)
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_READONLY:
                    raise
                # SQLite refuses to copy into a WAL database of another page size
                # (nothing was written): move the files instead, over the copy aside.
                _replace_files(backup, registry_file, aside)
        else:
            _replace_files(backup, registry_file, aside)
    except (OSError, sqlite3.Error) as error:
        if is_disk_full(error):
            raise DiskFullError("registry.disk_full", path=str(registry_file)) from error
        raise
    return aside


def _is_sound(registry_file: Path) -> bool:
    from ceremony.store.inspection import FileKind, inspect_file

    return (inspect_file(registry_file).kind is FileKind.OURS
            and check_file(registry_file, quick=True).ok)


def _copy_into(backup: Path, registry_file: Path) -> None:
    """Overwrite the registry's content with the backup's, as one SQLite transaction."""
    reader = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(registry_file, timeout=10, isolation_level=None)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def _replace_files(backup: Path, registry_file: Path, aside: Path) -> None:
    """Move a damaged registry and its side files aside together, then put the backup in.

    The side files go first and the new file comes last, so the backup never meets
    the old -wal (SQLite would apply it to the wrong database); on a failure the
    files already moved are put back.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{registry_file.name}.",
                                         dir=registry_file.parent)
    os.close(handle)
    moved: list[str] = []
    try:
        _copy(backup, Path(temporary))
        for suffix in (*SIDE_FILES, ""):
            current = Path(f"{registry_file}{suffix}")
            if current.exists():
                os.replace(current, Path(f"{aside}{suffix}"))
                moved.append(suffix)
        replace_durably(temporary, registry_file)
    except BaseException:
        for suffix in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(Path(f"{aside}{suffix}"), Path(f"{registry_file}{suffix}"))
        _discard(Path(temporary))
        raise


def _require_good_backup(backup: Path) -> None:
    from ceremony.store.inspection import FileKind, inspect_file

    state = inspect_file(backup)
    if state.kind is not FileKind.OURS:
        raise RegistryError("backup.not_a_backup", path=str(backup))
    result = check_file(backup)
    if not result.ok:
        raise RegistryError("backup.check_failed", path=str(backup),
                            detail="; ".join(result.integrity[:3]))


def thin(backups: Sequence[Path], now: datetime, *, keep_recent: int = 10) -> list[Path]:
    """The backups to delete: keep the newest few, one a day for a week, one a week
    for two months, one a month for a year (by the time stamp in the name)."""
    stamped = sorted(((_stamp(path), path) for path in backups if _stamp(path)),
                     reverse=True)
    keep: set[Path] = {path for _, path in stamped[:keep_recent]}
    seen: set[tuple[str, int]] = set()
    for moment, path in stamped:
        assert moment is not None
        age = now - moment
        if age <= timedelta(days=7):
            bucket = ("day", moment.toordinal())
        elif age <= timedelta(days=62):
            bucket = ("week", moment.toordinal() // 7)
        elif age <= timedelta(days=366):
            bucket = ("month", moment.year * 12 + moment.month)
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(path)
    return [path for _, path in stamped if path not in keep]


def _stamp(path: Path) -> datetime | None:
    parts = path.stem.split("-")
    for index in range(len(parts) - 1):
        try:
            return datetime.strptime(f"{parts[index]}-{parts[index + 1]}", STAMP)
        except ValueError:
            continue
    return None
