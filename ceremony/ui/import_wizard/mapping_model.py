"""Each column of the sheet and the field it is read into; the field can be changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from ceremony.importing import Field
from ceremony.importing.problems import column_letter
from ceremony.ui.import_wizard.choices import CHOICES_ROLE
from ceremony.ui.import_wizard.table_model import WizardTable
from ceremony.ui.models import AnyIndex

# The order fields are offered in; lupdate sees the labels through QT_TRANSLATE_NOOP.
FIELD_LABELS: dict[Field, str] = {
    Field.IGNORE: str(QT_TRANSLATE_NOOP("ImportWizard", "(not imported)")),
    Field.SEQ: str(QT_TRANSLATE_NOOP("ImportWizard", "Number in the list")),
    Field.NAME: str(QT_TRANSLATE_NOOP("ImportWizard", "Name")),
    Field.RANK: str(QT_TRANSLATE_NOOP("ImportWizard", "Rank")),
    Field.POSITION: str(QT_TRANSLATE_NOOP("ImportWizard", "Position")),
    Field.UNIT: str(QT_TRANSLATE_NOOP("ImportWizard", "Unit")),
    Field.POSITION_UNIT: str(QT_TRANSLATE_NOOP("ImportWizard", "Position and unit")),
    Field.GENDER: str(QT_TRANSLATE_NOOP("ImportWizard", "Gender")),
    Field.BIRTH_DATE: str(QT_TRANSLATE_NOOP("ImportWizard", "Date of birth")),
    Field.BIRTH_YEAR: str(QT_TRANSLATE_NOOP("ImportWizard", "Year of birth")),
    Field.BIRTH_YEAR_MALE: str(QT_TRANSLATE_NOOP("ImportWizard", "Year of birth (men)")),
    Field.BIRTH_YEAR_FEMALE: str(QT_TRANSLATE_NOOP("ImportWizard", "Year of birth (women)")),
    Field.ETHNICITY: str(QT_TRANSLATE_NOOP("ImportWizard", "Ethnicity")),
    Field.CITATION: str(QT_TRANSLATE_NOOP("ImportWizard", "Citation")),
    Field.AWARD: str(QT_TRANSLATE_NOOP("ImportWizard", "Award")),
    Field.DECISION: str(QT_TRANSLATE_NOOP("ImportWizard", "Decision number")),
    Field.DECISION_DATE: str(QT_TRANSLATE_NOOP("ImportWizard", "Decision date")),
    Field.NOTES: str(QT_TRANSLATE_NOOP("ImportWizard", "Notes")),
}
TITLES = (str(QT_TRANSLATE_NOOP("ImportWizard", "Column")),
          str(QT_TRANSLATE_NOOP("ImportWizard", "Header in the file")),
          str(QT_TRANSLATE_NOOP("ImportWizard", "Read as")),
          str(QT_TRANSLATE_NOOP("ImportWizard", "First values")))
FIELD_COLUMN = 2


def field_label(target: Field) -> str:
    return QCoreApplication.translate("ImportWizard", FIELD_LABELS[target])


@dataclass(frozen=True)
class ColumnRow:
    column: int
    header: str
    target: Field
    samples: str


class MappingModel(WizardTable):
    """Thin adapter over ColumnRow records; an edit calls *changed(letter, field)*."""

    TITLES = TITLES

    def __init__(self, changed: Callable[[str, Field], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changed = changed
        self._rows: list[ColumnRow] = []

    def set_columns(self, rows: Sequence[ColumnRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ColumnRow]:
        return list(self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == FIELD_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (column_letter(row.column), row.header, field_label(row.target),
                      row.samples)
            return values[index.column()]
        if index.column() != FIELD_COLUMN:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return row.target.value
        if role == CHOICES_ROLE:
            return [(field_label(f), f.value) for f in FIELD_LABELS]
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != FIELD_COLUMN or value not in Field.__members__.values()):
            return False
        row = self._rows[index.row()]
        self._rows[index.row()] = ColumnRow(row.column, row.header, Field(value), row.samples)
        self.dataChanged.emit(index, index)
        self._changed(column_letter(row.column), Field(value))
        return True
