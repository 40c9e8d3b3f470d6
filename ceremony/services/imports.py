"""Use cases for imported lists: store a checked list in one transaction, list the
imports, undo one. The importer (ceremony.importing) reads and checks the file; what
reaches this module is plain data, already canonical, with every problem resolved.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.import_lookups import (
    AwardInfo,
    AwardRef,
    accepts,
    find_award,
    resolve_awards,
    resolve_decisions,
    resolve_units,
)
from ceremony.services.naming import stored_names
from ceremony.services.tone_order import tone_order_in
from ceremony.store.enums import AwardStatus
from ceremony.store.models import Award, Honoree, ImportBatch, ImportMapping
from ceremony.store.registry import Registry

__all__ = ["AwardInfo", "AwardRef", "BatchInfo", "BatchInput", "ImportRow", "accepts",
           "commit_import", "find_award", "list_batches", "remembered_mapping", "undo_batch"]

CHUNK = 5000
# SQLite's page cache while a list is stored: the default 2 MB cannot hold the pages of
# three keyed indexes growing at random places, and spilling them made a 50,000-row
# insert 3-4x slower. Given back before the commit.
_IMPORT_CACHE_KIB = 64 * 1024


class ImportRow(NamedTuple):
    """One honoree of a list, canonical, with its award; linked or to be created.

    A named tuple, not a dataclass: a list of 50,000 is built on every import.
    """

    list_position: int
    kind: str
    name_as_typed: str
    name: str  # canonical; its stored keys are made here, in the registry's tone order
    award: AwardRef
    rank: str = ""
    position: str = ""
    unit: str = ""
    gender: str | None = None
    birth_date: date | None = None
    birth_year: int | None = None
    ethnicity: str = ""
    citation: str = ""
    notes: str = ""
    decision: str = ""
    decision_date: date | None = None
    existing_id: int | None = None  # link to this honoree instead of creating one


@dataclass(frozen=True)
class BatchInput:
    source: str
    sheet: str
    sha256: str
    rows: Sequence[ImportRow]
    # The header signature, its texts and the mapping used, to remember for next time.
    signature: str = ""
    headers: Sequence[str] = ()
    mapping: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    source: str
    sheet: str
    ceremony_id: int | None
    imported_at: datetime
    row_count: int
    undone_at: datetime | None
    awards: int = 0

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "source": self.source, "sheet": self.sheet,
                "ceremony": self.ceremony_id, "imported_at": self.imported_at.isoformat(),
                "rows": self.row_count, "awards": self.awards,
                "undone_at": self.undone_at.isoformat() if self.undone_at else None}


Progress = Callable[[str, int, int], None]


def commit_import(registry: Registry, ceremony_id: int, batches: Sequence[BatchInput],
                  authority: str | None = None, progress: Progress | None = None) -> list[int]:
    """Store every batch in one transaction, after a checked backup of a registry file;
    the new batches' ids."""
    _backup_first(registry)
    with registry.transaction() as session, _bulk_cache(session):
        require_ceremony(session, ceremony_id)
        rows = [row for batch in batches for row in batch.rows]
        # Distinct by identity first (rows share a few objects), then by value.
        refs = {id(row.award): row.award for row in rows}.values()
        award_types = resolve_awards(session, list(dict.fromkeys(refs)), authority)
        decisions = resolve_decisions(session, {
            (award_types[row.award], row.decision): row.decision_date
            for row in rows if row.decision})
        units = resolve_units(session, list(dict.fromkeys(row.unit for row in rows if row.unit)))
        ids = []
        for batch in batches:
            batch_id = _add_batch(session, batch, ceremony_id)
            ids.append(batch_id)
            honoree_ids = _insert_honorees(session, batch.rows, units, batch_id, progress)
            _insert_awards(session, batch.rows, honoree_ids, award_types, decisions,
                           ceremony_id, batch_id)
            _remember_mapping(session, batch)
            audit.record(session, "import", "import_batch", batch_id, source=batch.source,
                         sheet=batch.sheet, rows=len(batch.rows))
        return ids


def _backup_first(registry: Registry) -> None:
    # An import is the largest write a clerk makes: keep the registry as it was just
    # before, so even a wrong file committed by mistake can be taken back wholesale.
    if registry.is_sqlite and not registry.read_only:
        from ceremony.services.backups import backup_registry

        backup_registry(registry, reason="before-import")


