"""Drawing a field's text on the canvas exactly where the PDF will put it.

The lines and the size come from the printing layer's own fitting (ReportLab's
measured widths), and the shipped TTFs are loaded into Qt, so what the canvas
shows is what prints: same breaks, same shrinking, same baseline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen

from ceremony.paths import resources_dir
from ceremony.printing.fitting import Box, Fitted
from ceremony.printing.fonts import FACES, font_files, register_fonts, vertical_metrics
from ceremony.printing.layout import field_text, is_visible
from ceremony.printing.render import fit_cached
from ceremony.printing.template import Field

PT = 25.4 / 72  # millimetres per point
REFERENCE_PX = 200  # the Qt font's pixel size; the painter scales it to the field's size

# (family, bold, italic) of each face a template can name, as the TTFs call themselves.
_QT_FACES = {
    "serif": ("Liberation Serif", False, False),
    "serif-bold": ("Liberation Serif", True, False),
    "serif-italic": ("Liberation Serif", False, True),
    "serif-bold-italic": ("Liberation Serif", True, True),
    "display": ("Vollkorn", True, False),
    "display-italic": ("Vollkorn", True, True),
}


class Fit(Enum):
    FITS = "fits"
    AT_MINIMUM = "at_minimum"  # shrunk as far as the field allows
    SQUEEZED = "squeezed"  # below the minimum size: too small to read, check it


@dataclass(frozen=True)
class FieldText:
    text: str
    fitted: Fitted | None  # None: nothing to print for this honoree
    fit: Fit = Fit.FITS


@cache
def load_fonts() -> None:
    """Give Qt the same TTFs ReportLab embeds (once per process)."""
    folder = resources_dir() / "fonts"
    for file_name in sorted(set(font_files().values())):
        QFontDatabase.addApplicationFont(str(folder / file_name))


@cache
def qt_font(face: str) -> QFont:
    load_fonts()
    family, bold, italic = _QT_FACES.get(face, _QT_FACES["serif"])
    font = QFont(family)
    font.setBold(bold)
    font.setItalic(italic)
    font.setPixelSize(REFERENCE_PX)
    font.setKerning(False)  # ReportLab measures without kerning
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def box_of(field: Field) -> Box:
    return Box(field.w / PT, field.h / PT, field.size, field.min_size, field.wrap,
               field.max_lines, field.shrink)


def text_for(field: Field, values: Mapping[str, str]) -> FieldText:
    """What the field prints for these values, fitted to its box."""
    text = field_text(field, values) if is_visible(field, values) else ""
    if not text:
        return FieldText("", None)
    register_fonts()
    fitted = fit_cached(text, FACES[field.font], box_of(field))
    if fitted.squeezed:
        state = Fit.SQUEEZED
    elif fitted.shrunk and fitted.size <= field.min_size + 0.01:
        state = Fit.AT_MINIMUM
    else:
        state = Fit.FITS
    return FieldText(text, fitted, state)


def draw_text(painter: QPainter, field: Field, fitted: Fitted, colour: QColor) -> None:
    """Draw the fitted lines in the field's local millimetres (origin at its top-left)."""
    above, below = vertical_metrics(FACES[field.font])
    block = (len(fitted.lines) - 1) * fitted.pitch + (above + below) * fitted.size
    spare = field.h / PT - block
    offset = {"top": 0.0, "middle": spare / 2, "bottom": spare}[field.valign]
    baseline = offset + above * fitted.size  # points below the field's top
    scale = fitted.size * PT / REFERENCE_PX  # mm per font pixel
    painter.save()
    painter.setPen(QPen(colour))
    painter.setFont(qt_font(field.font))
    painter.scale(scale, scale)
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        left = {"left": 0.0, "center": (field.w / PT - width) / 2,
                "right": field.w / PT - width}[field.align]
        x, y = left * PT / scale, baseline * PT / scale
        painter.drawText(QPointF(x, y), line)
        if field.underline:
            rule = y + below * fitted.size * 0.8 * PT / scale
            pen = QPen(colour)
            pen.setWidthF(max(0.5, fitted.size / 20) * PT / scale)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, rule), QPointF(x + width * PT / scale, rule))
            painter.setPen(QPen(colour))
        baseline += fitted.pitch
    painter.restore()
