"""Ours: search-as-you-type on the honorees page's model, 100,000 rows, per keystroke."""

import json
import statistics
import sys
import time

from PySide6.QtWidgets import QApplication

from ceremony.services.browse import load_browse_rows
from ceremony.services.browse_index import Filters
from ceremony.store.registry import open_registry
from ceremony.ui.browse_model import BrowseTableModel

from common import KEYSTROKES, large_db

app = QApplication(sys.argv[:1])
registry = open_registry(large_db(100_000))
model = BrowseTableModel()
model.set_rows(load_browse_rows(registry))
timings = []
for typed in KEYSTROKES:
    started = time.perf_counter()
    model.set_filters(Filters(text=typed))  # filter + model reset, as a keystroke does
    timings.append(time.perf_counter() - started)
print(json.dumps({"seconds": statistics.median(timings), "last_rows": model.rowCount()}))
