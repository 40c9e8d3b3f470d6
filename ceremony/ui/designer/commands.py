"""Every change to a design as an undoable command.

A drag pushes one command per mouse move, all carrying the same merge key, so
the undo stack holds one "Move" per drag; so do the arrow-key nudges of one
field, and the steps of one spin box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ceremony.printing.template import Field, Scan
from ceremony.ui.designer.document import DesignDocument

MERGEABLE = 4711  # any constant: QUndoStack only merges commands with the same id()
MERGEABLE_SCAN = 4712


class ChangeFieldCommand(QUndoCommand):
    def __init__(self, document: DesignDocument, before: Field, after: Field, text: str,
                 merge_key: str | None = None) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGEABLE if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ChangeFieldCommand) and other.merge_key == self.merge_key
                and other.before.id == self.after.id):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)  # dragged back to where it was
        return True

    def redo(self) -> None:
        self.document.set_field(self.before.id, self.after)

    def undo(self) -> None:
        self.document.set_field(self.after.id, self.before)


class AddFieldCommand(QUndoCommand):
    def __init__(self, document: DesignDocument, field: Field, index: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("Designer", "Add field %1").replace(
            "%1", field.id))
        self.document = document
        self.field = field
        self.index = len(document.fields()) if index is None else index

    def redo(self) -> None:
        self.document.insert_field(self.index, self.field)

    def undo(self) -> None:
        self.document.remove_field(self.field.id)


class RemoveFieldCommand(QUndoCommand):
    def __init__(self, document: DesignDocument, field_id: str) -> None:
        super().__init__(QCoreApplication.translate("Designer", "Remove field %1").replace(
            "%1", field_id))
        self.document = document
        self.field = document.field(field_id)
        self.index = document.index_of(field_id)

    def redo(self) -> None:
        self.document.remove_field(self.field.id)

    def undo(self) -> None:
        self.document.insert_field(self.index, self.field)


class ChangeScanCommand(QUndoCommand):
    """Choose, remove, fade, shift or turn the blank's scan (None: no scan)."""

    def __init__(self, document: DesignDocument, after: Scan | None, text: str,
                 merge_key: str | None = None) -> None:
        super().__init__(text)
        self.document = document
        self.before = document.scan()
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return MERGEABLE_SCAN if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ChangeScanCommand) and other.merge_key == self.merge_key):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self.document.set_scan(self.after)

    def undo(self) -> None:
        self.document.set_scan(self.before)
