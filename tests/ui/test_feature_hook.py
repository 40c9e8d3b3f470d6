"""PySide6's __feature__ import hook no longer reads the source of every module imported
after Qt (the app imports SQLAlchemy and the models then)."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ceremony.ui.feature_hook import skip_source_scans


def import_fresh_module(folder: Path, name: str) -> list[str]:
    """Import a new module from *folder*; the modules whose source was read meanwhile."""
    (folder / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    read: list[str] = []
    real = inspect.getsource

    def recording(target: object) -> str:
        read.append(getattr(target, "__name__", "?"))
        return real(target)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inspect, "getsource", recording)
        patch.syspath_prepend(str(folder))
        __import__(name)  # through builtins.__import__, where the hook sits
    sys.modules.pop(name, None)
    return read


def test_modules_imported_after_qt_are_not_read_as_text(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None:
        pytest.skip("this PySide6 has no __feature__ import hook")
    # As shiboken ships it (an app started earlier in this process may have replaced it):
    monkeypatch.setattr(feature, "_mod_uses_pyside",
                        lambda module: "PySide6" in inspect.getsource(module))
    assert "scanned_before" in import_fresh_module(tmp_path, "scanned_before")
    assert skip_source_scans()
    assert import_fresh_module(tmp_path, "scanned_after") == []
