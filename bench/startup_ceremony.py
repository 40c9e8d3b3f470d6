"""Ours: the real start-up path (`ceremony --db sample gui`) until the window is shown.

The timer is queued before run_app builds anything, so it fires on the first turn
of the event loop, right after the main window's show().
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ceremony.cli import parse_args
from ceremony.ui.app import run_app

from common import SAMPLE_DB, report_and_exit

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, report_and_exit)
run_app(parse_args(["--db", str(SAMPLE_DB), "gui"]))
