"""The registry's tone order for Vietnamese sorting, and re-keying when it changes.

Sort keys are stored so SQLite and PostgreSQL order alike; they are therefore
computed in one tone order for the whole registry, kept in registry_settings,
and every stored key is recomputed in one transaction when it changes.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from ceremony.services import audit
from ceremony.store.models import Honoree, RegistrySetting, Unit
from ceremony.store.registry import Registry
from ceremony.text import ToneOrder, person_sort_key, text_sort_key

KEY = "tone_order"
_SESSION_CACHE = "ceremony.tone_order"


def tone_order_in(session: Session) -> ToneOrder:
    """The tone order of the registry this session writes to (read once per session)."""
    cached = session.info.get(_SESSION_CACHE)
    if isinstance(cached, ToneOrder):
        return cached
    stored = session.get(RegistrySetting, KEY)
    order = ToneOrder(stored.value) if stored is not None and stored.value else ToneOrder.ICU
    session.info[_SESSION_CACHE] = order
    return order


def get_tone_order(registry: Registry) -> ToneOrder:
    with registry.reading() as session:
        return tone_order_in(session)


def set_tone_order(registry: Registry, order: ToneOrder) -> ToneOrder:
    """Change the tone order and re-key every honoree and unit; returns the old order."""
    with registry.transaction() as session:
        before = tone_order_in(session)
        if before is order:
            return before
        session.merge(RegistrySetting(key=KEY, value=order.value))
        session.info[_SESSION_CACHE] = order
        _rekey_honorees(session, order)
        _rekey_units(session, order)
        audit.record(session, "set_tone_order", "registry", None, before=before.value,
                     after=order.value)
    return before


def _rekey_honorees(session: Session, order: ToneOrder) -> None:
    rows = session.execute(select(Honoree.id, Honoree.kind, Honoree.name)).all()
    keys = [{"row_id": honoree_id,
             "new_key": person_sort_key(name, order) if kind == "individual"
             else text_sort_key(name, order)}
            for honoree_id, kind, name in rows]
    _update_keys(session, cast(Table, Honoree.__table__), keys)


def _rekey_units(session: Session, order: ToneOrder) -> None:
    rows = session.execute(select(Unit.id, Unit.name)).all()
    keys = [{"row_id": unit_id, "new_key": text_sort_key(name, order)} for unit_id, name in rows]
    _update_keys(session, cast(Table, Unit.__table__), keys)


def _update_keys(session: Session, table: Table, keys: list[dict[str, object]]) -> None:
    if not keys:
        return
    statement = (update(table).where(table.c.id == bindparam("row_id"))
                 .values(sort_key=bindparam("new_key")))
    session.connection().execute(statement, keys)
