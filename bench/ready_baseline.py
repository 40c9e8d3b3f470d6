"""Baseline: a bare window that imports SQLAlchemy's ORM and shows the same rows by raw SQL."""

import sqlite3
import sys

import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from common import SAMPLE_DB, report_and_exit

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
model = QStandardItemModel(0, 3)
table.setModel(model)
window.setCentralWidget(table)
window.show()
connection = sqlite3.connect(SAMPLE_DB)
for row in connection.execute(
    "SELECT h.name, h.rank, t.name FROM awards a JOIN honorees h ON a.honoree_id = h.id "
    "JOIN award_types t ON a.award_type_id = t.id ORDER BY t.precedence, a.list_position"
):
    model.appendRow([QStandardItem(str(value)) for value in row])
QTimer.singleShot(0, report_and_exit)
app.exec()
