"""The decision annex as an xlsx workbook that the importer reads back.

One sheet per annex, laid out as offices type them: the issuing body and the national
motto, the title block naming the decision ("Kèm theo Quyết định số … ngày …", which
the importer reads the decision from), one header row, "I. TẬP THỂ" / "II. CÁ NHÂN"
section rows numbered in the STT column, the honorees, and the closing line. Rank and
position are separate columns, and the award is a column, so a re-import needs no
options but the authority.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.errors import DataError
from ceremony.printing.output import replace_atomically
from ceremony.reports.safe import put
from ceremony.reports.wording import ROMAN, annex_attached, annex_subject, nfc, summary, words
from ceremony.services.reports import Annex, AnnexDocument, AnnexEntry

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

COLUMNS = ("seq", "name", "rank", "position", "unit", "award")
WIDTHS = (6, 28, 14, 30, 40, 34)
HEADER_ROW = 8
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def write_annex_xlsx(document: AnnexDocument, target: Path) -> Path:
    return replace_atomically(target, render_annex_xlsx(document))


def render_annex_xlsx(document: AnnexDocument) -> bytes:
    from openpyxl import Workbook

    if not document.annexes:
        raise DataError("report.no_awards")
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for annex in document.annexes:
        sheet = workbook.create_sheet(sheet_name(annex, used))
        _fill(sheet, annex, document.ceremony.language)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sheet_name(annex: Annex, used: set[str]) -> str:
    """The decision number, made a legal and unique sheet name (31 characters at most)."""
    base = _NOT_IN_SHEET_NAME.sub("-", nfc(annex.decision_number or annex.award))[:28].strip()
    name, count = base or "Sheet", 1
    while name.casefold() in used:
        count += 1
        name = f"{base[:26]} ({count})"
    used.add(name.casefold())
    return name


def _fill(sheet: Worksheet, annex: Annex, language: str) -> None:
    _title_block(sheet, annex, language)
    for column, key in enumerate(COLUMNS, start=1):
        put(sheet, HEADER_ROW, column, words(f"column.{key}", language)).font = _bold()
    row = HEADER_ROW + 1
    for number, (kind, entries) in enumerate(annex.sections()):
        put(sheet, row, 1, ROMAN[number]).font = _bold()
        put(sheet, row, 2, words(f"annex.section.{kind}", language)).font = _bold()
        row += 1
        for seq, entry in enumerate(entries, start=1):
            _entry(sheet, row, seq, entry, annex.award)
            row += 1
    closing = words("annex.closing", language, summary=summary(
        len(annex.collectives), len(annex.individuals), language))
    put(sheet, row + 1, 1, closing)
    _shape(sheet, row)


def _title_block(sheet: Worksheet, annex: Annex, language: str) -> None:
    lines = [(1, 1, 2, annex.issuer.upper()), (4, 1, 6, words("annex.heading", language)),
             (5, 1, 6, annex_subject(annex, language)),
             (6, 1, 6, annex_attached(annex, language))]
    if language == "vi":
        lines += [(1, 3, 6, words("annex.motto_country", language)),
                  (2, 3, 6, words("annex.motto", language))]
    for row, first, last, text in lines:
        cell = put(sheet, row, first, text)
        cell.font = _bold(italic=row == 6)
        cell.alignment = _centred()
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _entry(sheet: Worksheet, row: int, seq: int, entry: AnnexEntry, award: str) -> None:
    values: tuple[int | str, ...] = (seq, entry.name, entry.rank, entry.position, entry.unit,
                                     award)
    for column, value in enumerate(values, start=1):
        put(sheet, row, column, value)


def _shape(sheet: Worksheet, last_row: int) -> None:
    """Column widths, wrapped text, a grid, and the header repeated on printed pages."""
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter

    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    thin = Side(style="thin")
    for cells in sheet.iter_rows(min_row=HEADER_ROW, max_row=last_row - 1,
                                 max_col=len(COLUMNS)):
        for cell in cells:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)


def _bold(italic: bool = False) -> object:
    from openpyxl.styles import Font

    return Font(bold=not italic, italic=italic)


def _centred() -> object:
    from openpyxl.styles import Alignment

    return Alignment(horizontal="center", vertical="center", wrap_text=True)
