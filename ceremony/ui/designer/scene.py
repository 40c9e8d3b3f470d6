"""The canvas in millimetres: the desk, the page with its artwork, a grid, the fields.

One scene unit is one millimetre, measured from the page's top-left corner like
the template's coordinates, so an item's position *is* the field's x and y.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ceremony.printing.template import Field
from ceremony.ui.designer.document import DesignDocument
from ceremony.ui.designer.field_item import FieldItem
from ceremony.ui.designer.scan import ScanItem
from ceremony.ui.designer.snapping import Rect, SnapRules

DESK = QColor("#d9dce0")
MARGIN_MM = 12.0  # desk around the page, so edge fields can be reached
GUIDE = QColor("#e0117f")
# Pushes an undo command: (before, after, text, merge key).
Commit = Callable[[Field, Field, str, str], None]
# The same for several fields moved together, as one undo step.
CommitMany = Callable[[list[Field], list[Field], str, str], None]


class DesignScene(QGraphicsScene):
    def __init__(self, document: DesignDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.items_by_id: dict[str, FieldItem] = {}
        self.values: Mapping[str, str] = {}
        self.stock = False
        self.rules = SnapRules()
        self.commit: Commit = lambda before, after, text, key: None
        self.commit_many: CommitMany = lambda before, after, text, key: None
        self.artwork = QImage()
        self._guides: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())
        self._gestures = itertools.count(1)
        self.page_size = (0.0, 0.0)
        self._order: list[str] = []  # the selected ids in the order they were selected
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few dozen items
        self.scan_item = ScanItem()  # the blank's scan, if any (designer only)
        self.scan_item.setVisible(False)
        self.addItem(self.scan_item)
        document.field_changed.connect(self.update_field)
        document.fields_changed.connect(self.rebuild)
        self.selectionChanged.connect(self._remember_order)  # before any other listener
        self.rebuild()

    # -- following the document ------------------------------------------------
    def rebuild(self) -> None:
        """Recreate the items after fields were added, removed or renamed."""
        selected = self.selected_ids()
        template = self.document.template()
        self.page_size = (template.width_mm, template.height_mm)
        self.setSceneRect(-MARGIN_MM, -MARGIN_MM, template.width_mm + 2 * MARGIN_MM,
                          template.height_mm + 2 * MARGIN_MM)
        for item in self.items_by_id.values():
            self.removeItem(item)
        self.items_by_id = {}
        for field in template.fields:
            item = FieldItem(field)
            self.addItem(item)
            item.refresh_text()
            self.items_by_id[field.id] = item
        self.select_ids(selected)
        self.update()

    def update_field(self, field_id: str) -> None:
        item = self.items_by_id.get(field_id)
        if item is not None:
            item.set_field(self.document.field(field_id))

    def set_values(self, values: Mapping[str, str]) -> None:
        """Show this honoree's texts in the fields."""
        self.values = dict(values)
        for item in self.items_by_id.values():
            item.refresh_text()

    def set_stock(self, stock: bool) -> None:
        self.stock = stock
        self.update()

    def set_artwork(self, image: QImage) -> None:
        self.artwork = image
        self.update()

    # -- selection ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The selected fields' ids, in the template's order."""
        chosen = {item.field.id for item in self.selectedItems() if isinstance(item, FieldItem)}
        return [field_id for field_id in self.items_by_id if field_id in chosen]

    def selected_id(self) -> str | None:
        """The selected field's id when exactly one is selected (the one the panel edits)."""
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def first_selected_id(self) -> str | None:
        """The field selected first among those selected now (the one others match)."""
        ids = self.selected_ids()
        return next((i for i in self._order if i in ids), ids[0] if ids else None)

    def _remember_order(self) -> None:
        ids = self.selected_ids()
        self._order = [i for i in self._order if i in ids] + [
            i for i in ids if i not in self._order]

    def select(self, field_id: str | None) -> None:
        self.select_ids([field_id] if field_id is not None else [])

    def select_ids(self, field_ids: Iterable[str]) -> None:
        """Select exactly these fields, telling the listeners once, not once per field."""
        wanted = {field_id for field_id in field_ids if field_id in self.items_by_id}
        if wanted == set(self.selected_ids()):
            return
        blocked = self.blockSignals(True)
        try:
            for field_id, item in self.items_by_id.items():
                if item.isSelected() != (field_id in wanted):
                    item.setSelected(field_id in wanted)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()

    def select_all(self) -> None:
        self.select_ids(self.items_by_id)

    def update_handles(self) -> None:
        """Resize handles only on a field selected alone: several resize nothing together."""
        alone = self.selected_id()
        for field_id, item in self.items_by_id.items():
            shown = field_id == alone
            if item.handles["tl"].isVisible() == shown:
                continue  # call Qt only where something changes: selecting is per click
            for handle in item.handles.values():
                handle.setVisible(shown)

    # -- snapping ------------------------------------------------------------------
    def new_gesture_key(self) -> str:
        return f"gesture-{next(self._gestures)}"

    def other_rects(self, *moving: str) -> list[Rect]:
        """What the *moving* fields can snap to: every field that stays where it is."""
        return [(f.x, f.y, f.w, f.h) for f in self.document.fields() if f.id not in moving]

    def show_guides(self, xs: tuple[float, ...], ys: tuple[float, ...]) -> None:
        if (xs, ys) != self._guides:
            self._guides = (xs, ys)
            self.update()

    def clear_guides(self) -> None:
        self.show_guides((), ())

    # -- painting ------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        return QRectF(0, 0, *self.page_size)

    def drawBackground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        rect = QRectF(exposed)
        painter.fillRect(rect, DESK)
        page = self.page_rect()
        for step, alpha in ((1.6, 30), (0.8, 45)):  # a soft shadow under the sheet
            painter.fillRect(page.translated(step, step), QColor(0, 0, 0, alpha))
        painter.fillRect(page, QColor("white"))
        if not self.artwork.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(page, self.artwork)
        if self.rules.grid and not self.scan_item.isVisible():
            self._grid(painter, rect.intersected(page))

    def _grid(self, painter: QPainter, area: QRectF) -> None:
        """Lines every grid step that stays at least 10 px apart; each 10 mm stronger."""
        scale = painter.transform().m11() or 1.0
        grid = self.rules.grid or 1.0
        steps = [s for s in (grid, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0) if s >= grid]
        step = next((s for s in steps if s * scale >= 10), steps[-1])
        minor, major = QPen(QColor(21, 101, 192, 16)), QPen(QColor(21, 101, 192, 40))
        for pen in (minor, major):
            pen.setCosmetic(True)
        for axis in (0, 1):
            low = area.left() if axis == 0 else area.top()
            high = area.right() if axis == 0 else area.bottom()
            value = math.ceil(low / step) * step
            while value <= high:
                strong = abs(value / 10 - round(value / 10)) < 1e-6
                painter.setPen(major if strong else minor)
                if axis == 0:
                    painter.drawLine(QPointF(value, area.top()), QPointF(value, area.bottom()))
                else:
                    painter.drawLine(QPointF(area.left(), value), QPointF(area.right(), value))
                value += step

    def drawForeground(self, painter: QPainter, exposed: QRectF | QRect) -> None:
        if self.rules.grid and self.scan_item.isVisible():  # the scan would hide it
            self._grid(painter, QRectF(exposed).intersected(self.page_rect()))
        xs, ys = self._guides
        if not xs and not ys:
            return
        pen = QPen(GUIDE)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        width, height = self.page_size
        for x in xs:
            painter.drawLine(QPointF(x, -MARGIN_MM / 2), QPointF(x, height + MARGIN_MM / 2))
        for y in ys:
            painter.drawLine(QPointF(-MARGIN_MM / 2, y), QPointF(width + MARGIN_MM / 2, y))
