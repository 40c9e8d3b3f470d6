"""Opening registries: new, existing, foreign, corrupt, newer — on real SQLite files."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ceremony.errors import ReadOnlyRegistryError, RegistryError
from ceremony.store.migrate import APPLICATION_ID, HEAD_REVISION
from ceremony.store.models import Ceremony
from ceremony.store.registry import Registry, open_registry


def pragma(registry: Registry, name: str) -> object:
    with registry.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_a_new_registry_is_marked_as_ours_and_safely_configured(registry: Registry,
                                                                 registry_path: Path) -> None:
    assert registry_path.exists()
    assert registry.revision == HEAD_REVISION
    assert pragma(registry, "application_id") == APPLICATION_ID
    assert pragma(registry, "journal_mode") == "wal"
    assert pragma(registry, "foreign_keys") == 1
    assert pragma(registry, "synchronous") == 2  # FULL
    assert int(str(pragma(registry, "busy_timeout"))) >= 5000


def test_data_survives_closing_and_reopening(registry_path: Path) -> None:
    first = open_registry(registry_path)
    with first.transaction() as session:
        session.add(Ceremony(title="Lễ tổng kết", date=date(2024, 12, 20)))
    first.close()
    second = open_registry(registry_path)
    with second.reading() as session:
        titles = session.scalars(text("SELECT title FROM ceremonies")).all()
    second.close()
    assert titles == ["Lễ tổng kết"]


def test_a_failed_transaction_leaves_nothing_behind(registry: Registry) -> None:
    with pytest.raises(RuntimeError), registry.transaction() as session:
        session.add(Ceremony(title="half", date=date(2024, 1, 1)))
        session.flush()
        raise RuntimeError("power cut")
    with registry.reading() as session:
        assert session.execute(text("SELECT count(*) FROM ceremonies")).scalar() == 0


def test_foreign_keys_are_enforced(registry: Registry) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), registry.transaction() as session:
        session.execute(text(
            "INSERT INTO awards (honoree_id, award_type_id, citation, posthumous, register_no,"
            " status, print_count, list_position, version) VALUES (999, 999, '', 0, '',"
            " 'nominated', 0, 0, 1)"))


def _untouched(path: Path, content: bytes) -> None:
    assert path.read_bytes() == content
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-journal").exists()


@pytest.mark.parametrize(
    "content",
    [b"Danh s\xc3\xa1ch khen th\xc6\xb0\xe1\xbb\x9fng\n" * 50, b"PK\x03\x04" + bytes(2000)],
    ids=["text-file", "zip-file"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path,
                                                            content: bytes) -> None:
    target = tmp_path / "danh-sach.xlsx"
    target.write_bytes(content)
    with pytest.raises(RegistryError) as refused:
        open_registry(target)
    assert refused.value.key == "registry.not_sqlite"
    _untouched(target, content)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.execute("INSERT INTO people VALUES ('Nguyễn Văn A')")
    connection.close()
    content = target.read_bytes()
    with pytest.raises(RegistryError) as refused:
        open_registry(target)
    assert refused.value.key == "registry.foreign"
    _untouched(target, content)


def test_a_corrupt_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "broken.sqlite3"
    content = b"SQLite format 3\x00" + bytes(range(256)) * 40
    target.write_bytes(content)
    with pytest.raises(RegistryError) as refused:
        open_registry(target)
    assert refused.value.key in ("registry.corrupt", "registry.foreign")
    _untouched(target, content)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RegistryError) as refused:
        open_registry(tmp_path)
    assert refused.value.key == "registry.is_folder"


def test_a_missing_folder_is_refused_without_creating_it(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "registry.sqlite3"
    with pytest.raises(RegistryError) as refused:
        open_registry(target)
    assert refused.value.key == "registry.folder_unwritable"
    assert not target.parent.exists()


def test_a_newer_schema_opens_read_only_and_is_never_written(registry_path: Path) -> None:
    open_registry(registry_path).close()
    with sqlite3.connect(registry_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    content = registry_path.read_bytes()

    newer = open_registry(registry_path)
    try:
        assert newer.read_only
        assert newer.revision == "9999_future"
        with newer.reading() as session:
            assert session.execute(text("SELECT count(*) FROM ceremonies")).scalar() == 0
        with pytest.raises(ReadOnlyRegistryError) as refused, newer.transaction():
            pass
        assert refused.value.key == "registry.newer"
    finally:
        newer.close()
    assert registry_path.read_bytes() == content


def test_the_default_registry_lives_in_the_user_data_folder() -> None:
    opened = open_registry()
    try:
        data_home = Path(os.environ["XDG_DATA_HOME"])
        assert Path(opened.location).is_relative_to(data_home)
        assert Path(opened.location).name == "registry.sqlite3"
    finally:
        opened.close()


def test_ceremony_db_variable_names_the_registry(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("CEREMONY_DB", str(target))
    open_registry().close()
    assert target.exists()
