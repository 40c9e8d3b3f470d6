"""What a cell's text looks like: a unit or a person, a rank in front of a name, a
combined "position, unit". Matched on accent-folded keys so "UBND", "Ủy ban" and
"ỦY BAN" all count, then cut from the text as typed.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Final

from ceremony.store.enums import Gender, HonoreeKind
from ceremony.text import canonical_text, search_key

# Military and police ranks, longest first so "thuong uy" wins over "uy".
_RANKS: Final = tuple(sorted((
    "dai tuong", "thuong tuong", "trung tuong", "thieu tuong", "dai ta", "thuong ta",
    "trung ta", "thieu ta", "dai uy", "thuong uy", "trung uy", "thieu uy", "chuan uy",
    "thuong si", "trung si", "ha si", "binh nhat", "binh nhi",
), key=len, reverse=True))
# Honorifics dropped from the name; ông/bà also tell the gender.
_HONORIFICS: Final = (("dong chi", None), ("d/c", None), ("đ/c", None), ("ong", Gender.MALE),
                      ("ba", Gender.FEMALE), ("mr", Gender.MALE), ("mrs", Gender.FEMALE),
                      ("ms", Gender.FEMALE), ("dr", None))

# Words that open the name of an organisation, not a person.
_UNIT_WORDS: Final = (
    # Not "to", "vu", "doan", "truong" alone: Tô, Vũ, Đoàn, Trương are family names.
    "don", "don bien phong", "ubnd", "uy ban", "xom", "to tu quan", "to dan pho", "to bao ve",
    "to cong tac", "to hoa giai", "thon", "ban", "ban chi huy", "bo chi huy", "phong",
    "cong an", "truong thpt", "truong thcs", "truong tieu hoc", "truong mam non",
    "truong mau giao", "truong dai hoc", "truong cao dang", "truong trung hoc",
    "truong pho thong", "truong si quan", "doi", "hoi", "chi bo", "dang bo", "dang uy",
    "trung doan", "tieu doan", "dai doi", "trung doi", "lu doan", "su doan", "hai doi",
    "tram", "cum", "xa", "phuong", "thi tran", "huyen", "tinh", "bo", "cuc", "so",
    "benh vien", "cong ty", "lop", "cau lac bo", "hop tac xa", "nha", "trung tam",
    "vien", "ban quan ly", "lien doan", "chi hoi", "chi doan", "doan thanh nien", "tap the",
    "nhan dan", "luc luong", "bo doi", "ho gia dinh", "gia dinh", "kho", "ngan hang",
    "team", "department", "school", "company", "class", "club", "office", "group",
    "the", "committee", "association", "division", "unit",
)
_UNIT_START: Final = re.compile(r"^(?:" + "|".join(re.escape(w) for w in _UNIT_WORDS) + r")\b")
# Where a unit starts inside "position unit" text (never at its very first word).
_UNIT_INSIDE: Final = re.compile(
    r"\b(?:don bien phong|ubnd|uy ban|cong an|bo chi huy|ban chi huy|dang uy|dang bo|"
    r"chi bo|hoi|doan|truong thpt|truong thcs|truong tieu hoc|truong mam non|benh vien|"
    r"cong ty|phong|ban|xa|phuong|thi tran|huyen|tinh|don|tram|doi|tieu doan|trung doan|"
    r"dai doi|so|cuc|trung tam|to|xom|thon|ban|lop|khoa)\b"
)
# In "Trưởng phòng", "Phó ban", "Đội phó" these nouns belong to the position, unless
# the noun repeats: "Đội trưởng Đội Vũ trang" is position "Đội trưởng", unit "Đội Vũ trang".
_POSITION_NOUNS: Final = frozenset({"phong", "ban", "doi", "to", "so", "cuc", "tram", "hoi",
                                    "doan"})


# The first words a rank or honorific can start with: most names start with none of
# them, and are passed over without folding the whole name.
_OPENERS: Final = frozenset(
    {p.split()[0] for p in _RANKS} | {h.split()[0] for h, _ in _HONORIFICS})


def split_prefix(name: str) -> tuple[str, str, str | None]:
    """(rank, name, gender) from "Trung tá Phạm Đức Anh" or "Bà Nguyễn Thị Hoa"."""
    words = name.split()
    if not words or search_key(words[0]).rstrip(".:") not in _OPENERS:
        return "", name, None
    folded = search_key(name).split()
    if len(words) != len(folded):  # a character folded into a space: leave it alone
        return "", name, None
    for rank in _RANKS:
        size = rank.count(" ") + 1
        if " ".join(folded[:size]) == rank and len(words) > size:
            return " ".join(words[:size]).capitalize(), " ".join(words[size:]), None
    for honorific, gender in _HONORIFICS:
        size = honorific.count(" ") + 1
        if " ".join(folded[:size]).rstrip(".:") == honorific and len(words) > size + 1:
            return "", " ".join(words[size:]), gender
    return "", name, None


_UNIT_OPENERS: Final = frozenset(word.split()[0] for word in _UNIT_WORDS)
_LEADING_WORD: Final = re.compile(r"\w*")


@functools.lru_cache(maxsize=1 << 14)
def _may_open_unit(word: str) -> bool:
    """Whether a name whose first word is *word* could start with a unit word.

    The name's key starts with this word's key, so a word whose key starts with no unit
    word rules the name out: most names are decided on their (cached) family name.
    """
    key = search_key(word)
    if not key:  # a word of marks or invisibles only: let the whole name decide
        return True
    leading = _LEADING_WORD.match(key)
    return leading is None or leading.group() in _UNIT_OPENERS


def looks_like_unit(name: str) -> bool:
    first = name.split(maxsplit=1)
    if first and not _may_open_unit(first[0]):
        return False
    return _UNIT_START.match(search_key(name)) is not None


def kind_by_shape(name: str) -> tuple[str, bool]:
    """(kind, doubtful): a unit word in front -> collective; 2-5 capitalised words -> person."""
    if looks_like_unit(name):
        return HonoreeKind.COLLECTIVE.value, False
    words = name.split()
    person_like = (2 <= len(words) <= 5 and not _has_digit(name)
                   and all(map(str.isupper, [word[0] for word in words])))
    return HonoreeKind.INDIVIDUAL.value, not person_like


def _has_digit(name: str) -> bool:
    # Letters and spaces only (nearly every name) cannot hold a digit.
    return not name.replace(" ", "").isalpha() and any(map(str.isdigit, name))


def read_name(typed: str) -> tuple[str, str, str | None, str, bool]:
    """split_prefix, then kind_by_shape of what is left: (rank, name, gender, kind, doubtful).

    Most names open with a word that starts no rank, honorific or unit (a family name,
    decided once per distinct word): for them the checks reduce to the name's shape.
    """
    words = typed.split()
    if not words or _may_open_prefix_or_unit(words[0]):
        rank, name, gender = split_prefix(typed)
        return (rank, name, gender, *kind_by_shape(name))
    person_like = (2 <= len(words) <= 5 and not _has_digit(typed)
                   and all(map(str.isupper, map(_first_letter, words))))
    return "", typed, None, _INDIVIDUAL, not person_like


_first_letter: Final = operator.itemgetter(0)
_INDIVIDUAL: Final = HonoreeKind.INDIVIDUAL.value


@functools.lru_cache(maxsize=1 << 14)
def _may_open_prefix_or_unit(word: str) -> bool:
    """Whether a text whose first word is *word* could start with a rank, an
    honorific or a unit word (the tests split_prefix and looks_like_unit start with)."""
    return search_key(word).rstrip(".:") in _OPENERS or _may_open_unit(word)


@functools.lru_cache(maxsize=1 << 12)  # the same "position, unit" texts repeat down a list
def split_position_unit(text: str) -> tuple[str, str]:
    """("Phó Chủ tịch", "UBND xã Đàm Thủy") from "Phó Chủ tịch UBND xã Đàm Thủy".

    Split at a comma before a recognisable unit, else at the first unit word after the
    first word; when no unit is recognisable the text is kept whole as the position.
    """
    text = canonical_text(text)
    keys = search_key(text).split()
    # "Đội trưởng …", "Tổ phó …" start with a unit word but are positions.
    if looks_like_unit(text) and (len(keys) < 2 or keys[1] not in ("truong", "pho")):
        return "", text
    head, comma, tail = text.partition(",")
    if comma and looks_like_unit(tail.strip()):
        return head.strip(), tail.strip()
    words = text.split()
    folded = search_key(text)
    if len(folded.split()) != len(words):
        return text, ""
    for match in _UNIT_INSIDE.finditer(folded):
        index = folded[:match.start()].count(" ")
        if index >= 1 and _starts_unit(keys, index):
            return " ".join(words[:index]).rstrip(","), " ".join(words[index:])
    return text, ""


def _starts_unit(keys: list[str], index: int) -> bool:
    if keys[index] not in _POSITION_NOUNS or keys[index - 1] not in ("truong", "pho"):
        return True
    return index >= 2 and keys[index - 2] == keys[index]


# Acronyms that proper-casing an all-capitals name would spoil ("UBND" -> "Ubnd").
_ACRONYMS: Final = ("UBND", "HĐND", "MTTQ", "THPT", "THCS", "BĐBP", "CAND", "QĐND", "BCH",
                    "BCHQS", "CCB", "HTX", "TNHH", "CLB", "TDP", "PCCC", "DQTV")
_ACRONYM: Final = re.compile(r"\b(" + "|".join(_ACRONYMS) + r")\b", re.IGNORECASE)


def restore_acronyms(name: str) -> str:
    return _ACRONYM.sub(lambda match: match.group(1).upper(), name)
