"""A full disk: a clear message in the user's language, nothing changed, old files intact.

For the registry the disk is filled with SQLite's own limit (PRAGMA max_page_count,
which fails exactly as a full disk does, with SQLITE_FULL). For output files a small
tmpfs is mounted and filled; where mounting is not allowed (an unprivileged CI
container) the same checks run with the final flush failing with ENOSPC instead.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from ceremony.errors import DiskFullError, is_disk_full
from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.launcher import main
from ceremony.messages import render
from ceremony.services.backups import backup_registry
from ceremony.services.ceremonies import add_ceremony
from ceremony.services.editing import honoree_fields, update_honoree
from ceremony.store.registry import Registry
from tests.reliability.faults import assert_sound, database_state

NOMINEES = 4000


def write_list(path: Path, rows: int = NOMINEES) -> Path:
    lines = ["STT,Họ và tên,Chức vụ,Đơn vị"] + [
        f'{i},Nông Văn Đầy {i},Trưởng thôn,"Thôn {i % 50}, xã Đàm Thủy"'
        for i in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def page_limit() -> Iterator[dict[str, int]]:
    """Caps every new SQLite connection at limit["pages"] (0: no cap), like a full disk."""
    limit = {"pages": 0}

    def cap(dbapi_connection: Any, _record: Any) -> None:
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    event.listen(Engine, "connect", cap)
    yield limit
    event.remove(Engine, "connect", cap)


def fill_database(registry: Registry, limit: dict[str, int], spare_pages: int) -> None:
    """Leave only *spare_pages* free pages to the registry's connections."""
    with registry.reading() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
    limit["pages"] = int(pages) + spare_pages
    registry.engine.dispose()  # new connections, under the cap


def test_an_import_onto_a_full_disk_says_so_and_changes_nothing(
        registry: Registry, registry_path: Path, tmp_path: Path,
        page_limit: dict[str, int]) -> None:
    ceremony = add_ceremony(registry, "Lễ", date(2024, 2, 23)).id
    listing = write_list(tmp_path / "danh-sach.csv")
    options = ImportOptions(ceremony_id=ceremony, award="Giấy khen",
                            authority="Chủ tịch UBND huyện")
    preview = preview_files(registry, [listing], options)
    before = database_state(registry_path)
    fill_database(registry, page_limit, spare_pages=5)
    with pytest.raises(DiskFullError) as refused:
        commit_preview(registry, preview)
    assert refused.value.key == "registry.disk_full"
    assert str(registry_path) in str(refused.value)
    assert database_state(registry_path) == before
    assert_sound(registry_path)
    # Space again (the clerk freed some): the very same import goes through.
    page_limit["pages"] = 0
    registry.engine.dispose()
    assert len(commit_preview(registry, preview)) == 1
    assert_sound(registry_path)


def test_an_edit_onto_a_full_disk_says_so_and_changes_nothing(
        sample_registry: Registry, registry_path: Path, page_limit: dict[str, int]) -> None:
    current = honoree_fields(sample_registry, 1)
    before = database_state(registry_path)
    fill_database(sample_registry, page_limit, spare_pages=2)
    longer = current.entry.__class__(**{**current.entry.__dict__, "notes": "Ghi chú. " * 40000})
    with pytest.raises(DiskFullError):
        update_honoree(sample_registry, 1, longer, current.version)
    assert database_state(registry_path) == before
    assert_sound(registry_path)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_line_reports_a_full_registry_in_words(
        registry: Registry, registry_path: Path, tmp_path: Path, page_limit: dict[str, int],
        capsys: pytest.CaptureFixture[str], lang: str) -> None:
    add_ceremony(registry, "Lễ", date(2024, 2, 23))
    listing = write_list(tmp_path / "danh-sach.csv")
    before = database_state(registry_path)
    fill_database(registry, page_limit, spare_pages=5)
    registry.close()
    status = main(["--db", str(registry_path), "--lang", lang, "import", str(listing),
                   "--ceremony", "1", "--award", "Giấy khen",
                   "--authority", "Chủ tịch UBND huyện"])
    err = capsys.readouterr().err
    assert status == 1
    assert render("registry.disk_full", lang, path=str(registry_path)) in err
    assert "Traceback" not in err and "database or disk is full" not in err
    assert database_state(registry_path) == before


