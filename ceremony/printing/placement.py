"""Landing on the blank: a printer profile's offset and scale applied to a page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremony.services.printer_profiles import ProfileInfo


def apply_profile(canvas: Canvas, profile: ProfileInfo, page_height: float) -> None:
    """Move right by x and down by y millimetres, then scale about the top-left corner.

    Down is positive because that is how a clerk measures a blank from its top edge;
    the top-left corner is where the sheet enters the printer.
    """
    if profile.offset_x_mm or profile.offset_y_mm or profile.scale != 1.0:
        canvas.translate(profile.offset_x_mm * mm, page_height - profile.offset_y_mm * mm)
        canvas.scale(profile.scale, profile.scale)
        canvas.translate(0, -page_height)
