"""The decision annex as PDF, in the official shape.

Issuing body and national motto, then "DANH SÁCH / Tập thể, cá nhân được tặng … /
(Kèm theo Quyết định số … ngày … của …)", then one table: STT, Họ và tên, Cấp bậc,
chức vụ, Đơn vị, with "I. TẬP THỂ" and "II. CÁ NHÂN" as section rows. The table
header repeats on every page; pages after an annex's first are numbered at the top.
Each annex starts on a new page. Rendered to memory, then moved into place.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ceremony.errors import DataError
from ceremony.printing.output import replace_atomically
from ceremony.reports.layout import (
    MM,
    centred_lines,
    grid_style,
    official_header,
    rule,
    styles,
)
from ceremony.reports.wording import (
    ROMAN,
    annex_attached,
    annex_subject,
    markup,
    nfc,
    summary,
    words,
)
from ceremony.services.reports import Annex, AnnexDocument

MARGINS_MM = (30, 15, 20, 20)  # left, right, top, bottom (Nghị định 30/2020)
COLUMNS_MM = (13, 50, 47, 55)


def write_annex_pdf(document: AnnexDocument, target: Path) -> Path:
    return replace_atomically(target, render_annex_pdf(document))


def render_annex_pdf(document: AnnexDocument) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    if not document.annexes:
        raise DataError("report.no_awards")
    left, right, top, bottom = (m * MM for m in MARGINS_MM)
    buffer = io.BytesIO()
    pages = _PageNumbers()
    template = BaseDocTemplate(buffer, pagesize=A4, title=nfc(document.ceremony.title),
                               author="Ceremony", leftMargin=left, rightMargin=right,
                               topMargin=top, bottomMargin=bottom)
    frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body")
    template.addPageTemplates([PageTemplate("annex", [frame], onPageEnd=pages.draw)])
    template.build(_story(document, frame.width, pages))
    return buffer.getvalue()


class _PageNumbers:
    """Numbers every page of an annex but its first, at the top centre."""

    def __init__(self) -> None:
        self.first = 1

    def marker(self) -> Any:
        from reportlab.platypus.flowables import Flowable

        numbers = self

        class Start(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
            def wrap(self, *_: float) -> tuple[float, float]:
                return 0.0, 0.0

            def draw(self) -> None:
                numbers.first = self.canv.getPageNumber()

        return Start()

    def draw(self, canvas: Any, document: Any) -> None:
        number = canvas.getPageNumber() - self.first + 1
        if number > 1:
            canvas.setFont(styles()["page"].fontName, 12)
            canvas.drawCentredString(document.pagesize[0] / 2 + 7.5 * MM,
                                     document.pagesize[1] - 12 * MM, str(number))


def _story(document: AnnexDocument, width: float, pages: _PageNumbers) -> list[Any]:
    from reportlab.platypus import PageBreak

    sheet = styles()
    language = document.ceremony.language
    story: list[Any] = []
    for index, annex in enumerate(document.annexes):
        if index:
            story.append(PageBreak())
        story.append(pages.marker())
        story += _title_block(annex, language, width, sheet)
        story.append(_table(annex, language, sheet))
        story.append(_closing(annex, language, sheet))
    return story


def _title_block(annex: Annex, language: str, width: float, sheet: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    return [
        official_header(annex.issuer, language, width, sheet),
        Paragraph(markup(words("annex.heading", language)), sheet["heading"]),
        centred_lines(annex_subject(annex, language), sheet["subject"], width),
        centred_lines(annex_attached(annex, language), sheet["attached"], width),
        rule(40),
        Spacer(1, 4 * MM),
    ]


def _table(annex: Annex, language: str, sheet: dict[str, Any]) -> Any:
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    columns = ("seq", "name", "rank_position", "unit")
    rows: list[list[Any]] = [[Paragraph(markup(words(f"column.{c}", language)), sheet["head"])
                              for c in columns]]
    spans: list[tuple[Any, ...]] = []
    for number, (kind, entries) in enumerate(annex.sections()):
        spans.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([Paragraph(ROMAN[number], sheet["head"]),
                     Paragraph(markup(words(f"annex.section.{kind}", language)),
                               sheet["cell_bold"]), "", ""])
        # Numbers and empty cells as plain strings (drawn, never parsed as markup):
        # a Paragraph per cell is most of the time of a long list.
        rows += [[str(seq), Paragraph(markup(entry.name), sheet["cell"]),
                  _cell(entry.rank_position, sheet), _cell(entry.unit, sheet)]
                 for seq, entry in enumerate(entries, start=1)]
    table = LongTable(rows, colWidths=[w * MM for w in COLUMNS_MM], repeatRows=1,
                      splitInRow=1)  # a name taller than a page continues on the next
    numbers = sheet["cell_centre"]
    table.setStyle(TableStyle([*grid_style(), *spans,
                               ("FONT", (0, 1), (0, -1), numbers.fontName, numbers.fontSize),
                               ("ALIGN", (0, 1), (0, -1), "CENTER")]))
    return table


def _cell(text: str, sheet: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), sheet["cell"]) if text else ""


def _closing(annex: Annex, language: str, sheet: dict[str, Any]) -> Any:
    from reportlab.platypus import Paragraph

    text = words("annex.closing", language, summary=summary(
        len(annex.collectives), len(annex.individuals), language))
    return Paragraph(markup(text), sheet["closing"])
