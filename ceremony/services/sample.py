"""The sample ceremony shipped in resources/: the founding Cao Bằng review conference.

Loading it is one transaction, so a half-loaded sample never appears.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ceremony.paths import resources_dir
from ceremony.services import audit
from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.honorees import HonoreeInput, new_honoree
from ceremony.services.lookup import authority_named, award_type_named, decision_numbered
from ceremony.services.records import CeremonyInfo
from ceremony.services.values import parse_date, parse_time
from ceremony.store.enums import AwardStatus
from ceremony.store.models import Authority, Award, AwardType, Ceremony, Decision
from ceremony.store.registry import Registry


def sample_path() -> Path:
    return resources_dir() / "sample" / "ceremony_vi.json"


def read_sample(path: Path | None = None) -> dict[str, Any]:
    with (path or sample_path()).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def find_sample(registry: Registry, data: dict[str, Any] | None = None) -> CeremonyInfo | None:
    """The sample ceremony if it is already in the registry (same title and date)."""
    spec = (data or read_sample())["ceremony"]
    for info in list_ceremonies(registry):
        if info.title == spec["title"] and info.date == date.fromisoformat(spec["date"]):
            return info
    return None


def load_sample(registry: Registry, path: Path | None = None) -> tuple[CeremonyInfo, bool]:
    """Load the sample ceremony unless it is there already; True when it was loaded now."""
    data = read_sample(path)
    existing = find_sample(registry, data)
    if existing is not None:
        return existing, False
    with registry.transaction() as session:
        ceremony = _add_ceremony(session, data["ceremony"])
        authorities = {a["key"]: _add_authority(session, a) for a in data["authorities"]}
        award_types = {
            t["key"]: _add_award_type(session, authorities[t["authority"]], t)
            for t in data["award_types"]
        }
        decisions = {
            d["key"]: _add_decision(session, authorities[d["authority"]], d)
            for d in data["decisions"]
        }
        for position, entry in enumerate(data["awards"], start=1):
            _add_award(session, ceremony, award_types, decisions, entry, position)
        audit.record(session, "load_sample", "ceremony", ceremony.id, awards=len(data["awards"]))
        ceremony_id = ceremony.id
    loaded = next(c for c in list_ceremonies(registry) if c.id == ceremony_id)
    return loaded, True


def _add_ceremony(session: Session, spec: dict[str, Any]) -> Ceremony:
    ceremony = Ceremony(
        title=spec["title"],
        date=parse_date(spec["date"]),
        time=parse_time(spec["time"]) if spec.get("time") else None,
        venue=spec.get("venue", ""),
        place_name=spec.get("place", ""),
        language=spec.get("language", "vi"),
    )
    session.add(ceremony)
    session.flush()
    return ceremony


def _add_authority(session: Session, spec: dict[str, Any]) -> Authority:
    return authority_named(
        session,
        spec["name"],
        title_line=spec.get("title_line", ""),
        signer_title=spec.get("signer_title", ""),
        signer_name=spec.get("signer_name", ""),
        place_name=spec.get("place", ""),
    )


def _add_award_type(session: Session, authority: Authority, spec: dict[str, Any]) -> AwardType:
    return award_type_named(
        session,
        authority,
        spec["name"],
        category=spec["category"],
        recipients=spec.get("recipients", "both"),
        once_per_honoree=bool(spec.get("once_per_honoree", False)),
        precedence=int(spec.get("precedence", 100)),
        default_citation=spec.get("default_citation", ""),
    )


def _add_decision(session: Session, authority: Authority, spec: dict[str, Any]) -> Decision:
    return decision_numbered(
        session,
        authority,
        spec["number"],
        parse_date(spec["date"]) if spec.get("date") else None,
        signer_title=spec.get("signer_title", ""),
        signer_name=spec.get("signer_name", ""),
    )


def _add_award(
    session: Session,
    ceremony: Ceremony,
    award_types: dict[str, AwardType],
    decisions: dict[str, Decision],
    entry: dict[str, Any],
    position: int,
) -> None:
    honoree = new_honoree(
        session,
        HonoreeInput(
            name=entry["name"],
            kind=entry["kind"],
            rank=entry.get("rank", ""),
            position=entry.get("position", ""),
            unit=entry.get("unit", ""),
            gender=entry.get("gender") or None,
            birth_year=entry.get("birth_year"),
            ethnicity=entry.get("ethnicity", ""),
        ),
    )
    award_type = award_types[entry["award_type"]]
    session.add(
        Award(
            honoree_id=honoree.id,
            award_type_id=award_type.id,
            decision_id=decisions[entry["decision"]].id,
            ceremony_id=ceremony.id,
            citation=entry.get("citation") or award_type.default_citation,
            status=AwardStatus.APPROVED.value,
            list_position=position,
        )
    )


