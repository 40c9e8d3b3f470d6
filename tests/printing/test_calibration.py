"""The calibration sheet's instructions, followed to the letter, make the marks land.

A printer is simulated as a stretch p and a shift d (a point the PDF puts at x mm
prints at p·x + d); the clerk measures the sheet, works out the profile with the
formulas printed on it, and the sheet printed again through that profile must put
every crosshair where its label says, within 0.05 mm.
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from ceremony.printing.calibration import render_calibration
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo
from tests.printing.conftest import page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

# The formulas as each language prints them; the numbers are read from the sheet.
FORMULAS = {
    "en": (r"Scale = (\d+) ÷ \(C measured across − A measured across\)",
           r"Offset X = (\d+) − scale × A measured across; "
           r"offset Y = (\d+) − scale × A measured down"),
    "vi": (r"Tỉ lệ = (\d+) ÷ \(số đo ngang của C − số đo ngang của A\)",
           r"Độ lệch X = (\d+) − tỉ lệ × số đo ngang của A; "
           r"độ lệch Y = (\d+) − tỉ lệ × số đo dọc của A"),
}


@dataclass(frozen=True)
class Printer:
    stretch: float
    shift_x: float
    shift_y: float

    def prints(self, x: float, y: float) -> tuple[float, float]:
        """Where a point the PDF puts at (x, y) mm from the top-left corner lands on paper."""
        return self.stretch * x + self.shift_x, self.stretch * y + self.shift_y


@dataclass(frozen=True)
class Sheet:
    text: str
    marks: dict[str, tuple[float, float]]  # as labelled: mm from the left and top edges
    on_page: dict[str, tuple[float, float]]  # where the PDF puts them, after the profile


def read_sheet(pdf: bytes, height_mm: float, tmp_path: Path) -> Sheet:
    """The sheet's text, its marks' labels, and where its transform puts each mark."""
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    marks: dict[str, tuple[float, float]] = {}
    transforms: list[list[float]] = []

    def visit(text: str, cm: list[float], _tm: list[float], *_rest: object) -> None:
        found = re.match(r"([ABC]) \(([\d.]+) mm, ([\d.]+) mm\)", text)
        if found:
            marks[found[1]] = (float(found[2]), float(found[3]))
            transforms.append(cm)

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert set(marks) == {"A", "B", "C"} and all(t == transforms[0] for t in transforms)
    a, b, c, d, e, f = transforms[0]  # the page's transform (the profile), in points
    on_page = {}
    for label, (x, y) in marks.items():
        px, py = x * mm, (height_mm - y) * mm  # the mark as drawn, PDF points from bottom
        on_page[label] = ((a * px + c * py + e) / mm, height_mm - (b * px + d * py + f) / mm)
    return Sheet(page_texts(path)[0], marks, on_page)


def profile_by_the_sheet(sheet: Sheet, printer: Printer, language: str) -> ProfileInfo:
    """What a clerk enters after measuring the printed sheet and following its steps."""
    ax, ay = printer.prints(*sheet.on_page["A"])
    cx, _ = printer.prints(*sheet.on_page["C"])
    scale_rule, offset_rule = FORMULAS[language]
    designed = re.search(scale_rule, sheet.text)
    offsets = re.search(offset_rule, sheet.text)
    assert designed and offsets, sheet.text
    scale = float(designed[1]) / (cx - ax)
    return ProfileInfo("measured", offset_x_mm=float(offsets[1]) - scale * ax,
                       offset_y_mm=float(offsets[2]) - scale * ay, scale=scale)


@pytest.mark.parametrize(("size", "printer", "language"), [
    ((297.0, 210.0), Printer(0.98, 3.0, -2.0), "en"),  # shrinks 2 %, shifts 3 mm right
    ((297.0, 210.0), Printer(0.98, 3.0, -2.0), "vi"),
    ((400.0, 300.0), Printer(1.015, -4.0, 2.5), "vi"),  # the official paper; enlarges
    ((297.0, 210.0), Printer(1.0, 2.0, 1.0), "en"),  # shifts only
])
def test_following_the_sheet_puts_every_mark_in_place(
        tmp_path: Path, size: tuple[float, float], printer: Printer, language: str) -> None:
    width, height = size
    plain = read_sheet(render_calibration(width, height, language=language,
                                          profile=NO_PROFILE), height, tmp_path)
    for label, designed in plain.marks.items():  # no profile: each drawn where labelled
        assert plain.on_page[label] == pytest.approx(designed)
    profile = profile_by_the_sheet(plain, printer, language)

    again = read_sheet(render_calibration(width, height, language=language, profile=profile),
                       height, tmp_path)
    for label, designed in again.marks.items():
        landed = printer.prints(*again.on_page[label])
        assert landed == pytest.approx(designed, abs=0.05), (label, landed, designed)


def test_an_offset_that_ignores_the_scale_misses(tmp_path: Path) -> None:
    # The sheet's earlier rule (offset = 20 − A measured) left this printer 0.45 mm off.
    printer, height = Printer(0.98, 3.0, 0.0), 210.0
    plain = read_sheet(render_calibration(297, height, language="en"), height, tmp_path)
    right = profile_by_the_sheet(plain, printer, "en")
    ax, _ = printer.prints(*plain.on_page["A"])
    wrong = ProfileInfo("old rule", offset_x_mm=20 - ax, scale=right.scale)
    for profile, error in ((right, 0.0), (wrong, 0.45)):
        sheet = read_sheet(render_calibration(297, height, language="en", profile=profile),
                           height, tmp_path)
        landed, _ = printer.prints(*sheet.on_page["A"])
        assert landed - 20 == pytest.approx(error, abs=0.01)
