"""The entries an import would store, and the problems found in them.

Filtering is done here over plain lists (a list of row numbers), not by a proxy model:
a list can have 50,000 rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ceremony.importing import Problem, Severity
from ceremony.ui.errors import current_language
from ceremony.ui.import_wizard.table_model import WizardTable
from ceremony.ui.models import AnyIndex, kind_label

if TYPE_CHECKING:
    from ceremony.importing import ImportPreview
    from ceremony.importing.extract import Entry

ALL, ERRORS, WARNINGS = "all", "errors", "warnings"
FILL = {Severity.ERROR: "#f8d7da", Severity.WARNING: "#fff3cd"}

ENTRY_TITLES = (
    str(QT_TRANSLATE_NOOP("ImportWizard", "Sheet")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Row")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "No.")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Name")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Kind")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Rank")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Position")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Unit")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Born")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Award")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "In the registry")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Problems")))
PROBLEM_TITLES = (
    str(QT_TRANSLATE_NOOP("ImportWizard", "Severity")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "File")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Sheet")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Row")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Column")),
    str(QT_TRANSLATE_NOOP("ImportWizard", "Problem")))


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("ImportWizard", "Error")
    return QCoreApplication.translate("ImportWizard", "Warning")


def wanted(severities: set[Severity], which: str) -> bool:
    return (which == ALL or (which == ERRORS and Severity.ERROR in severities)
            or (which == WARNINGS and Severity.WARNING in severities))


class _Table(WizardTable):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: list[int] = []  # positions in the full list, after the filter

    def row_count(self) -> int:
        return len(self._shown)


class EntriesModel(_Table):
    TITLES = ENTRY_TITLES

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: Sequence[Entry] = ()
        self._problems: dict[tuple[str, str, int], list[Problem]] = {}
        self._linked: dict[int, int] = {}
        self._award = ""  # the award chosen on the first page, for rows without a column

    def set_preview(self, preview: ImportPreview | None, which: str = ALL) -> None:
        self.beginResetModel()
        self._entries = preview.entries if preview is not None else []
        self._linked = dict(preview.matches) if preview is not None else {}
        self._award = (preview.options.award or "") if preview is not None else ""
        self._problems = defaultdict(list)
        for problem in preview.all_problems if preview is not None else []:
            if problem.row is not None:
                self._problems[(problem.file, problem.sheet, problem.row)].append(problem)
        self._shown = [i for i, entry in enumerate(self._entries)
                       if wanted({p.severity for p in self._found(entry)}, which)]
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self._entries[self._shown[row]]

    def _found(self, entry: Entry) -> list[Problem]:
        return self._problems.get((entry.file, entry.sheet, entry.row), [])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        position = self._shown[index.row()]
        entry = self._entries[position]
        problems = self._found(entry)
        if role == Qt.ItemDataRole.DisplayRole:
            linked = self._linked.get(position)
            values = (entry.sheet, entry.row, entry.seq, entry.name, kind_label(entry.kind),
                      entry.rank, entry.position, entry.unit, entry.birth_year or "",
                      entry.award or self._award, f"#{linked}" if linked is not None else "",
                      "; ".join(p.message(current_language()) for p in problems))
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(p.message(current_language()) for p in problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            worst = min(p.severity for p in problems)  # "error" sorts before "warning"
            return QBrush(QColor(FILL[Severity(worst)]))
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(QColor("#000000"))
        return None


class ProblemsModel(_Table):
    TITLES = PROBLEM_TITLES

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_preview(self, preview: ImportPreview | None, which: str = ALL) -> None:
        self.beginResetModel()
        self._problems = preview.all_problems if preview is not None else []
        self._shown = [i for i, p in enumerate(self._problems) if wanted({p.severity}, which)]
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._problems[self._shown[row]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index):
            return None
        problem = self._problems[self._shown[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (severity_label(problem.severity), problem.file, problem.sheet,
                      problem.row or "", problem.column_name,
                      problem.message(current_language()))
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(FILL[problem.severity]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        return None
