"""A headless command ends its process at once when done: nothing it wrote or registered
may be lost by skipping the interpreter's teardown."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from ceremony.cli.ending import EXIT_STREAMS_LOST


def child(code: str) -> subprocess.CompletedProcess[str]:
    # Buffered streams, as a real process has them (a shell may set PYTHONUNBUFFERED).
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", env=environment, timeout=60, check=False)


def test_exit_handlers_run_and_buffered_output_arrives_whole(tmp_path: Path) -> None:
    marker = tmp_path / "handler-ran"
    done = child(
        "import atexit, logging, pathlib, sys\n"
        "from ceremony.cli.ending import end_process\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
        "logging.basicConfig(filename=" + repr(str(tmp_path / "log.txt")) + ")\n"
        "logging.getLogger('x').warning('kept')\n"
        "sys.stdout.write('ă' * 200_000)\n"  # more than any stream buffer holds
        "sys.stderr.write('end')\n"
        "end_process(3)\n"
        "raise SystemExit('not reached')\n")
    assert done.returncode == 3
    assert done.stdout == "ă" * 200_000 and done.stderr == "end"
    assert marker.read_text() == "yes"
    assert "kept" in (tmp_path / "log.txt").read_text()


def test_output_that_cannot_be_delivered_is_an_error_as_at_a_normal_exit() -> None:
    lost = child("import os, sys\nfrom ceremony.cli.ending import end_process\n"
                 "sys.stdout.write('unsent')\nos.close(1)\nend_process(0)\n")
    assert lost.returncode == EXIT_STREAMS_LOST
    kept = child("import os, sys\nfrom ceremony.cli.ending import end_process\n"
                 "sys.stdout.write('unsent')\nos.close(1)\nend_process(4)\n")
    assert kept.returncode == 4  # the command's own failure is the one reported


def ceremony(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ceremony", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False)


def test_a_command_leaves_its_registry_closed_and_complete(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    added = ceremony("--db", str(db), "--json", "ceremonies", "add", "Lễ tổng kết",
                     "--date", "2025-01-15")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["title"] == "Lễ tổng kết"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.sqlite3"]  # no journal left
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT title FROM ceremonies").fetchall() == [
            ("Lễ tổng kết",)]


def test_a_refused_command_ends_with_its_refusal_code(tmp_path: Path) -> None:
    refused = ceremony("--db", str(tmp_path / "r.sqlite3"), "certificates",
                       "--ceremony", "99", "--out", str(tmp_path / "c.pdf"))
    assert refused.returncode == 1 and refused.stderr.strip()
    assert not (tmp_path / "c.pdf").exists()
