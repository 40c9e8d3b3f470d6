"""Reading a printed page back: its paper size, and where a calibration crosshair landed.

A page painted through QPrinter is an image (and cups-pdf's copy has no text to
read), so the crosshairs are found in its pixels: the darkest neutral row and
column near where one should be. The sheet's grid is blue, so only black ink counts.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

DPI = 300  # pages are read back at this resolution (1 px = 0.085 mm)
MM_PER_POINT = 25.4 / 72


def paper_mm(path: Path, page: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[page].mediabox
    return float(box.width) * MM_PER_POINT, float(box.height) * MM_PER_POINT


def crosshair_at(path: Path, x_mm: float, y_mm: float, reach_mm: float = 6.0
                 ) -> tuple[float, float]:
    """Where the crosshair near (x, y) mm from the paper's top-left corner really is."""
    with pdfplumber.open(path) as pdf:
        image = pdf.pages[0].to_image(resolution=DPI).original.convert("RGB")
    per_mm = DPI / 25.4
    left, top = int((x_mm - reach_mm) * per_mm), int((y_mm - reach_mm) * per_mm)
    span = int(2 * reach_mm * per_mm)
    pixels = image.load()

    def ink(x: int, y: int) -> int:
        red, green, blue = pixels[x, y]
        darkest, lightest = min(red, green, blue), max(red, green, blue)
        return 255 - lightest if lightest - darkest < 40 else 0

    patch = [[ink(left + dx, top + dy) for dx in range(span)] for dy in range(span)]
    rows = [sum(row) for row in patch]
    columns = [sum(column) for column in zip(*patch, strict=True)]
    row = max(range(span), key=rows.__getitem__)
    column = max(range(span), key=columns.__getitem__)
    return (left + column + 0.5) / per_mm, (top + row + 0.5) / per_mm


def assert_near(found: tuple[float, float], wanted: tuple[float, float],
                tolerance_mm: float = 0.5) -> None:
    assert abs(found[0] - wanted[0]) <= tolerance_mm, (found, wanted)
    assert abs(found[1] - wanted[1]) <= tolerance_mm, (found, wanted)