@contextmanager
def _bulk_cache(session: Session) -> Iterator[None]:
    """A larger SQLite page cache for the inserts, the usual one again after them."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    usual = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        # After a failure the connection may be gone; it is then discarded anyway.
        with suppress(SQLAlchemyError):
            connection.exec_driver_sql(f"PRAGMA cache_size={int(usual or -2000)}")


def _add_batch(session: Session, batch: BatchInput, ceremony_id: int) -> int:
    record = ImportBatch(source=batch.source[:1000], sheet=batch.sheet[:120],
                         ceremony_id=ceremony_id, imported_at=datetime.now(),
                         imported_by=audit.current_user(), row_count=len(batch.rows),
                         source_sha256=batch.sha256)
    session.add(record)
    session.flush()
    return record.id


# The order of StoredName's fields follows "kind": the name's tuple is spliced in.
_HONOREE_COLUMNS = (
    "id", "kind", "name", "family_name", "middle_name", "given_name",
    "search_key", "duplicate_key", "sort_key", "gender", "birth_date", "birth_year",
    "ethnicity", "rank", "position", "unit_id", "notes", "import_batch_id", "version",
    "name_as_typed")
_NAME_AND_KIND = operator.attrgetter("name", "kind")


def _insert_honorees(session: Session, rows: Sequence[ImportRow], units: dict[str, int],
                     batch_id: int, progress: Progress | None) -> list[int]:
    """Ids for every row: the linked honoree's, or a new one's, in row order."""
    new = [row for row in rows if row.existing_id is None]
    created = reserve_ids(session, len(new))
    order = tone_order_in(session)
    day = _date_parameter(session)
    for start in range(0, len(new), CHUNK):
        part = new[start:start + CHUNK]
        names = stored_names(map(_NAME_AND_KIND, part), order)
        chunk = [
            (honoree_id, row.kind, *name, row.gender, day(row.birth_date), row.birth_year,
             row.ethnicity, row.rank, row.position, units.get(row.unit), row.notes, batch_id,
             1, row.name_as_typed[:300])
            for row, honoree_id, name in zip(part, created[start:start + CHUNK], names,
                                             strict=True)]
        insert_plain(session, Honoree.__table__, _HONOREE_COLUMNS, chunk)
        if progress is not None:
            progress("store", start + len(chunk), len(new))
    fresh = iter(created)
    return [row.existing_id if row.existing_id is not None else next(fresh) for row in rows]


def reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for *count* new honorees, known before the insert.

    With ids in hand the rows go in as one plain executemany; asking for them back
    (RETURNING in parameter order) makes SQLAlchemy insert SQLite rows one at a time.
    SQLite: the transaction holds the write lock (BEGIN IMMEDIATE), so max(id) stays
    ours. PostgreSQL: the ids are drawn from the table's own sequence.
    """
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        drawn = session.execute(text(
            "SELECT nextval(pg_get_serial_sequence('honorees', 'id')) "
            "FROM generate_series(1, :n)"), {"n": count}).scalars().all()
        return [int(value) for value in drawn]
    highest = session.scalar(select(func.coalesce(func.max(Honoree.id), 0))) or 0
    return list(range(highest + 1, highest + 1 + count))


_AWARD_COLUMNS = ("honoree_id", "award_type_id", "decision_id", "ceremony_id",
                  "import_batch_id", "citation", "status", "list_position", "version")


def _insert_awards(session: Session, rows: Sequence[ImportRow], honoree_ids: list[int],
                   award_types: dict[AwardRef, int],
                   decisions: dict[tuple[int, str], int], ceremony_id: int,
                   batch_id: int) -> None:
    nominated = AwardStatus.NOMINATED.value
    # The rows share a few AwardRef objects: each is looked up once, by identity, since
    # hashing a frozen dataclass runs Python code.
    type_of: dict[int, int] = {}
    values = []
    for row, honoree_id in zip(rows, honoree_ids, strict=True):
        award_type = type_of.get(id(row.award))
        if award_type is None:
            award_type = type_of[id(row.award)] = award_types[row.award]
        decision = decisions.get((award_type, row.decision)) if row.decision else None
        values.append((honoree_id, award_type, decision, ceremony_id, batch_id, row.citation,
                       nominated, row.list_position, 1))
    for start in range(0, len(values), CHUNK):
        insert_plain(session, Award.__table__, _AWARD_COLUMNS, values[start:start + CHUNK])


