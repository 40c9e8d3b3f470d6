"""The typefaces shipped in resources/fonts, registered with ReportLab once.

ReportLab's built-in fonts have no Vietnamese glyphs; these TTFs cover every
Vietnamese letter and are embedded (subset) in each PDF. Templates name a face
by a short key ("serif-bold", "display"); only these faces can be used, so a
template can never make ReportLab open an arbitrary file.
"""

from __future__ import annotations

from functools import cache, lru_cache

from ceremony.paths import resources_dir

SERIF = "CeremonySerif"
SERIF_BOLD = "CeremonySerif-Bold"
SERIF_ITALIC = "CeremonySerif-Italic"
SERIF_BOLD_ITALIC = "CeremonySerif-BoldItalic"
# A display face for names: Vollkorn, a warm book face whose bold reads well large.
DISPLAY = "CeremonyDisplay"
DISPLAY_ITALIC = "CeremonyDisplay-Italic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    DISPLAY: "Vollkorn-Bold.ttf",
    DISPLAY_ITALIC: "Vollkorn-BoldItalic.ttf",
}

# The names templates use for the faces above.
FACES = {
    "serif": SERIF,
    "serif-bold": SERIF_BOLD,
    "serif-italic": SERIF_ITALIC,
    "serif-bold-italic": SERIF_BOLD_ITALIC,
    "display": DISPLAY,
    "display-italic": DISPLAY_ITALIC,
}


def font_files() -> dict[str, str]:
    """Registered name -> file name in resources/fonts."""
    return dict(_FILES)


@cache
def register_face(name: str) -> None:
    """Register one shipped face (once per process). Reading a TTF costs ~10 ms, so a
    certificate batch registers only the faces its template uses."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / _FILES[name])))


@cache
def register_fonts() -> str:
    """Register every shipped face and the two families (for Paragraph markup);
    returns the body face's name."""
    from reportlab.pdfbase import pdfmetrics

    for name in _FILES:
        register_face(name)
    pdfmetrics.registerFontFamily(
        SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
    )
    pdfmetrics.registerFontFamily(
        DISPLAY, normal=DISPLAY, bold=DISPLAY, italic=DISPLAY_ITALIC, boldItalic=DISPLAY_ITALIC
    )
    return SERIF


@cache
def _characters(font_name: str) -> frozenset[int]:
    """The code points the font's cmap maps to a glyph."""
    from reportlab.pdfbase import pdfmetrics

    register_face(font_name)
    face = pdfmetrics.getFont(font_name).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


@lru_cache(maxsize=65536)
def missing_characters(font_name: str, text: str) -> str:
    """The distinct characters of *text* the font has no glyph for, in order of appearance."""
    have = _characters(font_name)
    missing: dict[str, None] = {}
    for character in text:
        if ord(character) not in have:
            missing[character] = None
    return "".join(missing)


# How far the ink of Vietnamese letters reaches above and below the baseline, per
# point of size (measured with fontTools over all 134 accented letters and g/j/p/q/y;
# tests/printing/test_fonts.py re-measures): capitals with stacked marks such as "Ỗ"
# rise well above the fonts' nominal ascent.
_INK = {
    SERIF: (0.905, 0.216),
    SERIF_BOLD: (0.916, 0.221),
    SERIF_ITALIC: (0.905, 0.216),
    SERIF_BOLD_ITALIC: (0.916, 0.221),
    DISPLAY: (1.058, 0.249),
    DISPLAY_ITALIC: (1.059, 0.248),
}


def ink_extents() -> dict[str, tuple[float, float]]:
    return dict(_INK)


@cache
def vertical_metrics(font_name: str) -> tuple[float, float]:
    """(above, below) the baseline per point of size that a line of text may occupy.

    The larger of the letters' ink and the box PDF readers give each character
    (from the font's descent up one em), so text stays inside its field both on
    paper and for any tool that checks the PDF.
    """
    from reportlab.pdfbase import pdfmetrics

    register_face(font_name)
    descent = abs(pdfmetrics.getFont(font_name).face.descent) / 1000.0
    ink_top, ink_bottom = _INK[font_name]
    return max(ink_top, 1.0 - descent), max(ink_bottom, descent)
