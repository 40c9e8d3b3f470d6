"""The stage rounds as a tree (block → round → honoree), with drag and drop.

The model never writes: a drop emits move_requested(award, round, place) and
the page turns it into an undoable plan edit, then reloads the plan. Moves stay
inside a block (a block presents one award; another block is another award).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from ceremony.ui.models import AnyIndex
from ceremony.ui.programme.people import attendance_text, person_name
from ceremony.ui.programme.tables import block_title

if TYPE_CHECKING:
    from ceremony.services.programme_records import BlockView, PlanView, StagePerson

MIME_TYPE = "application/x-ceremony-award"
AWARD_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("ProgrammePage", "Block, round, honoree"),
           QT_TRANSLATE_NOOP("ProgrammePage", "Place"),
           QT_TRANSLATE_NOOP("ProgrammePage", "Check-in"),
           QT_TRANSLATE_NOOP("ProgrammePage", "Position and unit"))
Node = tuple[int, ...]  # (block,), (block, round) or (block, round, person): row numbers


class RoundsModel(QAbstractItemModel):
    move_requested = Signal(int, int, int)  # award id, round number, place (both from 1)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocks: tuple[BlockView, ...] = ()
        # Qt's internal id names a node; ids are handed out once per plan and kept here.
        self._ids: dict[Node, int] = {}
        self._nodes: list[Node] = []

    def set_plan(self, plan: PlanView | None) -> None:
        self.beginResetModel()
        self._blocks = plan.blocks if plan else ()
        self._nodes = [(b,) for b in range(len(self._blocks))]
        self._nodes += [(b, r) for b, block in enumerate(self._blocks)
                        for r in range(len(block.rounds))]
        self._nodes += [(b, r, p) for b, block in enumerate(self._blocks)
                        for r, stage_round in enumerate(block.rounds)
                        for p in range(len(stage_round.people))]
        self._ids = {node: number for number, node in enumerate(self._nodes)}
        self.endResetModel()

    def index_of_award(self, award_id: int) -> QModelIndex:
        for b, block in enumerate(self._blocks):
            for r, stage_round in enumerate(block.rounds):
                for p, person in enumerate(stage_round.people):
                    if person.award_id == award_id:
                        return self.createIndex(p, 0, self._ids[(b, r, p)])
        return QModelIndex()

    def block_at(self, index: AnyIndex) -> BlockView | None:
        node = self._node(index)
        return self._blocks[node[0]] if node else None

    def person_at(self, index: AnyIndex) -> StagePerson | None:
        node = self._node(index)
        if node is None or len(node) != 3:
            return None
        return self._blocks[node[0]].rounds[node[1]].people[node[2]]

    def _node(self, index: AnyIndex) -> Node | None:
        if not index.isValid() or not 0 <= index.internalId() < len(self._nodes):
            return None
        return self._nodes[index.internalId()]

    # -- structure ------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        child = (row,) if node is None else (*node, row)
        return self.createIndex(row, column, self._ids[child])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or len(node) == 1:
            return QModelIndex()
        up = node[:-1]
        return self.createIndex(up[-1], 0, self._ids[up])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        if node is None:
            return 0 if parent.isValid() else len(self._blocks)
        if len(node) == 1:
            return len(self._blocks[node[0]].rounds)
        if len(node) == 2:
            return len(self._blocks[node[0]].rounds[node[1]].people)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("ProgrammePage", str(HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        block = self._blocks[node[0]]
        if role == AWARD_ROLE:
            person = self.person_at(index)
            return person.award_id if person is not None else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if len(node) == 1:
            return f"{node[0] + 1}. {block_title(block)}" if index.column() == 0 else None
        stage_round = block.rounds[node[1]]
        if len(node) == 2:
            if index.column() != 0:
                return None
            return QCoreApplication.translate("ProgrammePage", "Round %1 (%n people)", "",
                                              len(stage_round.people)).replace(
                "%1", str(stage_round.number))
        person = stage_round.people[node[2]]
        columns = (person_name(person), str(person.stage_position), attendance_text(person),
                   person.role_line)
        return columns[index.column()]

    # -- drag and drop ----------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if len(node) == 3:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        people = {person.award_id for index in indexes
                  if (person := self.person_at(index)) is not None}
        if len(people) == 1:
            data.setData(MIME_TYPE, QByteArray(str(people.pop()).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        return self._target(data, row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        target = self._target(data, row, parent)
        if target is None:
            return False
        self.move_requested.emit(*target)
        # False: the view must not remove the dragged row; the page reloads the plan.
        return False

    def _target(self, data: QMimeData, row: int, parent: AnyIndex) -> tuple[int, int, int] | None:
        """(award, round number, place) a drop asks for, or None if it cannot be done."""
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            award_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return None
        node = self._node(parent)
        if node is None:
            return None
        block = self._blocks[node[0]]
        moving = next((p for p in block.people() if p.award_id == award_id), None)
        if moving is None:
            return None  # another block's award
        if len(node) == 1:  # onto the block, or between its rounds: a new round at the end
            return award_id, len(block.rounds) + 1, 1
        stage_round = block.rounds[node[1]]
        if len(node) == 3:  # onto a person: take their place
            return award_id, stage_round.number, stage_round.people[node[2]].stage_position
        place = row + 1 if row >= 0 else len(stage_round.people) + 1
        if moving.round_number == stage_round.number and moving.stage_position < place:
            place -= 1  # between two rows: the moved person's own place is freed first
        return award_id, stage_round.number, max(1, place)
