"""Splitting Vietnamese names into family, middle and given name."""

import pytest
from hypothesis import given

from ceremony.text import NameParts, split_name
from tests.text.test_corpus import vietnamese_names


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Phùng Quốc Tuấn", NameParts("Phùng", "Quốc", "Tuấn")),
        ("Lê An", NameParts("Lê", "", "An")),
        ("Tuấn", NameParts("", "", "Tuấn")),
        ("Nguyễn Thị Minh Khai", NameParts("Nguyễn", "Thị Minh", "Khai")),
        ("Ksor H'Blông", NameParts("Ksor", "", "H'Blông")),
        ("", NameParts("", "", "")),
    ],
)
def test_split_name(name: str, parts: NameParts) -> None:
    assert split_name(name) == parts


def test_name_parts_are_immutable() -> None:
    parts = split_name("Lê An")
    with pytest.raises(AttributeError):
        parts.given = "Bình"  # type: ignore[misc]


@given(vietnamese_names())
def test_split_parts_rejoin_to_the_name(name: str) -> None:
    parts = split_name(name)
    assert " ".join(p for p in (parts.family, parts.middle, parts.given) if p) == name
    assert parts.given == name.split()[-1]
