"""The canvas view: zoom (fit, true scale, Ctrl+wheel), arrow-key nudging, Delete.

A drag on empty canvas draws a rubber band that selects every field it touches;
with Ctrl or Shift held it adds them to the selection.

The view's scale is kept as pixels per millimetre. True scale uses the screen's
physical size (Qt's physical DPI is device-independent pixels per real inch), so
a 400 mm Bằng khen measures 400 mm held against a ruler on the monitor.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ceremony.ui.designer.field_item import FieldItem, Handle
from ceremony.ui.designer.scene import DesignScene
from ceremony.ui.designer.snapping import SnapRules

SMALLEST, LARGEST = 0.3, 40.0  # pixels per millimetre
NUDGE_MM, BIG_NUDGE_MM = 0.5, 5.0
SNAP_PX = 6  # how near, on screen, an edge must come to snap


class DesignView(QGraphicsView):
    """Signals:
        zoom_changed(float): the new scale, in pixels per millimetre.
        view_moved(): scrolled or zoomed (the rulers follow).
        cursor_moved(QPointF): the mouse's position on the page, in mm.
        nudge_requested(float, float): move the selected fields by (dx, dy) mm.
        delete_requested(): remove the selected fields.
    """

    zoom_changed = Signal(float)
    view_moved = Signal()
    cursor_moved = Signal(QPointF)
    nudge_requested = Signal(float, float)
    delete_requested = Signal()

    def __init__(self, scene: DesignScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.design = scene
        self.fitting = True  # keep the page fitted when the window is resized
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMouseTracking(True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().valueChanged.connect(self.view_moved)
        self.verticalScrollBar().valueChanged.connect(self.view_moved)

    # -- zoom ---------------------------------------------------------------------
    @property
    def px_per_mm(self) -> float:
        return self.transform().m11()

    def true_scale(self) -> float:
        """Pixels per millimetre that show the page at its real size on this screen."""
        screen = self.screen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        return (dpi if dpi > 0 else 96.0) / 25.4

    def zoom_percent(self) -> int:
        return round(100 * self.px_per_mm / self.true_scale())

    def set_scale(self, px_per_mm: float, *, fitting: bool = False) -> None:
        px_per_mm = max(SMALLEST, min(LARGEST, px_per_mm))
        self.fitting = fitting
        self.setTransform(QTransform.fromScale(px_per_mm, px_per_mm))
        self.design.rules = self._rules_for(px_per_mm)
        self.zoom_changed.emit(px_per_mm)
        self.view_moved.emit()

    def _rules_for(self, px_per_mm: float) -> SnapRules:
        return replace(self.design.rules, tolerance=SNAP_PX / px_per_mm)

    def fit_page(self) -> None:
        """The whole sheet and the desk around it in view, without scroll bars."""
        desk = self.design.sceneRect()
        viewport = self.viewport().size()
        if desk.width() <= 0 or viewport.width() <= 0:
            return
        scale = min(viewport.width() / desk.width(), viewport.height() / desk.height())
        self.set_scale(scale * 0.995, fitting=True)
        self.centerOn(desk.center())

    def show_true_scale(self) -> None:
        self.set_scale(self.true_scale())

    def zoom_by(self, factor: float) -> None:
        self.set_scale(self.px_per_mm * factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.fit_page()
        self.view_moved.emit()

    # -- keys and the mouse's whereabouts -----------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = BIG_NUDGE_MM if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
            else NUDGE_MM
        moves = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                 Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        key = Qt.Key(event.key())
        if key in moves and self.design.selected_ids():
            self.nudge_requested.emit(*moves[key])
            event.accept()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.design.selected_ids():
            self.delete_requested.emit()
            event.accept()
        elif key == Qt.Key.Key_Escape and self.design.selected_ids():
            self.design.select(None)  # the usual way out of a selection, as in drawing apps
            event.accept()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        shift = Qt.KeyboardModifier.ShiftModifier
        if event.modifiers() & shift and not self._field_at(event.position().toPoint()):
            # Qt's rubber band adds to the selection only with Ctrl: let Shift do it too.
            modifiers = (event.modifiers() & ~shift) | Qt.KeyboardModifier.ControlModifier
            event = QMouseEvent(event.type(), event.position(), event.globalPosition(),
                                event.button(), event.buttons(), modifiers)
        super().mousePressEvent(event)

    def _field_at(self, point: QPoint) -> bool:
        return any(isinstance(item, (FieldItem, Handle)) for item in self.items(point))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.cursor_moved.emit(self.mapToScene(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
