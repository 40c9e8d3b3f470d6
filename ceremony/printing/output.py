"""Writing output files so that a failure never leaves a half-written one behind.

`replace_atomically` writes one file. `write_all` writes a set that must appear
together or not at all (a certificate batch, whose print is recorded only once
every file is in place): every file goes to a flushed temporary first, then all
are renamed into place, and a failure takes back what this call put there.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ceremony.durable import create_beside, replace_durably, sync_folder
from ceremony.errors import CeremonyError, DiskFullError, is_disk_full
from ceremony.messages import Phrase


class OutputError(CeremonyError):
    """A file could not be written or put in place; the files of that write were removed."""


@dataclass(frozen=True)
class _Staged:
    target: Path
    temporary: Path
    existed: bool  # a file of that name was there before: placing it replaces that one


@dataclass
class Written:
    """Files put in place by `write_all`; `remove_new` takes back those it created."""

    files: tuple[Path, ...]
    created: tuple[Path, ...]

    def remove_new(self) -> None:
        for path in self.created:
            path.unlink(missing_ok=True)


def replace_atomically(target: Path, content: bytes) -> Path:
    """Write *content* beside *target*, flush it to disk, then rename it into place."""
    try:
        staged = _stage(target, content)
        try:
            replace_durably(staged.temporary, target)
        except BaseException:
            staged.temporary.unlink(missing_ok=True)
            raise
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError("file.disk_full", path=str(target)) from error
        raise
    return target


def write_all(files: Sequence[tuple[Path, bytes]]) -> Written:
    """Write every file or none: all to flushed temporaries first, then renamed into place.

    On failure the temporaries and the files this call created are removed, and an
    OutputError (DiskFullError when the disk is full) names the file and the reason.
    """
    staged: list[_Staged] = []
    placed: list[_Staged] = []
    current = Path()
    try:
        for target, content in files:
            current = target
            staged.append(_stage(target, content))
        for item in staged:
            current = item.target
            os.replace(item.temporary, item.target)
            placed.append(item)
    except BaseException as error:
        _take_back(staged, placed)
        if isinstance(error, OSError):
            raise _refusal(error, current, placed) from error
        raise
    # One flush per folder rather than per file: a batch of 1,000 shares one folder.
    for folder in {item.target.parent for item in staged}:
        sync_folder(folder)
    return Written(tuple(item.target for item in staged),
                   tuple(item.target for item in staged if not item.existed))


def _stage(target: Path, content: bytes) -> _Staged:
    """*content* in a flushed temporary file beside *target*."""
    target.parent.mkdir(parents=True, exist_ok=True)
    existed = os.path.lexists(target)
    handle, temporary = create_beside(target)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return _Staged(target, temporary, existed)


def _take_back(staged: Sequence[_Staged], placed: Sequence[_Staged]) -> None:
    """Remove the temporaries, and the files this write created (not older ones it replaced:
    those are gone already, and the refusal says so)."""
    for item in staged:
        item.temporary.unlink(missing_ok=True)
    for item in placed:
        if not item.existed:
            item.target.unlink(missing_ok=True)


def _refusal(error: OSError, path: Path, placed: Sequence[_Staged]) -> CeremonyError:
    if is_disk_full(error):
        return DiskFullError("file.disk_full", path=str(path))
    reason = Phrase(f"file.reason.{_reason(error, path)}", detail=error.strerror or str(error))
    replaced = [str(item.target) for item in placed if item.existed]
    if replaced:
        return OutputError("file.write_failed_replaced", path=str(path), reason=reason,
                           replaced=", ".join(replaced))
    return OutputError("file.write_failed", path=str(path), reason=reason)


# What the system's error means for the user; anything else is shown as the system says it.
_REASONS = {
    errno.EISDIR: "is_folder",
    errno.EACCES: "denied",  # Windows: also a file another program (a PDF viewer) has open
    errno.EPERM: "denied",
    errno.EROFS: "read_only",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "not_folder",
    errno.EEXIST: "not_folder",  # mkdir: a file stands where a folder should be
    errno.ENAMETOOLONG: "name_too_long",
}


def _reason(error: OSError, path: Path) -> str:
    # Windows reports renaming onto a folder as "access denied": look at the target itself.
    if path.is_dir():
        return "is_folder"
    return _REASONS.get(error.errno or 0, "other")
