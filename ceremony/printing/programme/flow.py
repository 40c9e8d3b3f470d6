"""A small text-flow engine on the ReportLab canvas: wrapped mixed-font lines and table rows.

Why not platypus: the running order and the MC script of a 1,000-honoree ceremony
are ~3,000 short wrapped lines; Paragraph and Table cost several times more than
measuring words and drawing strings (bench/order_*.py). Text is drawn with
drawString, which never interprets markup, so a name such as "<img src=…>" is
printed as written and can never make ReportLab open a file. Every string is
normalised to NFC first: decomposed Vietnamese prints with misplaced marks.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ceremony.printing.fonts import SERIF, register_fonts

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)


@dataclass(frozen=True)
class Run:
    """A piece of text in one face."""

    text: str
    font: str = SERIF


Line = list[tuple[float, float, str, str]]  # (x offset, end, text, font)


def wrap(runs: Sequence[Run], width: float, size: float) -> list[Line]:
    """Greedy word wrap of runs in several faces into lines no wider than *width*.

    A run that fits whole is measured once, not word by word: most runs are a
    name or a short phrase, and measuring is most of the cost of a long script.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[Line] = [[]]
    x = 0.0
    for run in runs:
        text = unicodedata.normalize("NFC", run.text)
        space = stringWidth(" ", run.font, size)
        whole = text.strip(" ")
        if whole:
            lead = space if text.startswith(" ") and x > 0 else 0.0
            measured = stringWidth(whole, run.font, size)
            if x + lead + measured <= width:
                lines[-1].append((x + lead, x + lead + measured, whole, run.font))
                x += lead + measured + (space if text.endswith(" ") else 0.0)
                continue
        for index, word in enumerate(text.split(" ")):
            if index and x > 0:  # the space before this word, unless it starts a line
                x += space
            if not word:
                continue
            measured = stringWidth(word, run.font, size)
            if x > 0 and x + measured > width:
                lines.append([])
                x = 0.0
            lines[-1].append((x, x + measured, word, run.font))
            x += measured
    return lines


class Flow:
    """Pages of wrapped text, top to bottom, with a running footer."""

    def __init__(self, title: str, footer: str, pagesize: tuple[float, float] = A4,
                 margin: float = 18 * MM) -> None:
        from reportlab.pdfgen.canvas import Canvas

        register_fonts()
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=pagesize, pageCompression=1)
        self.canvas.setTitle(unicodedata.normalize("NFC", title))
        self.canvas.setAuthor("Ceremony")
        self.width, self.height = pagesize
        self.margin = margin
        self.left, self.right = margin, self.width - margin
        self.bottom = margin + 8 * MM
        self.footer = footer
        self.pages = 1
        self.y = self.height - margin
        # Called at the top of every new page (a table's repeated header).
        self.on_new_page: Callable[[], None] | None = None

    @property
    def text_width(self) -> float:
        return self.right - self.left

    def new_page(self) -> None:
        self._footer()
        self.canvas.showPage()
        self.pages += 1
        self.y = self.height - self.margin
        if self.on_new_page is not None:
            self.on_new_page()

    def room(self, height: float) -> None:
        """Start a new page unless *height* still fits on this one."""
        if self.y - height < self.bottom:
            self.new_page()

    def space(self, height: float) -> None:
        self.y -= height

    def paragraph(self, runs: Sequence[Run], size: float = 11, indent: float = 0,
                  hanging: float = 0, align: str = "left", keep: float = 0) -> None:
        """Wrapped text; *hanging* indents every line but the first (numbered lists).

        *keep*: height that must follow on the same page (a heading keeps its first line).
        """
        leading = size * 1.3
        lines = wrap(runs, self.text_width - indent - hanging, size)
        self.room(leading + keep)
        for number, line in enumerate(lines):
            self.room(leading)
            self.y -= leading
            shift = indent + (hanging if number else 0)
            self._draw(line, size, shift, align)

    def row(self, cells: Sequence[tuple[Sequence[Run], float]], size: float = 10,
            pad: float = 2.5, rule: bool = True) -> None:
        """A table row: each cell wrapped in its column; the row never splits across pages,
        unless it is taller than a page: then it goes on over the next pages rather than
        running off the foot of this one (and taking the names after it with it)."""
        leading = size * 1.25
        widths = [width for _, width in cells]
        remaining = [wrap(runs, width - 2 * pad, size) for runs, width in cells]
        moved = False
        while self.y - (max(map(len, remaining)) * leading + 2 * pad) < self.bottom:
            if not moved:  # first try the top of the next page, as a whole
                self.new_page()
                moved = True
                continue
            here = max(1, int((self.y - self.bottom - 2 * pad) // leading))
            self._cells([lines[:here] for lines in remaining], widths, size, pad, False)
            remaining = [lines[here:] for lines in remaining]
            self.new_page()
        self._cells(remaining, widths, size, pad, rule)

    def _cells(self, wrapped: Sequence[list[Line]], widths: Sequence[float], size: float,
               pad: float, rule: bool) -> None:
        leading = size * 1.25
        height = max(len(lines) for lines in wrapped) * leading + 2 * pad
        x = self.left
        for lines, width in zip(wrapped, widths, strict=True):
            y = self.y - pad
            for line in lines:
                y -= leading
                self._line(line, size, x + pad, y + size * 0.25)
            x += width
        self.y -= height
        if rule:
            self.canvas.setLineWidth(0.4)
            self.canvas.line(self.left, self.y, x, self.y)

    def centred(self, text: str, font: str, size: float) -> None:
        self.paragraph([Run(text, font)], size, align="centre")

    def finish(self) -> tuple[bytes, int]:
        self._footer()
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue(), self.pages

    def _draw(self, line: Line, size: float, shift: float, align: str) -> None:
        x = self.left + shift
        if align == "centre" and line:
            x = self.left + (self.text_width - line[-1][1]) / 2
        self._line(line, size, x, self.y + size * 0.25)

    def _line(self, line: Line, size: float, x: float, y: float) -> None:
        # Neighbouring pieces in one face, one space apart, go out as one string:
        # fewer and cheaper text operators.
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canvas: Any = self.canvas
        start = 0
        while start < len(line):
            offset, end, text, font = line[start]
            space = stringWidth(" ", font, size)
            parts = [text]
            start += 1
            while start < len(line) and line[start][3] == font and abs(
                    line[start][0] - end - space) < 0.01:
                end, text = line[start][1], line[start][2]
                parts.append(text)
                start += 1
            canvas.setFont(font, size)
            canvas.drawString(x + offset, y, " ".join(parts))

    def _footer(self) -> None:
        self.canvas.setFont(SERIF, 8.5)
        self.canvas.drawCentredString(self.width / 2, self.margin * 0.6,
                                      unicodedata.normalize("NFC", f"{self.footer} {self.pages}"))
