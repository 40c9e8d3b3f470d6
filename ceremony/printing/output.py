"""Writing output files so that a failure never leaves a half-written one behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ceremony.durable import replace_durably
from ceremony.errors import DiskFullError, is_disk_full


def replace_atomically(target: Path, content: bytes) -> Path:
    """Write *content* beside *target*, flush it to disk, then rename it into place."""
    try:
        return _replace(target, content)
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError("file.disk_full", path=str(target)) from error
        raise


def _replace(target: Path, content: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        replace_durably(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
