"""Drawing the same string at the same place again, without encoding it again.

Most of a certificate's variable fields print the same text on every page of a
batch: the citation, the date, the decision, the signer. ReportLab's drawString
re-encodes each one into the font's subset codes every time, which was a third
of the time spent drawing a page. For an embedded TrueType face the PDF code it
writes depends only on the font, size, position and text (a character keeps the
subset code it was given the first time it is used in a document), so the code
of the first drawing is kept and added again with addLiteral: byte for byte what
drawString would have written (tests/printing/test_drawn_strings.py compares).
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

# (font, size, x, y, text) -> the text object's PDF code
_Key = tuple[str, float, float, float, str]


class DrawnStrings:
    """The PDF code of every string drawn on one canvas; one instance per document."""

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._codes: dict[_Key, str] = {}

    def draw(self, font: str, size: float, x: float, y: float, text: str) -> None:
        """drawString(x, y, text) with *font* at *size*, already set on the canvas."""
        key = (font, size, x, y, text)
        code = self._codes.get(key)
        if code is None:
            # What drawString does for left-to-right text without shaping.
            line = self._canvas.beginText(x, y)
            line.textLine(text)
            code = self._codes[key] = str(line.getCode())
        self._canvas.addLiteral(code)
