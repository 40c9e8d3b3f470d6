"""Regenerate the screenshots in docs/ from the real app over the sample ceremony.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from ceremony.services.sample import load_sample
from ceremony.store.registry import open_registry
from ceremony.ui.main_window import MainWindow
from ceremony.ui.translations import install_translations, remove_translations

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        registry = open_registry(Path(folder) / "sample.sqlite3")
        load_sample(registry)
        for language in ("vi", "en"):
            translators = install_translations(app, language)
            window = MainWindow(registry)
            window.resize(1400, 800)
            window.show()
            window.reload_ceremonies()
            app.processEvents()
            target = DOCS / f"main-window-{language}.png"
            window.grab().save(str(target))
            print(f"wrote {target}")
            window.close()
            remove_translations(app, translators)
        registry.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
