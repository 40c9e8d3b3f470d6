"""The properties of the selected field, kept in step with the canvas both ways.

Each control's change becomes a new Field handed to `edited` (the window turns
it into an undo command); `show_field` puts a field's values back into the
controls without echoing them as edits.

The panel never shows what the template does not hold: a value the schema
would refuse (an empty fixed text, words around a value without {value}) is
marked in red with a note saying why, and put back when the user leaves the
box; X, Y, width and height stay within the sheet and the schema's limits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ceremony.printing.template import (
    SCHEMA_FILE,
    Field,
    font_names,
    templates_dir,
    variable_names,
)
from ceremony.ui.designer.labels import ALIGNMENTS, FONTS, VARIABLES, VERTICAL, label

ID_PATTERN = r"[a-z0-9_-]{1,40}"
WHEN_PATTERN = r"(!?[a-z_]+|[a-z_]+!?=[A-Za-z0-9_-]+)?"
COLOUR_PATTERN = r"#[0-9A-Fa-f]{6}"
MM_DECIMALS = 3  # the designer rounds every length to a thousandth of a millimetre
INVALID_STYLE = "border: 1px solid #b00020"
LARGEST_PAGE = (1200.0, 1200.0)  # the schema's largest sheet, until the window says


@cache
def size_limits() -> tuple[float, float]:
    """The narrowest and widest field the schema allows, at the boxes' precision."""
    schema = json.loads((templates_dir() / SCHEMA_FILE).read_text(encoding="utf-8"))
    width = schema["$defs"]["field"]["properties"]["w"]
    if "minimum" in width:
        low = float(width["minimum"])
    else:  # "more than": the first step above it the boxes can show
        low = float(width.get("exclusiveMinimum", 0)) + 10 ** -MM_DECIMALS
    return round(low, MM_DECIMALS), float(width["maximum"])


class MillimetreBox(QDoubleSpinBox):
    """A length to a thousandth of a millimetre, shown without trailing zeros
    ("12.5 mm", "0.01 mm"), so a field's real size is shown, never rounded up to 1."""

    def textFromValue(self, value: float) -> str:
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


def _spin(low: float, high: float, step: float, suffix: str,
          millimetres: bool = False) -> QDoubleSpinBox:
    box = MillimetreBox() if millimetres else QDoubleSpinBox()
    box.setDecimals(MM_DECIMALS if millimetres else 1)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setKeyboardTracking(False)  # one change per typed number, not per digit
    return box


def _validated(pattern: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern)))
    return edit


