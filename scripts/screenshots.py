"""Regenerate the screenshots in docs/ from the real app over the sample ceremony.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ceremony.services.sample import load_sample
from ceremony.store.registry import open_registry
from ceremony.ui.honoree_dialog import HonoreeDialog
from ceremony.ui.main_window import HONOREES_PAGE, REPORTS_PAGE, MainWindow
from ceremony.ui.settings_dialog import SettingsDialog
from ceremony.ui.translations import install_translations, remove_translations

DOCS = Path(__file__).resolve().parent.parent / "docs"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    target = DOCS / name
    widget.grab().save(str(target))
    print(f"wrote {target}")


def save_designer(window: MainWindow, language: str) -> None:
    """The template designer on the Bằng khen, set for pre-printed blanks."""
    from PySide6.QtCore import QThread

    from ceremony.printing.template import load_template
    from ceremony.ui.designer.window import DesignerWindow

    designer = DesignerWindow(load_template("bang-khen"), window.backend.registry, parent=window)
    designer.set_stock(True)
    designer.show()
    designer.select_field("name")
    while designer.preview.busy or designer.preview.rendered is None:
        QApplication.processEvents()
        QThread.msleep(10)
    for _ in range(30):  # QPdfView draws its page on a thread of its own
        QApplication.processEvents()
        QThread.msleep(10)
    save(designer, f"designer-{language}.png")
    designer.close()


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
            save(window, f"main-window-{language}.png")
            window.show_page(HONOREES_PAGE)
            window.honorees_page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            save(window, f"honorees-{language}.png")
            row = window.honorees_page.model.row_at(3)
            dialog = HonoreeDialog(window.backend.honoree(row.honoree_id).entry, window)
            dialog.show()
            save(dialog, f"honoree-form-{language}.png")
            dialog.close()
            settings = SettingsDialog(window)
            settings.show()
            save(settings, f"settings-{language}.png")
            settings.close()
            window.resize(1400, 900)
            window.show_page(REPORTS_PAGE)
            save(window, f"reports-{language}.png")
            save_designer(window, language)
            window.close()
            remove_translations(app, translators)
        registry.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
