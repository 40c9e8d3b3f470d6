"""What the report PDFs share: paper, typefaces, paragraph styles, the official header.

Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP) put the issuing body at
the top left and the national name and motto at the top right, each underlined with
a short rule, in a Times-like face: the shipped Liberation Serif, embedded.
"""

from __future__ import annotations

from typing import Any

from ceremony.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from ceremony.reports.wording import markup, nfc, words

MM = 72 / 25.4
BODY_SIZE = 12.0
GRID_WIDTH = 0.5


def styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()

    def style(name: str, font: str, size: float, align: int = TA_CENTER,
              **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25,
                              alignment=align, **extra)

    return {
        "organ": style("organ", SERIF_BOLD, 12),
        "motto_country": style("motto_country", SERIF_BOLD, 12),
        "motto": style("motto", SERIF_BOLD, 13),
        "heading": style("heading", SERIF_BOLD, 14, spaceBefore=10),
        "subject": style("subject", SERIF_BOLD, 13),
        "attached": style("attached", SERIF_ITALIC, 13),
        "section": style("section", SERIF_BOLD, 12, TA_LEFT, spaceBefore=8, spaceAfter=4),
        "cell": style("cell", SERIF, BODY_SIZE, TA_LEFT),
        "cell_centre": style("cell_centre", SERIF, BODY_SIZE),
        "cell_bold": style("cell_bold", SERIF_BOLD, BODY_SIZE, TA_LEFT),
        "head": style("head", SERIF_BOLD, BODY_SIZE),
        "closing": style("closing", SERIF_ITALIC, BODY_SIZE, TA_LEFT, spaceBefore=6),
        "note": style("note", SERIF_ITALIC, 10.5, TA_LEFT, spaceBefore=4),
        "page": style("page", SERIF, 11),
        # Statistics tables: smaller, so a long list of units takes fewer pages.
        "stat_head": style("stat_head", SERIF_BOLD, 10.5),
        "stat_cell": style("stat_cell", SERIF, 10.5, TA_LEFT),
        "stat_label_bold": style("stat_label_bold", SERIF_BOLD, 10.5, TA_LEFT),
        "stat_number": style("stat_number", SERIF, 10.5),
    }


def rule(width_mm: float) -> Any:
    """The short solid line under a header block or a title, centred where it stands
    (in a table cell too, where ReportLab's own horizontal rule ignores centring)."""
    from reportlab.platypus.flowables import Flowable

    class Rule(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
        def wrap(self, available: float, _: float) -> tuple[float, float]:
            self.available = available
            return available, 7.0

        def draw(self) -> None:
            start = (self.available - width_mm * MM) / 2
            self.canv.setLineWidth(0.6)
            self.canv.line(start, 2.5, start + width_mm * MM, 2.5)

    return Rule()


def balanced(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of even length rather than one full line and a stub ("… BIÊN / PHÒNG")."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    greedy: list[str] = simpleSplit(text, font, size, width)
    if len(greedy) < 2:
        return greedy
    target = stringWidth(text, font, size) / len(greedy)
    for step in range(1, 40):
        trial: list[str] = simpleSplit(text, font, size, min(width, target * (1 + step / 50)))
        if len(trial) == len(greedy):
            return trial
    return greedy


def centred_lines(text: str, style: Any, width: float) -> Any:
    """A centred paragraph of balanced lines; the text is escaped here."""
    from reportlab.platypus import Paragraph

    lines = balanced(nfc(text), style.fontName, style.fontSize, width)
    return Paragraph("<br/>".join(markup(line) for line in lines), style)


def official_header(organ: str, language: str, width: float, sheet: dict[str, Any]) -> Any:
    """Issuing body left; in Vietnamese the national name and motto right."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    widths = (width * 0.45, width * 0.55)
    # A gap of 4 mm keeps a long name off the national name beside it.
    left = [centred_lines(organ.upper(), sheet["organ"], widths[0] - 4 * MM), rule(25)]
    right: list[Any] = []
    if language == "vi":
        right = [Paragraph(markup(words("annex.motto_country", language)),
                           sheet["motto_country"]),
                 Paragraph(markup(words("annex.motto", language)), sheet["motto"]), rule(56)]
    table = Table([[left, right]], colWidths=list(widths))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
