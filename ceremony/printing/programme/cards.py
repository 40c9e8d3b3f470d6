"""Name cards for the seats of presenters and honorees: A4 landscape tent cards.

Folded along the middle, the card stands on the table; the name is printed on
both halves (the upper one upside down) so it reads from the stage and the hall.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from typing import Any

from ceremony.printing.fonts import DISPLAY, SERIF, register_fonts
from ceremony.printing.programme.flow import A4, MM
from ceremony.printing.programme.phrases import phrases
from ceremony.services.programme_records import PlanView

WIDTH, HEIGHT = A4[1], A4[0]  # landscape
NAME_SIZE, DETAIL_SIZE = 40.0, 16.0


def render_cards(plan: PlanView) -> tuple[bytes, int]:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH, HEIGHT), pageCompression=1)
    canvas.setTitle(unicodedata.normalize("NFC", plan.ceremony.title))
    canvas.setAuthor("Ceremony")
    pages = 0
    for name, detail in _cards(plan):
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.3)
        canvas.line(10 * MM, HEIGHT / 2, WIDTH - 10 * MM, HEIGHT / 2)  # the fold
        _half(canvas, name, detail)
        canvas.saveState()
        canvas.translate(WIDTH, HEIGHT)
        canvas.rotate(180)
        _half(canvas, name, detail)
        canvas.restoreState()
        canvas.showPage()
        pages += 1
    canvas.save()
    return buffer.getvalue(), pages


def _cards(plan: PlanView) -> Iterator[tuple[str, str]]:
    words = phrases(plan.ceremony.language)
    for presenter in plan.presenters:
        yield f"{presenter.rank} {presenter.name}".strip(), presenter.title or words[
            "presenter_card"]
    for block in plan.blocks:
        for person in block.people():
            yield (f"{person.rank} {person.name}".strip(),
                   ", ".join(p for p in (person.position, person.unit) if p))


def _half(canvas: Any, name: str, detail: str) -> None:
    """The lower half of the page: the name large, shrunk to the width, the detail below."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    usable = WIDTH - 30 * MM
    name = unicodedata.normalize("NFC", name)
    detail = unicodedata.normalize("NFC", detail)
    size = min(NAME_SIZE, NAME_SIZE * usable / max(stringWidth(name, DISPLAY, NAME_SIZE), 1))
    small = min(DETAIL_SIZE, DETAIL_SIZE * usable / max(stringWidth(detail, SERIF,
                                                                    DETAIL_SIZE), 1))
    canvas.setFont(DISPLAY, size)
    canvas.drawCentredString(WIDTH / 2, HEIGHT / 4 + 4 * MM, name)
    canvas.setFont(SERIF, small)
    canvas.drawCentredString(WIDTH / 2, HEIGHT / 4 - 12 * MM, detail)
