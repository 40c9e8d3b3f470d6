"""The cyclic garbage collector during a command's start-up.

Start-up (argparse, SQLAlchemy and the mapped classes, ReportLab's tables) makes
tens of thousands of objects that live until the command ends and almost no
garbage, yet with the default thresholds the collector walks them again and
again: a tenth of the start-up of `ceremony certificates`, measured. So it is
paused from the start until the command has its modules and opens the registry;
there the objects made so far are frozen out of every later collection
(gc.freeze) and the collector runs as usual for the command's own work.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_state = {"paused": False}


@contextmanager
def paused_for_startup() -> Iterator[None]:
    """Pause the collector for a command's start-up; as it was again afterwards.

    A collector that something else already turned off is left alone.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    _state["paused"] = True
    try:
        yield
    finally:
        froze = not _state["paused"]  # startup_done() ran
        _state["paused"] = False
        if froze:
            gc.unfreeze()  # a caller living on (a test, say) keeps its objects collectable
        gc.enable()


def startup_done() -> None:
    """The command's modules are in: keep what exists out of later collections and
    let the collector run again (a no-op unless paused_for_startup paused it)."""
    if _state["paused"]:
        _state["paused"] = False
        gc.freeze()
        gc.enable()
