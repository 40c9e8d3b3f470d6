"""Backups of an SQLite registry: taken safely, checked, thinned; and restores.

A backup is copied with SQLite's online backup API (never a plain file copy
of a live database, which can catch it half-written), into a temporary file
that is checked with quick_check before it is renamed into place. A restore
checks the backup first, then moves the current file and its -wal/-shm/-journal
aside together, so nothing is ever half overwritten.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ceremony.errors import RegistryError

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
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        _copy(registry_file, Path(temporary))
        result = check_file(Path(temporary), quick=True)
        if not result.ok:
            raise RegistryError("backup.check_failed", path=str(registry_file),
                                detail="; ".join(result.integrity[:3]))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


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
    """Put *backup* in place of the registry; returns where the replaced files went."""
    _require_good_backup(backup)
    moment = (now or datetime.now()).strftime(STAMP)
    aside = registry_file.with_name(f"{registry_file.name}.replaced-{moment}")
    handle, temporary = tempfile.mkstemp(prefix=f".{registry_file.name}.",
                                         dir=registry_file.parent)
    os.close(handle)
    try:
        _copy(backup, Path(temporary))
        for suffix in ("", *SIDE_FILES):
            current = Path(f"{registry_file}{suffix}")
            if current.exists():
                os.replace(current, Path(f"{aside}{suffix}"))
        os.replace(temporary, registry_file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return aside


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
