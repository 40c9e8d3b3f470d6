"""Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) in the designer's text and number boxes.

A line edit or spin box claims the undo keys for itself (Qt asks it first, with
a ShortcutOverride event) even when it has nothing of its own to undo, so with
the focus in the properties panel the window's Undo never ran. This filter lets
a box keep the keys only while it has typing of its own to undo or redo; the
rest of the time they reach the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget


def _own_line(widget: QObject) -> QLineEdit | None:
    """The line edit holding the box's own typing (a spin box's is inside it)."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.lineEdit()
    return None


def _keeps(widget: QObject, event: QKeyEvent) -> bool | None:
    """Whether the box has its own step to take for this key; None for other keys."""
    line = _own_line(widget)
    if line is None:
        return None
    if event.matches(QKeySequence.StandardKey.Undo):
        return line.isUndoAvailable()
    if event.matches(QKeySequence.StandardKey.Redo):
        return line.isRedoAvailable()
    return None


class UndoKeysToWindow(QObject):
    """Installed on the boxes: hands the undo keys on when the box has nothing to undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and _keeps(watched, event) is False:
            event.ignore()  # not claimed: the window's shortcut runs instead
            return True
        return super().eventFilter(watched, event)

    def watch(self, root: QWidget) -> None:
        """Watch every text and number box inside *root*."""
        for box in root.findChildren(QLineEdit) + root.findChildren(QAbstractSpinBox):
            if not isinstance(box.parent(), QAbstractSpinBox):  # its spin box is watched
                box.installEventFilter(self)
