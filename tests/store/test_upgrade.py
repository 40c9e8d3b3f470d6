"""Upgrading a registry written by an older version keeps every row and every link."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from ceremony.store.migrate import APPLICATION_ID, HEAD_REVISION, alembic_config
from ceremony.store.registry import open_registry


def make_old_registry(path: Path, revision: str) -> None:
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.commit()
    engine.dispose()


ROWS_0001 = [
    "INSERT INTO ceremonies VALUES (1, 'Lễ trao thưởng', '2024-02-23', NULL, '', 'Cao Bằng',"
    " 'vi', '2024-01-01', '2024-01-01')",
    "INSERT INTO authorities VALUES (1, 'Chủ tịch UBND tỉnh', '', '', '', '', '2024-01-01',"
    " '2024-01-01')",
    "INSERT INTO award_types VALUES (1, 'Bằng khen', 'certificate_of_merit', 1, 'both', 0, 30,"
    " '', '', '2024-01-01', '2024-01-01')",
    "INSERT INTO import_batches VALUES (1, 'ds.xlsx', 'Sheet1', 1, '2024-01-02', 'clerk', 2)",
    "INSERT INTO honorees (id, kind, name, name_as_typed, family_name, middle_name, given_name,"
    " search_key, duplicate_key, sort_key, gender, ethnicity, rank, position, notes, version,"
    " created_at, updated_at) VALUES (1, 'individual', 'Nông Văn Dũng', 'NÔNG VĂN DŨNG', 'Nông',"
    " 'Văn', 'Dũng', 'nong van dung', 'nông văn dũng', x'41', 'male', 'Tày', '', '', '', 1,"
    " '2024-01-01', '2024-01-01')",
    "INSERT INTO awards (id, honoree_id, award_type_id, ceremony_id, import_batch_id, citation,"
    " posthumous, register_no, status, print_count, list_position, version, created_at,"
    " updated_at) VALUES (1, 1, 1, 1, 1, 'Thành tích', 0, '', 'approved', 0, 1, 1,"
    " '2024-01-01', '2024-01-01')",
]


def test_a_0001_registry_with_data_upgrades_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_old_registry(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        for statement in ROWS_0001:
            connection.execute(statement)
    connection.close()

    registry = open_registry(path)
    assert registry.revision == HEAD_REVISION
    registry.close()

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT name, import_batch_id FROM honorees").fetchall() == [
            ("Nông Văn Dũng", None)]
        # The award (a child of honorees, which the upgrade rebuilt) is still there.
        assert connection.execute(
            "SELECT honoree_id, import_batch_id, citation FROM awards").fetchall() == [
            (1, 1, "Thành tích")]
        assert connection.execute(
            "SELECT source, source_sha256, undone_at FROM import_batches").fetchall() == [
            ("ds.xlsx", "", None)]
    connection.close()


# 0002 gave import_batches two more columns.
ROWS_0002 = [row.replace("'clerk', 2)", "'clerk', 2, '', NULL)") for row in ROWS_0001]


def test_a_0002_registry_with_data_upgrades_to_the_ceremony_plan(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_old_registry(path, "0002")
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        for statement in ROWS_0002:
            connection.execute(statement)
    connection.close()

    registry = open_registry(path)
    assert registry.revision == HEAD_REVISION
    registry.close()

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # The ceremony and its award kept their rows, and the new columns their defaults.
        assert connection.execute(
            "SELECT title, seconds_per_person, seconds_per_round, seconds_per_reading"
            " FROM ceremonies").fetchall() == [("Lễ trao thưởng", 20, 60, 90)]
        assert connection.execute(
            "SELECT honoree_id, ceremony_id, citation, attendance, receiver_name, presented_at"
            " FROM awards").fetchall() == [(1, 1, "Thành tích", "expected", "", None)]
        # The new CHECK on a rebuilt table is in force.
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE awards SET attendance = 'maybe'")
    connection.close()
