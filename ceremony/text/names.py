"""Vietnamese personal names: family name first, given name last."""

from dataclasses import dataclass


@dataclass(frozen=True)
class NameParts:
    """The three parts of a Vietnamese name: họ, tên đệm, tên."""

    family: str
    middle: str
    given: str


def split_name(name: str) -> NameParts:
    """First word family, last word given, the rest middle.

    "Phùng Quốc Tuấn" -> ("Phùng", "Quốc", "Tuấn"); a single word is the given name, since
    official lists are ordered by it. The input is assumed canonical (see canonical_name).
    """
    return NameParts(*split_words(name))


def split_words(name: str) -> tuple[str, str, str]:
    """split_name as a plain (family, middle, given) tuple.

    For sorting 100,000 names: building the frozen dataclass costs more than the split.
    """
    words = name.split()
    if len(words) < 2:
        return "", "", "".join(words)
    return words[0], " ".join(words[1:-1]), words[-1]
