"""Problems found in a list, each pinned to file, sheet, row and column as Excel shows them."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from ceremony.messages import render


class Severity(enum.StrEnum):
    ERROR = "error"  # the import is refused until it is fixed
    WARNING = "warning"  # imported, but shown so a person can check it


def column_letter(column: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": the letters above the spreadsheet's columns."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass(frozen=True)
class Problem:
    key: str
    file: str
    sheet: str
    row: int | None = None  # 1-based, as the spreadsheet shows it
    column: int | None = None  # 0-based; shown as a letter
    value: str = ""
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def column_name(self) -> str:
        return "" if self.column is None else column_letter(self.column)

    def message(self, lang: str) -> str:
        return render(self.key, lang, value=self.value, **self.params)

    def located(self, lang: str) -> str:
        """The message with where it is, for stderr and logs."""
        return render("import.at", lang, file=self.file, sheet=self.sheet or "-",
                      row=self.row if self.row is not None else "-",
                      column=self.column_name or "-", message=self.message(lang))

    def as_json(self, lang: str) -> dict[str, object]:
        return {"file": self.file, "sheet": self.sheet, "row": self.row,
                "column": self.column_name or None, "value": self.value,
                "severity": self.severity.value, "message": self.message(lang)}