class PropertiesPanel(QWidget):
    """Signals:
        edited(object, str): the selected field as changed (a Field), and a merge key.
    """

    edited = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field: Field | None = None
        self.count = 0  # how many fields are selected; the panel edits one at a time
        self.taken_ids: Callable[[], list[str]] = list
        self.page_size = LARGEST_PAGE  # the sheet's width and height in mm
        # The variable each field showed before it became fixed text, to go back to.
        self._variables: dict[str, str] = {}
        self._loading = False
        self._build_controls()
        self._build_layout()
        self._connect()
        self.retranslate()
        self.show_field(None)

    # -- building ---------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.field_id = _validated(ID_PATTERN)
        self.kind = QComboBox()
        self.kind.addItems(["", ""])
        self.variable = QComboBox()
        for name in variable_names():
            self.variable.addItem(name, name)
        self.text = QLineEdit()
        self.text.setMaxLength(500)
        self.around = QLineEdit()
        self.around.setMaxLength(200)
        low, high = size_limits()
        self.x_mm = _spin(0, LARGEST_PAGE[0], 0.5, " mm", millimetres=True)
        self.y_mm = _spin(0, LARGEST_PAGE[1], 0.5, " mm", millimetres=True)
        self.w_mm = _spin(low, high, 0.5, " mm", millimetres=True)
        self.h_mm = _spin(low, high, 0.5, " mm", millimetres=True)
        self.face = QComboBox()
        for name in font_names():
            self.face.addItem(name, name)
        self.size_pt, self.min_size_pt = _spin(4, 200, 0.5, " pt"), _spin(4, 200, 0.5, " pt")
        self.align, self.valign = QComboBox(), QComboBox()
        for key in ALIGNMENTS:
            self.align.addItem(key, key)
        for key in VERTICAL:
            self.valign.addItem(key, key)
        self.colour = _validated(COLOUR_PATTERN)
        self.colour_button = QPushButton()
        self.capitals, self.underline = QCheckBox(), QCheckBox()
        self.wrap, self.shrink, self.preprinted = QCheckBox(), QCheckBox(), QCheckBox()
        self.max_lines = QSpinBox()
        self.max_lines.setRange(1, 20)
        self.when = _validated(WHEN_PATTERN)
        self.problem = QLabel()  # why the text or the words around were not kept
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()

    def _build_layout(self) -> None:
        self.content_box, self.place_box = QGroupBox(), QGroupBox()
        self.look_box, self.print_box = QGroupBox(), QGroupBox()
        self.labels: dict[str, QLabel] = {}
        content = self._form(self.content_box, [
            ("id", self.field_id), ("kind", self.kind), ("variable", self.variable),
            ("around", self.around), ("text", self.text)])
        content.setRowVisible(4, False)
        content.addRow(self.problem)
        place = QGridLayout(self.place_box)
        cells = ((("x", self.x_mm), ("y", self.y_mm)), (("w", self.w_mm), ("h", self.h_mm)))
        for row, pairs in enumerate(cells):
            for pair, (key, spin) in enumerate(pairs):
                place.addWidget(self._label(key, spin), row, 2 * pair)
                place.addWidget(spin, row, 2 * pair + 1)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.colour, 1)
        sizes = QHBoxLayout()
        sizes.addWidget(self.size_pt, 1)
        sizes.addWidget(self._label("min_size", self.min_size_pt))
        sizes.addWidget(self.min_size_pt, 1)
        aligns = QHBoxLayout()
        aligns.addWidget(self.align, 1)
        aligns.addWidget(self.valign, 1)
        look = self._form(self.look_box, [("font", self.face), ("size", sizes),
                                          ("align", aligns), ("colour", colour_row)],
                          buddies={"size": self.size_pt, "align": self.align,
                                   "colour": self.colour})
        checks = QGridLayout()
        checks.addWidget(self.capitals, 0, 0)
        checks.addWidget(self.underline, 0, 1)
        checks.addWidget(self.shrink, 1, 0)
        lines = QHBoxLayout()
        lines.addWidget(self.wrap)
        lines.addWidget(self.max_lines)
        lines.addStretch()
        checks.addLayout(lines, 1, 1)
        look.addRow(checks)
        printing = self._form(self.print_box, [("when", self.when)])
        printing.addRow(self.preprinted)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        stack = QVBoxLayout(self)
        stack.setContentsMargins(0, 0, 0, 0)
        for widget in (self.empty, self.content_box, self.place_box, self.look_box,
                       self.print_box):
            stack.addWidget(widget)
        stack.addStretch()
        self._content_form = content

    def _label(self, key: str, buddy: QWidget | None) -> QLabel:
        widget = QLabel()
        if buddy is not None:
            widget.setBuddy(buddy)
        self.labels[key] = widget
        return widget

    def _form(self, box: QGroupBox, rows: list[tuple[str, Any]],
              buddies: dict[str, QWidget] | None = None) -> QFormLayout:
        """A form of (label key, control) rows; a row holding a layout names its buddy."""
        form = QFormLayout(box)
        for key, control in rows:
            buddy = control if isinstance(control, QWidget) else (buddies or {}).get(key)
            form.addRow(self._label(key, buddy), control)
        return form

    def retranslate(self) -> None:
        # Each Alt+letter is used once in the whole designer window, menus included
        # (tests/ui/test_designer_keys.py checks it). Twenty-four letters for more
        # controls: "min." and the scan's shifts go without; the variable and the
        # fixed text are never shown together, so they share R.
        names = {
            "id": self.tr("&Id:"), "kind": self.tr("&Shows:"),
            "variable": self.tr("Va&riable:"), "around": self.tr("Words &around it:"),
            "text": self.tr("Wo&rding:"), "x": self.tr("&X:"), "y": self.tr("&Y:"),
            "w": self.tr("&Width:"), "h": self.tr("Hei&ght:"), "font": self.tr("&Font:"),
            "size": self.tr("Si&ze:"), "min_size": self.tr("min."),
            "align": self.tr("Align&ment:"), "colour": self.tr("Co&lour:"),
            "when": self.tr("Pri&nt when:"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        self.content_box.setTitle(self.tr("Content"))
        self.place_box.setTitle(self.tr("Position and size (from the sheet's top-left)"))
        self.look_box.setTitle(self.tr("Text"))
        self.print_box.setTitle(self.tr("Printing"))
        self.kind.setItemText(0, self.tr("A variable (from the registry)"))
        self.kind.setItemText(1, self.tr("Fixed text"))
        for combo, table in ((self.variable, VARIABLES), (self.face, FONTS),
                             (self.align, ALIGNMENTS), (self.valign, VERTICAL)):
            for index in range(combo.count()):
                combo.setItemText(index, label(table, combo.itemData(index)))
        self.around.setPlaceholderText("{value}")
        self.around.setToolTip(self.tr("Text printed around the value; {value} is replaced, "
                                       "e.g. “Số: {value}”."))
        self.when.setPlaceholderText(self.tr("always"))
        self.when.setToolTip(self.tr("Print only when a variable has a value (citation), "
                                     "has none (!citation) or equals a value "
                                     "(kind=collective). Empty: always."))
        self.colour_button.setText(self.tr("Choose…"))
        self.capitals.setText(self.tr("&CAPITALS"))
        self.underline.setText(self.tr("Un&derline"))
        self.wrap.setText(self.tr("Wra&p, up to lines:"))
        self.shrink.setText(self.tr("Shrin&k to fit"))
        self.preprinted.setText(self.tr("Already on the &blank (pre-printed): printed only "
                                        "in the full design"))
        self._show_note()

    def _show_note(self) -> None:
        if self.count > 1:
            self.empty.setText(self.tr(
                "%1 fields selected. Drag them or use the arrow keys to move them together; "
                "select a single field to edit its properties.").replace("%1", str(self.count)))
        else:
            self.empty.setText(self.tr("Select a field on the sheet, or add one, to see its "
                                       "properties here."))

    # -- showing a field --------------------------------------------------------------
    def show_fields(self, fields: list[Field]) -> None:
        """One field: its properties to edit; several: only how many, nothing to edit."""
        if len(fields) > 1 and self.field is None and self.count == len(fields):
            return  # already says so
        self.show_field(fields[0] if len(fields) == 1 else None, len(fields))

    def show_field(self, field: Field | None, count: int | None = None) -> None:
        self.field = field
        self.count = (1 if field is not None else 0) if count is None else count
        self._show_note()
        for box in (self.content_box, self.place_box, self.look_box, self.print_box):
            box.setVisible(field is not None)
        self.empty.setVisible(field is None)
        if field is None:
            return
        self._loading = True
        try:
            self._load(field)
        finally:
            self._loading = False

    def _load(self, field: Field) -> None:
        self._clear_problem()  # the boxes are about to show the template's values again
        self._fit_ranges(field)
        _set_text(self.field_id, field.id)
        fixed = field.text is not None
        self.kind.setCurrentIndex(1 if fixed else 0)
        self._content_form.setRowVisible(2, not fixed)
        self._content_form.setRowVisible(3, not fixed)
        self._content_form.setRowVisible(4, fixed)
        self.variable.setCurrentIndex(max(0, self.variable.findData(field.variable)))
        _set_text(self.text, field.text or "")
        _set_text(self.around, "" if field.template == "{value}" else field.template)
        for spin, value in ((self.x_mm, field.x), (self.y_mm, field.y), (self.w_mm, field.w),
                            (self.h_mm, field.h), (self.size_pt, field.size),
                            (self.min_size_pt, field.min_size)):
            spin.setValue(value)
        self.face.setCurrentIndex(max(0, self.face.findData(field.font)))
        self.align.setCurrentIndex(max(0, self.align.findData(field.align)))
        self.valign.setCurrentIndex(max(0, self.valign.findData(field.valign)))
        _set_text(self.colour, field.colour.upper())
        self.colour_button.setIcon(_swatch(field.colour))
        self.capitals.setChecked(field.capitals)
        self.underline.setChecked(field.underline)
        self.wrap.setChecked(field.wrap)
        self.max_lines.setValue(field.max_lines)
        self.max_lines.setEnabled(field.wrap)
        self.shrink.setChecked(field.shrink)
        self.preprinted.setChecked(field.preprinted)
        _set_text(self.when, field.when or "")

    def _fit_ranges(self, field: Field) -> None:
        """X and Y keep the field on the sheet, width and height within the sheet and the
        schema; a value a file already holds past those stays shown as it is."""
        width, height = self.page_size
        low, high = size_limits()
        self.x_mm.setRange(min(field.x, 0.0), max(width - field.w, field.x, 0.0))
        self.y_mm.setRange(min(field.y, 0.0), max(height - field.h, field.y, 0.0))
        self.w_mm.setRange(min(low, field.w), max(min(high, width - field.x), field.w, low))
        self.h_mm.setRange(min(low, field.h), max(min(high, height - field.y), field.h, low))

    # -- turning edits into fields ------------------------------------------------------
    def _connect(self) -> None:
        spins = {"x": self.x_mm, "y": self.y_mm, "w": self.w_mm, "h": self.h_mm,
                 "size": self.size_pt, "min_size": self.min_size_pt}
        for name, spin in spins.items():
            spin.valueChanged.connect(lambda value, n=name: self._change(n, round(value, 3)))
        combos = {"font": self.face, "align": self.align, "valign": self.valign}
        for name, combo in combos.items():
            combo.activated.connect(
                lambda _index, n=name, c=combo: self._change(n, c.currentData()))
        checks = {"capitals": self.capitals, "underline": self.underline, "wrap": self.wrap,
                  "shrink": self.shrink, "preprinted": self.preprinted}
        for name, check in checks.items():
            check.toggled.connect(lambda on, n=name: self._change(n, on))
        self.max_lines.valueChanged.connect(lambda value: self._change("max_lines", value))
        self.kind.activated.connect(self._kind_chosen)
        self.variable.activated.connect(
            lambda _index: self._change("variable", self.variable.currentData()))
        self.text.textEdited.connect(self._text_edited)
        self.text.editingFinished.connect(self._put_back)
        self.around.textEdited.connect(self._around_edited)
        self.around.editingFinished.connect(self._put_back)
        self.colour.textEdited.connect(self._colour_edited)
        self.colour_button.clicked.connect(self.choose_colour)
        self.when.editingFinished.connect(self._when_edited)
        self.field_id.editingFinished.connect(self._id_edited)

    def _change(self, name: str, value: Any, merge: bool = True) -> None:
        if self._loading or self.field is None or getattr(self.field, name) == value:
            return
        after = replace(self.field, **{name: value})
        if name == "size" and after.min_size > after.size:
            after = replace(after, min_size=after.size)
        if name == "min_size" and after.min_size > after.size:
            after = replace(after, min_size=after.size)
        self.edited.emit(after, f"{self.field.id}:{name}" if merge else "")

    def _kind_chosen(self, index: int) -> None:
        field = self.field
        if field is None:
            return
        if index == 1 and field.text is None:
            if field.variable is not None:  # to go back to, should the user change their mind
                self._variables[field.id] = field.variable
            text = label(VARIABLES, field.variable) or self.tr("Text")
            self._emit(replace(field, text=text, variable=None))
        elif index == 0 and field.text is not None:
            variable = field.variable or self._variables.get(field.id, "name")
            self._emit(replace(field, text=None, variable=variable))

    def _emit(self, after: Field) -> None:
        if self.field is not None and not self._loading and after != self.field:
            self.edited.emit(after, "")

    def _text_edited(self, text: str) -> None:
        if not text.strip():  # the schema refuses an empty fixed text: say so, keep the old
            self._show_problem(self.text, self.tr(
                "A fixed text cannot be empty: the field keeps its text until you type one."))
            return
        self._clear_problem()
        self._change("text", text)

    def _around_edited(self, text: str) -> None:
        if text.strip() and "{value}" not in text:
            self._show_problem(self.around, self.tr(
                "The words around it must contain {value}, where the value is printed (e.g. "
                "“Số: {value}”): the field keeps its words until they do."))
            return
        self._clear_problem()
        self._change("template", text if text.strip() else "{value}")

    def _show_problem(self, edit: QLineEdit, text: str) -> None:
        """Mark *edit* as not kept, saying why under the content."""
        self._clear_problem()
        edit.setStyleSheet(INVALID_STYLE)
        self.problem.setText(text)
        self.problem.show()

    def _clear_problem(self) -> None:
        if not self.problem.text():
            return  # nothing marked (the usual case, on every reload while dragging)
        for edit in (self.text, self.around):
            edit.setStyleSheet("")
        self.problem.clear()
        self.problem.hide()

    def _put_back(self) -> None:
        """Leaving a box the template did not take: it shows the template's value again."""
        if self.field is not None and self.problem.text():
            self.show_field(self.field, self.count)

    def _colour_edited(self, text: str) -> None:
        if re.fullmatch(COLOUR_PATTERN, text):
            self._change("colour", text.upper())

    def choose_colour(self) -> None:
        if self.field is None:
            return
        chosen = QColorDialog.getColor(QColor(self.field.colour), self, self.tr("Text colour"))
        if chosen.isValid():
            self._change("colour", chosen.name().upper(), merge=False)

    def _when_edited(self) -> None:
        text = self.when.text().strip()
        self._change("when", text or None, merge=False)

    def _id_edited(self) -> None:
        new = self.field_id.text()
        if self.field is None or new == self.field.id:
            return
        if not re.fullmatch(ID_PATTERN, new) or new in self.taken_ids():
            _set_text(self.field_id, self.field.id)  # refused: an id names one field only
            return
        if self.field.id in self._variables:  # its remembered variable follows the new id
            self._variables[new] = self._variables.pop(self.field.id)
        self._change("id", new, merge=False)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:  # keeps the cursor where the user is typing
        edit.setText(text)


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
