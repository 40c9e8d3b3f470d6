"""Looking at a file before we dare to open it for writing.

Everything here reads only: a file that turns out not to be ours must be left
byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ceremony.store.migrate import APPLICATION_ID

SQLITE_HEADER = b"SQLite format 3\x00"


class FileKind(Enum):
    MISSING = "missing"  # no file, or an empty one: a new registry may be created
    OURS = "ours"
    FOREIGN = "foreign"  # a valid SQLite database of another program
    NOT_SQLITE = "not_sqlite"
    CORRUPT = "corrupt"


@dataclass(frozen=True)
class FileState:
    kind: FileKind
    revision: str | None = None
    detail: str = ""


def inspect_file(path: Path) -> FileState:
    if not path.exists() or path.stat().st_size == 0:
        return FileState(FileKind.MISSING)
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return FileState(FileKind.NOT_SQLITE)
    try:
        return _inspect_database(path)
    except sqlite3.DatabaseError as error:
        return FileState(FileKind.CORRUPT, detail=str(error))


def _inspect_database(path: Path) -> FileState:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )}
        if application_id != APPLICATION_ID:
            # An SQLite file with no tables at all is a blank we may initialise.
            return FileState(FileKind.FOREIGN if tables else FileKind.MISSING)
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
        return FileState(FileKind.OURS, revision=revision)
    finally:
        connection.close()
