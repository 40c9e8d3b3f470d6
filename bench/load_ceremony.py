"""Ours: open the registry, list the ceremony's awards, show them in the app's table model."""

import json
import sys
import time

from PySide6.QtWidgets import QApplication, QTableView

from ceremony.services.honorees import list_awards
from ceremony.store.registry import open_registry
from ceremony.ui.models import AwardTableModel

from common import large_db

app = QApplication(sys.argv[:1])
view = QTableView()
view.show()
started = time.perf_counter()
registry = open_registry(large_db(100_000))
model = AwardTableModel()
model.set_rows(list_awards(registry, ceremony_id=1))
view.setModel(model)
app.processEvents()
print(json.dumps({"seconds": time.perf_counter() - started, "rows": model.rowCount()}))
