"""Baseline: a bare PySide6 window with a table, plus importing SQLAlchemy's ORM."""

import sys

import sqlalchemy.orm  # noqa: F401  (the app cannot open a registry without it)
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 8))
window.setCentralWidget(table)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