def insert_plain(session: Session, table: Any, columns: Sequence[str],
                 rows: Sequence[tuple[Any, ...]]) -> None:
    """INSERT many rows of plain values, handed to the database driver as they are.

    SQLAlchemy's executemany builds and type-converts a parameter dictionary per row,
    which cost more than the insert itself for 50,000 rows. So dates must come ready
    for the driver (_date_parameter); the table's constant Python-side defaults are
    added here for the columns not given.
    """
    assert isinstance(table, Table)
    defaults = []
    for column in table.columns:
        if column.name in columns or column.default is None:
            continue
        if not column.default.is_scalar:
            raise TypeError(f"{table.name}.{column.name}: give it, its default is computed")
        defaults.append((column.name, column.default.arg))
    names = [*columns, *(name for name, _ in defaults)]
    extra = tuple(value for _, value in defaults)
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) "
                 f"VALUES ({', '.join([marker] * len(names))})")
    if rows:
        connection.exec_driver_sql(statement, [row + extra for row in rows] if extra
                                   else list(rows))


def _date_parameter(session: Session) -> Callable[[date | None], object]:
    """SQLite keeps dates as ISO text (what SQLAlchemy stores); other drivers take dates."""
    if session.get_bind().dialect.name != "sqlite":
        return lambda day: day
    return lambda day: None if day is None else day.isoformat()


def _remember_mapping(session: Session, batch: BatchInput) -> None:
    if not batch.signature:
        return
    mapping = json.dumps({str(k): v for k, v in sorted(batch.mapping.items())})
    headers = json.dumps(list(batch.headers), ensure_ascii=False)
    found = session.scalars(select(ImportMapping)
                            .where(ImportMapping.signature == batch.signature)).first()
    if found is None:
        session.add(ImportMapping(signature=batch.signature, headers=headers, mapping=mapping,
                                  used_at=datetime.now()))
    else:
        found.mapping, found.headers, found.used_at = mapping, headers, datetime.now()


def remembered_mapping(registry: Registry, signature: str) -> dict[int, str] | None:
    """The mapping last used for lists with this header signature, if any."""
    with registry.reading() as session:
        found = session.scalars(select(ImportMapping.mapping)
                                .where(ImportMapping.signature == signature)).first()
    if found is None:
        return None
    return {int(k): str(v) for k, v in json.loads(found).items()}


def list_batches(registry: Registry) -> list[BatchInfo]:
    with registry.reading() as session:
        counts = (select(Award.import_batch_id, func.count(Award.id).label("n"))
                  .group_by(Award.import_batch_id).subquery())
        found = session.execute(
            select(ImportBatch, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.import_batch_id == ImportBatch.id)
            .order_by(ImportBatch.id.desc())).all()
        return [_info(batch, count) for batch, count in found]


def _info(batch: ImportBatch, awards: int) -> BatchInfo:
    return BatchInfo(batch.id, batch.source, batch.sheet, batch.ceremony_id,
                     batch.imported_at, batch.row_count, batch.undone_at, awards)


def undo_batch(registry: Registry, batch_id: int) -> tuple[int, int]:
    """Remove a batch's awards, and the honorees it created that hold no other award.

    Refused when the batch was undone already or any of its awards has been printed:
    a printed certificate is on record and must be withdrawn by hand.
    """
    with registry.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise DataError("import.batch_not_found", id=batch_id)
        if batch.undone_at is not None:
            raise DataError("import.batch_undone", id=batch_id,
                            at=batch.undone_at.isoformat(sep=" ", timespec="minutes"))
        printed = session.scalar(select(func.count(Award.id)).where(
            Award.import_batch_id == batch_id, Award.print_count > 0))
        if printed:
            raise DataError("import.batch_printed", id=batch_id, count=printed)
        awards = session.execute(delete(Award).where(Award.import_batch_id == batch_id))
        created = select(Honoree.id).where(Honoree.import_batch_id == batch_id)
        still_awarded = select(Award.honoree_id).where(Award.honoree_id.in_(created))
        honorees = session.execute(delete(Honoree).where(
            Honoree.import_batch_id == batch_id, Honoree.id.not_in(still_awarded)))
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                        .values(undone_at=datetime.now()))
        removed = (_count(awards), _count(honorees))
        audit.record(session, "undo_import", "import_batch", batch_id,
                     awards=removed[0], honorees=removed[1])
        return removed


def _count(result: Iterable[object]) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
