"""Baseline: a bare PySide6 window with a table, plus importing SQLAlchemy's ORM.

Reports the seconds from the harness spawning the process to the first turn of
the event loop after show(), i.e. the window on screen.
"""

import os
import sys

import sqlalchemy.orm  # noqa: F401  (the app cannot open a registry without it)
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from common import report_and_exit

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 8))
window.setCentralWidget(table)
window.show()
QTimer.singleShot(0, report_and_exit)
app.exec()
os._exit(1)  # not reached: report_and_exit ends the process
