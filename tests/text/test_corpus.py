"""Generated Vietnamese names for the collation and canonical-form tests.

Syllables are built from onsets, vowel nuclei, finals and the six tones, so that every
letter and every tone occurs; the tests below check that they do. Other test modules
import the generators from here.
"""

import random
import unicodedata

from hypothesis import strategies as st

ONSETS = (
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng",
    "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
)  # fmt: skip
NUCLEI = (
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uô",
    "ươ", "iê", "yê", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi",
    "ôi", "ơi", "ua", "ưa", "ui", "ưi", "ươi", "uôi", "oai", "uya",
)  # fmt: skip
FINALS = ("", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t")
# Combining tone marks; "" is the level tone (thanh ngang).
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
# Vowel-initial syllables are rare in random draws, but names like Ánh, Ân, Ước, Yến are
# where the alphabet order of ă â ơ ư shows first.
VOWEL_INITIAL = (
    "an", "ánh", "ăn", "ắt", "ân", "ẩn", "em", "ê", "êm", "in", "y", "ý", "yến", "oanh",
    "ông", "ơn", "ớt", "uyên", "ưng", "ước", "ửu",
)  # fmt: skip


def syllable(rng: random.Random) -> str:
    """A random lower-case NFC syllable. The tone goes on a random vowel of the nucleus,
    so both old ("hòa") and new ("hoà") placements occur."""
    onset, nucleus, final = rng.choice(ONSETS), rng.choice(NUCLEI), rng.choice(FINALS)
    tone = rng.choice(TONES)
    at = rng.randrange(len(nucleus))
    toned = nucleus[: at + 1] + tone + nucleus[at + 1 :]
    return unicodedata.normalize("NFC", onset + toned + final)


def capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def person_name(rng: random.Random) -> str:
    """Family, zero to two middle names and a given name, each capitalised."""
    count = rng.choice((2, 3, 3, 3, 4))
    return " ".join(capitalised(syllable(rng)) for _ in range(count))


def person_names(rng: random.Random, count: int, pool_size: int = 400) -> list[str]:
    """Names drawn from a limited syllable pool, so that given names (and whole names)
    repeat and the middle and family names have to decide."""
    pool = [syllable(rng) for _ in range(pool_size)] + list(VOWEL_INITIAL)
    names = []
    for _ in range(count):
        words = [capitalised(rng.choice(pool)) for _ in range(rng.choice((2, 3, 3, 4)))]
        names.append(" ".join(words))
    return names


UNIT_WORDS = (
    "Đồn", "Biên", "phòng", "Trà", "Lĩnh", "UBND", "xã", "Đàm", "Thủy", "Thuỷ", "Trường",
    "THPT", "Công", "an", "huyện", "Tiểu", "đoàn", "Đội", "Phòng", "PC-02", "K.12",
    "Zê", "Wi-Fi", "Jắc", "fan", "số", "1", "12", "2", "(cũ)", "A/B", "Ấp", "Ủy", "ban",
    "Hội", "Cựu", "chiến", "binh", "Ơn", "ưu", "tú", "—", "&", "Đảng", "ủy",
)  # fmt: skip


def unit_name(rng: random.Random) -> str:
    """A unit-like name mixing fixed words, syllables, digits and punctuation, in as-is,
    lower or upper case."""
    words = [
        rng.choice(UNIT_WORDS) if rng.random() < 0.6 else syllable(rng)
        for _ in range(rng.randint(1, 5))
    ]
    text = " ".join(words)
    return rng.choice((text, text, text.lower(), text.upper(), capitalised(text)))


@st.composite
def vietnamese_names(draw: st.DrawFn) -> str:
    """Hypothesis strategy: a proper-case Vietnamese name of two to four syllables."""
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    return person_name(random.Random(seed))


def toneless(text: str) -> str:
    """The text with its tone marks removed but ă â ê ô ơ ư kept."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))


def test_syllables_cover_every_letter_and_tone() -> None:
    text = " ".join(person_names(random.Random(20240521), 2000)).lower()
    assert set(VIETNAMESE_LETTERS) <= set(toneless(text))
    assert set(TONES[1:]) <= set(unicodedata.normalize("NFD", text))


def test_names_cover_every_capital_initial() -> None:
    names = person_names(random.Random(7), 2000)
    initials = {toneless(word[0]) for name in names for word in name.split()}
    assert set(VIETNAMESE_LETTERS.upper()) <= initials