def test_disk_full_is_recognised_from_every_layer() -> None:
    import psycopg.errors

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert is_disk_full(full)
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert is_disk_full(psycopg.errors.DiskFull("could not extend file"))
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY
    assert not is_disk_full(busy)
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("full"))


# -- output files on a full disk -----------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A 4 MB file system of its own (tmpfs) if this machine lets us mount one.

    Otherwise (an unprivileged container; or CEREMONY_TEST_NO_MOUNT=1 to try this path)
    a plain folder where flushing a file fails with ENOSPC, and where SQLite may write
    only a few pages (max_page_count), as on a full disk.
    """
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = not os.environ.get("CEREMONY_TEST_NO_MOUNT") and _mount_tmpfs(folder)
    _FULL_SWITCH["now"] = False
    if not mounted:
        _pretend_full(folder, monkeypatch)
    yield folder
    _FULL_SWITCH["now"] = False
    if mounted:
        subprocess.run(["umount", str(folder)], check=True)


def _mount_tmpfs(folder: Path) -> bool:
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                              capture_output=True, check=False)
    except OSError:  # no mount command here
        return False
    return done.returncode == 0


def _pretend_full(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inside = str(folder) + os.sep
    real_fsync, real_connect = os.fsync, sqlite3.connect
    full = _FULL_SWITCH

    def fsync(descriptor: int) -> None:
        if full["now"] and os.readlink(f"/proc/self/fd/{descriptor}").startswith(inside):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(descriptor)

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real_connect(database, *args, **kwargs)
        if full["now"] and str(database).startswith(inside):
            connection.execute("PRAGMA max_page_count=2")
        return connection

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(sqlite3, "connect", connect)


# Whether the pretended small disk is full yet: fill() turns it on.
_FULL_SWITCH: dict[str, bool] = {"now": False}


def fill(folder: Path, leave: int) -> None:
    """Fill the small disk, leaving about *leave* bytes free."""
    if os.statvfs(folder).f_blocks == os.statvfs(folder.parent).f_blocks:
        _FULL_SWITCH["now"] = True  # not mounted: the patched calls fail from now on
        return
    filler = folder / f"filler-{uuid.uuid4().hex}"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
        os.ftruncate(descriptor, max(0, os.fstat(descriptor).st_size - leave))
    finally:
        os.close(descriptor)


def files_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir() if not path.name.startswith("filler-")}


def test_certificates_onto_a_full_disk_keep_the_old_pdf(
        sample_registry: Registry, small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = small_disk / "bang-khen.pdf"
    command = ["--db", sample_registry.location, "--lang", "vi", "certificates", "--ceremony",
               "1", "--out", str(out)]
    assert main(command) == 0
    previous = out.read_bytes()
    capsys.readouterr()
    fill(small_disk, leave=len(previous) // 4)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert render("file.disk_full", "vi", path=str(out)) in err and "Traceback" not in err
    assert out.read_bytes() == previous
    assert files_in(small_disk) == {"bang-khen.pdf"}  # no temporary file left behind


def test_a_backup_onto_a_full_disk_keeps_the_old_backup(
        sample_registry: Registry, registry_path: Path, small_disk: Path) -> None:
    target = small_disk / "sao-luu.sqlite3"
    backup_registry(sample_registry, target)
    previous = target.read_bytes()
    add_ceremony(sample_registry, "Sau lần sao lưu trước", date(2025, 1, 1))
    before = database_state(registry_path)
    fill(small_disk, leave=len(previous) // 4)
    with pytest.raises(DiskFullError) as refused:
        backup_registry(sample_registry, target)
    assert refused.value.key == "backup.disk_full"
    assert render("backup.disk_full", "vi", path=str(target)) == str(
        render(refused.value.key, "vi", **refused.value.params))
    assert target.read_bytes() == previous
    assert files_in(small_disk) == {"sao-luu.sqlite3"}
    assert database_state(registry_path) == before
    # Space again: the backup is made.
    for filler in small_disk.glob("filler-*"):
        filler.unlink()
    _FULL_SWITCH["now"] = False
    assert database_state(backup_registry(sample_registry, target)) == before
