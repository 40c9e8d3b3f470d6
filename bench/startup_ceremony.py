"""Ours: the real start-up path (`ceremony --db sample gui`) until the window is shown."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ceremony.cli import parse_args
from ceremony.ui.app import run_app

from common import SAMPLE_DB

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, app.quit)  # fires once the event loop runs, i.e. after show()
sys.exit(run_app(parse_args(["--db", str(SAMPLE_DB), "gui"])))
