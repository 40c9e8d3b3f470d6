"""Rows that may be someone already in the registry: the user links them or keeps apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from ceremony.ui.import_wizard.choices import CHOICES_ROLE
from ceremony.ui.import_wizard.table_model import WizardTable
from ceremony.ui.models import AnyIndex

if TYPE_CHECKING:
    from ceremony.ui.import_wizard.state import Candidate, RowKey

KEEP_APART = 0  # the choice's value for "a different person": honoree ids start at 1
TITLES = (
    str(QT_TRANSLATE_NOOP("ImportWizard", "Sheet")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Row")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Name in the list")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Unit in the list")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Decision")))
DECISION_COLUMN = 4


def candidate_label(candidate: Candidate) -> str:
    honoree_id, name, unit = candidate
    return QCoreApplication.translate("ImportWizard", "Same as #%1 %2 (%3)").replace(
        "%1", str(honoree_id)).replace("%2", name).replace("%3", unit or "-")


class DuplicatesModel(WizardTable):
    """One row per possible duplicate; editing the decision calls *decided(key, id or 0)*."""

    TITLES = TITLES

    def __init__(self, decided: Callable[[RowKey, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._decided = decided
        self._rows: list[tuple[RowKey, str, str, list[Candidate], int]] = []

    def set_rows(self, rows: list[tuple[RowKey, str, str, list[Candidate], int]]) -> None:
        """(row key, name, unit, candidates, chosen honoree id or KEEP_APART) per row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == DECISION_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _choices(self, candidates: list[Candidate]) -> list[tuple[str, int]]:
        keep = QCoreApplication.translate("ImportWizard", "A different person: keep apart")
        return [(keep, KEEP_APART)] + [(candidate_label(c), c[0]) for c in candidates]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        (_file, sheet, row), name, unit, candidates, chosen = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            choices = dict((value, label) for label, value in self._choices(candidates))
            values = (sheet, row, name, unit, choices.get(chosen, ""))
            return values[index.column()]
        if index.column() != DECISION_COLUMN:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return chosen
        if role == CHOICES_ROLE:
            return self._choices(candidates)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != DECISION_COLUMN or not isinstance(value, int)):
            return False
        key, name, unit, candidates, _chosen = self._rows[index.row()]
        if value != KEEP_APART and value not in {c[0] for c in candidates}:
            return False
        self._rows[index.row()] = (key, name, unit, candidates, value)
        self.dataChanged.emit(index, index)
        self._decided(key, value)
        return True
