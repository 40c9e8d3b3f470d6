"""The audit trail: every write records who did what, in the same transaction."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from ceremony.store.identity import current_user
from ceremony.store.models import AuditEntry

__all__ = ["current_user", "record"]


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    **details: object,
) -> None:
    session.add(
        AuditEntry(
            at=datetime.now(),
            user_name=current_user(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, ensure_ascii=False, default=str),
        )
    )
