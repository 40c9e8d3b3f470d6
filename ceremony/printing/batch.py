"""A batch of certificates: choose, check, render, write, and record a real print.

The long job the print dialog runs on a worker thread: a plain function with a
progress callback and a cancel check. Rendering and writing the files both happen
inside the transaction that takes register numbers, so the print is recorded only
once every file is in place: a file that cannot be written (a folder in its way,
no permission, open in a PDF viewer on Windows, a full disk) records nothing. Each
file goes through a temporary one, so a crash never leaves a truncated PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ceremony.errors import DataError
from ceremony.printing.errors import MissingGlyphsError
from ceremony.printing.filenames import numbered_file_name
from ceremony.printing.output import Written, write_all
from ceremony.printing.preflight import glyph_problems
from ceremony.printing.render import (
    CancelCheck,
    FitNote,
    Page,
    Progress,
    RenderOptions,
    render_pages,
)
from ceremony.printing.template import Template, builtin_names, load_template
from ceremony.services.certificates import CertificateRecord, CertificateSelection, print_batch
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo
from ceremony.store.registry import Registry

# The built-in template for each kind of award when none is named.
DEFAULT_TEMPLATES = {
    "certificate_of_merit": "bang-khen",
    "commendation": "giay-khen",
    "medal": "ky-niem-chuong",
}
ENGLISH_TEMPLATE = "certificate-of-appreciation"


@dataclass(frozen=True)
class BatchRequest:
    selection: CertificateSelection
    out: Path  # the merged PDF, or the folder for one file per honoree
    split: bool = False
    template: str | None = None  # a built-in name or a file; None: each award's own
    stock: bool = False
    profile: ProfileInfo = NO_PROFILE
    real: bool = False  # a real print: take register numbers, count the print
    progress: Progress | None = None
    cancelled: CancelCheck | None = None


@dataclass(frozen=True)
class BatchResult:
    pages: int
    files: tuple[Path, ...]
    notes: tuple[FitNote, ...]


def template_for(record: CertificateRecord, chosen: str | None) -> Template:
    if chosen:
        return load_template(chosen)
    if record.default_template and record.default_template in builtin_names():
        return load_template(record.default_template)
    if record.language == "en":
        return load_template(ENGLISH_TEMPLATE)
    return load_template(DEFAULT_TEMPLATES.get(record.award_category, "bang-khen"))


@dataclass(frozen=True)
class _Output:
    path: Path
    pdf: bytes
    pages: int
    notes: list[FitNote]


def run_batch(registry: Registry, request: BatchRequest) -> BatchResult:
    if request.split:
        refuse_folder_with_pdfs(request.out)
    options = RenderOptions(stock=request.stock, profile=request.profile,
                            title=request.out.stem, progress=request.progress,
                            cancelled=request.cancelled)
    written: list[Written] = []

    def produce(records: Sequence[CertificateRecord]) -> list[_Output]:
        outputs = _rendered(records, request, options)
        # Still inside the transaction: a write that fails rolls the print back.
        written.append(write_all([(output.path, output.pdf) for output in outputs]))
        return outputs

    try:
        outputs = print_batch(registry, request.selection, produce, real=request.real)
    except BaseException:
        # Recording failed after the files were written (the registry's disk is full, the
        # server went away): files whose register numbers were never recorded must not be
        # printed, or the next batch would hand out the same numbers again.
        for files in written:
            files.remove_new()
        raise
    return BatchResult(pages=sum(output.pages for output in outputs),
                       files=written[0].files,
                       notes=tuple(note for output in outputs for note in output.notes))


def refuse_folder_with_pdfs(folder: Path) -> None:
    """One file per honoree goes into a folder without PDFs: mixed with an earlier batch's
    files, each honoree would be there twice under different numbers, and a clerk
    printing the whole folder would waste blanks that cannot be replaced."""
    try:
        found = sorted(path.name for path in folder.iterdir() if path.suffix.lower() == ".pdf")
    except OSError:  # not there yet (it is created), or not a folder: writing will say so
        return
    if found:
        raise DataError("certificates.split_folder_has_pdfs", folder=str(folder),
                        count=len(found), example=found[0])


def _rendered(records: Sequence[CertificateRecord], request: BatchRequest,
              options: RenderOptions) -> list[_Output]:
    pages = [(template_for(record, request.template), record) for record in records]
    if request.split:
        # Checked for the whole batch first: no file is written if one page would fail.
        problems = glyph_problems(pages, stock=request.stock)
        if problems:
            raise MissingGlyphsError([problem.describe() for problem in problems])
        return _split(pages, request.out, options)
    rendered = render_pages(pages, options)
    return [_Output(request.out, rendered.pdf, rendered.pages, rendered.notes)]


def _split(pages: Sequence[Page], folder: Path, options: RenderOptions) -> list[_Output]:
    """One file per certificate, named "001-Name.pdf" so the files sort in print order."""
    outputs = []
    total = len(pages)
    for index, page in enumerate(pages, start=1):
        single = RenderOptions(stock=options.stock, profile=options.profile,
                               title=page[1].name, cancelled=options.cancelled)
        rendered = render_pages([page], single)
        path = folder / numbered_file_name(index, total, page[1].name)
        outputs.append(_Output(path, rendered.pdf, rendered.pages, rendered.notes))
        if options.progress is not None:
            options.progress(index, total)
    return outputs
