"""Authorities, award types and decisions: the reference data awards point to.

Saving returns the record as it was before (None for a new one), so the UI can
undo by saving the old values back; removing is only allowed while unused.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ceremony.errors import DataError
from ceremony.services import audit
from ceremony.services.reference_records import (
    AuthorityInfo,
    AwardTypeInfo,
    DecisionInfo,
    Info,
    label,
    validated,
)
from ceremony.store.base import Base
from ceremony.store.models import Authority, Award, AwardType, Decision
from ceremony.store.registry import Registry

__all__ = ["AuthorityInfo", "AwardTypeInfo", "DecisionInfo", "Info", "list_authorities",
           "list_award_types", "list_decisions", "remove", "save", "validated"]


_MODELS: dict[type[Any], type[Base]] = {
    AuthorityInfo: Authority, AwardTypeInfo: AwardType, DecisionInfo: Decision}
_ENTITY = {AuthorityInfo: "authority", AwardTypeInfo: "award_type", DecisionInfo: "decision"}


def list_authorities(registry: Registry) -> list[AuthorityInfo]:
    with registry.reading() as session:
        found = session.scalars(select(Authority).order_by(Authority.name))
        return [AuthorityInfo(**_columns(a, AuthorityInfo)) for a in found]


def list_award_types(registry: Registry) -> list[AwardTypeInfo]:
    with registry.reading() as session:
        found = session.scalars(select(AwardType).order_by(AwardType.precedence, AwardType.name))
        return [AwardTypeInfo(**_columns(t, AwardTypeInfo)) for t in found]


def list_decisions(registry: Registry) -> list[DecisionInfo]:
    with registry.reading() as session:
        found = session.scalars(select(Decision).order_by(Decision.date.desc(), Decision.number))
        return [DecisionInfo(**_columns(d, DecisionInfo)) for d in found]


def _columns(record: Base, kind: type[Any]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in kind.__dataclass_fields__}


def save(registry: Registry, info: Info) -> tuple[Info, Info | None]:
    """Add (id None) or update a record; returns (as saved, as it was before)."""
    clean = validated(info)
    model = _MODELS[type(clean)]
    try:
        with registry.transaction() as session:
            before, record = _load_or_new(session, model, clean)
            for name, value in asdict(clean).items():
                if name != "id":
                    setattr(record, name, value)
            session.flush()
            saved = replace(clean, id=record.id)
            audit.record(session, "save", _ENTITY[type(clean)], record.id, **asdict(saved))
    except IntegrityError as error:
        raise DataError("reference.duplicate", name=label(clean)) from error
    return saved, before


def _load_or_new(session: Session, model: type[Base], info: Info) -> tuple[Info | None, Any]:
    if info.id is None:
        created = model()
        session.add(created)
        return None, created
    found = session.get(model, info.id)
    if found is None:
        raise DataError("reference.not_found", name=label(info))
    return type(info)(**_columns(found, type(info))), found


def remove(registry: Registry, info: Info) -> None:
    """Remove a record nothing refers to (undoing an addition)."""
    model = _MODELS[type(info)]
    with registry.transaction() as session:
        record = session.get(model, info.id)
        if record is None:
            return
        if _in_use(session, info):
            raise DataError("reference.in_use", name=label(info))
        session.delete(record)
        audit.record(session, "remove", _ENTITY[type(info)], info.id, name=label(info))


def _in_use(session: Session, info: Info) -> bool:
    if isinstance(info, AuthorityInfo):
        uses = [select(func.count()).where(AwardType.authority_id == info.id),
                select(func.count()).where(Decision.authority_id == info.id)]
    elif isinstance(info, AwardTypeInfo):
        uses = [select(func.count()).where(Award.award_type_id == info.id)]
    else:
        uses = [select(func.count()).where(Award.decision_id == info.id)]
    return any(session.scalar(query) for query in uses)


