"""Use cases for imported lists: store a checked list in one transaction, list the
imports, undo one. The importer (ceremony.importing) reads and checks the file; what
reaches this module is plain data, already canonical, with every problem resolved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import cast

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.ceremonies import require_ceremony
from ceremony.services.lookup import authority_named, award_type_named, decision_numbered
from ceremony.services.naming import stored_name
from ceremony.services.tone_order import tone_order_in
from ceremony.store.enums import AwardCategory, AwardStatus, HonoreeKind, Recipients
from ceremony.store.models import (
    Authority,
    Award,
    AwardType,
    Honoree,
    ImportBatch,
    ImportMapping,
    Unit,
)
from ceremony.store.registry import Registry
from ceremony.text import ToneOrder, canonical_text, duplicate_key, search_key, text_sort_key

CHUNK = 5000
IN_CHUNK = 500  # bound parameters per IN (...) query, well under every driver's limit


@dataclass(frozen=True)
class AwardRef:
    """An award named by a list or an option; authority "" means "whichever has it"."""

    name: str
    authority: str = ""


@dataclass(frozen=True)
class AwardInfo:
    id: int
    name: str
    authority: str
    recipients: str
    once_per_honoree: bool


@dataclass(frozen=True)
class ImportRow:
    """One honoree of a list, canonical, with its award; linked or to be created."""

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
    """Store every batch in one transaction; the new batches' ids."""
    with registry.transaction() as session:
        require_ceremony(session, ceremony_id)
        rows = [row for batch in batches for row in batch.rows]
        award_types = resolve_awards(session, {row.award for row in rows}, authority)
        decisions = resolve_decisions(session, rows, award_types)
        units = resolve_units(session, {row.unit for row in rows if row.unit})
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


def _add_batch(session: Session, batch: BatchInput, ceremony_id: int) -> int:
    record = ImportBatch(source=batch.source[:1000], sheet=batch.sheet[:120],
                         ceremony_id=ceremony_id, imported_at=datetime.now(),
                         imported_by=audit.current_user(), row_count=len(batch.rows),
                         source_sha256=batch.sha256)
    session.add(record)
    session.flush()
    return record.id


def _insert_honorees(session: Session, rows: Sequence[ImportRow], units: dict[str, int],
                     batch_id: int, progress: Progress | None) -> list[int]:
    """Ids for every row: the linked honoree's, or a new one's, in row order."""
    new = [row for row in rows if row.existing_id is None]
    created = reserve_ids(session, len(new))
    order = tone_order_in(session)
    for start in range(0, len(new), CHUNK):
        chunk = [_honoree_values(row, units, batch_id, order) | {"id": honoree_id}
                 for row, honoree_id in zip(new[start:start + CHUNK],
                                            created[start:start + CHUNK], strict=True)]
        # Core on the table, not the ORM's bulk path: half the time for 50,000 rows.
        session.connection().execute(insert(cast(Table, Honoree.__table__)), chunk)
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


def _honoree_values(row: ImportRow, units: dict[str, int], batch_id: int,
                    order: ToneOrder) -> dict[str, object]:
    name = stored_name(row.name, row.kind, order)
    return {"kind": row.kind, "name": name.name, "name_as_typed": row.name_as_typed[:300],
            "family_name": name.family, "middle_name": name.middle, "given_name": name.given,
            "search_key": name.search_key, "duplicate_key": name.duplicate_key,
            "sort_key": name.sort_key, "gender": row.gender, "birth_date": row.birth_date,
            "birth_year": row.birth_year, "ethnicity": row.ethnicity, "rank": row.rank,
            "position": row.position, "unit_id": units.get(row.unit), "notes": row.notes,
            "import_batch_id": batch_id, "version": 1}


def _insert_awards(session: Session, rows: Sequence[ImportRow], honoree_ids: list[int],
                   award_types: dict[AwardRef, int],
                   decisions: dict[tuple[int, str], int], ceremony_id: int,
                   batch_id: int) -> None:
    values = [{"honoree_id": honoree_id, "award_type_id": award_types[row.award],
               "decision_id": decisions.get((award_types[row.award], row.decision)),
               "ceremony_id": ceremony_id, "import_batch_id": batch_id,
               "citation": row.citation, "status": AwardStatus.NOMINATED.value,
               "list_position": row.list_position, "version": 1}
              for row, honoree_id in zip(rows, honoree_ids, strict=True)]
    awards = insert(cast(Table, Award.__table__))
    for start in range(0, len(values), CHUNK):
        session.connection().execute(awards, values[start:start + CHUNK])


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


