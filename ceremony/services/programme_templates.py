"""The programmes a ceremony starts from: a Vietnamese state ceremony, an English awards night.

Each template is a list of segments (title, speaker, minutes) with one marker
where the presentation blocks go, one item per block: the decision read out,
then its rounds presented.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.errors import DataError
from ceremony.store.enums import Language


@dataclass(frozen=True)
class Segment:
    title: str
    speaker: str
    minutes: int


BLOCKS = None  # the marker: the presentation blocks, in their order, go here

Template = tuple[Segment | None, ...]

TEMPLATES: dict[str, Template] = {
    "vi-state": (
        Segment("Chào mừng, tuyên bố lý do", "Người dẫn chương trình", 3),
        Segment("Giới thiệu đại biểu", "Người dẫn chương trình", 4),
        Segment("Trình bày báo cáo", "Đại diện Ban Tổ chức", 15),
        Segment("Phát biểu chỉ đạo", "Lãnh đạo cấp trên", 10),
        BLOCKS,
        Segment("Phát biểu đáp từ", "Đại diện các tập thể, cá nhân được khen thưởng", 5),
        Segment("Bế mạc", "Người dẫn chương trình", 2),
    ),
    "en-awards-night": (
        Segment("Welcome and opening remarks", "Host", 5),
        Segment("Introduction of guests", "Host", 3),
        Segment("Report on the year", "Chair", 10),
        Segment("Keynote address", "Guest of honour", 10),
        BLOCKS,
        Segment("Response on behalf of the honorees", "An honoree", 5),
        Segment("Closing remarks and thanks", "Host", 3),
    ),
}

DEFAULT_FOR_LANGUAGE = {Language.VI.value: "vi-state", Language.EN.value: "en-awards-night"}


def template_named(name: str | None, language: str) -> Template:
    chosen = name or DEFAULT_FOR_LANGUAGE.get(language, "en-awards-night")
    try:
        return TEMPLATES[chosen]
    except KeyError:
        raise DataError("programme.unknown_template", name=chosen,
                        known=", ".join(TEMPLATES)) from None
