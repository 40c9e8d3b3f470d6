"""The window must be able to appear before the database libraries are loaded."""

from __future__ import annotations

import subprocess
import sys


def test_the_main_window_module_does_not_import_sqlalchemy() -> None:
    code = ("import sys, ceremony.ui.main_window, ceremony.ui.app; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', "
            "'reportlab', 'openpyxl'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.strip() == "[]"
