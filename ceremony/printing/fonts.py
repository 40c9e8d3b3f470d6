"""The typefaces shipped in resources/fonts, registered with ReportLab once.

ReportLab's built-in fonts have no Vietnamese glyphs; these TTFs cover every
Vietnamese letter and are embedded (subset) in each PDF.
"""

from __future__ import annotations

from functools import cache

from ceremony.paths import resources_dir

SERIF = "CeremonySerif"
SERIF_BOLD = "CeremonySerif-Bold"
SERIF_ITALIC = "CeremonySerif-Italic"
SERIF_BOLD_ITALIC = "CeremonySerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


@cache
def register_fonts() -> str:
    """Register the shipped faces (once per process); returns the body face's name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
    )
    return SERIF
