"""Find-or-create for the registry's reference data, inside the caller's transaction.

Imports and the sample ceremony name authorities, award types, decisions and
units by text; these helpers make sure each is stored once.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ceremony.services.tone_order import tone_order_in
from ceremony.store.models import Authority, AwardType, Decision, Unit
from ceremony.text import canonical_text, duplicate_key, search_key, text_sort_key


def unit_named(session: Session, name: str, parent: Unit | None = None) -> Unit | None:
    clean = canonical_text(name)
    if not clean:
        return None
    key = duplicate_key(clean)
    parent_id = None if parent is None else parent.id
    same_parent = Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    found = session.scalars(select(Unit).where(Unit.duplicate_key == key, same_parent)).first()
    if found is not None:
        return found
    unit = Unit(
        name=clean,
        duplicate_key=key,
        search_key=search_key(clean),
        sort_key=text_sort_key(clean, tone_order_in(session)),
        parent_id=parent_id,
    )
    session.add(unit)
    session.flush()
    return unit


def authority_named(session: Session, name: str, **fields: str) -> Authority:
    clean = canonical_text(name)
    found = session.scalars(select(Authority).where(Authority.name == clean)).first()
    if found is not None:
        return found
    authority = Authority(name=clean, **{k: canonical_text(v) for k, v in fields.items()})
    session.add(authority)
    session.flush()
    return authority


def award_type_named(
    session: Session, authority: Authority, name: str, **fields: object
) -> AwardType:
    clean = canonical_text(name)
    found = session.scalars(
        select(AwardType).where(AwardType.authority_id == authority.id, AwardType.name == clean)
    ).first()
    if found is not None:
        return found
    award_type = AwardType(name=clean, authority_id=authority.id, **fields)
    session.add(award_type)
    session.flush()
    return award_type


def decision_numbered(
    session: Session,
    authority: Authority,
    number: str,
    on: date | None,
    **fields: str,
) -> Decision:
    clean = canonical_text(number)
    found = session.scalars(
        select(Decision).where(Decision.authority_id == authority.id, Decision.number == clean)
    ).first()
    if found is not None:
        return found
    decision = Decision(
        number=clean,
        date=on,
        authority_id=authority.id,
        **{k: canonical_text(v) for k, v in fields.items()},
    )
    session.add(decision)
    session.flush()
    return decision
