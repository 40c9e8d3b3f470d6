"""The Programme page's buttons, keyboard moves and layout, kept apart from its logic.

Moves have shortcuts on the tree (Ctrl+Up/Down a place, Ctrl+Shift+Up/Down a
round), so the stage can be rearranged without a mouse; drag and drop does
the same with one.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ceremony.services.programme_records import PlanView
    from ceremony.ui.programme.page import ProgrammePage


def _titled(label: QLabel, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label.setBuddy(widget)
    label.setStyleSheet("font-weight: bold")
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class PageLayout:
    def __init__(self, page: ProgrammePage) -> None:
        self.page = page
        self.ceremony_label = QLabel()
        self.ceremony_label.setBuddy(page.ceremony_box)
        self.replan, self.late, self.block, self.papers, self.projector = (
            QPushButton() for _ in range(5))
        self.replan.clicked.connect(page.replan)
        self.late.clicked.connect(page.place_late)
        self.block.clicked.connect(page.edit_block)
        self.papers.clicked.connect(lambda: page.write_papers())
        self.projector.clicked.connect(page.open_projector)
        self.status = QLabel()
        self.items_label, self.blocks_label, self.tree_label = QLabel(), QLabel(), QLabel()
        self.moves = [self._move_action(shortcut, places, rounds) for shortcut, places, rounds in
                      (("Ctrl+Up", -1, 0), ("Ctrl+Down", 1, 0),
                       ("Ctrl+Shift+Up", 0, -1), ("Ctrl+Shift+Down", 0, 1))]
        self._build()

    def _move_action(self, shortcut: str, places: int, rounds: int) -> QAction:
        action = QAction(self.page.tree)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: self.page.step(places, rounds))
        self.page.tree.addAction(action)
        return action

    def _build(self) -> None:
        page = self.page
        top = QHBoxLayout()
        top.addWidget(self.ceremony_label)
        top.addWidget(page.ceremony_box, 1)
        for button in (self.replan, self.late, self.block, self.papers, self.projector):
            top.addWidget(button)
        left = QSplitter(Qt.Orientation.Vertical)
        programme = _titled(self.items_label, page.items_table)
        programme_layout = programme.layout()
        assert programme_layout is not None
        programme_layout.addWidget(page.segments.bar)
        left.addWidget(programme)
        left.addWidget(_titled(self.blocks_label, page.blocks_table))
        move_row = QHBoxLayout()
        for action in self.moves:
            tool = QToolButton()
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            move_row.addWidget(tool)
        move_row.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(_titled(self.tree_label, page.tree), 1)
        right_layout.addLayout(move_row)
        right_layout.addWidget(page.check_in)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(top)
        outer.addWidget(page.notice)
        outer.addWidget(body, 1)
        outer.addWidget(self.status)
        # Reading order: ceremony, buttons, the programme, the blocks, the rounds, check-in.
        chain = [page.ceremony_box, self.replan, self.late, self.block, self.papers,
                 self.projector, page.items_table, page.blocks_table, page.tree,
                 page.check_in.attendance, page.check_in.receiver_name,
                 page.check_in.receiver_title, page.check_in.apply_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        # Explicit contexts, not page.tr through an alias, so lupdate files them rightly.
        self.ceremony_label.setText(QCoreApplication.translate("ProgrammePage", "C&eremony:"))
        self.replan.setText(QCoreApplication.translate("ProgrammePage", "&Plan rounds"))
        self.replan.setToolTip(QCoreApplication.translate(
            "ProgrammePage", "Cut every block into rounds again (undoable)"))
        self.late.setText(QCoreApplication.translate("ProgrammePage",
                                                     "Put &late awards on stage"))
        self.block.setText(QCoreApplication.translate("ProgrammePage", "Block &settings…"))
        self.block.setToolTip(QCoreApplication.translate(
            "ProgrammePage", "Presenters, people per round and time slot of the block"))
        self.papers.setText(QCoreApplication.translate("ProgrammePage", "&Write papers…"))
        self.papers.setToolTip(QCoreApplication.translate(
            "ProgrammePage", "Running order, MC script and name cards as PDF"))
        self.projector.setText(QCoreApplication.translate("ProgrammePage", "On stage &now…"))
        self.items_label.setText(QCoreApplication.translate("ProgrammePage", "Pro&gramme"))
        self.blocks_label.setText(QCoreApplication.translate("ProgrammePage",
                                                             "Presentation &blocks"))
        self.tree_label.setText(QCoreApplication.translate("ProgrammePage",
                                                           "Stage &rounds (drag to move)"))
        texts = (QCoreApplication.translate("ProgrammePage", "Move up"),
                 QCoreApplication.translate("ProgrammePage", "Move down"),
                 QCoreApplication.translate("ProgrammePage", "To previous round"),
                 QCoreApplication.translate("ProgrammePage", "To next round"))
        for action, text in zip(self.moves, texts, strict=True):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")

    def enable(self, plan: PlanView | None, writable: bool) -> None:
        has_plan = plan is not None and plan.planned
        self.replan.setEnabled(writable and plan is not None)
        self.late.setVisible(plan is not None and plan.planned and bool(plan.unplanned))
        self.late.setEnabled(writable)
        self.block.setEnabled(writable and has_plan)
        for action in self.moves:
            action.setEnabled(writable and has_plan)
        self.page.check_in.setEnabled(writable and self.page.selected_award_id() is not None)
        self.papers.setEnabled(has_plan)
        self.projector.setEnabled(has_plan)
