"""Backing up, restoring and checking the registry (SQLite files; a server keeps its own)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ceremony.errors import RegistryError
from ceremony.store import backup
from ceremony.store.registry import Registry, is_url, resolve_location


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    integrity: list[str]
    foreign_key_problems: int


def _file_of(registry: Registry) -> Path:
    if not registry.is_sqlite:
        raise RegistryError("backup.server", url=registry.location)
    return Path(registry.location)


def backup_registry(registry: Registry, to: Path | None = None, *,
                    reason: str = "manual", folder: Path | None = None) -> Path:
    """A checked copy of the registry (into *folder*, or the registry's own "backups"
    folder, unless *to* names the file); stamped copies are thinned afterwards."""
    source = _file_of(registry)
    stamped = to is None
    if stamped and folder is not None:
        to = folder / f"{source.stem}-{datetime.now().strftime(backup.STAMP)}-{reason}.sqlite3"
    made = backup.backup_file(source, to, reason=reason)
    if stamped:
        for stale in backup.thin(sorted(made.parent.glob(f"{source.stem}-*.sqlite3")),
                                 datetime.now()):
            stale.unlink(missing_ok=True)
    return made


def restore_registry(location: str | None, backup_path: Path) -> Path:
    """Replace the registry at *location* with a checked backup; returns the set-aside copy."""
    resolved = resolve_location(location)
    if is_url(resolved):
        raise RegistryError("backup.server", url=resolved)
    if not backup_path.is_file():
        raise RegistryError("backup.missing", path=str(backup_path))
    return backup.restore_file(backup_path, Path(resolved))


def check_registry(registry: Registry) -> CheckReport:
    result = backup.check_file(_file_of(registry))
    return CheckReport(result.ok, result.integrity, len(result.foreign_keys))
