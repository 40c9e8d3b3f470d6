"""Backups through the SQLite backup API, checked restores, thinning, upgrade safety."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ceremony.errors import RegistryError
from ceremony.services.backups import backup_registry, check_registry, restore_registry
from ceremony.services.ceremonies import add_ceremony, list_ceremonies
from ceremony.store.backup import check_file, thin
from ceremony.store.registry import Registry, open_registry


def titles(registry: Registry) -> list[str]:
    return [c.title for c in list_ceremonies(registry)]


def test_a_backup_is_a_checked_self_contained_copy(registry: Registry, tmp_path: Path) -> None:
    add_ceremony(registry, "Lễ tổng kết năm 2024", date(2024, 12, 20))
    made = backup_registry(registry, tmp_path / "copy.sqlite3")
    assert check_file(made).ok
    assert not Path(f"{made}-wal").exists()
    copy = open_registry(made)
    assert titles(copy) == ["Lễ tổng kết năm 2024"]
    copy.close()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_files(
    registry: Registry, registry_path: Path, tmp_path: Path
) -> None:
    add_ceremony(registry, "Trước", date(2024, 1, 1))
    made = backup_registry(registry, tmp_path / "before.sqlite3")
    add_ceremony(registry, "Sau", date(2024, 2, 1))
    registry.close()
    aside = restore_registry(str(registry_path), made)
    assert aside.exists()
    restored = open_registry(registry_path)
    assert titles(restored) == ["Trước"]
    restored.close()
    kept = open_registry(aside)
    assert sorted(titles(kept)) == ["Sau", "Trước"]
    kept.close()


def test_restoring_something_that_is_not_a_backup_changes_nothing(
    registry: Registry, registry_path: Path, tmp_path: Path
) -> None:
    add_ceremony(registry, "Giữ nguyên", date(2024, 1, 1))
    registry.close()
    before = registry_path.read_bytes()
    impostor = tmp_path / "impostor.sqlite3"
    connection = sqlite3.connect(impostor)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(RegistryError) as refused:
        restore_registry(str(registry_path), impostor)
    assert refused.value.key == "backup.not_a_backup"
    assert registry_path.read_bytes() == before


def test_automatic_backups_are_thinned(registry: Registry) -> None:
    for _ in range(3):
        backup_registry(registry, reason="auto")
    folder = Path(registry.location).parent / "backups"
    assert len(list(folder.glob("*.sqlite3"))) >= 1


def test_thinning_keeps_recent_daily_weekly_monthly() -> None:
    now = datetime(2025, 6, 30, 12, 0, 0)
    names = [Path(f"registry-{(now - timedelta(hours=6 * i)):%Y%m%d-%H%M%S}-auto.sqlite3")
             for i in range(4 * 400)]  # every six hours for 400 days
    doomed = set(thin(names, now, keep_recent=10))
    kept = [name for name in names if name not in doomed]
    assert names[:10] == kept[:10]  # the newest ten always stay
    assert 10 < len(kept) < 10 + 7 + 9 + 13
    oldest_kept = min(kept)
    assert oldest_kept.name >= f"registry-{(now - timedelta(days=366)):%Y%m%d}"


def test_check_reports_a_sound_registry(registry: Registry) -> None:
    report = check_registry(registry)
    assert report.ok and report.integrity == ["ok"] and report.foreign_key_problems == 0


def test_an_upgrade_is_preceded_by_a_backup(tmp_path: Path) -> None:
    from tests.store.test_upgrade import make_old_registry

    path = tmp_path / "old.sqlite3"
    make_old_registry(path, "0001")
    open_registry(path).close()
    made = list((tmp_path / "backups").glob("old-*-before-upgrade-0001.sqlite3"))
    assert len(made) == 1 and check_file(made[0]).ok


def test_backups_go_to_a_chosen_folder(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "sao-luu"
    made = backup_registry(registry, folder=folder)
    assert made.parent == folder and check_file(made).ok


def test_a_backup_and_a_restore_flush_the_folder_after_the_rename(
        registry: Registry, registry_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Until its folder is flushed a rename may be lost in a power cut."""
    events: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(f"replace {Path(target).name}")
        real_replace(source, target)

    def fsync(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            events.append("flush folder")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    copy = backup_registry(registry, tmp_path / "copy.sqlite3")
    assert events[-2:] == ["replace copy.sqlite3", "flush folder"]
    events.clear()
    registry.close()
    aside = restore_registry(str(registry_path), copy)  # the copy set aside is a backup too
    assert events[-2:] == [f"replace {aside.name}", "flush folder"]
