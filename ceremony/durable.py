"""Putting a finished file in place so that it survives a power cut.

A rename is atomic, but until the folder itself is flushed the rename may live only
in memory: after a power cut the folder can still show the old file (or none). On
POSIX systems the folder is opened and fsync'ed after the rename; Windows cannot
open a folder that way, and NTFS journals the rename itself.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace_durably(temporary: Path | str, target: Path | str) -> None:
    """Rename *temporary* (already flushed) onto *target*, then flush the folder."""
    os.replace(temporary, target)
    sync_folder(Path(target).parent)


def flush_file(path: Path) -> None:
    """Flush a file another library wrote and closed to disk."""
    # Opened for writing: Windows flushes (FlushFileBuffers) only a handle that may write.
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Flush *folder*'s entries to disk where the system allows it.

    The rename has happened by now: a folder that cannot be opened or flushed (some
    network and FUSE file systems refuse) must not turn a finished write into a
    reported failure, so such errors are ignored, as SQLite ignores them.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
