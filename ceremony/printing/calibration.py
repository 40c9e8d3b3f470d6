"""The calibration sheet: a millimetre grid with crosshairs at known places.

Printed on plain paper through the printer and tray to calibrate, then laid
over a blank (against a window) or measured with a ruler: the ratio of the
distances between the outer crosshairs is the profile's scale, and where a
crosshair landed, scaled, gives its offset. Printed again through the new profile,
the crosshairs must land exactly.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.fonts import SERIF, SERIF_BOLD, register_fonts
from ceremony.printing.placement import apply_profile
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo

MARGIN_MM = 20  # crosshairs this far from the edges: inside any printer's margin

# The offset is worked out after the scale and uses it: the profile scales about the
# sheet's top-left corner and then shifts (placement.apply_profile), so a mark designed
# at m lands at X + scale × m before the printer's own stretch p and shift d. A printer
# that put A at a = p × m + d needs scale = 1/p and X = −d/p, which is m − scale × a;
# m − a alone is right only for a printer that does not stretch.
INSTRUCTIONS = {
    "vi": [
        "TỜ HIỆU CHỈNH MÁY IN — in ở cỡ thật (không co giãn), giấy thường, đúng khay in phôi.",
        "1. Với tờ in không qua hồ sơ máy in, đo từ mép trái và mép trên đến tâm các dấu A, B, C.",
        "2. Tỉ lệ = {ac} ÷ (số đo ngang của C − số đo ngang của A); máy in không co giãn thì là 1.",
        "3. Độ lệch X = {m} − tỉ lệ × số đo ngang của A; độ lệch Y = {m} − tỉ lệ × số đo dọc của A "
        "(mm).",
        "   Ví dụ: tỉ lệ 1, A in ở 23 mm từ mép trái thì X = −3. Nhập tỉ lệ, X, Y vào hồ sơ máy "
        "in.",
        "4. In lại tờ này với hồ sơ máy in mới: các dấu phải rơi đúng vị trí ghi bên cạnh.",
    ],
    "en": [
        "PRINTER CALIBRATION SHEET — print at actual size (no scaling), plain paper, blanks' tray.",
        "1. On a copy printed without a profile, measure from the left and top edges to the "
        "centres of A, B and C.",
        "2. Scale = {ac} ÷ (C measured across − A measured across); 1 if nothing shrinks.",
        "3. Offset X = {m} − scale × A measured across; offset Y = {m} − scale × A measured down "
        "(mm).",
        "   Example: scale 1, A printed 23 mm from the left edge: X = −3. Enter all three in the "
        "profile.",
        "4. Print this sheet again through the new profile: the marks must land where labelled.",
    ],
}


def render_calibration(width_mm: float, height_mm: float, *, language: str = "vi",
                       profile: ProfileInfo = NO_PROFILE) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    size = (width_mm * mm, height_mm * mm)
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=SERIF)
    canvas.setTitle("Calibration")
    canvas.setViewerPreference("PrintScaling", "None")
    apply_profile(canvas, profile, size[1])
    _grid(canvas, width_mm, height_mm)
    marks = {"A": (MARGIN_MM, MARGIN_MM), "B": (width_mm / 2, height_mm / 2),
             "C": (width_mm - MARGIN_MM, height_mm - MARGIN_MM)}
    for label, (x, y) in marks.items():
        _crosshair(canvas, label, x, y, height_mm)
    _instructions(canvas, language, width_mm, height_mm, profile)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _grid(canvas: Canvas, width_mm: float, height_mm: float) -> None:
    """Fine lines every millimetre near the edges, every 10 mm across, labelled in cm."""
    light, dark = HexColor("#C6D4E6"), HexColor("#7A9CC6")
    for along, other, vertical in ((width_mm, height_mm, True), (height_mm, width_mm, False)):
        for step in range(int(along) + 1):
            major = step % 10 == 0
            canvas.setStrokeColor(dark if major else light)
            canvas.setLineWidth(0.4 if major else 0.15)
            reach = other if major else (5 if step % 5 else 8)
            for start, end in (((0, reach),) if major else ((0, reach), (other - reach, other))):
                if vertical:
                    canvas.line(step * mm, (height_mm - start) * mm, step * mm,
                                (height_mm - end) * mm)
                else:
                    canvas.line(start * mm, (height_mm - step) * mm, end * mm,
                                (height_mm - step) * mm)
            if major and step:
                canvas.setFont(SERIF, 6)
                canvas.setFillColor(dark)
                if vertical:
                    canvas.drawString(step * mm + 0.5 * mm, (height_mm - 12) * mm, str(step))
                else:
                    canvas.drawString(12 * mm, (height_mm - step) * mm + 0.5 * mm, str(step))


def _crosshair(canvas: Canvas, label: str, x: float, y: float, height_mm: float) -> None:
    cx, cy = x * mm, (height_mm - y) * mm
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.25)
    canvas.line(cx - 8 * mm, cy, cx + 8 * mm, cy)
    canvas.line(cx, cy - 8 * mm, cx, cy + 8 * mm)
    canvas.circle(cx, cy, 3 * mm)
    canvas.setFillColor(black)
    canvas.setFont(SERIF_BOLD, 9)
    text = f"{label} ({x:g} mm, {y:g} mm)"
    if cx > 100 * mm:  # keep the label on the sheet for marks near the right edge
        canvas.drawRightString(cx - 4 * mm, cy + 4 * mm, text)
    else:
        canvas.drawString(cx + 4 * mm, cy + 4 * mm, text)


def _instructions(canvas: Canvas, language: str, width_mm: float, height_mm: float,
                  profile: ProfileInfo) -> None:
    across = f"{width_mm - 2 * MARGIN_MM:g}"  # the designed distance from A to C, across
    lines = [line.replace("{m}", str(MARGIN_MM)).replace("{ac}", across)
             for line in INSTRUCTIONS.get(language, INSTRUCTIONS["en"])]
    if profile.name:
        lines.append(f"{profile.name}: X {profile.offset_x_mm:+g} mm, "
                     f"Y {profile.offset_y_mm:+g} mm, × {profile.scale:g}")
    top = height_mm / 2 + 14
    # A white panel so the instructions read clearly over the grid.
    canvas.setFillColor(white)
    canvas.rect(27 * mm, (height_mm - top - len(lines) * 5 + 1) * mm, 160 * mm,
                (len(lines) * 5 + 4) * mm, stroke=0, fill=1)
    canvas.setFillColor(black)
    for index, line in enumerate(lines):
        canvas.setFont(SERIF_BOLD if index == 0 else SERIF, 9 if index == 0 else 8.5)
        canvas.drawString(30 * mm, (height_mm - top - index * 5) * mm, line)
