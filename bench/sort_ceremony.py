"""Ours: sort 100,000 rows by name in Vietnamese official order on the stored keys."""

import json
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ceremony.services.browse import load_browse_rows
from ceremony.store.registry import open_registry
from ceremony.ui.browse_model import BrowseTableModel

from common import large_db

app = QApplication(sys.argv[:1])
registry = open_registry(large_db(100_000))
model = BrowseTableModel()
model.set_rows(load_browse_rows(registry))
started = time.perf_counter()
model.sort(0, Qt.SortOrder.AscendingOrder)  # what clicking the Name header does
print(json.dumps({"seconds": time.perf_counter() - started}))
