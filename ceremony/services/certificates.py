"""Which certificates to print, with every value printed on them, and recording a real print.

Printing sits above this layer, so the rendering is handed in as a function:
`print_batch` calls it inside the transaction that takes register numbers and
marks the awards printed, so a failed render leaves the registry as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.certificate_rounds import StageRoundKey, round_award_ids
from ceremony.services.register import assign_register_numbers, mark_printed
from ceremony.store.models import Authority, Award, AwardType, Ceremony, Decision, Honoree, Unit
from ceremony.store.plain import plain_rows
from ceremony.store.registry import Registry
from ceremony.text import search_key

T = TypeVar("T")


class CertificateOrder(StrEnum):
    # The order of the running order's stage rounds (the tray list's order), so the
    # certificates come off the printer in the order they are handed over.
    STAGE = "stage"
    LIST = "list"
    NAME = "name"  # Vietnamese official order: given name, middle, family


@dataclass(frozen=True)
class CertificateSelection:
    ceremony_id: int | None = None
    award: str | None = None  # part of the award type's name, accents ignored
    award_ids: tuple[int, ...] | None = None
    order: CertificateOrder = CertificateOrder.LIST
    stage_round: StageRoundKey | None = None  # one round of the ceremony's running order


@dataclass(frozen=True, slots=True)
class CertificateRecord:
    """Everything one certificate prints, as plain values (safe to pass between threads)."""

    award_id: int
    honoree_id: int
    name: str
    kind: str
    gender: str | None
    rank: str
    position: str
    unit: str
    citation: str
    award: str
    award_category: str
    default_template: str
    authority_id: int
    authority: str
    authority_title: str
    place_name: str
    decision_number: str
    decision_date: date | None
    signer_title: str
    signer_name: str
    register_no: str
    posthumous: bool
    print_count: int
    ceremony_title: str
    ceremony_date: date | None
    ceremony_place: str
    language: str


def certificate_records(registry: Registry, selection: CertificateSelection) -> list[
    CertificateRecord
]:
    """The certificates as they would print now: a preview never assigns register numbers."""
    with registry.reading() as session:
        return _in_stage_order(registry, selection, _records(session, selection))


def print_batch(
    registry: Registry,
    selection: CertificateSelection,
    produce: Callable[[Sequence[CertificateRecord]], T],
    *,
    real: bool,
    now: datetime | None = None,
) -> T:
    """Call *produce* with the selected certificates; for a real print, record it.

    A real print takes register numbers for awards that have none (per authority and
    year, in print order) and counts the print, all in the transaction *produce* runs
    in: if it raises (cancelled, a font lacks a letter), nothing is recorded.
    """
    if not real:
        return produce(_nonempty(certificate_records(registry, selection)))
    moment = now or datetime.now()
    with registry.transaction() as session:
        records = _nonempty(_in_stage_order(registry, selection, _records(session, selection)))
        numbers = assign_register_numbers(session, _needing_numbers(records), moment)
        records = [replace(r, register_no=numbers.get(r.award_id, r.register_no))
                   for r in records]
        result = produce(records)
        mark_printed(session, [r.award_id for r in records], moment)
        audit.record(session, "print", "certificates", None, awards=len(records),
                     numbered=len(numbers))
    return result


def _in_stage_order(registry: Registry, selection: CertificateSelection,
                    records: list[CertificateRecord]) -> list[CertificateRecord]:
    """Reorder by the running order's stage rounds when that order was asked for."""
    if selection.order is not CertificateOrder.STAGE or selection.ceremony_id is None:
        return records
    from ceremony.services.programme_view import stage_order

    position = {award_id: i for i, award_id in enumerate(
        stage_order(registry, selection.ceremony_id))}
    # Awards the plan does not know yet keep their list order, after the planned ones.
    return sorted(records, key=lambda r: position.get(r.award_id, len(position)))


