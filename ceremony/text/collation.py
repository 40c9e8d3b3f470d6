"""Vietnamese collation keys, stored in the database and compared as raw bytes.

SQLite has no Vietnamese collation and PostgreSQL's ICU collations change with the ICU
version, so the order is computed here once, in pure Python, and stored as a BLOB: the
same ORDER BY on SQLite, PostgreSQL and every OS. The order matches ICU's "vi" collation
(CLDR): letters of the whole string first, then tones, then case, lower before upper.
"""

import enum
import functools
import unicodedata
from collections.abc import Callable
from typing import Final

from ceremony.text._vietnamese import ACUTE, DOT_BELOW, GRAVE, HOOK, TILDE
from ceremony.text._weights import TONE_WEIGHTS, LevelTable
from ceremony.text.names import NameParts, split_words


class ToneOrder(enum.Enum):
    """How tones break ties between otherwise equal words."""

    # none < huyền < hỏi < ngã < sắc < nặng: ICU, CLDR and dictionaries.
    ICU = "icu"
    # none < huyền < sắc < hỏi < ngã < nặng: taught in schools and used on some official
    # lists. A setting because the customer's printed lists must be matched.
    TRADITIONAL = "traditional"


_TONE_SEQUENCE: Final = {
    ToneOrder.ICU: (GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW),
    ToneOrder.TRADITIONAL: (GRAVE, ACUTE, HOOK, TILDE, DOT_BELOW),
}


class _Collator:
    """The translate tables of one tone order, and a cache of name-part keys."""

    def __init__(self, tone_order: ToneOrder) -> None:
        tones = dict(zip(_TONE_SEQUENCE[tone_order], TONE_WEIGHTS, strict=True))
        self.tables = (LevelTable(0, tones), LevelTable(1, tones), LevelTable(2, tones))
        # Family, middle and given names repeat endlessly in real lists (a few dozen
        # family names cover most people), so the keys of name parts are cached.
        self.part_key = functools.lru_cache(maxsize=1 << 16)(self.key)

    def key(self, text: str) -> bytes:
        primary, secondary, tertiary = self.tables
        # NFC so that "ê" is one letter even when typed e + U+0302; the check is cheap.
        text = unicodedata.normalize("NFC", text)
        levels = (text.translate(primary), text.translate(secondary), text.translate(tertiary))
        return "\x01".join(levels).encode("latin-1")

    def name_key(self, family: str, middle: str, given: str) -> bytes:
        # 0x00 after each part, which no key contains: byte order == tuple order.
        part_key = self.part_key
        return b"\x00".join((part_key(given), part_key(middle), part_key(family), b""))


_COLLATORS: Final = {order: _Collator(order) for order in ToneOrder}
_ICU_COLLATOR: Final = _COLLATORS[ToneOrder.ICU]


def _collator(tone_order: ToneOrder) -> _Collator:
    # Identity test first: hashing an Enum member runs Python code, and this is hot.
    return _ICU_COLLATOR if tone_order is ToneOrder.ICU else _COLLATORS[tone_order]


def text_sort_key(text: str, tone_order: ToneOrder = ToneOrder.ICU) -> bytes:
    """Collation key of a whole string (unit and collective names), compared byte-wise.

    Alphabet a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z) as
    primary, after spaces, punctuation and digits; tones secondary; case tertiary.
    """
    return _collator(tone_order).key(text)


def name_sort_key(parts: NameParts, tone_order: ToneOrder = ToneOrder.ICU) -> bytes:
    """Official-list order: given name, then middle, then family name.

    Equal to comparing (key(given), key(middle), key(family)): each part's text_sort_key
    is followed by a 0x00 terminator, a byte no key contains.
    """
    return _collator(tone_order).name_key(parts.family, parts.middle, parts.given)


def parts_sort_key(family: str, middle: str, given: str,
                   tone_order: ToneOrder = ToneOrder.ICU) -> bytes:
    """name_sort_key of parts already split, without building a NameParts."""
    return _collator(tone_order).name_key(family, middle, given)


def sort_key_functions(tone_order: ToneOrder = ToneOrder.ICU) -> tuple[
        Callable[[str, str, str], bytes], Callable[[str], bytes]]:
    """(parts_sort_key, text_sort_key) for one tone order, for keying many names."""
    collator = _collator(tone_order)
    return collator.name_key, collator.key


def person_sort_key(name: str, tone_order: ToneOrder = ToneOrder.ICU) -> bytes:
    """name_sort_key of a full name in Vietnamese order ("Nguyễn Văn An")."""
    return _collator(tone_order).name_key(*split_words(name))
