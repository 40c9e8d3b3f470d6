"""Undoable changes to the registry (Edit ▸ Undo / Redo).

Each command applies its change through the services before it is pushed, so
a refused change (a validation error, another clerk's newer save) never enters
the undo stack. If an undo or redo is refused later, the user is told and the
command is dropped from the stack rather than leaving it out of step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ceremony.errors import CeremonyError
from ceremony.services.ceremony_fields import CeremonyFields
from ceremony.services.reference_records import DecisionInfo, Info
from ceremony.ui.errors import show_error

if TYPE_CHECKING:
    from ceremony.services.editing import HonoreeFields
    from ceremony.services.honorees import HonoreeInput
    from ceremony.ui.backend import Backend


@dataclass(frozen=True)
class UndoContext:
    """What every command needs: the services, a way to refresh views, a dialog parent."""

    backend: Backend
    refresh: Callable[[], None]
    parent: QWidget | None = None


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, context: UndoContext) -> None:
        super().__init__(text)
        self.context = context
        self._applied_before_push = False

    def apply_first(self) -> None:
        """Make the change now (errors propagate to the caller, nothing is pushed)."""
        self.do()
        self._applied_before_push = True
        self.context.refresh()

    def redo(self) -> None:
        if self._applied_before_push:
            self._applied_before_push = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_change)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CeremonyError as error:
            show_error(self.context.parent, error)
            self.setObsolete(True)
        self.context.refresh()

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError


class AddHonoreeCommand(ServiceCommand):
    def __init__(self, entry: HonoreeInput, context: UndoContext) -> None:
        text = QCoreApplication.translate("UndoCommands", "Add %1")
        super().__init__(text.replace("%1", entry.name), context)
        self.entry = entry
        self.added: HonoreeFields | None = None

    def do(self) -> None:
        self.added = self.context.backend.add_honoree(self.entry)

    def undo_change(self) -> None:
        if self.added is not None:
            self.context.backend.remove_honoree(self.added.id)


class EditHonoreeCommand(ServiceCommand):
    def __init__(self, before: HonoreeFields, after: HonoreeInput,
                 context: UndoContext) -> None:
        text = QCoreApplication.translate("UndoCommands", "Edit %1")
        super().__init__(text.replace("%1", before.entry.name), context)
        self.before = before
        self.after = after
        self.version = before.version

    def do(self) -> None:
        saved = self.context.backend.update_honoree(self.before.id, self.after, self.version)
        self.version = saved.version

    def undo_change(self) -> None:
        restored = self.context.backend.update_honoree(self.before.id, self.before.entry,
                                                       self.version)
        self.version = restored.version


class SetAwardValuesCommand(ServiceCommand):
    """Give several awards a new status, citation or ceremony; undo puts each old one back."""

    def __init__(self, field: str, values: dict[int, Any], context: UndoContext) -> None:
        texts = {
            "status": QCoreApplication.translate(
                "UndoCommands", "Change the status of %n award(s)", "", len(values)),
            "citation": QCoreApplication.translate(
                "UndoCommands", "Change the citation of %n award(s)", "", len(values)),
            "ceremony": QCoreApplication.translate(
                "UndoCommands", "Move %n award(s) to another ceremony", "", len(values)),
        }
        super().__init__(texts[field], context)
        self.field = field
        self.values = values
        self.before: dict[int, Any] = {}

    def do(self) -> None:
        self.before = self.context.backend.set_award_values(self.field, self.values)

    def undo_change(self) -> None:
        self.context.backend.set_award_values(self.field, self.before)


class SaveRecordCommand(ServiceCommand):
    """Add or edit an authority, award type or decision; undo restores or removes it."""

    def __init__(self, record: Info, context: UndoContext) -> None:
        label = record.number if isinstance(record, DecisionInfo) else record.name
        text = QCoreApplication.translate("UndoCommands", "Save %1")
        super().__init__(text.replace("%1", label), context)
        self.record = record
        self.saved: Info | None = None
        self.before: Info | None = None

    def do(self) -> None:
        self.saved, self.before = self.context.backend.save_reference(self.record)

    def undo_change(self) -> None:
        if self.before is not None:
            self.context.backend.save_reference(self.before)
        elif self.saved is not None:
            self.context.backend.remove_reference(self.saved)
            # Redo adds it afresh (a new id), as the record was first entered.


class AddCeremonyCommand(ServiceCommand):
    def __init__(self, fields: CeremonyFields, context: UndoContext) -> None:
        text = QCoreApplication.translate("UndoCommands", "Add %1")
        super().__init__(text.replace("%1", fields.title), context)
        self.fields = fields
        self.added: int | None = None

    def do(self) -> None:
        self.added = self.context.backend.add_ceremony(self.fields)

    def undo_change(self) -> None:
        if self.added is not None:
            self.context.backend.remove_ceremony(self.added)


class EditCeremonyCommand(ServiceCommand):
    def __init__(self, ceremony_id: int, fields: CeremonyFields, context: UndoContext) -> None:
        text = QCoreApplication.translate("UndoCommands", "Edit %1")
        super().__init__(text.replace("%1", fields.title), context)
        self.ceremony_id = ceremony_id
        self.fields = fields
        self.before: CeremonyFields | None = None

    def do(self) -> None:
        self.before = self.context.backend.update_ceremony(self.ceremony_id, self.fields)

    def undo_change(self) -> None:
        if self.before is not None:
            self.context.backend.update_ceremony(self.ceremony_id, self.before)


def push(stack: QUndoStack, command: ServiceCommand) -> bool:
    """Apply *command* and put it on the stack; False (with the error shown) if refused."""
    try:
        command.apply_first()
    except CeremonyError as error:
        show_error(command.context.parent, error)
        return False
    stack.push(command)
    return True
