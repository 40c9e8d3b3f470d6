"""The full design's decoration, drawn once per document into a form XObject.

Borders, rules and an emblem space are vector art described by the template (no
third-party artwork is shipped); a background image or PDF page goes into the same
form, so a 1,000-page batch stores it once and each page refers to it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.errors import TemplateError
from ceremony.printing.template import Template

GOLD = "#B8860B"
RED = "#C8102E"


def draw_background(canvas: Canvas, template: Template) -> None:
    """The template's background file scaled to the page (image or first PDF page)."""
    path = template.background
    if path is None:
        return
    try:
        _draw_file(canvas, template, path)
    # The file comes from outside (a scan, an export from another program): a damaged
    # one fails deep in PIL or pdfrw with errors of every kind (OSError "truncated",
    # PdfParseError, IndexError for a missing page, zlib.error …). All mean the same
    # to the clerk, so they become one message naming the file.
    except Exception as error:
        raise TemplateError("template.background_damaged", path=str(path)) from error


def _draw_file(canvas: Canvas, template: Template, path: Path) -> None:
    width, height = template.width_mm * mm, template.height_mm * mm
    if path.suffix.lower() in (".jpg", ".jpeg"):
        _decode_whole(path)
    if path.suffix.lower() != ".pdf":
        canvas.drawImage(str(path), 0, 0, width, height, mask="auto")
        return
    from pdfrw import PdfReader
    from pdfrw.buildxobj import pagexobj
    from pdfrw.toreportlab import makerl

    page = pagexobj(PdfReader(str(path)).pages[template.background_page - 1])
    canvas.saveState()
    canvas.scale(width / float(page.BBox[2]), height / float(page.BBox[3]))
    canvas.doForm(makerl(canvas, page))
    canvas.restoreState()


def _decode_whole(path: Path) -> None:
    """Decode a JPEG to its last line: ReportLab embeds JPEG bytes as they are, so a file
    cut short would otherwise print as a half-grey page rather than be refused."""
    found = path.stat()
    _decoded_once(str(path), found.st_mtime_ns, found.st_size)


@lru_cache(maxsize=16)
def _decoded_once(path: str, _modified_ns: int, _size: int) -> None:
    """Once per version of the file: one file per honoree and every designer preview draw
    the background again, and decoding a scan takes tens of milliseconds. A file that
    fails raises, which is never cached, so it is refused every time."""
    from PIL import Image

    with Image.open(path) as image:
        image.load()


def draw_shapes(canvas: Canvas, template: Template) -> None:
    height = template.height_mm
    for shape in template.artwork:
        _SHAPES[shape["type"]](canvas, shape, height)


def _colour(shape: dict[str, Any], key: str = "colour", default: str = GOLD) -> Any:
    return HexColor(shape.get(key, default))


def _rect(canvas: Canvas, shape: dict[str, Any], page_h: float) -> None:
    x, y, w, h = (shape[k] * mm for k in ("x", "y", "w", "h"))
    top = page_h * mm - y
    stroke = "colour" in shape
    if stroke:
        canvas.setStrokeColor(_colour(shape))
        canvas.setLineWidth(shape.get("stroke_mm", 0.3) * mm)
    if "fill" in shape:
        canvas.setFillColor(_colour(shape, "fill"))
    canvas.rect(x, top - h, w, h, stroke=int(stroke), fill=int("fill" in shape))


def _line(canvas: Canvas, shape: dict[str, Any], page_h: float) -> None:
    canvas.setStrokeColor(_colour(shape))
    canvas.setLineWidth(shape.get("stroke_mm", 0.3) * mm)
    canvas.line(shape["x"] * mm, (page_h - shape["y"]) * mm,
                shape["x2"] * mm, (page_h - shape["y2"]) * mm)


def _frame(canvas: Canvas, shape: dict[str, Any], page_h: float) -> None:
    x, y, w, h = (shape[k] * mm for k in ("x", "y", "w", "h"))
    bottom = page_h * mm - y - h
    style = shape.get("style", "single")
    weight = shape.get("stroke_mm", 0.8) * mm
    canvas.setStrokeColor(_colour(shape))
    canvas.setLineWidth(weight)
    canvas.rect(x, bottom, w, h)
    if style == "single":
        return
    inset = 4 * mm
    canvas.setLineWidth(weight / 3)
    canvas.rect(x + inset, bottom + inset, w - 2 * inset, h - 2 * inset)
    if style == "ornate":
        canvas.setFillColor(_colour(shape))
        _diamond_band(canvas, x, bottom, w, h, inset)


def _diamond_band(canvas: Canvas, x: float, bottom: float, w: float, h: float,
                  inset: float) -> None:
    """Small diamonds along the band between the two rules, and one in each corner."""
    half = inset / 2
    step = 8 * mm
    for along, count, horizontal in ((w, int(w // step), True), (h, int(h // step), False)):
        gap = along / count
        for index in range(1, count):
            offset = index * gap
            for edge in (half, (h if horizontal else w) - half):
                cx, cy = (x + offset, bottom + edge) if horizontal else (x + edge, bottom + offset)
                _diamond(canvas, cx, cy, half * 0.55)
    for cx in (x + half, x + w - half):
        for cy in (bottom + half, bottom + h - half):
            _diamond(canvas, cx, cy, half * 0.9, fill=True)


def _diamond(canvas: Canvas, cx: float, cy: float, r: float, *, fill: bool = False) -> None:
    path = canvas.beginPath()
    path.moveTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.lineTo(cx - r, cy)
    path.close()
    canvas.drawPath(path, stroke=1, fill=int(fill))


def _emblem(canvas: Canvas, shape: dict[str, Any], page_h: float) -> None:
    """The emblem space: a red disc in a gold ring with a gold five-pointed star."""
    radius = shape["d"] * mm / 2
    cx = shape["x"] * mm + radius
    cy = (page_h - shape["y"]) * mm - radius
    canvas.setFillColor(HexColor(GOLD))
    canvas.circle(cx, cy, radius, stroke=0, fill=1)
    canvas.setFillColor(HexColor(shape.get("fill", RED)))
    canvas.circle(cx, cy, radius * 0.86, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#FFD700"))
    path = canvas.beginPath()
    for point in range(10):
        reach = radius * (0.62 if point % 2 == 0 else 0.25)
        angle = math.pi / 2 + point * math.pi / 5
        px, py = cx + reach * math.cos(angle), cy + reach * math.sin(angle)
        if point == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


_SHAPES = {"rect": _rect, "line": _line, "frame": _frame, "emblem": _emblem}
