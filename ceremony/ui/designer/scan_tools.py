"""Choosing, fading, shifting and turning the blank's scan: a toolbar row and its logic.

Every change of the scan is an undo command (it is saved with the template);
hiding it is only a way of looking, like the zoom, so it is not.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QWidget,
)

from ceremony.printing.template import Scan
from ceremony.ui.designer.commands import ChangeScanCommand
from ceremony.ui.designer.scan import SUFFIXES, load_scan_image

if TYPE_CHECKING:
    from ceremony.ui.designer.window import DesignerWindow

WARNING_STYLE = "color: #8a4b00; font-weight: bold; padding-left: 8px"


def _spin(low: float, high: float, step: float, suffix: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(2)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin


class ScanBar(QToolBar):
    """The scan's settings. Signals: edited(object, str): the scan as changed, a merge key."""

    edited = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designer-scan")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.scan: Scan | None = None
        self.opacity = QSpinBox()
        self.opacity.setRange(10, 100)
        self.opacity.setSingleStep(5)
        self.opacity.setSuffix(" %")
        self.opacity.setKeyboardTracking(False)
        self.offset_x = _spin(-50.0, 50.0, 0.1, " mm")
        self.offset_y = _spin(-50.0, 50.0, 0.1, " mm")
        self.rotation = _spin(-5.0, 5.0, 0.05, " °")
        self.title, self.warning = QLabel(), QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.labels = [QLabel() for _ in range(4)]
        self.addWidget(self.title)
        for label, spin in zip(self.labels, (self.opacity, self.offset_x, self.offset_y,
                                             self.rotation), strict=True):
            label.setBuddy(spin)
            self.addWidget(label)
            self.addWidget(spin)
        self.opacity.valueChanged.connect(self._fade)
        self.offset_x.valueChanged.connect(self._shift)
        self.offset_y.valueChanged.connect(self._shift)
        self.rotation.valueChanged.connect(self._turn)

    def add_actions_after(self, *actions: QAction) -> None:
        self.addSeparator()
        self.addActions(list(actions))
        # A widget on a toolbar is shown and hidden through its action.
        self.warning_action = self.addWidget(self.warning)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Blank scan:"))
        # The shifts have no Alt+letter: the designer has too few letters left (Tab
        # goes from Opacity to them).
        for label, text in zip(self.labels, (self.tr("&Opacity"), self.tr("Shift right"),
                                             self.tr("Shift down"), self.tr("T&urn")),
                               strict=True):
            label.setText(f" {text} ")
        self.opacity.setToolTip(self.tr("How strongly the scan shows: 100% fully, 10% faintly"))
        self.rotation.setToolTip(self.tr("Turn the scan clockwise, about the page's centre, "
                                         "until its lines are level"))

    def show_scan(self, scan: Scan | None) -> None:
        self.scan = scan
        if scan is None:
            return
        spins = (self.opacity, self.offset_x, self.offset_y, self.rotation)
        for spin in spins:
            spin.blockSignals(True)
        self.opacity.setValue(round(scan.opacity * 100))
        self.offset_x.setValue(scan.offset_mm[0])
        self.offset_y.setValue(scan.offset_mm[1])
        self.rotation.setValue(scan.rotation_deg)
        for spin in spins:
            spin.blockSignals(False)

    def _fade(self) -> None:
        if self.scan is not None:
            self.edited.emit(replace(self.scan, opacity=self.opacity.value() / 100),
                             "scan:opacity")

    def _shift(self) -> None:
        if self.scan is not None:
            offset = (round(self.offset_x.value(), 3), round(self.offset_y.value(), 3))
            self.edited.emit(replace(self.scan, offset_mm=offset), "scan:offset")

    def _turn(self) -> None:
        if self.scan is not None:
            self.edited.emit(replace(self.scan, rotation_deg=round(self.rotation.value(), 3)),
                             "scan:rotation")


class DesignerScan(QObject):
    """The scan under the fields: chosen, changed and removed through the undo stack."""

    def __init__(self, window: DesignerWindow) -> None:
        super().__init__(window)
        self.window = window
        self.item = window.scene.scan_item
        self.bar = ScanBar(window)
        self.problem = ""  # why the scan is not shown, or ""
        tools = window.tools
        self.bar.add_actions_after(tools.scan_hide, tools.scan_remove)
        tools.scan_choose.triggered.connect(lambda: self.choose())
        tools.scan_remove.triggered.connect(self.remove)
        tools.scan_hide.toggled.connect(lambda _: self.refresh())
        self.bar.edited.connect(self._edited)
        window.document.scan_changed.connect(self.refresh)

    # -- changes ---------------------------------------------------------------------
    def choose(self, path: str | Path | None = None) -> bool:
        """Put a scan (a file dialog asks when *path* is None) under the fields."""
        window = self.window
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window, self.tr("Choose a scan of the blank"), window.files.last_folder,
                self.tr("Scans of the blank (*.png *.jpg *.jpeg *.pdf)"))
            if not chosen:
                return False
            path = chosen
        file = Path(path).resolve()
        if file.suffix.lower() not in SUFFIXES or load_scan_image(
                file, window.scene.page_size).isNull():
            QMessageBox.warning(window, self.tr("Blank scan"), self.tr(
                "%1 cannot be read as a picture or a PDF.").replace("%1", file.name))
            return False
        window.files.last_folder = str(file.parent)
        old = window.document.scan()
        scan = Scan(name=file.name, path=file, opacity=old.opacity if old else 0.5)
        window.tools.scan_hide.setChecked(False)
        window.undo_stack.push(ChangeScanCommand(window.document, scan,
                                                 self.tr("Choose the blank's scan")))
        return True

    def remove(self) -> None:
        if self.window.document.scan() is not None:
            self.window.undo_stack.push(ChangeScanCommand(
                self.window.document, None, self.tr("Remove the blank's scan")))

    def _edited(self, scan: Scan, merge_key: str) -> None:
        texts = {"scan:opacity": self.tr("Scan opacity"), "scan:offset": self.tr("Shift the scan"),
                 "scan:rotation": self.tr("Turn the scan")}
        self.window.undo_stack.push(ChangeScanCommand(self.window.document, scan,
                                                      texts[merge_key], merge_key))

    # -- what is shown ---------------------------------------------------------------
    def refresh(self) -> None:
        window, scan = self.window, self.window.document.scan()
        hidden = window.tools.scan_hide.isChecked()
        shown = self.item.show_scan(scan, window.scene.page_size, hidden)
        self.problem = ""
        if scan is not None and not shown:
            self.problem = self.tr("The scan %1 is missing or unreadable: choose it again with "
                                   "Blank scan…").replace("%1", scan.name)
            window.statusBar().showMessage(self.problem, 15000)
        self.bar.warning.setText(self.problem)
        self.bar.warning_action.setVisible(bool(self.problem))
        self.bar.show_scan(scan)
        self.bar.setVisible(scan is not None)
        window.tools.scan_hide.setEnabled(scan is not None and shown)
        window.tools.scan_remove.setEnabled(scan is not None)
        window.scene.update()

    def retranslate(self) -> None:
        self.bar.retranslate()
        if self.problem:
            self.refresh()
