"""All 134 accented Vietnamese letters (with đ/Đ) in every shipped font, and back out."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas

from ceremony.paths import resources_dir
from ceremony.printing.fonts import FACES, font_files, ink_extents, register_fonts
from tests.printing.conftest import pdf_text

VOWELS = "aăâeêioôơuưy"
TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def accented_letters() -> list[str]:
    lower = {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES}
    lower |= set("ăâêôơưđ")
    return sorted(lower | {c.upper() for c in lower})


def test_there_are_134() -> None:
    assert len(accented_letters()) == 134


@pytest.mark.parametrize("file_name", sorted(set(font_files().values())))
def test_every_shipped_font_maps_every_letter(file_name: str) -> None:
    font = TTFont(resources_dir() / "fonts" / file_name)
    cmap = font.getBestCmap()
    assert [c for c in accented_letters() if ord(c) not in cmap] == []
    assert font["OS/2"].fsType & 0x2 == 0  # embedding is not restricted
    assert "glyf" in font  # TrueType outlines: ReportLab cannot embed CFF


@pytest.mark.parametrize("face", sorted(FACES.values()))
def test_every_letter_round_trips_through_the_pdf(face: str, tmp_path: Path) -> None:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=face)
    letters = accented_letters()
    for row in range(0, len(letters), 30):
        canvas.setFont(face, 14)
        canvas.drawString(40, 780 - row, " ".join(letters[row:row + 30]))
    canvas.save()
    target = tmp_path / "letters.pdf"
    target.write_bytes(buffer.getvalue())
    assert "".join(pdf_text(target).split()) == "".join(letters)


def test_the_ink_table_matches_the_fonts() -> None:
    files = font_files()
    for name, (top, bottom) in ink_extents().items():
        font = TTFont(resources_dir() / "fonts" / files[name])
        cmap, glyphs = font.getBestCmap(), font["glyf"]
        units = font["head"].unitsPerEm
        letters = [*accented_letters(), *"gjpqyQ"]
        measured_top = max(getattr(glyphs[cmap[ord(c)]], "yMax", 0) for c in letters) / units
        measured_bottom = -min(getattr(glyphs[cmap[ord(c)]], "yMin", 0) for c in letters) / units
        assert measured_top <= top + 0.002, name
        assert measured_bottom <= bottom + 0.006, name
