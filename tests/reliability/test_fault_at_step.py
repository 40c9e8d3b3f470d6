"""A failure at step N of an import, a backup, a restore and a migration, for every N.

After each injected failure the registry is exactly at its last committed state
(a hash of every table, the schema and the header fields), passes integrity and
foreign-key checks, still opens with its data, and no temporary file is left;
then a clean retry succeeds. Each operation is swept twice, as SQLite sweeps its
own: the n-th step fails once, and every step from the n-th on fails.

CI tries every step of the short operations and a spread of the migration's;
`CEREMONY_FAULT_STRIDE=1` tries every step of everything (the long local run).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.backups import backup_registry, restore_registry
from ceremony.services.ceremonies import add_ceremony, list_ceremonies
from ceremony.store.backup import check_file
from ceremony.store.migrate import HEAD_REVISION
from ceremony.store.registry import Registry, open_registry
from tests.importing.conftest import FIXTURES
from tests.reliability.faults import (
    Plan,
    Sweep,
    assert_sound,
    database_state,
    leftovers,
    stride_from_environment,
    sweep,
)
from tests.store.test_upgrade import ROWS_0001, make_old_registry

SHEET = "Danh sách"
MODES = [pytest.param(False, id="fail-once"), pytest.param(True, id="fail-always")]
# The migration runs a few hundred statements; CI tries every seventh step.
MIGRATION_STRIDE = int(os.environ.get("CEREMONY_FAULT_STRIDE", "7"))


def report(name: str, always: bool, seen: Sweep) -> None:
    """The figures of a sweep (pytest -s shows them)."""
    mode = "fail-always" if always else "fail-once"
    print(f"\n{name} {mode}: steps={seen.steps} failures injected={seen.failures} "
          f"errors={seen.errors} swallowed={len(seen.swallowed)}")


# -- import ------------------------------------------------------------------------------


@pytest.mark.parametrize("always", MODES)
def test_an_import_fails_at_every_step_without_a_trace(tmp_path: Path, always: bool) -> None:
    template = tmp_path / "template.sqlite3"
    registry = open_registry(template)
    ceremony = add_ceremony(registry, "Lễ tổng kết", date(2024, 2, 23)).id
    preview = preview_files(registry, [FIXTURES / "annex.xlsx"],
                            ImportOptions(ceremony_id=ceremony, award="Bằng khen",
                                          authority="Chủ tịch UBND tỉnh", sheet=SHEET))
    registry.close()
    assert not preview.errors
    rows = len(preview.sheets[0].rows.entries)
    home = tmp_path / "office"
    home.mkdir()
    path = home / "registry.sqlite3"
    copy_registry(template, path)
    before = database_state(path)

    def prepare() -> None:  # every run starts from the same registry, as a clerk would
        copy_registry(template, path)

    def commit() -> None:
        opened = open_registry(path)
        try:
            commit_preview(opened, preview)
        finally:
            opened.close()

    def check(plan: Plan, error: BaseException | None) -> None:
        if error is None:  # the clean run, or one past a fault in a tuning PRAGMA
            opened = open_registry(path)
            assert [c.award_count for c in list_ceremonies(opened)] == [rows], plan.fired
            opened.close()
            return
        assert database_state(path) == before, plan.fired
        assert_sound(path)
        assert leftovers(home, {"registry.sqlite3", "registry.sqlite3-wal",
                                "registry.sqlite3-shm"}) == []

    seen = sweep(commit, check, always=always, prepare=prepare,
                 stride=stride_from_environment())
    report("import", always, seen)
    assert seen.failures >= 10
    # A failure may pass unnoticed only in a statement that tunes the connection
    # (the import's larger page cache, given back afterwards), never in one that writes.
    assert all(" PRAGMA cache_size" in fault for fault in seen.swallowed), seen.swallowed


# -- backup ------------------------------------------------------------------------------


@pytest.mark.parametrize("always", MODES)
def test_a_backup_fails_at_every_step_leaving_a_whole_backup(
        sample_registry: Registry, registry_path: Path, tmp_path: Path, always: bool) -> None:
    """Up to the rename the old backup stands; a failure after it (thinning the older
    backups) leaves the new one, complete and checked: never a partial file. A failed
    folder flush after the rename is ignored by design (faults.TOLERATED)."""
    folder = tmp_path / "backups-here"
    target = backup_registry(sample_registry, folder / "latest.sqlite3")
    add_ceremony(sample_registry, "Sau bản sao lưu trước", date(2025, 1, 1))
    previous = target.read_bytes()
    before = database_state(registry_path)

    def check(plan: Plan, error: BaseException | None) -> None:
        assert database_state(registry_path) == before
        assert_sound(registry_path)
        if error is not None:
            assert target.read_bytes() == previous or (
                check_file(target).ok and database_state(target) == before), plan.fired
            if not always:  # with every step failing even the clean-up cannot run
                assert leftovers(folder, {"latest.sqlite3"}) == [], plan.fired

    seen = sweep(lambda: backup_registry(sample_registry, target), check, always=always,
                 stride=stride_from_environment())
    report("backup", always, seen)
    assert seen.failures >= 5 and not seen.swallowed
    assert check_file(target).ok and database_state(target) == before


# -- restore -----------------------------------------------------------------------------

# A clerk's last change, committed but still only in the -wal when the app was killed.
_CRASH_AFTER_COMMIT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE ceremonies SET title = 'Sửa cuối, chỉ trong -wal'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def crashed_registry(folder: Path) -> Path:
    """A registry whose last committed change lives only in its -wal (the app was killed)."""
    path = folder / "crashed.sqlite3"
    registry = open_registry(path)
    add_ceremony(registry, "Lễ trao thưởng", date(2024, 2, 23))
    registry.close()
    done = subprocess.run([sys.executable, "-c", _CRASH_AFTER_COMMIT, str(path)], check=False)
    assert done.returncode == -signal.SIGKILL
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


def copy_registry(source: Path, target: Path) -> None:
    """A closed registry and its side files, as they are on disk (no connection is open)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


