"""The values a template's variables take for one certificate, as NFC text.

Wording follows Vietnamese official style (Nghị định 30/2020: a day below 10 and
the months 1 and 2 are written with a leading zero) or plain English.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date

from ceremony.services.certificates import CertificateRecord

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

LABELS = {
    "vi": {
        "prefixes": {"male": "Ông", "female": "Bà", "individual": "", "collective": "Tập thể"},
        "posthumous": "Truy tặng",
        "decision": "Quyết định số {number} ngày {date}",
        "register": "Số sổ vàng: {number}",
        "no_register": "……",
    },
    "en": {
        "prefixes": {"male": "", "female": "", "individual": "", "collective": ""},
        "posthumous": "Posthumously awarded",
        "decision": "Decision No. {number} of {date}",
        "register": "Register No. {number}",
        "no_register": "……",
    },
}


def long_date(on: date, language: str) -> str:
    if language == "vi":
        day = f"{on.day:02d}"
        month = f"{on.month:02d}" if on.month < 3 else str(on.month)
        return f"ngày {day} tháng {month} năm {on.year}"
    return f"{on.day} {MONTHS_EN[on.month - 1]} {on.year}"


def short_date(on: date, language: str) -> str:
    return f"{on.day:02d}/{on.month:02d}/{on.year}" if language == "vi" else long_date(on, "en")


def variables(record: CertificateRecord, language: str,
              prefixes: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every variable's value for *record*; empty text where the registry has nothing."""
    labels = LABELS.get(language, LABELS["en"])
    prefix = _prefix(record, {**labels["prefixes"], **(prefixes or {})})  # type: ignore[dict-item]
    signed_on = record.decision_date or record.ceremony_date
    place = record.place_name or record.ceremony_place
    date_text = long_date(signed_on, language) if signed_on else ""
    decision = ""
    if record.decision_number:
        decision = str(labels["decision"]).format(
            number=record.decision_number,
            date=short_date(record.decision_date, language) if record.decision_date else "…")
    register = str(labels["register"]).format(number=record.register_no or labels["no_register"])
    values = {
        "name": record.name,
        "prefix": prefix,
        "name_with_prefix": f"{prefix} {record.name}" if prefix else record.name,
        "rank": record.rank,
        "position": record.position,
        "rank_position": _joined(record.rank, record.position),
        "unit": record.unit,
        "position_unit": _joined(record.rank, record.position, record.unit),
        "citation": record.citation,
        "award": record.award,
        "authority": record.authority,
        "authority_title": record.authority_title,
        "decision_number": record.decision_number,
        "decision_date": short_date(record.decision_date, language)
        if record.decision_date else "",
        "decision_line": decision,
        "register_no": record.register_no,
        "register_line": register,
        "date": date_text,
        "place_date": _joined(place, date_text) if language == "vi" else date_text,
        "signer_title": record.signer_title,
        "signer_name": record.signer_name,
        "posthumous": str(labels["posthumous"]) if record.posthumous else "",
        "ceremony_title": record.ceremony_title,
        "year": str(signed_on.year) if signed_on else "",
        "kind": record.kind,
        "gender": record.gender or "",
    }
    return {key: unicodedata.normalize("NFC", value) for key, value in values.items()}


def _prefix(record: CertificateRecord, prefixes: Mapping[str, str]) -> str:
    if record.kind == "collective":
        return prefixes.get("collective", "")
    if record.gender in ("male", "female"):
        return prefixes.get(record.gender, "")
    return prefixes.get("individual", "")


def _joined(*parts: str, sep: str = ", ") -> str:
    return sep.join(part for part in parts if part)
