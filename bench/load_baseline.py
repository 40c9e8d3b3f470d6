"""Baseline: raw sqlite3 fetch of the same join into a minimal table model and view."""

import json
import sqlite3
import sys
import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from common import large_db

QUERY = """
SELECT a.id, h.id, h.name, h.kind, h.rank, h.position, coalesce(u.name, ''), t.name,
       au.name, coalesce(d.number, ''), a.status, a.ceremony_id, a.list_position, a.posthumous
FROM awards a JOIN honorees h ON a.honoree_id = h.id
JOIN award_types t ON a.award_type_id = t.id JOIN authorities au ON t.authority_id = au.id
LEFT JOIN decisions d ON a.decision_id = d.id LEFT JOIN units u ON h.unit_id = u.id
WHERE a.ceremony_id = 1 ORDER BY t.precedence, a.list_position, a.id
"""


class Model(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column() + 2])
        return None


app = QApplication(sys.argv[:1])
view = QTableView()
view.show()
started = time.perf_counter()
connection = sqlite3.connect(large_db(100_000))
rows = connection.execute(QUERY).fetchall()
view.setModel(Model(rows))
app.processEvents()
print(json.dumps({"seconds": time.perf_counter() - started, "rows": len(rows)}))
