"""Putting a finished file in place so that it survives a power cut.

A rename is atomic, but until the folder itself is flushed the rename may live only
in memory: after a power cut the folder can still show the old file (or none). On
POSIX systems the folder is opened and fsync'ed after the rename; Windows cannot
open a folder that way, and NTFS journals the rename itself.
"""

from __future__ import annotations

import contextlib
import errno
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


# Temporary names carry 32 random bits; as in tempfile, a hundred clashes in a row
# means something else is wrong.
NAME_TRIES = 100


def create_beside(target: Path, suffix: str = "") -> tuple[int, Path]:
    """A new hidden file next to *target*, with the mode a file created normally gets.

    Not mkstemp: it makes files only their owner can read (0600), and an output PDF is
    meant to be shared (a print server, a colleague). Created with 0666, the system
    applies the umask (and a folder's default ACL) itself, so the umask is never read:
    reading it means setting it, for a moment, for every thread.
    """
    # O_BINARY: on Windows a descriptor is opened in text mode unless told otherwise.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(NAME_TRIES):
        # *suffix* for writers that choose the format by it (a report's .xlsx or .csv).
        temporary = target.parent / f".{target.name}.{os.urandom(4).hex()}{suffix}"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue  # a leftover of an earlier crash, or another write's: another name
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))
