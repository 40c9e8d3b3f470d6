"""Where a dragged field lands: on another field's edge, on the grid, or to 0.1 mm.

Plain arithmetic in millimetres (no Qt), so the rules can be read and tested alone.
A field's edge that comes within the tolerance of another field's edge, centre
line, or the page's edges and centre, snaps to it and a guide is drawn there;
otherwise the grid applies when it is on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # x, y, w, h in mm
FINEST = 0.1  # mm: positions are never stored finer than this


@dataclass(frozen=True)
class SnapRules:
    grid: float | None = 1.0  # mm; None: no grid
    edges: bool = True
    tolerance: float = 1.5  # mm; the view sets it to a few screen pixels


@dataclass(frozen=True)
class Snapped:
    rect: Rect
    guides_x: tuple[float, ...] = ()  # vertical guide lines at these x (mm)
    guides_y: tuple[float, ...] = ()


def round_to(value: float, step: float) -> float:
    return round(round(value / step) * step, 3)


def targets(others: Sequence[Rect], page: tuple[float, float]) -> tuple[list[float], list[float]]:
    """The x and y lines a field can snap to: others' edges and centres, and the page's."""
    xs = [0.0, page[0] / 2, page[0]]
    ys = [0.0, page[1] / 2, page[1]]
    for x, y, w, h in others:
        xs += [x, x + w / 2, x + w]
        ys += [y, y + h / 2, y + h]
    return xs, ys


def _nearest(points: Sequence[float], lines: Sequence[float],
             tolerance: float) -> tuple[float, float] | None:
    """(shift, line) bringing one of *points* onto the nearest line within tolerance."""
    best: tuple[float, float] | None = None
    for point in points:
        for line in lines:
            shift = line - point
            if abs(shift) <= tolerance and (best is None or abs(shift) < abs(best[0])):
                best = (shift, line)
    return best


def _axis_move(start: float, length: float, lines: Sequence[float],
               rules: SnapRules) -> tuple[float, tuple[float, ...]]:
    if rules.edges:
        found = _nearest((start, start + length / 2, start + length), lines, rules.tolerance)
        if found is not None:
            return round(start + found[0], 3), (found[1],)
    return round_to(start, rules.grid or FINEST), ()


def snap_move(rect: Rect, others: Sequence[Rect], page: tuple[float, float],
              rules: SnapRules) -> Snapped:
    """A field moved to *rect* (size unchanged), snapped on each axis."""
    xs, ys = targets(others, page)
    x, guides_x = _axis_move(rect[0], rect[2], xs, rules)
    y, guides_y = _axis_move(rect[1], rect[3], ys, rules)
    return Snapped((x, y, rect[2], rect[3]), guides_x, guides_y)


def _edge(value: float, lines: Sequence[float],
          rules: SnapRules) -> tuple[float, tuple[float, ...]]:
    if rules.edges:
        found = _nearest((value,), lines, rules.tolerance)
        if found is not None:
            return found[1], (found[1],)
    return round_to(value, rules.grid or FINEST), ()


def snap_resize(rect: Rect, moving: str, others: Sequence[Rect], page: tuple[float, float],
                rules: SnapRules, smallest: float = 1.0) -> Snapped:
    """A field resized by dragging the edges named in *moving* ("l", "r", "t", "b")."""
    xs, ys = targets(others, page)
    left, top, right, bottom = rect[0], rect[1], rect[0] + rect[2], rect[1] + rect[3]
    guides_x: tuple[float, ...] = ()
    guides_y: tuple[float, ...] = ()
    if "l" in moving:
        left, guides_x = _edge(min(left, right - smallest), xs, rules)
    if "r" in moving:
        right, guides_x = _edge(max(right, left + smallest), xs, rules)
    if "t" in moving:
        top, guides_y = _edge(min(top, bottom - smallest), ys, rules)
    if "b" in moving:
        bottom, guides_y = _edge(max(bottom, top + smallest), ys, rules)
    width = max(round(right - left, 3), smallest)
    height = max(round(bottom - top, 3), smallest)
    return Snapped((round(left, 3), round(top, 3), width, height), guides_x, guides_y)
