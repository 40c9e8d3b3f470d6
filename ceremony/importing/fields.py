"""The fields a list's columns can map to, and how header texts name them."""

from __future__ import annotations

import enum
import hashlib
import json
import re
from collections.abc import Sequence
from typing import Final

from ceremony.text import search_key


class Field(enum.StrEnum):
    SEQ = "seq"
    NAME = "name"
    RANK = "rank"
    POSITION = "position"
    UNIT = "unit"
    POSITION_UNIT = "position_unit"  # "Chức vụ, đơn vị" in one column
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    BIRTH_YEAR = "birth_year"
    BIRTH_YEAR_MALE = "birth_year_male"  # "Năm sinh" split into "Nam" | "Nữ"
    BIRTH_YEAR_FEMALE = "birth_year_female"
    ETHNICITY = "ethnicity"
    CITATION = "citation"
    AWARD = "award"
    DECISION = "decision"
    DECISION_DATE = "decision_date"
    NOTES = "notes"
    IGNORE = "ignore"


# (field, exact header keys, key prefixes); checked in order, first match wins, so the
# combined "chuc vu, don vi" comes before "chuc vu" and "don vi".
_RULES: Final[tuple[tuple[Field, frozenset[str], tuple[str, ...]], ...]] = (
    (Field.SEQ, frozenset({"stt", "tt", "so tt", "no", "n0", "so thu tu", "#", "s tt"}), ()),
    (Field.POSITION_UNIT, frozenset({"position unit", "position and unit", "chuc danh don vi"}),
     ("chuc vu don vi", "chuc vu noi cong tac", "chuc vu co quan", "chuc danh don vi",
      "chuc vu va don vi", "chuc vu va noi cong tac")),
    (Field.DECISION_DATE, frozenset({"decision date", "ngay qd"}), ("ngay quyet dinh",)),
    (Field.DECISION, frozenset({"so qd", "decision", "decision no", "quyet dinh"}),
     ("so quyet dinh", "decision number")),
    (Field.NAME, frozenset({"ho va ten", "ho ten", "full name", "name", "ten", "ho va ten dem",
                            "ten tap the ca nhan", "ten ca nhan tap the", "tap the ca nhan"}),
     ("ho va ten", "ho ten", "ten tap the", "ten ca nhan", "ten don vi ca nhan", "full name")),
    (Field.RANK, frozenset({"cap bac", "rank", "quan ham", "cap bac quan ham"}), ("cap bac",)),
    (Field.POSITION, frozenset({"chuc vu", "position", "chuc danh", "job title", "title"}),
     ("chuc vu",)),
    (Field.UNIT, frozenset({"don vi", "unit", "noi cong tac", "co quan", "department",
                            "organisation", "organization", "don vi cong tac"}),
     ("don vi", "noi cong tac", "co quan cong tac")),
    (Field.GENDER, frozenset({"gioi tinh", "gender", "sex", "nam nu"}), ()),
    (Field.BIRTH_DATE, frozenset({"ngay sinh", "date of birth", "dob", "birth date",
                                  "ngay thang nam sinh"}), ("ngay thang nam sinh",)),
    (Field.BIRTH_YEAR, frozenset({"nam sinh", "year of birth", "born", "birth year"}), ()),
    (Field.ETHNICITY, frozenset({"dan toc", "ethnicity"}), ()),
    (Field.CITATION, frozenset({"thanh tich", "citation", "achievement", "achievements"}),
     ("tom tat thanh tich", "thanh tich")),
    (Field.AWARD, frozenset({"hinh thuc khen thuong", "hinh thuc", "award", "danh hieu",
                             "hinh thuc khen"}), ("hinh thuc khen thuong",)),
    (Field.NOTES, frozenset({"ghi chu", "notes", "note", "remarks"}), ()),
)

_NOT_WORD: Final = re.compile(r"[^0-9a-z#]+")


def header_key(text: str) -> str:
    """Accents, case and punctuation dropped: "Chức vụ,\\nđơn vị" -> "chuc vu don vi"."""
    return " ".join(_NOT_WORD.sub(" ", search_key(text)).split())


def field_of(label: str) -> Field | None:
    key = header_key(label)
    if not key:
        return None
    for target, exact, prefixes in _RULES:
        if key in exact or key.startswith(prefixes):
            return target
    return None


def sub_field(top: Field | None, bottom: str) -> Field | None:
    """The field of a column under a two-row header ("Năm sinh" over "Nam" | "Nữ")."""
    key = header_key(bottom)
    if top is Field.BIRTH_YEAR and key in ("nam", "male"):
        return Field.BIRTH_YEAR_MALE
    if top is Field.BIRTH_YEAR and key in ("nu", "female"):
        return Field.BIRTH_YEAR_FEMALE
    return field_of(bottom) or top


def signature(labels: Sequence[str]) -> str:
    """SHA-256 of the normalised header texts: the same layout gives the same signature."""
    normalised = json.dumps([header_key(label) for label in labels], ensure_ascii=True)
    return hashlib.sha256(normalised.encode("ascii")).hexdigest()


def parse_field(text: str) -> Field:
    """A field named on the command line (--map HEADER=FIELD)."""
    from ceremony.errors import DataError

    try:
        return Field(text.strip().lower())
    except ValueError as error:
        raise DataError("import.bad_field", field=text,
                        fields=", ".join(f.value for f in Field)) from error
