"""One field on the canvas: its box at true size, its text as it prints, drag handles.

The item never changes the template itself: a drag or a resize asks the scene
to commit the new field (an undo command), and the item follows the document.
Dragging one of several selected fields moves them all: the dragged one snaps,
the others follow by the same distance, and the whole drag is one undo step.
Ctrl+click or Shift+click adds a field to the selection or takes it out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ceremony.printing.template import Field
from ceremony.ui.designer.group_actions import block_shift
from ceremony.ui.designer.labels import VARIABLES, label
from ceremony.ui.designer.snapping import Rect, snap_move, snap_resize
from ceremony.ui.designer.text_paint import FieldText, Fit, draw_text, text_for

if TYPE_CHECKING:
    from ceremony.ui.designer.scene import DesignScene

SELECTED = QColor("#1565c0")
VARIABLE_EDGE = QColor("#00897b")
STATIC_EDGE = QColor("#8d8d8d")
WARNING = {Fit.SQUEEZED: QColor("#d32f2f"), Fit.AT_MINIMUM: QColor("#ef8f00")}
HANDLE_PX = 8

# Each handle's place on the box (fractions of w, h), the edges it moves, and its cursor.
HANDLES = {
    "tl": (0.0, 0.0, "lt", Qt.CursorShape.SizeFDiagCursor),
    "t": (0.5, 0.0, "t", Qt.CursorShape.SizeVerCursor),
    "tr": (1.0, 0.0, "rt", Qt.CursorShape.SizeBDiagCursor),
    "r": (1.0, 0.5, "r", Qt.CursorShape.SizeHorCursor),
    "br": (1.0, 1.0, "rb", Qt.CursorShape.SizeFDiagCursor),
    "b": (0.5, 1.0, "b", Qt.CursorShape.SizeVerCursor),
    "bl": (0.0, 1.0, "lb", Qt.CursorShape.SizeBDiagCursor),
    "l": (0.0, 0.5, "l", Qt.CursorShape.SizeHorCursor),
}


class Handle(QGraphicsRectItem):
    """A square of fixed screen size on the box's edge; dragging it resizes the field."""

    def __init__(self, owner: FieldItem, role: str) -> None:
        half = HANDLE_PX / 2
        super().__init__(-half, -half, HANDLE_PX, HANDLE_PX, owner)
        self.owner = owner
        self.role = role
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(QBrush(QColor("white")))
        pen = QPen(SELECTED)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setCursor(QCursor(HANDLES[role][3]))
        self.setVisible(False)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.begin_gesture()
            event.accept()
        else:
            event.ignore()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.resize_towards(HANDLES[self.role][2], event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.owner.end_gesture()


class FieldItem(QGraphicsObject):
    def __init__(self, field: Field) -> None:
        super().__init__()
        self.field = field
        self.shown = FieldText("", None)
        self._start: Field | None = None  # the field as it was when a gesture began
        self._group: list[Field] = []  # every selected field as it was, in a group drag
        self._toggle_off = False  # a modifier-click on a selected field: release drops it
        self._press = QPointF()
        self._moving = False
        self._merge_key = ""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(QCursor(Qt.CursorShape.SizeAllCursor))
        self.handles = {role: Handle(self, role) for role in HANDLES}
        self.set_field(field)

    # -- following the document ----------------------------------------------
    def design(self) -> DesignScene:
        from ceremony.ui.designer.scene import DesignScene

        scene = self.scene()
        assert isinstance(scene, DesignScene)
        return scene

    def set_field(self, field: Field) -> None:
        self.prepareGeometryChange()
        self.field = field
        self.setPos(field.x, field.y)
        for role, handle in self.handles.items():
            fx, fy = HANDLES[role][:2]
            handle.setPos(fx * field.w, fy * field.h)
        self.refresh_text()

    def refresh_text(self) -> None:
        values = self.design().values if self.scene() is not None else {}
        self.shown = text_for(self.field, values)
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        spec, fitted = self.field, self.shown.fitted
        what = spec.text if spec.text is not None else label(VARIABLES, spec.variable)
        lines = [f"{spec.id} — {what}"]
        if fitted is not None and self.shown.fit is Fit.SQUEEZED:
            lines.append(QApplication.translate(
                "Designer", "Too long: shrunk to %1 pt, below its minimum of %2 pt").replace(
                "%1", f"{fitted.size:g}").replace("%2", f"{spec.min_size:g}"))
        elif fitted is not None and self.shown.fit is Fit.AT_MINIMUM:
            lines.append(QApplication.translate(
                "Designer", "Shrunk to its minimum size, %1 pt").replace(
                "%1", f"{fitted.size:g}"))
        return "\n".join(lines)

    # -- drawing ----------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.field.w, self.field.h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        box = self.boundingRect()
        on_blank = self.design().stock and self.field.preprinted
        painter.setOpacity(0.45 if on_blank else 1.0)
        if self.isSelected():
            painter.fillRect(box, QColor(21, 101, 192, 26))
        if self.shown.fitted is not None:
            draw_text(painter, self.field, self.shown.fitted, QColor(self.field.colour))
        else:
            self._placeholder(painter, box)
        painter.setOpacity(1.0)
        warning = WARNING.get(self.shown.fit)
        pen = QPen(warning or (SELECTED if self.isSelected() else (
            STATIC_EDGE if self.field.text is not None else VARIABLE_EDGE)))
        pen.setCosmetic(True)
        pen.setWidthF(2.0 if warning or self.isSelected() else 1.0)
        if not self.isSelected() and warning is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        if warning is not None:
            self._badge(painter, box, warning)

    def _placeholder(self, painter: QPainter, box: QRectF) -> None:
        """An empty field for this honoree: show what it would hold, in grey."""
        font = QFont(painter.font())
        font.setItalic(True)
        font.setPixelSize(100)
        height = min(box.height() * 0.55, 5.0)
        painter.save()
        painter.setPen(QColor("#9e9e9e"))
        painter.setFont(font)
        painter.scale(height / 100, height / 100)
        painter.drawText(QRectF(0, 0, box.width() * 100 / height, box.height() * 100 / height),
                         int(Qt.AlignmentFlag.AlignCenter),
                         f"‹{label(VARIABLES, self.field.variable)}›")
        painter.restore()

    def _badge(self, painter: QPainter, box: QRectF, colour: QColor) -> None:
        """A round "!" of fixed screen size at the box's top-right corner."""
        scale = painter.transform().m11() or 1.0
        radius = 8 / scale
        centre = QPointF(box.right() - radius * 0.2, box.top() + radius * 0.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(100)
        painter.save()
        painter.translate(centre)
        painter.scale(radius * 1.4 / 100, radius * 1.4 / 100)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(-50, -60, 100, 120), int(Qt.AlignmentFlag.AlignCenter), "!")
        painter.restore()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(1 if value else 0)
            if self.scene() is not None:
                self.design().update_handles()
        return super().itemChange(change, value)

    # -- moving and resizing ----------------------------------------------------
    def begin_gesture(self) -> None:
        scene = self.design()
        self._start = self.field
        self._merge_key = scene.new_gesture_key()
        ids = scene.selected_ids()
        together = len(ids) > 1 and self.field.id in ids
        self._group = [scene.document.field(i) for i in ids] if together else []

    def end_gesture(self) -> None:
        self._start = None
        self._group = []
        self._moving = False
        self.design().clear_guides()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if _adds_to_selection(event):
            # Qt's own Ctrl+click toggles only on release and knows no Shift: a field
            # added here can be dragged with the others straight away.
            self._toggle_off = self.isSelected()
            self.setSelected(True)
        else:
            self._toggle_off = False
            super().mousePressEvent(event)  # selects it alone unless it is already selected
        self._press = event.scenePos()
        self.begin_gesture()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._start is None:
            return
        travelled = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if not self._moving and travelled.manhattanLength() < QApplication.startDragDistance():
            return  # a click, not a drag: nothing moves
        self._moving = True
        start = self._start
        delta = event.scenePos() - self._press
        scene = self.design()
        moving = [spec.id for spec in self._group] or [start.id]
        snapped = snap_move((start.x + delta.x(), start.y + delta.y(), start.w, start.h),
                            scene.other_rects(*moving), scene.page_size, scene.rules)
        if self._group:
            self._commit_group(snapped.rect[0] - start.x, snapped.rect[1] - start.y)
        else:
            self._commit(on_page(snapped.rect, scene.page_size),
                         QApplication.translate("Designer", "Move %1"))
        scene.show_guides(snapped.guides_x, snapped.guides_y)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        # The selection is ours to settle: Qt's own release would toggle it again.
        clicked = not self._moving
        self.end_gesture()
        if not clicked:
            return  # a drag keeps the selection it moved
        if _adds_to_selection(event):
            if self._toggle_off:
                self.setSelected(False)
        else:
            self.design().select(self.field.id)  # a plain click: this field alone

    def _commit_group(self, dx: float, dy: float) -> None:
        """Every selected field moved by the dragged field's snapped distance, held on
        the page as one block (as the arrow keys hold it)."""
        page = self.design().page_size
        dx, dy = block_shift(self._group, dx, 0, page), block_shift(self._group, dy, 1, page)
        before = [self.design().document.field(spec.id) for spec in self._group]
        after = [replace(spec, x=round(spec.x + dx, 3), y=round(spec.y + dy, 3))
                 for spec in self._group]
        if after != before:
            text = QApplication.translate("Designer", "Move %1 fields").replace(
                "%1", str(len(after)))
            self.design().commit_many(before, after, text, self._merge_key)

    def resize_towards(self, edges: str, point: QPointF) -> None:
        if self._start is None:
            return
        start = self._start
        # The dragged edges stop at the sheet's edges: a field never reaches off it
        # (the schema refuses a negative place), as with the arrow keys.
        width, height = self.design().page_size
        point = QPointF(min(max(point.x(), 0.0), width), min(max(point.y(), 0.0), height))
        left, top = start.x, start.y
        right, bottom = start.x + start.w, start.y + start.h
        left = point.x() if "l" in edges else left
        right = point.x() if "r" in edges else right
        top = point.y() if "t" in edges else top
        bottom = point.y() if "b" in edges else bottom
        scene = self.design()
        snapped = snap_resize((left, top, right - left, bottom - top), edges,
                              scene.other_rects(start.id), scene.page_size, scene.rules)
        self._commit(snapped.rect, QApplication.translate("Designer", "Resize %1"))
        scene.show_guides(snapped.guides_x, snapped.guides_y)

    def _commit(self, rect: Rect, text: str) -> None:
        assert self._start is not None
        x, y, w, h = rect
        after = replace(self.field, x=x, y=y, w=w, h=h)
        if after != self.field:
            self.design().commit(self.field, after, text.replace("%1", self.field.id),
                                 self._merge_key)


def on_page(rect: Rect, page: tuple[float, float]) -> Rect:
    """*rect* moved (not resized) as little as needed to lie on the sheet, as the arrow
    keys hold a field; one larger than the sheet keeps to its top-left corner."""
    x, y, w, h = rect
    x = min(max(x, 0.0), max(page[0] - w, 0.0))
    y = min(max(y, 0.0), max(page[1] - h, 0.0))
    return x, y, w, h


def _adds_to_selection(event: QGraphicsSceneMouseEvent) -> bool:
    return bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.ShiftModifier))
