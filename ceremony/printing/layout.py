"""A template made ready to draw: which fields print, in points, with their fonts.

Shared by the renderer and the preflight so both agree on exactly what is printed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from reportlab.lib.units import mm

from ceremony.printing.fitting import Box
from ceremony.printing.fonts import FACES, register_face
from ceremony.printing.template import Field, Template


@dataclass(frozen=True)
class PreparedField:
    field: Field
    font: str  # the registered ReportLab name
    box: Box
    left: float  # points from the page's left edge
    bottom: float  # points from the page's bottom edge


@dataclass(frozen=True)
class Layout:
    template: Template
    stock: bool
    page_size: tuple[float, float]  # points
    static: tuple[PreparedField, ...]  # the same on every certificate: drawn in the form
    variable: tuple[PreparedField, ...]

    @property
    def draws_design(self) -> bool:
        """Whether the artwork and background are printed (not on pre-printed stock)."""
        return not self.stock


@cache
def layout_for(template: Template, stock: bool) -> Layout:
    printed = [f for f in template.fields if not (stock and f.preprinted)]
    for face in {FACES[f.font] for f in printed}:
        register_face(face)
    height = template.height_mm
    prepared = [_prepare(f, height) for f in printed]
    return Layout(
        template=template,
        stock=stock,
        page_size=(template.width_mm * mm, template.height_mm * mm),
        static=tuple(p for p in prepared if p.field.is_static),
        variable=tuple(p for p in prepared if not p.field.is_static),
    )


def _prepare(field: Field, page_height_mm: float) -> PreparedField:
    box = Box(field.w * mm, field.h * mm, field.size, field.min_size, field.wrap,
              field.max_lines, field.shrink)
    return PreparedField(field, FACES[field.font], box, field.x * mm,
                         (page_height_mm - field.y - field.h) * mm)


def is_visible(field: Field, values: Mapping[str, str]) -> bool:
    """Whether a field's condition ("citation", "!citation", "kind=collective") holds."""
    condition = field.when
    if condition is None:
        return True
    if "!=" in condition:
        name, wanted = condition.split("!=", 1)
        return values.get(name, "") != wanted
    if "=" in condition:
        name, wanted = condition.split("=", 1)
        return values.get(name, "") == wanted
    if condition.startswith("!"):
        return not values.get(condition[1:], "")
    return bool(values.get(condition, ""))


def field_text(field: Field, values: Mapping[str, str]) -> str:
    """The text a field prints for these values; empty when there is nothing to print.

    The value is put in with str.replace, never str.format, so braces in a name
    are printed as they are.
    """
    if field.text is not None:
        text = field.text
    else:
        value = values.get(field.variable or "", "")
        if not value:
            return ""
        text = field.template.replace("{value}", value)
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return text.upper() if field.capitals else text
