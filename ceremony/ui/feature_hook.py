"""PySide6's `__feature__` import hook, kept from reading every module's source.

Importing PySide6 replaces `builtins.__import__` with shiboken's `__feature_import__`,
which supports `from __feature__ import snake_case, true_property`: after every import
it reads the new module's source text to see whether it mentions PySide6
(`shibokensupport.feature._mod_uses_pyside`). The app imports SQLAlchemy and the
registry's models after the window is shown, so each of those ~150 modules was read
again as text: about 0.1 s of CPU before a ceremony's awards appear (measured; the
PySide6 issue trackers know it as the "__feature__ import tax").

Ceremony never selects a feature, so every module can be given the answer the scan
gives a module that uses PySide6: "no feature selected", which is PySide6's normal
behaviour. Where the hook is not there (another PySide6 version), nothing changes.
"""

from __future__ import annotations

import sys


def skip_source_scans() -> bool:
    """Answer the hook's question without reading source; whether the hook was found."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True


def _uses_pyside(_module: object) -> bool:
    return True  # "no feature selected": what the scan concludes for a Qt module
