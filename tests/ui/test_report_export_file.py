"""A report export lands like a file saved by any program: readable by others where the
umask says so, and written in the format its name asks for."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ceremony.ui.reports.export import written_beside


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_export_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    seen: list[str] = []

    def write(path: Path) -> Path:
        seen.append(path.suffix)  # the writers choose the format by the suffix
        path.write_text("Họ và tên;Đơn vị\n", encoding="utf-8")
        return path

    previous = os.umask(0o022)
    try:
        target = written_beside(write, tmp_path / "thong-ke.csv", lambda: False)
    finally:
        os.umask(previous)
    assert target == tmp_path / "thong-ke.csv" and seen == [".csv"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["thong-ke.csv"]
