"""Bringing a registry's schema up to date, safely.

Alembic is imported only when a database actually needs upgrading: it is not
needed to open an up-to-date registry, and the app starts faster without it.
SQLite tables are rebuilt in batch mode with foreign keys OFF, because with them
on a rebuilt parent table silently deletes its CASCADE children (measured).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision this version writes; a test checks it matches the scripts.
HEAD_REVISION = "0005"
# "CERE" in ASCII: marks an SQLite file as a Ceremony registry (PRAGMA application_id).
APPLICATION_ID = 0x43455245


def current_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database, or None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def is_known_revision(revision: str) -> bool:
    """False for a revision written by a newer version of Ceremony."""
    if revision == HEAD_REVISION:
        return True
    from alembic.util import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending migration in one transaction, then check the foreign keys."""
    from alembic import command

    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            # Must be outside a transaction to take effect.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
            if is_sqlite:
                _check_foreign_keys(connection)
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _check_foreign_keys(connection: Connection) -> None:
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
