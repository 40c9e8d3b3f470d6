"""The template being designed: a plain Template plus its fields, with change signals.

The canvas, the properties panel and the preview all read from here and change
it only through undo commands, so they can never disagree with each other.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ceremony.printing.template import Field, Scan, Template


class DesignDocument(QObject):
    """Signals:
        field_changed(str): the field with this id changed in place.
        fields_changed(): fields were added, removed or renamed: rebuild the views.
        changed(): anything printed changed (the preview re-renders).
        scan_changed(): the blank's scan under the fields changed (never printed).
    """

    field_changed = Signal(str)
    fields_changed = Signal()
    changed = Signal()
    scan_changed = Signal()

    def __init__(self, template: Template, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._base = template
        self._fields = list(template.fields)
        self._scan = template.scan
        self._built: Template | None = template

    def template(self) -> Template:
        """The template as it is now (a new immutable value after each change)."""
        if self._built is None:
            self._built = replace(self._base, fields=tuple(self._fields), scan=self._scan)
        return self._built

    def reset(self, template: Template) -> None:
        """Design another template (after an import); the undo history is the caller's."""
        self._base = template
        self._fields = list(template.fields)
        self._scan = template.scan
        self._built = template
        self.fields_changed.emit()
        self.changed.emit()
        self.scan_changed.emit()

    def rename(self, name: str, title: str) -> None:
        self._base = replace(self._base, name=name, title=title)
        self._built = None

    def scan(self) -> Scan | None:
        return self._scan

    def set_scan(self, scan: Scan | None) -> None:
        if scan == self._scan:
            return
        self._scan = scan
        self._built = None
        self.scan_changed.emit()

    def fields(self) -> list[Field]:
        return list(self._fields)

    def field_ids(self) -> list[str]:
        return [spec.id for spec in self._fields]

    def field(self, field_id: str) -> Field:
        return self._fields[self.index_of(field_id)]

    def index_of(self, field_id: str) -> int:
        for index, spec in enumerate(self._fields):
            if spec.id == field_id:
                return index
        raise KeyError(field_id)

    def set_field(self, field_id: str, new: Field) -> None:
        index = self.index_of(field_id)
        if self._fields[index] == new:
            return
        self._fields[index] = new
        self._built = None
        if new.id != field_id:
            self.fields_changed.emit()
        else:
            self.field_changed.emit(field_id)
        self.changed.emit()

    def insert_field(self, index: int, new: Field) -> None:
        self._fields.insert(index, new)
        self._built = None
        self.fields_changed.emit()
        self.changed.emit()

    def remove_field(self, field_id: str) -> tuple[int, Field]:
        index = self.index_of(field_id)
        removed = self._fields.pop(index)
        self._built = None
        self.fields_changed.emit()
        self.changed.emit()
        return index, removed

    def free_id(self, stem: str = "field") -> str:
        taken = set(self.field_ids())
        number = 1
        while f"{stem}-{number}" in taken:
            number += 1
        return f"{stem}-{number}"
