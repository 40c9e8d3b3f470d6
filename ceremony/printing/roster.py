"""The ceremony's list of honorees by award, as a PDF for checking before printing.

Rendered to memory and then moved into place: ReportLab's own save would
truncate the target first, losing the previous list if rendering failed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ceremony.printing.fonts import SERIF, SERIF_BOLD, register_fonts
from ceremony.printing.output import replace_atomically
from ceremony.services.records import AwardRow, CeremonyInfo

LABELS = {
    "vi": {
        "heading": "DANH SÁCH KHEN THƯỞNG",
        "collective": "Tập thể",
        "individual": "Cá nhân",
        "columns": ("STT", "Họ và tên", "Cấp bậc, chức vụ", "Đơn vị"),
        "date": "ngày {d:%d} tháng {d:%m} năm {d:%Y}",
        "total": "Tổng số: {n}",
    },
    "en": {
        "heading": "LIST OF HONOREES",
        "collective": "Collectives",
        "individual": "Individuals",
        "columns": ("No.", "Name", "Rank, position", "Unit"),
        "date": "{d:%d %B %Y}",
        "total": "Total: {n}",
    },
}


def write_roster(ceremony: CeremonyInfo, rows: Sequence[AwardRow], target: Path) -> Path:
    return replace_atomically(target, render_roster(ceremony, rows))


def render_roster(ceremony: CeremonyInfo, rows: Sequence[AwardRow]) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    labels = LABELS.get(ceremony.language, LABELS["en"])
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=ceremony.title,
        author="Ceremony",
    )
    document.build(list(_story(ceremony, rows, labels)))
    return buffer.getvalue()


def _story(ceremony: CeremonyInfo, rows: Sequence[AwardRow], labels: Mapping[str, object]) -> (
    Iterable[object]
):
    from reportlab.platypus import Paragraph, Spacer

    styles = _styles()
    yield Paragraph(escape(str(labels["heading"])), styles["heading"])
    yield Paragraph(escape(ceremony.title), styles["title"])
    place = f"{ceremony.place_name}, " if ceremony.place_name else ""
    yield Paragraph(escape(place + str(labels["date"]).format(d=ceremony.date)), styles["title"])
    yield Spacer(1, 12)
    for award, in_award in groupby(rows, key=lambda row: row.award):
        yield Paragraph(escape(award), styles["award"])
        award_rows = list(in_award)
        for kind in ("collective", "individual"):
            of_kind = [row for row in award_rows if row.kind == kind]
            if of_kind:
                heading = f"{labels[kind]} ({len(of_kind)})"
                yield Paragraph(escape(heading), styles["section"])
                yield _table(of_kind, labels, styles)
        yield Paragraph(escape(str(labels["total"]).format(n=len(award_rows))), styles["body"])
        yield Spacer(1, 10)


def _table(rows: Sequence[AwardRow], labels: Mapping[str, object], styles: Mapping[str, Any]) -> (
    object
):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, TableStyle

    cell = styles["cell"]
    columns = labels["columns"]
    assert isinstance(columns, tuple)
    header = [Paragraph(escape(text), styles["cell_bold"]) for text in columns]
    body = [
        [
            Paragraph(str(number), cell),
            Paragraph(escape(row.name), styles["cell_bold"]),
            Paragraph(escape(", ".join(p for p in (row.rank, row.position) if p)), cell),
            Paragraph(escape(row.unit), cell),
        ]
        for number, row in enumerate(rows, start=1)
    ]
    # splitInRow: a row taller than a page (a name of thousands of letters) is split
    # across pages instead of stopping the whole list with a LayoutError.
    table = LongTable([header, *body], colWidths=[14 * mm, 65 * mm, 85 * mm, 103 * mm],
                      repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    def style(name: str, font: str, size: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, **extra)

    return {
        "heading": style("heading", SERIF_BOLD, 15, alignment=TA_CENTER),
        "title": style("title", SERIF, 12, alignment=TA_CENTER),
        "award": style("award", SERIF_BOLD, 12.5, spaceBefore=8, spaceAfter=4),
        "section": style("section", SERIF_BOLD, 11.5, spaceBefore=4, spaceAfter=3),
        "body": style("body", SERIF, 11, spaceBefore=3),
        "cell": style("cell", SERIF, 10.5),
        "cell_bold": style("cell_bold", SERIF_BOLD, 10.5),
    }
