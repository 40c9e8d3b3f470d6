"""The print dialog's long jobs as plain functions: preview, save, and a real print.

They run on a worker thread, so they take and return plain values only (ids,
records, bytes); progress goes through a callback and a cancel check, like the
printing core they call. Nothing here imports Qt: the printer itself is handed
in as a function that paints a finished PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ceremony.printing.batch import BatchRequest, BatchResult, run_batch, template_for
from ceremony.printing.preflight import GlyphProblem, glyph_problems
from ceremony.printing.render import CancelCheck, Progress, RenderOptions, render_pages
from ceremony.printing.template import Template
from ceremony.services.certificate_rounds import StageRoundKey
from ceremony.services.certificates import (
    CertificateOrder,
    CertificateRecord,
    CertificateSelection,
    certificate_records,
    print_batch,
)
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo
from ceremony.store.registry import Registry

# Paints a PDF onto the chosen printer; raises if the printer refuses or the user cancels.
PaintPdf = Callable[[bytes, Progress, CancelCheck], None]


@dataclass(frozen=True)
class PrintChoice:
    """What the user chose in the dialog, as plain values."""

    ceremony_id: int | None
    award_type: str | None = None  # an award type's exact name; None: every award
    award_ids: tuple[int, ...] | None = None  # rows selected in the main window
    stage_round: StageRoundKey | None = None  # one round of the running order
    order: CertificateOrder = CertificateOrder.LIST
    template: str | None = None  # a built-in name; None: each award's own template
    stock: bool = False
    profile: ProfileInfo = NO_PROFILE


@dataclass(frozen=True)
class NoteRow:
    """One field that fitting had to change, with the honoree's name to find it by."""

    page: int
    name: str
    field: str
    size: float
    lines: int
    squeezed: bool
    variable: str | None = None  # what the field shows, to name it as the designer does


@dataclass(frozen=True)
class LetterProblem:
    """A text the field's font has no letter for (preflight's GlyphProblem), with what
    the field shows, so the clerk is told "Citation", not the field id "citation"."""

    name: str  # the honoree's (or, for a fixed text, the template's)
    field: str
    variable: str | None
    font: str
    characters: str


@dataclass(frozen=True)
class Sheet:
    """What one page is printed on: the template's paper and, on blanks, its authority."""

    template: str  # the template's title, as the clerk knows the blank
    width_mm: float
    height_mm: float
    authority: str


@dataclass(frozen=True)
class Preview:
    selection: CertificateSelection  # the exact awards shown: what Print will print
    pdf: bytes
    pages: int
    notes: tuple[NoteRow, ...] = ()
    problems: tuple[LetterProblem, ...] = ()
    sheets: tuple[Sheet, ...] = ()  # one per page, in page order


def chosen_records(registry: Registry, choice: PrintChoice) -> tuple[
        CertificateSelection, list[CertificateRecord]]:
    """The awards chosen, pinned by id so the print is exactly what was previewed."""
    broad = CertificateSelection(ceremony_id=choice.ceremony_id, award_ids=choice.award_ids,
                                 order=choice.order, stage_round=choice.stage_round)
    records = certificate_records(registry, broad)
    if choice.award_type is not None:
        # An exact match: the service's own filter matches part of a name.
        records = [r for r in records if r.award == choice.award_type]
    ids = tuple(r.award_id for r in records)
    return CertificateSelection(ceremony_id=choice.ceremony_id, award_ids=ids,
                                order=choice.order), records


def make_preview(registry: Registry, choice: PrintChoice, progress: Progress,
                 cancelled: CancelCheck) -> Preview:
    selection, records = chosen_records(registry, choice)
    if not records:
        return Preview(selection, b"", 0)
    pages = [(template_for(record, choice.template), record) for record in records]
    templates = {record.award_id: template for template, record in pages}
    problems = glyph_problems(pages, stock=choice.stock)
    if problems:
        return Preview(selection, b"", len(pages), problems=tuple(
            _letter_problem(problem, templates) for problem in problems))
    rendered = render_pages(pages, RenderOptions(
        stock=choice.stock, profile=choice.profile, title="Preview", progress=progress,
        cancelled=cancelled))
    names = {record.award_id: record.name for record in records}
    notes = tuple(NoteRow(n.page, names.get(n.award_id, ""), n.field, n.size, n.lines,
                          n.squeezed, shown_variable(templates.get(n.award_id), n.field))
                  for n in rendered.notes)
    sheets = tuple(Sheet(template.title, template.width_mm, template.height_mm,
                         record.authority) for template, record in pages)
    return Preview(selection, rendered.pdf, rendered.pages, notes, sheets=sheets)


def shown_variable(template: Template | None, field_id: str) -> str | None:
    """The variable the template's field *field_id* shows; None for fixed text."""
    if template is None:
        return None
    return next((f.variable for f in template.fields if f.id == field_id), None)


def _letter_problem(problem: GlyphProblem, templates: dict[int, Template]) -> LetterProblem:
    return LetterProblem(problem.name, problem.field,
                         shown_variable(templates.get(problem.award_id), problem.field),
                         problem.font, problem.characters)


def save_output(registry: Registry, choice: PrintChoice, selection: CertificateSelection,
                out: Path, *, split: bool, final: bool, progress: Progress,
                cancelled: CancelCheck) -> BatchResult:
    """One PDF or one file per honoree; *final* counts as a real print."""
    return run_batch(registry, BatchRequest(
        selection=selection, out=out, split=split, template=choice.template,
        stock=choice.stock, profile=choice.profile, real=final, progress=progress,
        cancelled=cancelled))


def print_for_real(registry: Registry, choice: PrintChoice, selection: CertificateSelection,
                   paint: PaintPdf, progress: Progress, cancelled: CancelCheck) -> int:
    """Render with register numbers, paint onto the printer, then record the print.

    The painting happens inside the service's transaction: a printer that
    refuses, or a cancel, rolls back the register numbers and the print count.
    """
    def produce(records: Sequence[CertificateRecord]) -> int:
        pages = [(template_for(record, choice.template), record) for record in records]
        total = len(pages)
        # One bar for both halves: rendering, then sending pages to the printer.
        rendered = render_pages(pages, RenderOptions(
            stock=choice.stock, profile=choice.profile, title="Certificates",
            progress=lambda done, _all: progress(done, 2 * total), cancelled=cancelled))
        paint(rendered.pdf, lambda done, _all: progress(total + done, 2 * total), cancelled)
        return rendered.pages

    return print_batch(registry, selection, produce, real=True)
