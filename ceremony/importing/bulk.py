"""The cyclic garbage collector paused while a list is read or stored.

A 50,000-row list makes a few hundred thousand small containers (cells, entries, rows
to insert) that form no reference cycles. The collector still walks them, over and
over as they pile up: a tenth of a whole import's time, measured. Reference counting
frees them as usual while it is paused; the cycles made meanwhile (a few, by the
database layer) are collected once it runs again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the block, unless something else already paused it
    (that caller then turns it back on, not us)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