@pytest.mark.parametrize("always", MODES)
def test_a_restore_fails_at_every_step_and_the_registry_keeps_its_data(
        tmp_path: Path, always: bool) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    crashed = crashed_registry(templates)
    source = open_registry(templates / "source.sqlite3")
    add_ceremony(source, "Bản sao lưu", date(2023, 12, 1))
    backup = backup_registry(source, templates / "backup.sqlite3")
    source.close()
    home = tmp_path / "office"
    home.mkdir()
    registry_path = home / "registry.sqlite3"
    copy_registry(crashed, registry_path)
    before = database_state(registry_path)
    wanted = database_state(backup)

    def prepare() -> None:  # every run starts from the crashed state, -wal and all
        copy_registry(crashed, registry_path)
        for kept in home.glob("registry.sqlite3.replaced-*"):
            kept.unlink()

    def check(plan: Plan, error: BaseException | None) -> None:
        if error is None:
            # Done, possibly past a fault while probing the registry (which then looks
            # damaged and is moved aside whole rather than written over): either way
            # the backup is in place and the replaced registry is kept, -wal and all.
            assert database_state(registry_path) == wanted, plan.fired
            kept = sorted(home.glob("registry.sqlite3.replaced-*[0-9]"))
            assert len(kept) == 1 and database_state(kept[0]) == before, plan.fired
            return
        assert database_state(registry_path) == before, plan.fired
        assert_sound(registry_path)
        reopened = open_registry(registry_path)
        assert [c.title for c in list_ceremonies(reopened)] == ["Sửa cuối, chỉ trong -wal"]
        reopened.close()
        if not always:
            stray = [name for name in leftovers(home, set()) if name.startswith(".")]
            assert stray == [], plan.fired

    seen = sweep(lambda: restore_registry(str(registry_path), backup), check,
                 always=always, prepare=prepare, stride=stride_from_environment())
    report("restore", always, seen)
    assert seen.failures >= 10
    assert database_state(registry_path) == wanted
    assert_sound(registry_path)


