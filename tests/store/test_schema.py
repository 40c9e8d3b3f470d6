"""The schema: one migration head, migrations equal to the models, every constraint named."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from ceremony.store.base import Base
from ceremony.store.migrate import HEAD_REVISION, script_directory
from ceremony.store.registry import Registry


def test_there_is_a_single_head_and_the_code_knows_it() -> None:
    heads = script_directory().get_heads()
    assert heads == [HEAD_REVISION]


def test_migrations_produce_exactly_the_models(registry: Registry) -> None:
    with registry.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_every_constraint_and_index_has_a_name() -> None:
    for table in Base.metadata.sorted_tables:
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}: {constraint}"
        for index in table.indexes:
            assert index.name, f"unnamed index on {table.name}"


def test_migrating_keeps_foreign_keys_consistent(registry_path: Path,
                                                 registry: Registry) -> None:
    engine = create_engine(f"sqlite:///{registry_path}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()
