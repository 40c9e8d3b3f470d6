"""Who has a registry file open for writing: one copy of the app at a time.

SQLite itself would let two copies write in turn, but two clerks editing the
same records in two windows lose each other's work without noticing; the lock
file names the holder (host, user, since when) so the second copy can offer
read-only instead. A lock left by a crashed copy on this host is taken over;
one from another host (a shared drive) is only broken when the user says so.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from ceremony.store.identity import current_user


@dataclass(frozen=True)
class LockHolder:
    host: str
    user: str
    pid: int
    since: str  # ISO time

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(registry_file: Path) -> Path:
    return registry_file.with_name(registry_file.name + ".lock")


def me() -> LockHolder:
    return LockHolder(socket.gethostname(), current_user(), os.getpid(),
                      datetime.now().isoformat(timespec="seconds"))


class RegistryLock:
    def __init__(self, registry_file: Path) -> None:
        self.path = lock_path(registry_file)
        self.held = False

    def acquire(self) -> LockHolder | None:
        """Take the lock; returns None on success, or who holds it."""
        for _ in range(2):
            try:
                descriptor = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self.holder()
                if holder is not None and not _is_stale(holder):
                    return holder
                # A crashed copy on this host (or an unreadable lock): take it over.
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(asdict(me()), stream)
            self.held = True
            return None
        return self.holder()

    def holder(self) -> LockHolder | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockHolder(str(data["host"]), str(data["user"]), int(data["pid"]),
                              str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def break_lock(self) -> None:
        """Remove someone else's lock (the user confirmed the holder is gone)."""
        self.path.unlink(missing_ok=True)

    def release(self) -> None:
        if self.held:
            holder = self.holder()
            if holder is not None and holder.pid == os.getpid() and holder.on_this_host:
                self.path.unlink(missing_ok=True)
            self.held = False


def _is_stale(holder: LockHolder) -> bool:
    """A lock from this host whose process is gone. Other hosts: never assumed stale."""
    if not holder.on_this_host:
        return False
    if holder.pid == os.getpid():
        return False
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, owned by another user
    return False
