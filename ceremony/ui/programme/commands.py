"""Undoable programme edits: plan edits restore a whole-plan snapshot, check-ins a state.

A plan edit (a move, a re-plan, a block's settings) renumbers many rows; the
services return the plan as it was, and restore_plan returns the plan it
replaced, so one command class undoes and redoes every kind of plan edit.
The change is applied before the push: a refused edit never enters the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ceremony.errors import CeremonyError
from ceremony.ui.errors import show_error

if TYPE_CHECKING:
    from ceremony.services.programme_checkin import CheckIn
    from ceremony.services.programme_snapshot import PlanSnapshot
    from ceremony.ui.programme.gateway import PlanGateway


class _Applied(QUndoCommand):
    """Applied before it is pushed; a refused undo/redo is shown and drops the command."""

    def __init__(self, text: str, gateway: PlanGateway, refresh: Callable[[], None],
                 parent: QWidget | None) -> None:
        super().__init__(text)
        self.gateway = gateway
        self.refresh = refresh
        self.parent_widget = parent
        self._skip_first_redo = False

    def apply_first(self) -> None:
        self.apply()
        self._skip_first_redo = True  # QUndoStack.push calls redo() at once
        self.refresh()

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self.reapply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except CeremonyError as error:
            show_error(self.parent_widget, error)
            self.setObsolete(True)
        self.refresh()

    def apply(self) -> None:
        raise NotImplementedError

    def reapply(self) -> None:
        self.apply()

    def revert(self) -> None:
        raise NotImplementedError


class PlanEditCommand(_Applied):
    """Any plan edit: *edit* makes the change and returns the plan as it was."""

    def __init__(self, text: str, gateway: PlanGateway, edit: Callable[[], PlanSnapshot],
                 refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(text, gateway, refresh, parent)
        self.edit = edit
        self.snapshot: PlanSnapshot | None = None

    def apply(self) -> None:
        self.snapshot = self.edit()

    def reapply(self) -> None:
        self._swap()

    def revert(self) -> None:
        self._swap()

    def _swap(self) -> None:
        # Undo and redo are the same move: put the stored plan back, keep the one it replaced.
        assert self.snapshot is not None
        self.snapshot = self.gateway.restore_plan(self.snapshot)


class CheckInCommand(_Applied):
    """Check-in state is on the award, not in the plan: undo puts the old state back."""

    def __init__(self, text: str, gateway: PlanGateway, award_id: int,
                 state: tuple[str, str, str], refresh: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(text, gateway, refresh, parent)
        self.award_id = award_id
        self.state = state
        self.before: CheckIn | None = None

    def apply(self) -> None:
        self.before = self.gateway.check_in(self.award_id, *self.state)

    def revert(self) -> None:
        assert self.before is not None
        self.gateway.put_back_check_in(self.award_id, self.before)


def push_edit(stack: QUndoStack, command: _Applied) -> bool:
    """Apply *command* and put it on the stack; False (the error shown) if refused."""
    try:
        command.apply_first()
    except CeremonyError as error:
        show_error(command.parent_widget, error)
        return False
    stack.push(command)
    return True