# -- reference data: awards, decisions, units ------------------------------------------


def find_award(session: Session, ref: AwardRef, authority: str | None = None) -> AwardInfo | None:
    """The award type a list names, or None; refused if two authorities have one so named."""
    query = (select(AwardType, Authority.name).join(Authority)
             .where(AwardType.name == canonical_text(ref.name)))
    wanted = canonical_text(ref.authority or authority or "")
    if wanted:
        query = query.where(Authority.name == wanted)
    found = session.execute(query).all()
    if len(found) > 1:
        raise DataError("import.award_ambiguous", award=ref.name,
                        authorities=", ".join(sorted(name for _, name in found)))
    if not found:
        return None
    award, authority_name = found[0]
    return AwardInfo(award.id, award.name, authority_name, award.recipients,
                     award.once_per_honoree)


def resolve_awards(session: Session, refs: Iterable[AwardRef],
                   authority: str | None) -> dict[AwardRef, int]:
    resolved = {}
    for ref in refs:
        found = find_award(session, ref, authority)
        if found is not None:
            resolved[ref] = found.id
            continue
        owner = ref.authority or authority
        if not owner:
            raise DataError("import.award_unknown", award=ref.name)
        resolved[ref] = _new_award_type(session, owner, ref.name)
    return resolved


def _new_award_type(session: Session, authority: str, name: str) -> int:
    category, recipients, once = guess_award_kind(name)
    award = award_type_named(session, authority_named(session, authority), name,
                             category=category, recipients=recipients, once_per_honoree=once)
    return award.id


def guess_award_kind(name: str) -> tuple[str, str, bool]:
    """(category, recipients, once per honoree) of an award type named for the first time.

    Commemorative medals (kỷ niệm chương) go to individuals, once; orders and medals to
    either; the rest (certificates of merit, commendations) to either, any number of times.
    """
    key = search_key(name)
    if key.startswith("ky niem chuong"):
        return AwardCategory.MEDAL.value, Recipients.INDIVIDUAL.value, True
    if key.startswith(("huan chuong", "huy chuong", "medal", "order")):
        return AwardCategory.MEDAL.value, Recipients.BOTH.value, False
    if key.startswith(("bang khen", "certificate of merit")):
        return AwardCategory.CERTIFICATE_OF_MERIT.value, Recipients.BOTH.value, False
    if key.startswith(("giay khen", "commendation")):
        return AwardCategory.COMMENDATION.value, Recipients.BOTH.value, False
    if key.startswith(("chien si thi dua", "lao dong tien tien", "danh hieu", "tap the")):
        return AwardCategory.TITLE.value, Recipients.BOTH.value, False
    return AwardCategory.OTHER.value, Recipients.BOTH.value, False


def accepts(recipients: str, kind: str) -> bool:
    return recipients == Recipients.BOTH or recipients == HonoreeKind(kind).value


def resolve_decisions(session: Session, rows: Iterable[ImportRow],
                      award_types: dict[AwardRef, int]) -> dict[tuple[int, str], int]:
    wanted = {(award_types[row.award], row.decision): row.decision_date
              for row in rows if row.decision}
    resolved = {}
    for (award_type_id, number), on in wanted.items():
        award = session.get(AwardType, award_type_id)
        assert award is not None  # resolved in this transaction
        decision = decision_numbered(session, award.authority, number, on)
        resolved[(award_type_id, number)] = decision.id
    return resolved


def resolve_units(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Top-level units by name, found by duplicate key or created, in a few queries."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(duplicate_key(name), name)
    found: dict[str, int] = {}
    keys = list(by_key)
    for start in range(0, len(keys), IN_CHUNK):
        query = select(Unit.duplicate_key, Unit.id).where(
            Unit.parent_id.is_(None), Unit.duplicate_key.in_(keys[start:start + IN_CHUNK]))
        found.update({key: unit_id for key, unit_id in session.execute(query)})
    missing = [key for key in keys if key not in found]
    if missing:
        values = [{"name": by_key[key], "duplicate_key": key, "search_key": search_key(by_key[key]),
                   "sort_key": text_sort_key(by_key[key], tone_order_in(session)),
                   "parent_id": None} for key in missing]
        statement = insert(Unit).returning(Unit.id, sort_by_parameter_order=True)
        found.update(zip(missing, session.scalars(statement, values).all(), strict=True))
    return {name: found[duplicate_key(name)] for name in names}