def test_a_damaged_registry_is_replaced_with_its_side_files_or_not_at_all(
        tmp_path: Path) -> None:
    source = open_registry(tmp_path / "source.sqlite3")
    add_ceremony(source, "Bản sao lưu", date(2023, 12, 1))
    backup = backup_registry(source, tmp_path / "backup.sqlite3")
    source.close()
    home = tmp_path / "office"
    home.mkdir()
    registry_path = home / "registry.sqlite3"
    damaged = {"": b"SQLite format 3\x00" + b"\xff" * 4080, "-wal": b"\x37\x7f\x06\x82" * 64,
               "-shm": b"\x00" * 32768}

    def prepare() -> None:
        for suffix, content in damaged.items():
            Path(f"{registry_path}{suffix}").write_bytes(content)
        for stale in home.glob("registry.sqlite3.replaced-*"):
            stale.unlink()

    def check(plan: Plan, error: BaseException | None) -> None:
        if error is None:  # done (a fault while probing the damaged file changes nothing)
            assert database_state(registry_path) == database_state(backup), plan.fired
            kept = next(home.glob("registry.sqlite3.replaced-*-wal"))
            assert kept.read_bytes() == damaged["-wal"], plan.fired
            return
        for suffix, content in damaged.items():  # every file where it was, as it was
            now = Path(f"{registry_path}{suffix}").read_bytes()
            # The -shm is SQLite's shared memory, not data: probing the file may touch it.
            assert now == content or suffix == "-shm", plan.fired
        assert [name for name in leftovers(home, set()) if name.startswith(".")] == []

    seen = sweep(lambda: restore_registry(str(registry_path), backup), check,
                 prepare=prepare, stride=stride_from_environment())
    report("restore over a damaged registry", False, seen)
    assert seen.failures >= 5
    assert_sound(registry_path)


# -- migration ---------------------------------------------------------------------------


def old_registry(path: Path) -> Path:
    make_old_registry(path, "0001")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("PRAGMA foreign_keys=ON")
        for statement in ROWS_0001:
            connection.execute(statement)
    connection.close()
    return path


@pytest.mark.parametrize("always", MODES)
def test_a_migration_fails_at_every_step_and_stays_at_the_old_revision(
        tmp_path: Path, always: bool) -> None:
    template = old_registry(tmp_path / "template.sqlite3")
    home = tmp_path / "office"
    home.mkdir()
    path = home / "old.sqlite3"
    shutil.copyfile(template, path)
    before = database_state(path)

    def prepare() -> None:
        copy_registry(template, path)
        shutil.rmtree(home / "backups", ignore_errors=True)

    def upgrade() -> None:
        open_registry(path).close()

    def check(plan: Plan, error: BaseException | None) -> None:
        if error is None:
            if plan.fired is not None:  # a fault SQLAlchemy recovered from: upgraded fully
                assert_upgraded(path)
            return
        assert database_state(path) == before, plan.fired  # still revision 0001, same rows
        assert_sound(path)
        if not always:
            assert leftovers(home, {"old.sqlite3", "old.sqlite3-wal", "old.sqlite3-shm"}) == []
            for made in (home / "backups").glob("*"):
                assert check_file(made).ok, f"a half-made backup after {plan.fired}"

    seen = sweep(upgrade, check, always=always, prepare=prepare, stride=MIGRATION_STRIDE)
    report("migration", always, seen)
    assert seen.failures >= 10
    # Only SQLAlchemy's reflection swallows a failure: it then asks sqlite_master alone.
    assert all(SQLITE_TEMP_MASTER in fault for fault in seen.swallowed), seen.swallowed
    assert_upgraded(path)


SQLITE_TEMP_MASTER = "SELECT sql FROM (SELECT * FROM sqlite_master UNION ALL"


def assert_upgraded(path: Path) -> None:
    reopened = open_registry(path)
    assert reopened.revision == HEAD_REVISION
    reopened.close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT name FROM honorees").fetchall() == [("Nông Văn Dũng",)]
    assert connection.execute("SELECT citation FROM awards").fetchall() == [("Thành tích",)]
    connection.close()
    assert_sound(path)


def test_a_backup_of_another_page_size_is_restored_by_moving_the_files(tmp_path: Path) -> None:
    """SQLite cannot copy a 1 KiB-page backup into a 4 KiB-page WAL registry; the
    restore then falls back to moving the registry and its side files aside."""
    registry_path = tmp_path / "registry.sqlite3"
    registry = open_registry(registry_path)
    add_ceremony(registry, "Hiện tại", date(2024, 1, 1))
    registry.close()
    before = database_state(registry_path)
    source = tmp_path / "old-page-size.sqlite3"
    connection = sqlite3.connect(source)
    connection.execute("PRAGMA page_size=1024")
    connection.execute("VACUUM")
    connection.close()
    built = open_registry(source)
    add_ceremony(built, "Bản sao lưu", date(2023, 1, 1))
    built.close()
    wanted = database_state(source)
    aside = restore_registry(str(registry_path), source)
    assert database_state(registry_path) == wanted
    assert database_state(aside) == before
    assert_sound(registry_path)
