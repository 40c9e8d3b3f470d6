"""Printer profiles: per printer and tray, the offsets and scale read off the calibration sheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.printer_profiles import (
    MAX_OFFSET_MM,
    ProfileInfo,
    delete_profile,
    list_profiles,
    save_profile,
)
from ceremony.store.registry import Registry
from ceremony.ui.errors import show_error
from ceremony.ui.printing.calibration_box import CalibrationBox
from ceremony.ui.record_model import RecordTableModel


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
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.name = QLineEdit()
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.addItems(["", *QPrinterInfo.availablePrinterNames()])
        self.tray = QLineEdit()
        self.offset_x = _spin(-MAX_OFFSET_MM, MAX_OFFSET_MM, 1, " mm")
        self.offset_y = _spin(-MAX_OFFSET_MM, MAX_OFFSET_MM, 1, " mm")
        self.scale = _spin(0.5, 1.5, 4, "")
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
        self.calibration = CalibrationBox(self.entry)
        for spin in (self.offset_x, self.offset_y, self.scale):
            spin.valueChanged.connect(self._offsets_changed)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self.retranslate()
        self.reload()
        self.resize(980, 560)

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
        self.new_button.setText(self.tr("&New"))
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
        self.table.clearSelection()
        self.show_profile(ProfileInfo(""))
        self.name.setFocus()

    def show_profile(self, profile: ProfileInfo) -> None:
        self.name.setText(profile.name)
        self.printer.setCurrentText(profile.printer)
        self.tray.setText(profile.tray)
        self.offset_x.setValue(profile.offset_x_mm)
        self.offset_y.setValue(profile.offset_y_mm)
        self.scale.setValue(profile.scale)

    def save(self) -> None:
        try:
            saved = save_profile(self.registry, self.entry())
        except Exception as error:  # refused (no name, out of range): shown, nothing saved
            show_error(self, error)
            return
        self.reload(select=saved.name)

    def delete(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            delete_profile(self.registry, self.profiles.record_at(index.row()).name)
        except Exception as error:  # shown to the user; a bug is also logged
            show_error(self, error)
            return
        self.reload()
        self.clear_form()

    def done(self, result: int) -> None:
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
