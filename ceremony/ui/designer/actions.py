"""The designer's actions (menus and toolbar share them), created once, re-labelled later.

A standard key takes every combination the platform has for it (Redo is both
Ctrl+Y and Ctrl+Shift+Z on Linux), not only the first. Within each menu every
Alt+letter is used once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


@dataclass
class DesignerActions:
    save: QAction
    save_as: QAction
    import_file: QAction
    export_file: QAction
    close: QAction
    undo: QAction
    redo: QAction
    add_field: QAction
    remove_field: QAction
    select_all: QAction
    align_left: QAction
    align_top: QAction
    same_width: QAction
    fit_page: QAction
    true_scale: QAction
    zoom_in: QAction
    zoom_out: QAction
    snap_grid: QAction
    fine_grid: QAction
    snap_edges: QAction
    stock: QAction
    scan_choose: QAction
    scan_hide: QAction
    scan_remove: QAction

    @classmethod
    def create(cls, owner: QObject) -> DesignerActions:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                   checkable: bool = False, checked: bool = False) -> QAction:
            made = QAction(owner)
            if isinstance(shortcut, QKeySequence.StandardKey):
                made.setShortcuts(shortcut)
            elif shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.setCheckable(checkable)
            made.setChecked(checked)
            return made

        return cls(
            save=action(QKeySequence.StandardKey.Save),
            save_as=action(QKeySequence.StandardKey.SaveAs),
            import_file=action("Ctrl+O"),
            export_file=action("Ctrl+E"),
            close=action(QKeySequence.StandardKey.Close),
            undo=action(QKeySequence.StandardKey.Undo),
            redo=action(QKeySequence.StandardKey.Redo),
            add_field=action("Ctrl+Shift+A"),
            remove_field=action(),
            # Ctrl+A is free here (Add field is Ctrl+Shift+A); a line edit with the
            # focus still takes it for its own text, as Qt gives it the shortcut first.
            select_all=action(QKeySequence.StandardKey.SelectAll),
            align_left=action(),
            align_top=action(),
            same_width=action(),
            fit_page=action("Ctrl+0"),
            true_scale=action("Ctrl+1"),
            zoom_in=action(QKeySequence.StandardKey.ZoomIn),
            zoom_out=action(QKeySequence.StandardKey.ZoomOut),
            snap_grid=action("Ctrl+'", checkable=True, checked=True),
            fine_grid=action(checkable=True),
            snap_edges=action(checkable=True, checked=True),
            stock=action(checkable=True),
            scan_choose=action(),
            scan_hide=action("Ctrl+H", checkable=True),
            scan_remove=action(),
        )

    def retranslate(self) -> None:
        for table, setter in ((_MENU_TEXTS, QAction.setText),
                              (_TOOLBAR_TEXTS, QAction.setIconText),
                              (_TIPS, QAction.setToolTip)):
            for name, text in table.items():
                setter(getattr(self, name), QCoreApplication.translate("Designer", str(text)))


_MENU_TEXTS = {
    "save": QT_TRANSLATE_NOOP("Designer", "&Save"),
    "save_as": QT_TRANSLATE_NOOP("Designer", "Save &as new template…"),
    "import_file": QT_TRANSLATE_NOOP("Designer", "&Import template file…"),
    "export_file": QT_TRANSLATE_NOOP("Designer", "&Export template file…"),
    "close": QT_TRANSLATE_NOOP("Designer", "&Close"),
    "add_field": QT_TRANSLATE_NOOP("Designer", "&Add field"),
    "remove_field": QT_TRANSLATE_NOOP("Designer", "Re&move field"),
    "select_all": QT_TRANSLATE_NOOP("Designer", "&Select all fields"),
    "align_left": QT_TRANSLATE_NOOP("Designer", "Align &left edges"),
    "align_top": QT_TRANSLATE_NOOP("Designer", "Align &top edges"),
    "same_width": QT_TRANSLATE_NOOP("Designer", "Same &width"),
    "fit_page": QT_TRANSLATE_NOOP("Designer", "&Fit page"),
    "true_scale": QT_TRANSLATE_NOOP("Designer", "&Actual size (100%)"),
    "zoom_in": QT_TRANSLATE_NOOP("Designer", "Zoom &in"),
    "zoom_out": QT_TRANSLATE_NOOP("Designer", "Zoom &out"),
    "snap_grid": QT_TRANSLATE_NOOP("Designer", "Snap to &grid"),
    "fine_grid": QT_TRANSLATE_NOOP("Designer", "Fi&ne grid (0.5 mm)"),
    "snap_edges": QT_TRANSLATE_NOOP("Designer", "Snap to other fi&elds"),
    "stock": QT_TRANSLATE_NOOP("Designer", "Pre-printed &blank"),
    "scan_choose": QT_TRANSLATE_NOOP("Designer", "&Blank scan…"),
    "scan_hide": QT_TRANSLATE_NOOP("Designer", "&Hide scan"),
    "scan_remove": QT_TRANSLATE_NOOP("Designer", "Re&move scan"),
}

# Shorter words on the toolbar, so it fits a 1366-pixel screen.
_TOOLBAR_TEXTS = {
    "save": QT_TRANSLATE_NOOP("Designer", "Save"),
    "save_as": QT_TRANSLATE_NOOP("Designer", "Save as new…"),
    "import_file": QT_TRANSLATE_NOOP("Designer", "Import…"),
    "export_file": QT_TRANSLATE_NOOP("Designer", "Export…"),
    "add_field": QT_TRANSLATE_NOOP("Designer", "Add field"),
    "remove_field": QT_TRANSLATE_NOOP("Designer", "Remove"),
    "fit_page": QT_TRANSLATE_NOOP("Designer", "Fit"),
    "true_scale": "100%",
    "zoom_in": "+",
    "zoom_out": "−",
    "snap_grid": QT_TRANSLATE_NOOP("Designer", "Grid"),
    "snap_edges": QT_TRANSLATE_NOOP("Designer", "Snap to fields"),
    "stock": QT_TRANSLATE_NOOP("Designer", "Pre-printed blank"),
    "scan_choose": QT_TRANSLATE_NOOP("Designer", "Blank scan…"),
    "scan_hide": QT_TRANSLATE_NOOP("Designer", "Hide scan"),
    "scan_remove": QT_TRANSLATE_NOOP("Designer", "Remove scan"),
}

# The tips of Save and Remove field depend on the template and the selection:
# the window sets them (DesignerWindow._update_save, _update_remove).
_TIPS = {
    "align_left": QT_TRANSLATE_NOOP("Designer", "Move the selected fields so their left "
                                    "edges line up with the leftmost one"),
    "align_top": QT_TRANSLATE_NOOP("Designer", "Move the selected fields so their top "
                                   "edges line up with the topmost one"),
    "same_width": QT_TRANSLATE_NOOP("Designer", "Make the selected fields as wide as the "
                                    "one selected first"),
    "stock": QT_TRANSLATE_NOOP("Designer", "Show what prints on a pre-printed blank: fields "
                               "already on the blank are dimmed and left out of the preview"),
    "true_scale": QT_TRANSLATE_NOOP("Designer", "The sheet at its real size on this screen"),
    "fit_page": QT_TRANSLATE_NOOP("Designer", "The whole sheet in view (Ctrl+wheel zooms)"),
    "scan_choose": QT_TRANSLATE_NOOP("Designer", "Put a scan of the pre-printed blank (PNG, "
                                     "JPEG or PDF, scanned at the page's size) under the "
                                     "fields; it is saved with the template, never printed"),
    "scan_hide": QT_TRANSLATE_NOOP("Designer", "Hide the blank's scan for a moment (Ctrl+H)"),
}
