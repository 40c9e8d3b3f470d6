"""Before a batch prints: every honoree whose text a chosen font cannot draw.

Checked against the TTF's own character map, so nothing ever prints as an empty
box or a question mark; the batch is refused and the list shown instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ceremony.printing.fonts import missing_characters
from ceremony.printing.layout import Layout, PreparedField, field_text, is_visible, layout_for
from ceremony.printing.template import Template
from ceremony.printing.variables import variables
from ceremony.services.certificates import CertificateRecord

# One page as it will be drawn: its layout, record, and each printed field's text.
PageTexts = tuple[Layout, CertificateRecord, list[tuple[PreparedField, str]]]


@dataclass(frozen=True)
class GlyphProblem:
    award_id: int
    name: str
    field: str
    font: str
    characters: str

    def describe(self) -> str:
        codes = ", ".join(f"“{c}” U+{ord(c):04X}" for c in self.characters)
        return f"{self.name} — {self.field} ({self.font}): {codes}"


def page_texts(template: Template, record: CertificateRecord, stock: bool) -> PageTexts:
    """The variable fields a page prints (visible, not empty) with their text."""
    layout = layout_for(template, stock)
    values = variables(record, template.language, template.prefixes)
    texts = []
    for prepared in layout.variable:
        if is_visible(prepared.field, values):
            text = field_text(prepared.field, values)
            if text:
                texts.append((prepared, text))
    return layout, record, texts


def problems_in(pages: Iterable[PageTexts]) -> list[GlyphProblem]:
    problems: list[GlyphProblem] = []
    checked_layouts: set[int] = set()
    for layout, record, texts in pages:
        if id(layout) not in checked_layouts:  # fixed texts: once per template
            checked_layouts.add(id(layout))
            static = [(p, field_text(p.field, {})) for p in layout.static]
            problems += _check(record, static, name=layout.template.name)
        problems += _check(record, texts, name=record.name)
    return problems


def glyph_problems(pages: Sequence[tuple[Template, CertificateRecord]], *,
                   stock: bool = False) -> list[GlyphProblem]:
    return problems_in(page_texts(template, record, stock) for template, record in pages)


def _check(record: CertificateRecord, texts: list[tuple[PreparedField, str]],
           name: str) -> list[GlyphProblem]:
    found = []
    for prepared, text in texts:
        lacking = missing_characters(prepared.font, text)
        if lacking:
            found.append(GlyphProblem(record.award_id, name, prepared.field.id,
                                      prepared.field.font, lacking))
    return found
