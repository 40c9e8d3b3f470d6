"""The "on stage now" display for the projector: award, presenter, this round's names.

The operator advances it from the keyboard (Space, Right or Page Down; back with
Left or Page Up — what a presentation clicker sends). Every step is stored
through the services, with the round logged as presented, so an app closed
mid-ceremony reopens on the same round. The plan is read again at each step:
a late check-in (a proxy, an absentee) shows on the next round.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ceremony.ui.errors import show_error
from ceremony.ui.programme.gateway import PlanGateway
from ceremony.ui.programme.people import stage_line
from ceremony.ui.programme.tables import presenters_text

if TYPE_CHECKING:
    from ceremony.services.programme_records import BlockView, PlanView, RoundView
    from ceremony.store.registry import Registry

Step = tuple[int, int]  # (block id, round number)
NEXT_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
# High contrast for a washed-out projector: white on black, the award in warm yellow.
STYLE = ("QWidget#projector { background: black; }"
         "QLabel { color: white; background: black; }"
         "QLabel#award { color: #ffd54f; font-weight: bold; }"
         "QLabel#hint { color: #9e9e9e; }")


def plan_steps(plan: PlanView) -> list[Step]:
    return [(block.id, stage_round.number) for block in plan.blocks
            for stage_round in block.rounds]


class ProjectorWindow(QWidget):
    def __init__(self, gateway: PlanGateway, ceremony_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.gateway = gateway
        self.ceremony_id = ceremony_id
        self.plan = gateway.plan(ceremony_id)
        self.award, self.presenter, self.round_label, self.names, self.hint = (
            QLabel(), QLabel(), QLabel(), QLabel(), QLabel())
        self.award.setObjectName("award")
        self.hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.setSpacing(14)
        for label in (self.award, self.presenter, self.round_label, self.names, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            layout.addWidget(label, 1 if label is self.names else 0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.position = self._resumed()
        self.resize(1024, 640)
        self._show()

    def _resumed(self) -> int:
        """Where the stored on-stage position is in today's plan (-1: not started)."""
        now = self.gateway.on_stage(self.ceremony_id)
        steps = plan_steps(self.plan)
        if now.block_id is None:
            return -1
        if (now.block_id, now.round_number) in steps:
            return steps.index((now.block_id, now.round_number))
        # The plan changed since: the block's first round, if the block is still there.
        return next((n for n, step in enumerate(steps) if step[0] == now.block_id), -1)

    def current(self) -> Step | None:
        steps = plan_steps(self.plan)
        return steps[self.position] if 0 <= self.position < len(steps) else None

    def advance(self) -> None:
        self._go(self.position + 1, mark=True)

    def back(self) -> None:
        self._go(self.position - 1, mark=False)

    def _go(self, position: int, mark: bool) -> None:
        self.plan = self.gateway.plan(self.ceremony_id)
        steps = plan_steps(self.plan)
        if not -1 <= position < len(steps) or position == self.position:
            return
        block_id, number = steps[position] if position >= 0 else (None, 1)
        try:
            self.gateway.go_on_stage(self.ceremony_id, block_id, number, mark)
        except Exception as error:  # shown in the user's language; a bug is logged
            show_error(self, error)
            return
        self.position = position
        self._show()

    # -- drawing --------------------------------------------------------------
    def _show(self) -> None:
        step = self.current()
        self.setWindowTitle(self.tr("On stage now — %1").replace("%1", self.plan.ceremony.title))
        self.hint.setText(self.tr("Space / → next · ← back · F11 full screen · Esc leave it"))
        if step is None:
            self.award.setText(self.plan.ceremony.title)
            self.presenter.setText("")
            self.round_label.setText("")
            self.names.setText(self.tr("The presentations will begin shortly")
                               if plan_steps(self.plan) else self.tr("Nothing planned yet"))
            return
        block = self.plan.block(step[0])
        stage_round = next(r for r in block.rounds if r.number == step[1])
        self.award.setText(block.award)
        self.presenter.setText(self._presented_by(block))
        self.round_label.setText(self.tr("Round %1 of %2").replace("%1", str(step[1]))
                                 .replace("%2", str(len(block.rounds))))
        self.names.setText("\n".join(self.names_of(stage_round)))

    def _presented_by(self, block: BlockView) -> str:
        names = presenters_text(block)
        return self.tr("Presented by %1").replace("%1", names) if names else ""

    @staticmethod
    def names_of(stage_round: RoundView) -> list[str]:
        return [stage_line(person) for person in stage_round.people if person.walks]

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Text grows with the window, so full screen on any projector reads from the back row.
        unit = max(10, event.size().height() // 28)
        for label, factor in ((self.award, 1.5), (self.presenter, 1.0),
                              (self.round_label, 1.0), (self.names, 1.3), (self.hint, 0.5)):
            font = label.font()
            font.setPixelSize(max(9, int(unit * factor)))
            label.setFont(font)
        super().resizeEvent(event)

    # -- keys -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.advance()
        elif key in BACK_KEYS:
            self.back()
        elif key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)


def open_projector(parent: QWidget | None, registry: Registry,
                   ceremony_id: int) -> ProjectorWindow:
    """Open the display, on the second screen when there is one (the projector)."""
    window = ProjectorWindow(PlanGateway(registry), ceremony_id, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        window.move(screens[1].availableGeometry().topLeft())
    window.show()
    window.activateWindow()
    return window
