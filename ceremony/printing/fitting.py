"""Fitting text into a field's box by measured glyph widths.

A text first shrinks (down to the field's minimum size) to stay on one line, then
wraps onto more lines at the largest size that fits; only if even that fails does
it go below the minimum size, and the result says so, so a preview can show it.
Text never leaves its box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ceremony.printing.fonts import vertical_metrics

LINE_PITCH = 1.2  # baseline to baseline, in multiples of the size
STEP = 0.25  # points between the sizes tried when wrapping
SMALLEST = 4.0  # below this nothing is legible; the box is simply too small


@dataclass(frozen=True, slots=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]  # each line's width at `size`, in points
    shrunk: bool = False
    wrapped: bool = False
    squeezed: bool = False  # below the field's minimum size

    @property
    def pitch(self) -> float:
        return self.size * LINE_PITCH


@dataclass(frozen=True, slots=True)
class Box:
    width: float  # points
    height: float
    size: float
    min_size: float
    wrap: bool = False
    max_lines: int = 3
    shrink: bool = True


@lru_cache(maxsize=65536)
def unit_width(text: str, font: str) -> float:
    """Width of *text* at 1 pt; widths scale linearly with size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, 1.0))


def block_height(lines: int, size: float, font: str) -> float:
    above, below = vertical_metrics(font)
    return (lines - 1) * size * LINE_PITCH + (above + below) * size


def fit(text: str, font: str, box: Box) -> Fitted:
    width = unit_width(text, font)
    above, below = vertical_metrics(font)
    one_line = min(box.size, box.height / (above + below),
                   box.width / width if width else box.size)
    if one_line >= box.size or (box.shrink and one_line >= box.min_size):
        return _single(text, width, one_line, shrunk=one_line < box.size)
    if box.wrap:
        wrapped = _wrapped(text, font, box, box.size, box.min_size, box.max_lines)
        if wrapped is not None:
            return wrapped
        wrapped = _wrapped(text, font, box, box.min_size, SMALLEST, box.max_lines + 2)
        if wrapped is not None:
            return Fitted(wrapped.lines, wrapped.size, wrapped.widths, True, True, True)
    size = max(one_line, 0.1)  # last resort: one tiny line, still inside the box
    return _single(text, width, size, shrunk=True, squeezed=size < box.min_size)


def _single(text: str, width: float, size: float, *, shrunk: bool,
            squeezed: bool = False) -> Fitted:
    size = _floor(size)
    return Fitted((text,), size, (width * size,), shrunk=shrunk, squeezed=squeezed)


def _floor(size: float) -> float:
    # Rounded down to 0.01 pt so rounding can never push text past the box edge.
    return int(size * 100) / 100


def _wrapped(text: str, font: str, box: Box, largest: float, smallest: float,
             max_lines: int) -> Fitted | None:
    words = text.split(" ")
    widths = [unit_width(word, font) for word in words]
    space = unit_width(" ", font)
    size = largest
    while size >= smallest - 1e-9:
        lines = _greedy(words, widths, space, box.width / size)
        if lines is not None and len(lines) <= max_lines and (
                block_height(len(lines), size, font) <= box.height):
            texts = tuple(" ".join(words[i:j]) for i, j in lines)
            line_widths = tuple(unit_width(t, font) * size for t in texts)
            return Fitted(texts, size, line_widths, size < box.size, len(lines) > 1)
        size -= STEP
    return None


def _greedy(words: list[str], widths: list[float], space: float,
            limit: float) -> list[tuple[int, int]] | None:
    """Word ranges of each line, filling lines in turn; None if a word is too long."""
    lines: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for index, width in enumerate(widths):
        if width > limit:
            return None
        if index > start and used + space + width > limit:
            lines.append((start, index))
            start, used = index, width
        else:
            used = width if index == start else used + space + width
    lines.append((start, len(words)))
    return lines
