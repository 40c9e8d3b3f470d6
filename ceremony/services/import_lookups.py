"""Registry lookups of an import: the awards, decisions and units a list names, and the
honorees already stored under its names.

Every query pages through IN (...) lists on indexed columns, so 50,000 new names against
100,000 stored ones is a few hundred index lookups, never a pairing of every name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services.lookup import authority_named, award_type_named, decision_numbered
from ceremony.services.tone_order import tone_order_in
from ceremony.store.enums import AwardCategory, HonoreeKind, Recipients
from ceremony.store.models import Authority, Award, AwardType, Ceremony, Decision, Honoree, Unit
from ceremony.text import canonical_text, duplicate_key, search_key, text_sort_key

IN_CHUNK = 500  # bound parameters per IN (...) query, well under every driver's limit
# Keys per duplicate-key lookup: SQLite (3.32+) takes 32,766 parameters, PostgreSQL 65,535.
KEY_CHUNK = 2000


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


class Stored(NamedTuple):
    """An honoree already in the registry whose duplicate key a new row shares.

    (A named tuple: a list of common names finds tens of thousands of them.)
    """

    id: int
    kind: str
    name: str
    unit_key: str
    unit: str


def stored_by_duplicate_key(session: Session, keys: Iterable[str]) -> dict[str, list[Stored]]:
    """The stored honorees under each of *keys*, with their units' keys and names.

    Written for the driver (see store/plain.py): for 50,000 keys SQLAlchemy's expansion
    of the IN lists and its result rows cost more than the index lookups themselves.
    """
    wanted = list(keys)
    found: dict[str, list[Stored]] = defaultdict(list)
    connection = session.connection()
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    for start in range(0, len(wanted), KEY_CHUNK):
        chunk = tuple(wanted[start:start + KEY_CHUNK])
        statement = (
            "SELECT h.id, h.duplicate_key, h.kind, h.name, u.duplicate_key, u.name "
            f"FROM {Honoree.__tablename__} h LEFT JOIN {Unit.__tablename__} u "
            f"ON u.id = h.unit_id WHERE h.duplicate_key IN ({', '.join([marker] * len(chunk))})")
        rows = connection.exec_driver_sql(statement, chunk).all()
        for hid, key, kind, name, unit_key, unit in rows:
            found[key].append(Stored(hid, kind, name, unit_key or "", unit or ""))
    return found


def ceremony_date(session: Session, ceremony_id: int) -> date | None:
    """The ceremony's date; None when there is no such ceremony (the commit refuses it)."""
    return session.scalar(select(Ceremony.date).where(Ceremony.id == ceremony_id))


def decisions_held(session: Session, honoree_ids: Sequence[int],
                   award_type_ids: set[int]) -> dict[tuple[int, int], set[str]]:
    """(honoree, award type) -> the decision numbers under which it is already held."""
    held: dict[tuple[int, int], set[str]] = defaultdict(set)
    for start in range(0, len(honoree_ids), IN_CHUNK):
        query = (select(Award.honoree_id, Award.award_type_id, Decision.number)
                 .outerjoin(Decision, Award.decision_id == Decision.id)
                 .where(Award.honoree_id.in_(honoree_ids[start:start + IN_CHUNK]),
                        Award.award_type_id.in_(award_type_ids)))
        for honoree_id, type_id, number in session.execute(query):
            held[(honoree_id, type_id)].add(number or "")
    return held


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


def resolve_decisions(session: Session,
                      wanted: dict[tuple[int, str], date | None]) -> dict[tuple[int, str], int]:
    """(award type id, decision number) -> the decision's id, found or created."""
    resolved = {}
    for (award_type_id, number), on in wanted.items():
        award = session.get(AwardType, award_type_id)
        assert award is not None  # resolved in this transaction
        decision = decision_numbered(session, award.authority, number, on)
        resolved[(award_type_id, number)] = decision.id
    return resolved


def resolve_units(session: Session, names: Sequence[str]) -> dict[str, int]:
    """Top-level units by name, found by duplicate key or created, in a few queries.

    Of two spellings of a new unit ("xã Cần Yên", "XÃ CẦN YÊN") the first is stored.
    """
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
