"""A presentation block's settings: who presents it, how many per round, its time slot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ceremony.ui.programme.tables import block_title

if TYPE_CHECKING:
    from ceremony.services.programme_records import BlockView, PresenterInfo

MAX_ROUND_SIZE = 100  # the services refuse more: nobody lines up a hundred on one stage


@dataclass(frozen=True)
class BlockChoice:
    round_size: int
    slot_minutes: int | None
    presenter_ids: tuple[int, ...]
    # A presenter typed in the dialog, to add to the ceremony first (name, rank, title).
    new_presenter: tuple[str, str, str] | None


class BlockDialog(QDialog):
    def __init__(self, block: BlockView, presenters: tuple[PresenterInfo, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presentation block"))
        heading = QLabel(block_title(block))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        self.presenters = QListWidget()
        chosen = [p.id for p in block.presenters]
        # The block's presenters first, in the order the MC names them.
        ordered = sorted(presenters, key=lambda p: (p.id not in chosen,
                                                    chosen.index(p.id) if p.id in chosen else 0))
        for presenter in ordered:
            item = QListWidgetItem(presenter.called, self.presenters)
            item.setData(Qt.ItemDataRole.UserRole, presenter.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if presenter.id in chosen
                               else Qt.CheckState.Unchecked)
        self.new_name, self.new_rank, self.new_title = QLineEdit(), QLineEdit(), QLineEdit()
        self.round_size = QSpinBox()
        self.round_size.setRange(1, MAX_ROUND_SIZE)
        self.round_size.setValue(block.round_size)
        self.slot = QSpinBox()
        self.slot.setRange(0, 600)
        self.slot.setSpecialValueText(self.tr("not set"))
        self.slot.setSuffix(self.tr(" min"))
        self.slot.setValue(block.slot_minutes or 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(heading)

    def _lay_out(self, heading: QLabel) -> None:
        new = QGroupBox(self.tr("Add a presenter"))
        new_form = QFormLayout(new)
        new_form.addRow(self.tr("&Name:"), self.new_name)
        new_form.addRow(self.tr("&Rank:"), self.new_rank)
        new_form.addRow(self.tr("&Title:"), self.new_title)
        form = QFormLayout()
        form.addRow(self.tr("People per &round:"), self.round_size)
        form.addRow(self.tr("Planned &slot:"), self.slot)
        listed = QLabel(self.tr("&Presented by (ticked):"))
        listed.setBuddy(self.presenters)
        layout = QVBoxLayout(self)
        for widget in (heading, listed, self.presenters, new):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 460)

    def choice(self) -> BlockChoice:
        ticked = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.presenters.count())
            if (item := self.presenters.item(row)).checkState() == Qt.CheckState.Checked)
        name = self.new_name.text().strip()
        new = (name, self.new_rank.text().strip(), self.new_title.text().strip())
        return BlockChoice(self.round_size.value(), self.slot.value() or None, ticked,
                           new if name else None)
