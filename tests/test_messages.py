"""Every message the core can show exists in Vietnamese and in English, with the same fields."""

from __future__ import annotations

import string

from ceremony.messages import catalogue, render


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_with_the_same_fields() -> None:
    for key, entry in catalogue().items():
        assert set(entry) == {"vi", "en"}, key
        assert entry["vi"].strip() and entry["en"].strip(), key
        assert fields(entry["vi"]) == fields(entry["en"]), key


def test_an_unknown_key_renders_as_itself() -> None:
    assert render("no.such.message", "vi") == "no.such.message"
