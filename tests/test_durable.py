"""Putting files in place durably: the rename, then the folder flushed where possible."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ceremony.durable import flush_file, replace_durably


def test_a_folder_that_cannot_be_flushed_does_not_undo_a_finished_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some network and FUSE file systems refuse to flush a folder: the file is in
    place all the same, and saying the write failed would be false."""
    temporary, target = tmp_path / ".new", tmp_path / "out.pdf"
    temporary.write_bytes(b"%PDF-1.4 finished")
    real_fsync = os.fsync

    def refuse_folders(descriptor: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{descriptor}"):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", refuse_folders)
    replace_durably(temporary, target)
    assert target.read_bytes() == b"%PDF-1.4 finished" and not temporary.exists()


def test_a_file_written_by_another_library_is_flushed(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK")
    flushed: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (flushed.append(fd), real_fsync(fd))[1])
    flush_file(path)
    assert len(flushed) == 1
