"""What each row below the header is: data, a section heading, a total, a note, footer."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from typing import Final

from ceremony.importing.layout import text
from ceremony.importing.readers import Value
from ceremony.store.enums import HonoreeKind
from ceremony.text import search_key


class RowKind(enum.Enum):
    BLANK = "blank"
    SPACER = "spacer"  # only a number in the STT column
    SECTION = "section"
    HEADING = "heading"  # a group heading that does not change the kind
    TOTAL = "total"
    NOTE = "note"
    FOOTER = "footer"
    DATA = "data"


_KIND_WORDS: Final = {
    "tap the": HonoreeKind.COLLECTIVE, "collective": HonoreeKind.COLLECTIVE,
    "collectives": HonoreeKind.COLLECTIVE, "teams": HonoreeKind.COLLECTIVE,
    "ca nhan": HonoreeKind.INDIVIDUAL, "individual": HonoreeKind.INDIVIDUAL,
    "individuals": HonoreeKind.INDIVIDUAL, "people": HonoreeKind.INDIVIDUAL,
}
# "I. TẬP THỂ", "A. Tập thể (07)", "II - CÁ NHÂN: 21 người", "Cá nhân:"
_SECTION: Final = re.compile(
    r"^(?:[ivxlc]{1,4}|[a-h]|\d{1,2})?\s*[.)/:-]?\s*(khen thuong\s+)?(?:cho\s+)?"
    r"(" + "|".join(_KIND_WORDS) + r")\s*[:.]?\s*(?:[(]?\s*(?:gom|co)?\s*\d*\s*(?:tap the|"
    r"ca nhan|don vi|nguoi|collectives?|individuals?|people)?\s*[)]?)?\s*[:.]?$")
_ROMAN_OR_LETTER: Final = re.compile(r"^(?:[IVXLC]{1,5}|[A-H])[.)]?$")
_TOTAL: Final = re.compile(r"^(?:tong cong|tong so|tong|cong|total|subtotal)(?:\s*[:(\d]|$)")
_FOOTER: Final = re.compile(
    r"^(?:kt|tm|ktl|tl|q|ttl)\s*[.:]|^(?:chu tich|pho chu tich|giam doc|pho giam doc|tu lenh|"
    r"pho tu lenh|chinh uy|thu truong|nguoi lap|nguoi lap bieu|noi nhan|luu|xac nhan|"
    r"da ky|ky ten|hieu truong|prepared by|approved by|signed)\b|^[(]?da ky[)]?$|"
    r"^[\w\s]+,\s*ngay\s+\d{1,2}\s+thang")
_NOTE: Final = re.compile(r"^(?:ghi chu|chu y|note|\*)|^\(.*\)$|^an dinh danh sach")


def numbered_name(row: Sequence[Value], seq_column: int, name_column: int) -> bool:
    """A number in the STT column and a name beside it: what the full check calls DATA."""
    if seq_column >= len(row) or name_column >= len(row):
        return False
    seq, name = row[seq_column], row[name_column]
    seq_text = seq.strip() if isinstance(seq, str) else text(seq)
    return seq_text.rstrip(".").isdigit() and bool(
        name.strip() if isinstance(name, str) else text(name))


def row_text(row: Sequence[Value]) -> str:
    return " ".join(t for v in row if (t := text(v)))


def classify(row: Sequence[Value], seq_column: int | None,
             name_column: int | None = None) -> tuple[RowKind, str | None]:
    """The row's kind and, for a section, the kind of honoree it introduces."""
    if seq_column is not None and name_column is not None and numbered_name(
            row, seq_column, name_column):
        return RowKind.DATA, None  # the common row, decided without reading every cell
    cells = [t for v in row if (t := text(v))]
    if not cells:
        return RowKind.BLANK, None
    seq = text(row[seq_column]) if seq_column is not None and seq_column < len(row) else ""
    if seq and len(cells) == 1 and cells[0] == seq and seq.rstrip(".").isdigit():
        return RowKind.SPACER, None
    if seq.rstrip(".").isdigit():
        return RowKind.DATA, None
    key = search_key(" ".join(cells))
    section = _SECTION.match(key)
    if section:
        return RowKind.SECTION, _KIND_WORDS[section.group(2)].value
    if _TOTAL.match(key):
        return RowKind.TOTAL, None
    if _FOOTER.match(key):
        return RowKind.FOOTER, None
    if _NOTE.match(key):
        return RowKind.NOTE, None
    if _ROMAN_OR_LETTER.match(seq) and len(cells) <= 2:
        return RowKind.HEADING, None
    return RowKind.DATA, None
