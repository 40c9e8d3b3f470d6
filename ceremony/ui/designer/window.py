"""The template designer window: the sheet, its fields, their properties, a live preview.

Every change goes through one QUndoStack; saving, importing and exporting are in
DesignerFiles (files_actions.py) so this module stays about the editing.

A closed window is deleted (it holds the artwork's images and a preview thread):
whoever keeps a reference to one must not use it after closing it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.template import Field, Template
from ceremony.services.certificates import CertificateRecord
from ceremony.ui.designer.actions import DesignerActions
from ceremony.ui.designer.background import ArtworkRenderer, prepare_artwork
from ceremony.ui.designer.commands import (
    AddFieldCommand,
    ChangeFieldCommand,
    ChangeFieldsCommand,
    RemoveFieldCommand,
)
from ceremony.ui.designer.document import DesignDocument
from ceremony.ui.designer.field_list import FieldList
from ceremony.ui.designer.files_actions import DesignerFiles, own_file
from ceremony.ui.designer.group_actions import DesignerGroup
from ceremony.ui.designer.preview import DesignPreview
from ceremony.ui.designer.properties import PropertiesPanel
from ceremony.ui.designer.rulers import THICKNESS, Ruler
from ceremony.ui.designer.samples import values_for
from ceremony.ui.designer.scan_tools import DesignerScan
from ceremony.ui.designer.scene import DesignScene
from ceremony.ui.designer.undo_keys import UndoKeysToWindow
from ceremony.ui.designer.view import DesignView
from ceremony.ui.icons import app_icon

if TYPE_CHECKING:
    from ceremony.store.registry import Registry

ARTWORK_MIN_PX = 6.0  # pixels per mm the artwork is rendered at, at least


class DesignerWindow(QMainWindow):
    """Signals:
        saved(str): a template file was written into the user's templates (its path).
    """

    saved = Signal(str)

    def __init__(self, template: Template, registry: Registry | None = None,
                 ceremony_id: int | None = None, parent: QWidget | None = None,
                 artwork: bytes | None = None) -> None:
        """*artwork*: the template's artwork as prepare_artwork() drew it; drawn here when
        None. Raises what drawing it raises (ArtworkError), before the window exists."""
        if artwork is None:
            artwork = prepare_artwork(template)
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        try:
            self._set_up(template, registry, ceremony_id, artwork)
        except BaseException:
            self._abandon()
            raise

    def _set_up(self, template: Template, registry: Registry | None,
                ceremony_id: int | None, artwork: bytes | None) -> None:
        self.registry = registry
        self.ceremony_title = ""
        self.document = DesignDocument(template, self)
        self.undo_stack = QUndoStack(self)
        self.scene = DesignScene(self.document, self)
        self.scene.commit = self._commit
        self.scene.commit_many = self._commit_many
        self.view = DesignView(self.scene)
        self.top_ruler = Ruler(self.view, Qt.Orientation.Horizontal)
        self.left_ruler = Ruler(self.view, Qt.Orientation.Vertical)
        self.field_list = FieldList()
        self.properties = PropertiesPanel()
        self.properties.taken_ids = self.document.field_ids
        self.properties.page_size = (template.width_mm, template.height_mm)
        self.preview = DesignPreview(template)
        self.tools = DesignerActions.create(self)
        self.files = DesignerFiles(self)
        self.scan = DesignerScan(self)
        self.group = DesignerGroup(self)
        self.artwork = ArtworkRenderer(self)
        self._artwork_px = 0.0
        self._artwork_timer = QTimer(self)
        self._artwork_timer.setSingleShot(True)
        self._artwork_timer.setInterval(200)
        self._artwork_timer.timeout.connect(self._render_artwork)
        self.position_label, self.zoom_label = QLabel(), QLabel()
        self.grid_step = QComboBox()
        self._build()
        self._connect()
        self.setWindowIcon(app_icon())
        self.undo_keys = UndoKeysToWindow(self)
        self.undo_keys.watch(self.properties)
        self.undo_keys.watch(self.scan.bar)
        self.retranslate()
        self.resize(1400, 900)
        self.load_artwork(artwork)
        self.scan.refresh()
        self.load_records(ceremony_id)
        self._selection_changed()

    def _abandon(self) -> None:
        """A window that failed half-way: its preview thread stopped, the window gone."""
        preview = getattr(self, "preview", None)
        if preview is not None:
            preview.shutdown()
        self.setParent(None)
        self.deleteLater()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        canvas = QWidget()
        grid = QGridLayout(canvas)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        corner = QWidget()
        corner.setFixedSize(THICKNESS, THICKNESS)
        corner.setStyleSheet("background: #eceef1")
        grid.addWidget(corner, 0, 0)
        grid.addWidget(self.top_ruler, 0, 1)
        grid.addWidget(self.left_ruler, 1, 0)
        grid.addWidget(self.view, 1, 1)
        self.fields_box, self.preview_box = QGroupBox(), QGroupBox()
        fields_column = QVBoxLayout(self.fields_box)
        self.field_list.setMaximumHeight(118)
        fields_column.addWidget(self.field_list)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.properties)
        fields_column.addWidget(scroll, 1)
        QVBoxLayout(self.preview_box).addWidget(self.preview)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.fields_box)
        side.addWidget(self.preview_box)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 0)
        side.setSizes([570, 270])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(canvas)
        main.addWidget(side)
        main.setStretchFactor(0, 1)
        main.setSizes([930, 470])
        self.setCentralWidget(main)
        self._build_bars()
        self.statusBar().addPermanentWidget(self.position_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _build_bars(self) -> None:
        a = self.tools
        self.template_menu = self.menuBar().addMenu("")
        self.template_menu.addActions([a.save, a.save_as, a.import_file, a.export_file])
        self.template_menu.addSeparator()
        self.template_menu.addActions([a.scan_choose, a.scan_remove])
        self.template_menu.addSeparator()
        self.template_menu.addAction(a.close)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addActions([a.undo, a.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.add_field, a.remove_field, a.select_all])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([a.align_left, a.align_top, a.same_width])
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions([a.fit_page, a.true_scale, a.zoom_in, a.zoom_out])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a.snap_grid, a.fine_grid, a.snap_edges])
        self.view_menu.addSeparator()
        self.view_menu.addActions([a.stock, a.scan_hide])
        bar = QToolBar()
        bar.setObjectName("designer-tools")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        bar.addActions([a.save, a.save_as, a.import_file, a.export_file])
        bar.addSeparator()
        bar.addActions([a.undo, a.redo])
        bar.addSeparator()
        bar.addActions([a.add_field, a.remove_field])
        bar.addSeparator()
        bar.addActions([a.fit_page, a.true_scale, a.zoom_out, a.zoom_in])
        bar.addSeparator()
        bar.addAction(a.snap_grid)
        self.grid_step.addItems(["1 mm", "0.5 mm"])
        bar.addWidget(self.grid_step)
        bar.addAction(a.snap_edges)
        bar.addSeparator()
        bar.addActions([a.stock, a.scan_choose])
        self.toolbar = bar
        self.addToolBarBreak()
        self.addToolBar(self.scan.bar)

    def retranslate(self) -> None:
        self.tools.retranslate()
        self.scan.retranslate()
        self.template_menu.setTitle(self.tr("&Template"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.fields_box.setTitle(self.tr("Fields on the sheet"))
        self._update_preview_title()
        self.grid_step.setToolTip(self.tr("Grid step"))
        self.update_title()
        self._update_undo_texts()
        self._update_remove()
        self._show_zoom(self.view.px_per_mm)
        self.properties.retranslate()
        self.preview.retranslate()
        self.field_list.fill(self.document.fields(), self.scene.selected_ids())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_title(self) -> None:
        template = self.document.template()
        self.setWindowTitle(self.tr("Template designer — %1 (%2)[*]").replace(
            "%1", template.title).replace("%2", template.name))
        self._update_save()

    def _update_save(self) -> None:
        """Save replaces the user's own template; a built-in one it saves as new."""
        if self.files.own_path is not None:
            tip = self.tr("Save the changes to your template %1").replace(
                "%1", self.document.template().name)
        else:
            tip = self.tr("Built-in templates stay as they are: save the changes as a new "
                          "template of your own")
        self.tools.save.setToolTip(tip)
        self.tools.save.setStatusTip(tip)

    def _update_preview_title(self) -> None:
        title = self.tr("Live preview")
        if self.ceremony_title:
            title += f" — {self.ceremony_title}"
        self.preview_box.setTitle(title)

    # -- wiring ----------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.tools
        a.save.triggered.connect(lambda: self.files.save())
        a.save_as.triggered.connect(lambda: self.files.save_as_new())
        a.import_file.triggered.connect(lambda: self.files.import_file())
        a.export_file.triggered.connect(lambda: self.files.export_file())
        a.close.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo_stack.undo)
        a.redo.triggered.connect(self.undo_stack.redo)
        a.add_field.triggered.connect(self.add_field)
        a.remove_field.triggered.connect(self.remove_field)
        a.select_all.triggered.connect(self.scene.select_all)
        a.align_left.triggered.connect(self.group.align_left)
        a.align_top.triggered.connect(self.group.align_top)
        a.same_width.triggered.connect(self.group.same_width)
        a.fit_page.triggered.connect(self.view.fit_page)
        a.true_scale.triggered.connect(self.view.show_true_scale)
        a.zoom_in.triggered.connect(lambda: self.view.zoom_by(1.25))
        a.zoom_out.triggered.connect(lambda: self.view.zoom_by(0.8))
        for toggle in (a.snap_grid, a.fine_grid, a.snap_edges):
            toggle.toggled.connect(self._update_rules)
        self.grid_step.currentIndexChanged.connect(
            lambda index: a.fine_grid.setChecked(index == 1))
        a.fine_grid.toggled.connect(lambda fine: self.grid_step.setCurrentIndex(int(fine)))
        a.stock.toggled.connect(self.set_stock)
        # A method, not a lambda: the stack is cleared while the closed window is deleted.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_texts)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.field_list.chosen.connect(self.select_fields)
        self.field_list.delete_requested.connect(self.remove_field)
        self.properties.edited.connect(self._edited)
        self.document.field_changed.connect(self._field_changed)
        self.document.fields_changed.connect(self._fields_changed)
        self.document.changed.connect(lambda: self.preview.set_template(
            self.document.template()))
        self.preview.record_changed.connect(self._show_record)
        self.view.nudge_requested.connect(self.nudge)
        self.view.delete_requested.connect(self.remove_field)
        self.view.zoom_changed.connect(self._zoomed)
        self.view.cursor_moved.connect(self._show_position)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_undo_texts(self) -> None:
        a = self.tools
        a.undo.setEnabled(self.undo_stack.canUndo())
        a.redo.setEnabled(self.undo_stack.canRedo())
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        a.undo.setText(self.tr("&Undo %1").replace("%1", undo).strip())
        a.redo.setText(self.tr("&Redo %1").replace("%1", redo).strip())
        a.undo.setIconText(self.tr("Undo"))
        a.redo.setIconText(self.tr("Redo"))

    def _update_rules(self) -> None:
        a = self.tools
        grid = (0.5 if a.fine_grid.isChecked() else 1.0) if a.snap_grid.isChecked() else None
        self.scene.rules = replace(self.scene.rules, grid=grid, edges=a.snap_edges.isChecked())
        self.grid_step.setEnabled(a.snap_grid.isChecked())
        self.scene.update()

    def set_stock(self, stock: bool) -> None:
        if self.tools.stock.isChecked() != stock:
            self.tools.stock.setChecked(stock)  # comes back here through the signal
            return
        self.scene.set_stock(stock)
        self.preview.set_stock(stock)

    # -- selection ----------------------------------------------------------------------
    def selected_field(self) -> Field | None:
        field_id = self.scene.selected_id()
        return self.document.field(field_id) if field_id is not None else None

    def select_field(self, field_id: str | None) -> None:
        self.scene.select(field_id)
        item = self.scene.items_by_id.get(field_id or "")
        if item is not None:
            self.view.ensureVisible(item, 20, 20)

    def select_fields(self, field_ids: list[str]) -> None:
        self.scene.select_ids(field_ids)
        if field_ids:
            self.view.ensureVisible(self.scene.items_by_id[field_ids[0]], 20, 20)

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        fields = [self.document.field(field_id) for field_id in ids]
        self.properties.show_fields(fields)
        self.field_list.select(ids)
        a = self.tools
        self._update_remove()
        for action in (a.align_left, a.align_top, a.same_width):
            action.setEnabled(len(fields) > 1)
        self._show_extent(fields)

    def _show_extent(self, fields: list[Field]) -> None:
        """The rulers mark the extent of the whole selection."""
        left = min((f.x for f in fields), default=0.0)
        top = min((f.y for f in fields), default=0.0)
        right = max((f.x + f.w for f in fields), default=0.0)
        bottom = max((f.y + f.h for f in fields), default=0.0)
        self.top_ruler.show_selection((left, right - left) if fields else None)
        self.left_ruler.show_selection((top, bottom - top) if fields else None)

    def _field_changed(self, field_id: str) -> None:
        field = self.document.field(field_id)
        self.field_list.relabel(field)
        ids = self.scene.selected_ids()
        if ids == [field_id]:
            self._selection_changed()  # the panel shows the new values
        elif field_id in ids:  # one of several moved: only the rulers change
            self._show_extent([self.document.field(i) for i in ids])

    def _fields_changed(self) -> None:
        self.field_list.fill(self.document.fields(), self.scene.selected_ids())
        self._selection_changed()
        self.update_title()

    # -- changes (each one an undo command) ----------------------------------------------
    def _commit(self, before: Field, after: Field, text: str, merge_key: str) -> None:
        self.undo_stack.push(ChangeFieldCommand(self.document, before, after, text,
                                                merge_key or None))

    def _commit_many(self, before: list[Field], after: list[Field], text: str,
                     merge_key: str) -> None:
        self.undo_stack.push(ChangeFieldsCommand(self.document, before, after, text,
                                                 merge_key or None))

    def _edited(self, after: Field, merge_key: str) -> None:
        current = self.properties.field
        if current is None:
            return
        before = self.document.field(current.id)
        text = self.tr("Change %1").replace("%1", before.id)
        self._commit(before, after, text, merge_key)
        if after.id != before.id:
            self.select_field(after.id)

    def nudge(self, dx: float, dy: float) -> None:
        if len(self.scene.selected_ids()) > 1:
            self.group.nudge(dx, dy)
            return
        field = self.selected_field()
        if field is None:
            return
        width, height = self.scene.page_size
        x = min(max(round(field.x + dx, 3), 0.0), max(width - field.w, 0.0))
        y = min(max(round(field.y + dy, 3), 0.0), max(height - field.h, 0.0))
        self._commit(field, replace(field, x=x, y=y),
                     self.tr("Nudge %1").replace("%1", field.id), f"nudge:{field.id}")

    def add_field(self) -> str:
        visible = self.view.visible_scene_rect().intersected(self.scene.page_rect())
        centre = visible.center() if not visible.isEmpty() else QPointF(
            self.scene.page_size[0] / 2, self.scene.page_size[1] / 2)
        width, height = 100.0, 12.0
        field = Field(id=self.document.free_id(), x=round(max(centre.x() - width / 2, 0), 1),
                      y=round(max(centre.y() - height / 2, 0), 1), w=width, h=height,
                      font="serif", size=16.0, min_size=10.0, text=self.tr("New text"))
        self.undo_stack.push(AddFieldCommand(self.document, field))
        self.select_field(field.id)
        return field.id

    def _removal_refused(self) -> str:
        """Why the selected fields cannot be removed ("" if they can): a template
        needs at least one field (the schema refuses one without)."""
        ids = self.scene.selected_ids()
        if ids and len(ids) >= len(self.document.field_ids()):
            return self.tr("A template needs at least one field: add another field before "
                           "removing this one.")
        return ""

    def _update_remove(self) -> None:
        refused = self._removal_refused()
        action = self.tools.remove_field
        action.setEnabled(bool(self.scene.selected_ids()) and not refused)
        tip = refused or self.tr("Remove the selected fields (Delete)")
        action.setToolTip(tip)
        action.setStatusTip(refused)

    def remove_field(self) -> None:
        """Remove the selected field, or all the selected fields as one undo step."""
        refused = self._removal_refused()
        if refused:  # the Delete key still reaches here: say why nothing happens
            self.statusBar().showMessage(refused, 8000)
            return
        if len(self.scene.selected_ids()) > 1:
            self.group.remove()
            return
        field_id = self.scene.selected_id()
        if field_id is not None:
            self.undo_stack.push(RemoveFieldCommand(self.document, field_id))

    # -- what is shown -------------------------------------------------------------------
    def open_template(self, template: Template, artwork: bytes | None = None) -> None:
        """Design *template* instead (after an import): a fresh undo history.

        *artwork* as for the window; drawn first when None, so a damaged background
        (ArtworkError) leaves the design on screen as it was.
        """
        if artwork is None:
            artwork = prepare_artwork(template)
        self.undo_stack.clear()
        self.files.own_path = own_file(template)  # an imported copy: Save replaces it
        self.properties.page_size = (template.width_mm, template.height_mm)
        self.document.reset(template)
        self.load_artwork(artwork)
        self.update_title()
        self.preview.set_template(template)
        if self.view.fitting:
            self.view.fit_page()

    def _show_record(self, record: CertificateRecord) -> None:
        self.scene.set_values(values_for(record, self.document.template()))

    def load_records(self, ceremony_id: int | None) -> None:
        """The ceremony's certificates for the preview (the most recent ceremony if none)."""
        records: list[CertificateRecord] = []
        if self.registry is not None:
            from ceremony.services.ceremonies import list_ceremonies
            from ceremony.services.certificates import CertificateSelection, certificate_records

            try:
                ceremonies = list_ceremonies(self.registry)
                chosen = next((c for c in ceremonies if c.id == ceremony_id),
                              ceremonies[0] if ceremonies else None)
                if chosen is not None:
                    self.ceremony_title = chosen.title
                    records = certificate_records(
                        self.registry, CertificateSelection(ceremony_id=chosen.id))
            except Exception as error:  # the preview falls back to a sample honoree
                from ceremony.ui.errors import describe

                self.statusBar().showMessage(describe(error), 10000)
        self._update_preview_title()
        self.preview.set_records(records)

    def load_artwork(self, pdf: bytes | None) -> None:
        """Show the artwork prepare_artwork() drew for the template being designed."""
        self.artwork.load(self.document.template(), pdf)
        self._artwork_px = 0.0
        self._render_artwork()

    def _render_artwork(self) -> None:
        wanted = max(ARTWORK_MIN_PX, self.view.px_per_mm * self.devicePixelRatioF() * 1.25)
        self._artwork_px = wanted
        self.scene.set_artwork(self.artwork.render(wanted))

    def _zoomed(self, px_per_mm: float) -> None:
        self._show_zoom(px_per_mm)
        if px_per_mm * self.devicePixelRatioF() > self._artwork_px:
            self._artwork_timer.start()  # sharper artwork once the zooming settles

    def _show_zoom(self, px_per_mm: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1%").replace(
            "%1", str(self.view.zoom_percent())))

    def _show_position(self, point: QPointF) -> None:
        self.position_label.setText(self.tr("X %1 mm · Y %2 mm").replace(
            "%1", f"{point.x():.1f}").replace("%2", f"{point.y():.1f}"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.view.fitting:  # once laid out at its real size
            QTimer.singleShot(0, self.view.fit_page)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_changes():
            event.ignore()
            return
        self.preview.shutdown()
        self._let_go()
        super().closeEvent(event)

    def _let_go(self) -> None:
        """Free the artwork's image now, not whenever Python's collector next runs: the
        closed window's Python objects hold one another, and the image is megabytes."""
        self._artwork_timer.stop()
        self.scene.set_artwork(QImage())

    def settle_changes(self) -> bool:
        """Whether the design may be left: nothing unsaved, or the user saved it (Save)
        or gave it up (Discard); False on Cancel, or when saving did not happen."""
        if self.undo_stack.isClean():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Template designer"),
            self.tr("This template has changes that are not saved. Save them?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.files.save() is not None
        return answer == buttons.Discard
