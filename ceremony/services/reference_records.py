"""Authorities, award types and decisions as plain records, and their validation.

No database code here, so forms can validate as the user types before the
registry (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from ceremony.errors import DataError
from ceremony.store.enums import AwardCategory, Recipients
from ceremony.text import canonical_text


@dataclass(frozen=True)
class AuthorityInfo:
    id: int | None
    name: str
    title_line: str = ""
    signer_title: str = ""
    signer_name: str = ""
    place_name: str = ""


@dataclass(frozen=True)
class AwardTypeInfo:
    id: int | None
    name: str
    authority_id: int
    category: str = AwardCategory.CERTIFICATE_OF_MERIT.value
    recipients: str = Recipients.BOTH.value
    once_per_honoree: bool = False
    precedence: int = 100
    default_citation: str = ""
    default_template: str = ""


@dataclass(frozen=True)
class DecisionInfo:
    id: int | None
    number: str
    authority_id: int
    date: date | None = None
    signer_title: str = ""
    signer_name: str = ""


Info = AuthorityInfo | AwardTypeInfo | DecisionInfo


def label(info: Info) -> str:
    return info.number if isinstance(info, DecisionInfo) else info.name


def validated(info: Info) -> Info:
    text_fields = {name: canonical_text(value) for name, value in asdict(info).items()
                   if isinstance(value, str)}
    clean = replace(info, **text_fields)  # type: ignore[arg-type]
    if not label(clean):
        raise DataError("reference.name_empty")
    if isinstance(clean, AwardTypeInfo):
        if clean.category not in set(AwardCategory):
            raise DataError("reference.bad_category", value=clean.category)
        if clean.recipients not in set(Recipients):
            raise DataError("reference.bad_recipients", value=clean.recipients)
    return clean