def _needing_numbers(records: Sequence[CertificateRecord]) -> list[tuple[int, int, int]]:
    """(award id, authority id, register year) for awards printed for the first time."""
    return [(r.award_id, r.authority_id, r.decision_date.year if r.decision_date else 0)
            for r in records if not r.register_no]


def _nonempty(records: list[CertificateRecord]) -> list[CertificateRecord]:
    if not records:
        raise DataError("certificates.none_selected")
    return records


def _records(session: Session, selection: CertificateSelection) -> list[CertificateRecord]:
    # Plain driver values: a 10,000-certificate batch should not wait on the ORM.
    query = _query(selection)
    if selection.stage_round is not None:
        if selection.ceremony_id is None:
            raise DataError("certificates.round_needs_ceremony")
        query = query.where(Award.id.in_(
            round_award_ids(session, selection.ceremony_id, selection.stage_round)))
    rows = plain_rows(session, query)
    records = [_record(row) for row in rows]
    if selection.award:
        wanted = search_key(selection.award)
        records = [r for r in records if wanted in search_key(r.award)]
    return records


def _query(selection: CertificateSelection) -> Select[*tuple[Any, ...]]:
    query = (
        select(
            Award.id, Honoree.id, Honoree.name, Honoree.kind, Honoree.gender, Honoree.rank,
            Honoree.position, func.coalesce(Unit.name, ""), Award.citation, AwardType.name,
            AwardType.category, AwardType.default_template, AwardType.default_citation,
            Authority.id, Authority.name, Authority.title_line, Authority.place_name,
            Authority.signer_title, Authority.signer_name,
            func.coalesce(Decision.number, ""), Decision.date, Decision.signer_title,
            Decision.signer_name, Award.register_no, Award.posthumous, Award.print_count,
            Ceremony.title, Ceremony.date, Ceremony.place_name, Ceremony.language,
        )
        .join(Honoree, Award.honoree_id == Honoree.id)
        .join(AwardType, Award.award_type_id == AwardType.id)
        .join(Authority, AwardType.authority_id == Authority.id)
        .outerjoin(Decision, Award.decision_id == Decision.id)
        .outerjoin(Unit, Honoree.unit_id == Unit.id)
        .outerjoin(Ceremony, Award.ceremony_id == Ceremony.id)
    )
    if selection.ceremony_id is not None:
        query = query.where(Award.ceremony_id == selection.ceremony_id)
    if selection.award_ids is not None:
        query = query.where(Award.id.in_(selection.award_ids))
    if selection.order is CertificateOrder.NAME:
        return query.order_by(AwardType.precedence, Honoree.kind, Honoree.sort_key, Award.id)
    return query.order_by(AwardType.precedence, Award.list_position, Award.id)


def _record(row: Sequence[Any]) -> CertificateRecord:
    (award_id, honoree_id, name, kind, gender, rank, position, unit, citation, award,
     category, default_template, default_citation, authority_id, authority, title_line,
     place, authority_signer_title, authority_signer, decision_number, decision_date,
     decision_signer_title, decision_signer, register_no, posthumous, print_count,
     ceremony_title, ceremony_date, ceremony_place, language) = row
    return CertificateRecord(
        award_id=award_id, honoree_id=honoree_id, name=name, kind=kind, gender=gender,
        rank=rank, position=position, unit=unit, citation=citation or default_citation,
        award=award, award_category=category, default_template=default_template,
        authority_id=authority_id, authority=authority, authority_title=title_line or authority,
        place_name=place, decision_number=decision_number,
        decision_date=_as_date(decision_date),
        signer_title=decision_signer_title or authority_signer_title,
        signer_name=decision_signer or authority_signer, register_no=register_no,
        posthumous=bool(posthumous), print_count=print_count,
        ceremony_title=ceremony_title or "", ceremony_date=_as_date(ceremony_date),
        ceremony_place=ceremony_place or "", language=language or "vi",
    )


def _as_date(value: object) -> date | None:
    """SQLite's driver returns ISO text for dates; PostgreSQL's returns dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
