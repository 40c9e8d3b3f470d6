"""The undoable change of the Reports page: the minimum years between two awards of a type.

Imported only when the user changes the setting (undo_commands pulls in services).
Consecutive changes (arrow clicks on the spin box) merge into one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ceremony.ui.reports.gateway import ReportsGateway
from ceremony.ui.undo_commands import ServiceCommand, UndoContext

MIN_YEARS_COMMAND_ID = 0x5245  # any number of our own; equal ids may merge


class SetMinYearsCommand(ServiceCommand):
    def __init__(self, years: int, context: UndoContext) -> None:
        super().__init__(self._text(years), context)
        self.years = years
        self.before: int | None = None

    @staticmethod
    def _text(years: int) -> str:
        return QCoreApplication.translate(
            "ReportsCommands", "Set the minimum years between two awards to %1").replace(
            "%1", str(years))

    def _gateway(self) -> ReportsGateway:
        return ReportsGateway(self.context.backend.registry)

    def do(self) -> None:
        before = self._gateway().set_min_years(self.years)
        if self.before is None:  # a redo must not forget the value first replaced
            self.before = before

    def undo_change(self) -> None:
        if self.before is not None:
            self._gateway().set_min_years(self.before)

    def id(self) -> int:
        return MIN_YEARS_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMinYearsCommand):
            return False
        self.years = other.years
        self.setText(self._text(other.years))
        return True
