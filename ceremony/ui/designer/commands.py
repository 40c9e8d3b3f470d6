"""Every change to a design as an undoable command.

A drag pushes one command per mouse move, all carrying the same merge key, so
the undo stack holds one "Move" per drag; so do the arrow-key nudges of one
field, and the steps of one spin box. Moving several selected fields at once is
one ChangeFieldsCommand holding every field's geometry before and after, so it
too undoes in one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ceremony.printing.template import Field, Scan
from ceremony.ui.designer.document import DesignDocument

MERGEABLE = 4711  # any constant: QUndoStack only merges commands with the same id()
MERGEABLE_SCAN = 4712
MERGEABLE_MANY = 4713


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


class ChangeFieldsCommand(QUndoCommand):
    """Several fields changed together (a drag or nudge of a selection, an alignment)."""

    def __init__(self, document: DesignDocument, before: list[Field], after: list[Field],
                 text: str, merge_key: str | None = None) -> None:
        super().__init__(text)
        assert [f.id for f in before] == [f.id for f in after]  # geometry only, no renames
        self.document = document
        self.before = list(before)
        self.after = list(after)
        self.merge_key = merge_key

    def ids(self) -> list[str]:
        return [spec.id for spec in self.before]

    def id(self) -> int:
        return MERGEABLE_MANY if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ChangeFieldsCommand) and other.merge_key == self.merge_key
                and other.ids() == self.ids()):
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        for spec in self.after:
            self.document.set_field(spec.id, spec)

    def undo(self) -> None:
        for spec in self.before:
            self.document.set_field(spec.id, spec)


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


class SelectOnUndoCommand(QUndoCommand):
    """First in a macro that removes fields: undone last, it selects them again once
    they are back, so an undone delete shows what it restored."""

    def __init__(self, select: Callable[[list[str]], None], field_ids: list[str]) -> None:
        super().__init__()
        self._select, self._ids = select, list(field_ids)

    def undo(self) -> None:
        self._select(self._ids)


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
