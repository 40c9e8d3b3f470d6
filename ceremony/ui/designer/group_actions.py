"""What the designer does to several selected fields at once, each one undo step.

Nudging moves the whole selection by the same distance, held inside the page as
one block so the fields keep their places relative to each other; removing them
is one macro; aligning their left or top edges and matching widths are one
ChangeFieldsCommand each. A single selected field keeps its own commands
(DesignerWindow), so their undo texts name it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ceremony.printing.template import Field
from ceremony.ui.designer.commands import (
    ChangeFieldsCommand,
    RemoveFieldCommand,
    SelectOnUndoCommand,
)

if TYPE_CHECKING:
    from ceremony.ui.designer.window import DesignerWindow


# Undo texts, marked for lupdate; translated when used.
_NUDGE = QT_TRANSLATE_NOOP("Designer", "Nudge %1 fields")
_REMOVE = QT_TRANSLATE_NOOP("Designer", "Remove %1 fields")
_ALIGN_LEFT = QT_TRANSLATE_NOOP("Designer", "Align left edges of %1 fields")
_ALIGN_TOP = QT_TRANSLATE_NOOP("Designer", "Align top edges of %1 fields")
_SAME_WIDTH = QT_TRANSLATE_NOOP("Designer", "Same width for %1 fields")


def _tr(text: object, count: int) -> str:
    return QCoreApplication.translate("Designer", str(text)).replace("%1", str(count))


def block_shift(fields: list[Field], shift: float, axis: int,
                page: tuple[float, float]) -> float:
    """*shift* on x (axis 0) or y (1), shortened so the group's block stays on the page.

    A field already past an edge never makes the group jump the other way.
    """
    starts = [spec.x if axis == 0 else spec.y for spec in fields]
    ends = [(spec.x + spec.w) if axis == 0 else (spec.y + spec.h) for spec in fields]
    if shift < 0:
        return max(shift, -max(min(starts), 0.0))
    return min(shift, max(page[axis] - max(ends), 0.0))


class DesignerGroup:
    def __init__(self, window: DesignerWindow) -> None:
        self.window = window

    def _selected(self) -> list[Field]:
        document = self.window.document
        return [document.field(field_id) for field_id in self.window.scene.selected_ids()]

    def _several(self) -> list[Field]:
        """The selection when it is worth aligning (two fields or more), else nothing."""
        fields = self._selected()
        return fields if len(fields) > 1 else []

    def _push(self, before: list[Field], after: list[Field], text: str,
              merge_key: str | None = None) -> None:
        if after != before:
            self.window.undo_stack.push(ChangeFieldsCommand(
                self.window.document, before, after, text, merge_key))

    def nudge(self, dx: float, dy: float) -> None:
        fields = self._selected()
        page = self.window.scene.page_size
        dx, dy = block_shift(fields, dx, 0, page), block_shift(fields, dy, 1, page)
        after = [replace(spec, x=round(spec.x + dx, 3), y=round(spec.y + dy, 3))
                 for spec in fields]
        ids = ",".join(spec.id for spec in fields)
        # Key presses on the same selection merge, like a single field's nudges do.
        self._push(fields, after, _tr(_NUDGE, len(fields)), f"nudge:{ids}")

    def remove(self) -> None:
        ids = self.window.scene.selected_ids()
        stack = self.window.undo_stack
        stack.beginMacro(_tr(_REMOVE, len(ids)))
        try:
            stack.push(SelectOnUndoCommand(self.window.select_fields, ids))
            for field_id in ids:
                stack.push(RemoveFieldCommand(self.window.document, field_id))
        finally:
            stack.endMacro()

    def align_left(self) -> None:
        fields = self._several()
        if not fields:
            return
        left = min(spec.x for spec in fields)
        self._push(fields, [replace(spec, x=left) for spec in fields],
                   _tr(_ALIGN_LEFT, len(fields)))

    def align_top(self) -> None:
        fields = self._several()
        if not fields:
            return
        top = min(spec.y for spec in fields)
        self._push(fields, [replace(spec, y=top) for spec in fields],
                   _tr(_ALIGN_TOP, len(fields)))

    def same_width(self) -> None:
        """Every field as wide as the first selected one (the one clicked first)."""
        fields = self._several()
        if not fields:
            return
        first = self.window.scene.first_selected_id()
        width = next((spec.w for spec in fields if spec.id == first), fields[0].w)
        self._push(fields, [replace(spec, w=width) for spec in fields],
                   _tr(_SAME_WIDTH, len(fields)))
