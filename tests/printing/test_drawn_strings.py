"""Strings drawn again from their kept PDF code give the very bytes drawString gives."""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.drawn_strings import DrawnStrings
from ceremony.printing.render import Page, RenderOptions, render_pages
from ceremony.printing.template import builtin_names, load_template
from tests.printing.conftest import BASE, record

# Vietnamese, Cyrillic and Greek: more letters than a font's first 256-code subset holds,
# so the text of later pages switches between two subsets of one font.
ALPHABET = ("AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY aăâbcdđeêghiklmnoôơpqrstuưvxy "
            "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "
            "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ 0123456789 "
            "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя "
            "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω")


def _pages() -> list[Page]:
    people = [BASE, record(award_id=2, name="Nông Thị Hoa", gender="female"),
              record(award_id=3, name="Đồn Biên phòng Trà Lĩnh", kind="collective"),
              record(award_id=4, unit=ALPHABET, citation=ALPHABET[::-1]),
              record(award_id=5, name="Lý Văn Sáng", posthumous=True, register_no="12")]
    return [(load_template(name), person) for person in people * 2 for name in builtin_names()]


def _plain_draw(strings: DrawnStrings, font: str, size: float, x: float, y: float,
                text: str) -> None:
    canvas: Canvas = strings._canvas  # the reference: ReportLab's own call
    canvas.drawString(x, y, text)


@pytest.mark.parametrize("stock", [False, True])
def test_the_pdf_is_byte_for_byte_what_drawstring_writes(
        monkeypatch: pytest.MonkeyPatch, stock: bool) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date or random id in the file
    options = RenderOptions(stock=stock, title="same")
    kept = render_pages(_pages(), options).pdf
    monkeypatch.setattr(DrawnStrings, "draw", _plain_draw)
    assert render_pages(_pages(), options).pdf == kept


def test_a_repeated_string_is_encoded_once() -> None:
    canvas = Canvas("unused.pdf")
    strings = DrawnStrings(canvas)
    strings.draw("Helvetica", 12, 10.0, 20.0, "Đà Lạt")
    strings.draw("Helvetica", 12, 10.0, 20.0, "Đà Lạt")
    strings.draw("Helvetica", 12, 10.0, 30.0, "Đà Lạt")
    assert len(strings._codes) == 2
