"""Printer profiles: per printer and tray, the offsets and scale read off the calibration sheet.

Offsets typed in the form count only once saved: leaving the form (closing, another
row, New) with unsaved changes asks Save / Discard / Cancel, and the confirming
calibration sheet is printed only from a saved profile, so what it shows is what the
certificates will do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QTimer
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.printer_profiles import (
    MAX_OFFSET_MM,
    MIN_OFFSET_MM,
    SCALE_MAX_EXCLUSIVE,
    SCALE_MIN_EXCLUSIVE,
    ProfileInfo,
    delete_profile,
    list_profiles,
    save_profile,
)
from ceremony.store.registry import Registry
from ceremony.ui.errors import show_error
from ceremony.ui.printing.calibration_box import CalibrationBox
from ceremony.ui.record_model import RecordTableModel

# save_profile accepts a scale only strictly between its limits: the box stops a step inside.
SCALE_DECIMALS = 4
SCALE_RANGE = (SCALE_MIN_EXCLUSIVE + 10 ** -SCALE_DECIMALS,
               SCALE_MAX_EXCLUSIVE - 10 ** -SCALE_DECIMALS)
Button = QMessageBox.StandardButton


def _title(text: object) -> Callable[[], str]:
    """A column title translated when shown (marked for lupdate by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("PrinterProfilesDialog", str(text))


def _spin(low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(0.1 if decimals < 3 else 0.001)
    spin.setSuffix(suffix)
    return spin


class PrinterProfilesDialog(QDialog):
    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.profiles: RecordTableModel[ProfileInfo] = RecordTableModel([
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "Name")), lambda p: p.name),
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "Printer")), lambda p: p.printer),
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "Tray")), lambda p: p.tray),
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "X (mm)")),
             lambda p: f"{p.offset_x_mm:+g}"),
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "Y (mm)")),
             lambda p: f"{p.offset_y_mm:+g}"),
            (_title(QT_TRANSLATE_NOOP("PrinterProfilesDialog", "Scale")), lambda p: f"{p.scale:g}"),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.profiles)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._reverting = False  # the selection is being put back: not a row change
        self.name = QLineEdit()
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.addItems(["", *QPrinterInfo.availablePrinterNames()])
        self.tray = QLineEdit()
        self.offset_x = _spin(MIN_OFFSET_MM, MAX_OFFSET_MM, 1, " mm")
        self.offset_y = _spin(MIN_OFFSET_MM, MAX_OFFSET_MM, 1, " mm")
        self.scale = _spin(*SCALE_RANGE, SCALE_DECIMALS, "")
        self.scale.setValue(1.0)
        self.form = QFormLayout()
        self._labels: list[QLabel] = []
        for widget in (self.name, self.printer, self.tray, self.offset_x, self.offset_y,
                       self.scale):
            label = QLabel()
            label.setBuddy(widget)
            self._labels.append(label)
            self.form.addRow(label, widget)
        self.new_button, self.save_button, self.delete_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.calibration = CalibrationBox(self.entry, confirm=self._saved_for_confirming)
        for spin in (self.offset_x, self.offset_y, self.scale):
            spin.valueChanged.connect(self._offsets_changed)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self._enter_saves()  # once the buttons are the dialog's
        self._shown = self.entry()  # the form as last shown or saved: the unsaved test
        self.retranslate()
        self.reload()
        self.resize(980, 560)

    def _enter_saves(self) -> None:
        """Enter in a box saves the offsets just typed. New would clear them and Delete
        remove a profile, so neither answers Enter, even after Tab passed over it."""
        self.save_button.setDefault(True)
        for button in (self.new_button, self.delete_button):
            button.setAutoDefault(False)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(buttons)
        right.addWidget(self.calibration)
        right.addStretch()
        right.addWidget(self.close_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printer profiles"))
        labels = (self.tr("&Name:"), self.tr("&Printer:"), self.tr("&Tray:"),
                  self.tr("Offset &X (right):"), self.tr("Offset &Y (down):"), self.tr("&Scale:"))
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        self.new_button.setText(self.tr("Ne&w"))  # Alt+N is the name's
        self.save_button.setText(self.tr("S&ave"))
        self.delete_button.setText(self.tr("&Delete"))
        self.close_button.setText(self.tr("&Close"))
        self.profiles.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, select: str | None = None) -> None:
        self.profiles.set_records(list_profiles(self.registry))
        names = [p.name for p in self.profiles.records()]
        if select in names:
            self.table.selectRow(names.index(select))

    def entry(self) -> ProfileInfo:
        return ProfileInfo(self.name.text(), self.printer.currentText(), self.tray.text(),
                           self.offset_x.value(), self.offset_y.value(), self.scale.value())

    def clear_form(self) -> None:
        """New: an empty form, once the changes in the form are settled."""
        if self.settle_edits():
            self._blank_form()

    def _blank_form(self) -> None:
        self._select_quietly(None)
        self.show_profile(ProfileInfo(""))
        self.name.setFocus()

    def show_profile(self, profile: ProfileInfo) -> None:
        self.name.setText(profile.name)
        self.printer.setCurrentText(profile.printer)
        self.tray.setText(profile.tray)
        self.offset_x.setValue(profile.offset_x_mm)
        self.offset_y.setValue(profile.offset_y_mm)
        self.scale.setValue(profile.scale)
        self._shown = self.entry()

    @property
    def unsaved(self) -> bool:
        return self.entry() != self._shown

    def save(self, *, select: str | None = None) -> bool:
        """Save the form; then select *select* (by default the saved profile)."""
        try:
            saved = save_profile(self.registry, self.entry())
        except Exception as error:  # refused (no name, out of range): shown, nothing saved
            show_error(self, error)
            return False
        self._shown = self.entry()  # saved: selecting its row again asks nothing
        self.reload(select=select or saved.name)
        return True

    def settle_edits(self) -> bool:
        """Whether the form may be left: unsaved changes are saved or discarded, or the
        clerk stays (Cancel, or a save the service refused)."""
        if not self.unsaved:
            return True
        answer = self._ask_unsaved(Button.Save | Button.Discard | Button.Cancel, self.tr(
            "Discard them to keep the profile as it was saved."))
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def delete(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        name = self.profiles.record_at(index.row()).name
        if not self._confirm_delete(name):
            return
        try:
            delete_profile(self.registry, name)
        except Exception as error:  # shown to the user; a bug is also logged
            show_error(self, error)
            return
        self.reload()
        self._blank_form()  # the deleted profile's edits go with it

    def _confirm_delete(self, name: str) -> bool:
        """Yes to deleting *name*; No by default: its offsets took a calibration to measure."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Printer profiles"),
                          self.tr("Delete the printer profile “%1”?").replace("%1", name),
                          Button.Yes | Button.No, self)
        box.setInformativeText(self.tr(
            "Its offsets and scale will be lost: they would have to be measured again "
            "with the calibration sheet."))
        box.setDefaultButton(Button.No)
        answer = box.exec()
        box.deleteLater()
        return answer == Button.Yes

    def done(self, result: int) -> None:
        if not self.settle_edits():
            return  # Cancel: the dialog stays open with the form as typed
        self.calibration.wait()  # a sheet being sent must not outlive the window
        super().done(result)

    def _offsets_changed(self) -> None:
        """Offsets entered: the next sheet printed is the confirming print, unless unticked."""
        identity = (self.offset_x.value(), self.offset_y.value(), self.scale.value()) == (
            0.0, 0.0, 1.0)
        self.calibration.with_offsets.setChecked(not identity)

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.show_profile(self.profiles.record_at(index.row()))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting or not current.isValid():
            return
        if not self.unsaved:
            self._show_selected()
            return
        # Asked once the click that moved the row is over: the view must not go on
        # selecting a row that the answer puts back.
        going = self.profiles.record_at(current.row()).name
        staying = self.profiles.record_at(previous.row()).name if previous.isValid() else None
        QTimer.singleShot(0, self, lambda: self._leave_row(going, staying))

    def _leave_row(self, going: str, staying: str | None) -> None:
        """The clerk chose another row with unsaved changes: save, discard, or stay."""
        answer = self._ask_unsaved(Button.Save | Button.Discard | Button.Cancel, self.tr(
            "Discard them to keep the profile as it was saved."))
        if answer == Button.Save and self.save(select=going):
            self._show_selected()
        elif answer == Button.Discard:
            self._shown = self.entry()
            self._select_quietly(going)
            self._show_selected()
        else:  # Cancel, or a save that was refused: back to the row being edited
            self._select_quietly(staying)

    def _select_quietly(self, name: str | None) -> None:
        """Select *name*'s row (none for None) without showing it in the form."""
        names = [p.name for p in self.profiles.records()]
        self._reverting = True
        try:
            if name in names:
                self.table.selectRow(names.index(name))
            else:
                self.table.selectionModel().clear()
        finally:
            self._reverting = False

    def _saved_for_confirming(self) -> bool:
        """Before the confirming sheet: it must show the profile as saved, so unsaved
        offsets are saved first (or nothing is printed)."""
        if not self.unsaved:
            return True
        answer = self._ask_unsaved(Button.Save | Button.Cancel, self.tr(
            "The confirming sheet must show what the certificates will do, so the profile "
            "is saved first."))
        return answer == Button.Save and self.save()

    def _ask_unsaved(self, buttons: QMessageBox.StandardButton, why: str) -> int:
        name = self.name.text().strip()
        text = (self.tr("The printer profile “%1” has changes that are not saved.").replace(
            "%1", name) if name else self.tr("The new printer profile is not saved."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Printer profiles"), text,
                          buttons, self)
        box.setInformativeText(why)
        box.setDefaultButton(Button.Save)
        return box.exec()
