"""Certificates as a PDF: a plain function of (template, records, printer profile).

The print dialog, the designer's live preview and the command line all call
`render_pages`; it draws in memory and returns the bytes, so a failure or a
cancel never touches a file. The decoration is one form XObject per template,
text is drawn as drawString draws it (no markup parser ever sees user text) after
NFC normalisation and fitting by measured widths; a string repeated at the same
place on many pages reuses its PDF code (drawn_strings.py).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ceremony.printing.artwork import draw_background, draw_shapes
from ceremony.printing.drawn_strings import DrawnStrings
from ceremony.printing.errors import MissingGlyphsError, PrintCancelled
from ceremony.printing.fitting import Fitted, fit
from ceremony.printing.fonts import SERIF, register_face, vertical_metrics
from ceremony.printing.layout import Layout, PreparedField, field_text
from ceremony.printing.placement import apply_profile
from ceremony.printing.preflight import page_texts, problems_in
from ceremony.printing.template import Template
from ceremony.services.certificates import CertificateRecord
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Page = tuple[Template, CertificateRecord]

fit_cached = lru_cache(maxsize=16384)(fit)  # the citation, signer… repeat on every page


@dataclass(frozen=True)
class RenderOptions:
    stock: bool = False  # pre-printed blanks: only what is not already on the blank
    profile: ProfileInfo = NO_PROFILE
    title: str = "Certificates"
    progress: Progress | None = None
    cancelled: CancelCheck | None = None


@dataclass(frozen=True)
class FitNote:
    """What fitting did to one field of one page, for the preview to show."""

    page: int
    award_id: int
    field: str
    size: float
    lines: int
    squeezed: bool


@dataclass
class Rendered:
    pdf: bytes
    pages: int
    notes: list[FitNote] = field(default_factory=list)


def render_certificates(template: Template, records: Sequence[CertificateRecord],
                        options: RenderOptions | None = None) -> Rendered:
    return render_pages([(template, record) for record in records], options)


def render_pages(pages: Sequence[Page], options: RenderOptions | None = None) -> Rendered:
    """One PDF page per (template, record); refuses before drawing if a glyph is missing."""
    options = options or RenderOptions()
    # Each page's texts are worked out once, for both the glyph check and the drawing.
    prepared = [page_texts(template, record, options.stock) for template, record in pages]
    problems = problems_in(prepared)
    if problems:
        raise MissingGlyphsError([problem.describe() for problem in problems])
    register_face(SERIF)  # the canvas's initial font; the fields' faces came with the layouts
    buffer = io.BytesIO()
    canvas = _canvas(buffer, pages, options)
    forms: dict[int, str] = {}
    notes: list[FitNote] = []
    strings = DrawnStrings(canvas)
    total = len(prepared)
    for number, (layout, record, texts) in enumerate(prepared, start=1):
        if options.cancelled is not None and options.cancelled():
            raise PrintCancelled()
        form = forms.get(id(layout)) or _make_form(canvas, layout, len(forms), strings)
        forms[id(layout)] = form
        _page(canvas, layout, form, record.award_id, texts, options.profile, number, notes,
              strings)
        if options.progress is not None:
            options.progress(number, total)
    del prepared  # the page texts are no longer needed while the PDF is serialised
    canvas.save()
    return Rendered(buffer.getvalue(), total, notes)


def _canvas(buffer: io.BytesIO, pages: Sequence[Page], options: RenderOptions) -> Canvas:
    first = pages[0][0] if pages else None
    size = (first.width_mm * mm, first.height_mm * mm) if first else (297 * mm, 210 * mm)
    # The initial font names a shipped face: the default Helvetica would be listed
    # in the PDF as a font that is not embedded.
    canvas = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=SERIF)
    canvas.setTitle(options.title)
    canvas.setAuthor("Ceremony")
    canvas.setCreator("Ceremony")
    # Printed at actual size on paper of the template's size: a blank cannot be
    # hit by a viewer that "fits to page".
    canvas.setViewerPreference("PrintScaling", "None")
    return canvas


def _make_form(canvas: Canvas, layout: Layout, index: int, strings: DrawnStrings) -> str:
    name = f"design{index}"
    width, height = layout.page_size
    canvas.beginForm(name, 0, 0, width, height)
    if layout.draws_design:
        draw_background(canvas, layout.template)
        draw_shapes(canvas, layout.template)
    colour = None
    for prepared in layout.static:
        text = field_text(prepared.field, {})
        colour = _fill(canvas, prepared.field.colour, colour)
        _draw(canvas, prepared, fit_cached(text, prepared.font, prepared.box), strings)
    canvas.endForm()
    return name


def _page(canvas: Canvas, layout: Layout, form: str, award_id: int,
          texts: list[tuple[PreparedField, str]], profile: ProfileInfo, number: int,
          notes: list[FitNote], strings: DrawnStrings) -> None:
    canvas.setPageSize(layout.page_size)
    apply_profile(canvas, profile, layout.page_size[1])
    canvas.doForm(form)
    colour = None
    for prepared, text in texts:
        fitted = fit_cached(text, prepared.font, prepared.box)
        if fitted.shrunk or fitted.wrapped:
            notes.append(FitNote(number, award_id, prepared.field.id, fitted.size,
                                 len(fitted.lines), fitted.squeezed))
        colour = _fill(canvas, prepared.field.colour, colour)
        _draw(canvas, prepared, fitted, strings)
    canvas.showPage()


def _fill(canvas: Canvas, wanted: str, current: str | None) -> str:
    """Set the fill colour unless the page's stream already has it: most fields of a
    page share one colour, and each setting writes the colour and its opacity again."""
    if wanted != current:
        canvas.setFillColor(_colour(wanted))
    return wanted


def _draw(canvas: Canvas, prepared: PreparedField, fitted: Fitted,
          strings: DrawnStrings) -> None:
    spec, box = prepared.field, prepared.box
    above, below = vertical_metrics(prepared.font)
    block = (len(fitted.lines) - 1) * fitted.pitch + (above + below) * fitted.size
    spare = box.height - block
    offset = {"top": 0.0, "middle": spare / 2, "bottom": spare}[spec.valign]
    baseline = prepared.bottom + box.height - offset - above * fitted.size
    canvas.setFont(prepared.font, fitted.size)
    for line, width in zip(fitted.lines, fitted.widths, strict=True):
        x = prepared.left + {"left": 0.0, "center": (box.width - width) / 2,
                             "right": box.width - width}[spec.align]
        strings.draw(prepared.font, fitted.size, x, baseline, line)
        if spec.underline:
            canvas.setStrokeColor(_colour(spec.colour))
            canvas.setLineWidth(max(0.5, fitted.size / 20))
            rule = baseline - below * fitted.size * 0.8
            canvas.line(x, rule, x + width, rule)
        baseline -= fitted.pitch


@lru_cache(maxsize=64)
def _colour(hex_code: str) -> HexColor:
    return HexColor(hex_code)
