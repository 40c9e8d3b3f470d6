"""One writer per registry file; network shares never use WAL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from ceremony.errors import ReadOnlyRegistryError
from ceremony.store import registry as registry_module
from ceremony.store.location import filesystem_type
from ceremony.store.lock import RegistryLock, lock_path
from ceremony.store.registry import open_registry


def test_a_second_copy_sees_who_holds_the_lock(registry_path: Path) -> None:
    first = RegistryLock(registry_path)
    assert first.acquire() is None
    second_copy = subprocess.run(
        [sys.executable, "-c",
         "import sys, json; from pathlib import Path; from ceremony.store.lock import "
         "RegistryLock; h = RegistryLock(Path(sys.argv[1])).acquire(); "
         "print(json.dumps(None if h is None else h.__dict__))", str(registry_path)],
        capture_output=True, text=True, check=True)
    holder = json.loads(second_copy.stdout)
    assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
    first.release()
    assert not lock_path(registry_path).exists()


def test_a_lock_left_by_a_crashed_copy_on_this_host_is_taken_over(registry_path: Path) -> None:
    crashed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)
    dead_pid = int(crashed.stdout)
    lock_path(registry_path).write_text(json.dumps(
        {"host": socket.gethostname(), "user": "clerk", "pid": dead_pid,
         "since": "2024-02-23T07:00:00"}), encoding="utf-8")
    lock = RegistryLock(registry_path)
    assert lock.acquire() is None
    lock.release()


def test_a_lock_from_another_host_needs_breaking(registry_path: Path) -> None:
    lock_path(registry_path).write_text(json.dumps(
        {"host": "may-van-thu-2", "user": "van_thu", "pid": 4242,
         "since": "2024-02-23T07:00:00"}), encoding="utf-8")
    lock = RegistryLock(registry_path)
    holder = lock.acquire()
    assert holder is not None and holder.host == "may-van-thu-2" and not holder.on_this_host
    lock.break_lock()
    assert lock.acquire() is None
    lock.release()


def test_read_only_opening_never_writes(registry_path: Path) -> None:
    open_registry(registry_path).close()
    before = registry_path.read_bytes()
    reason = ReadOnlyRegistryError("registry.locked", user="a", host="b", since="c")
    viewer = open_registry(registry_path, read_only=reason)
    with viewer.reading() as session:
        assert session.execute(text("SELECT count(*) FROM ceremonies")).scalar() == 0
    with pytest.raises(ReadOnlyRegistryError), viewer.transaction():
        pass
    viewer.close()
    assert registry_path.read_bytes() == before


MOUNTS = """/dev/sda1 / ext4 rw 0 0
//server/khen-thuong /mnt/khen\\040thuong cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
"""


def test_network_file_systems_are_recognised_from_mounts() -> None:
    assert filesystem_type(Path("/home/clerk/registry.sqlite3"), MOUNTS) == "ext4"
    assert filesystem_type(Path("/mnt/khen thuong/registry.sqlite3"), MOUNTS) == "cifs"
    assert filesystem_type(Path("/srv/nfs/a/registry.sqlite3"), MOUNTS) == "nfs4"


def test_a_registry_on_a_share_uses_the_rollback_journal(
    registry_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry_module, "is_network_path", lambda path: True)
    shared = open_registry(registry_path)
    try:
        assert shared.network_share
        with shared.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert connection.exec_driver_sql("PRAGMA locking_mode").scalar() == "exclusive"
    finally:
        shared.close()
    assert not Path(f"{registry_path}-wal").exists()
