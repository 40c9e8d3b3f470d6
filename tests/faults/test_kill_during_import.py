"""kill -9 at random moments during an import: the registry survives, batches are whole.

Each run starts `ceremony import` on a list in a separate process and kills it; the
registry is then reopened and must pass integrity and foreign-key checks, and every
import batch must be wholly present (all its rows) or wholly absent.

The child marks, in a file of its own, when its write transaction begins, when it
asks SQLite to commit and when the commit has returned (SQLAlchemy events installed
by the test, nothing in the app). Most kills are aimed at the transaction: after the
child marks its start, at a random point within the measured length of the
transaction and commit. The rest land anywhere before it. Each kill is then
classified by the marks it left, and checked: killed before the commit, the batch
must be absent; killed after the commit returned, present in full (a lost import).

CI runs a reduced count; `CEREMONY_FAULT_RUNS=200 .venv/bin/pytest -s tests/faults`
is the long local run, and prints the figures per journal mode.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ceremony.services.ceremonies import add_ceremony
from ceremony.store.registry import open_registry

ROWS = 3000
RUNS = int(os.environ.get("CEREMONY_FAULT_RUNS", "6"))
AIMED = 0.8  # share of kills aimed at the write transaction

BEFORE, INSIDE, COMMITTING, COMMITTED, FINISHED = (
    "before the write transaction", "inside the write transaction", "during COMMIT",
    "after COMMIT returned", "not killed (finished)")

# The child: the real command line, with marks written (unbuffered, so they survive
# the kill) when the write transaction begins, commits and has committed.
CHILD = """
import os, sys, time
marks = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
def mark(word):
    os.write(marks, f"{word} {time.monotonic():.6f}\\n".encode())
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
writing = []
@event.listens_for(Engine, "before_cursor_execute")
def on_statement(connection, cursor, statement, *rest):
    if statement.startswith("BEGIN IMMEDIATE"):
        writing.append(True)
        mark("write-begin")
@event.listens_for(Engine, "commit")
def on_commit(connection):
    if writing:
        mark("commit")
@event.listens_for(Session, "after_commit")
def on_committed(session):
    if writing:
        writing.clear()
        mark("committed")
from ceremony.launcher import main
mark("start")
status = main(sys.argv[2:])
mark("exit")
sys.exit(status)
"""


def write_list(path: Path) -> None:
    # The unit holds a comma: it is quoted, as offices' exports do.
    lines = ["STT,Họ và tên,Chức vụ,Đơn vị"] + [
        f'{i},Nông Văn Thử {i},Trưởng xóm,"Xóm Số {i % 40}, xã Đàm Thủy"'
        for i in range(1, ROWS + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_registry(path: Path, journal: str) -> None:
    registry = open_registry(path)
    add_ceremony(registry, "Lễ thử", date(2024, 2, 23))
    registry.close()
    if journal != "wal":
        connection = sqlite3.connect(path)
        connection.execute(f"PRAGMA journal_mode={journal}")
        connection.close()


def batches_are_whole(path: Path) -> tuple[int, int]:
    """(batches fully present, batches partly present) after a crash."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        whole = partial = 0
        for batch_id, rows in connection.execute("SELECT id, row_count FROM import_batches"):
            awards = connection.execute(
                "SELECT count(*) FROM awards WHERE import_batch_id = ?", (batch_id,)).fetchone()[0]
            if awards == rows:
                whole += 1
            else:
                partial += 1
        orphans = connection.execute(
            "SELECT count(*) FROM awards WHERE import_batch_id IS NOT NULL AND "
            "import_batch_id NOT IN (SELECT id FROM import_batches)").fetchone()[0]
        assert orphans == 0
        return whole, partial
    finally:
        connection.close()


def read_marks(path: Path) -> dict[str, float]:
    if not path.exists():
        return {}
    return {word: float(at) for word, at in
            (line.split() for line in path.read_text().splitlines() if line.strip())}


def phase_of(marks: dict[str, float], finished: bool) -> str:
    if finished:
        return FINISHED
    if "committed" in marks:
        return COMMITTED
    if "commit" in marks:
        return COMMITTING
    return INSIDE if "write-begin" in marks else BEFORE


class Importer:
    """Starts `ceremony import` as a child process that leaves marks."""

    def __init__(self, folder: Path, journal: str) -> None:
        self.folder, self.journal = folder, journal
        self.listing = folder / "danh-sach.csv"
        write_list(self.listing)
        self.environment = {**os.environ, "CEREMONY_LANG": "en"}

    def start(self, run: int) -> tuple[subprocess.Popen[bytes], Path, Path]:
        registry = self.folder / f"r-{self.journal}-{run}.sqlite3"
        marks = self.folder / f"marks-{self.journal}-{run}"
        make_registry(registry, self.journal)
        command = [sys.executable, "-c", CHILD, str(marks), "--db", str(registry), "import",
                   str(self.listing), "--ceremony", "1", "--award", "Giấy khen",
                   "--authority", "Chủ tịch UBND huyện"]
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, env=self.environment)
        return child, registry, marks


def wait_for_mark(child: subprocess.Popen[bytes], marks: Path, word: str) -> bool:
    """Until the child marks *word* (True) or exits first (False)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if word in read_marks(marks):
            return True
        if child.poll() is not None:
            return False
        time.sleep(0.002)
    raise AssertionError(f"the import never reached {word!r}")


def measure(importer: Importer) -> tuple[float, float]:
    """(seconds from start to the write transaction, seconds from there to exit)."""
    child, _, marks = importer.start(-1)
    assert child.wait(timeout=120) == 0
    seen = read_marks(marks)
    return seen["write-begin"] - seen["start"], seen["exit"] - seen["write-begin"]


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_kill_9_during_imports_never_leaves_half_a_batch(tmp_path: Path, journal: str) -> None:
    importer = Importer(tmp_path, journal)
    lead, window = measure(importer)
    chance = random.Random(20240223)
    phases: Counter[str] = Counter()
    lost = 0
    for run in range(RUNS):
        child, registry, marks = importer.start(run)
        aimed = chance.random() < AIMED
        if aimed:
            wait_for_mark(child, marks, "write-begin")
            time.sleep(chance.uniform(0, 1.2 * window))
        else:
            wait_for_mark(child, marks, "start")
            time.sleep(chance.uniform(0, lead))
        finished = child.poll() is not None
        if not finished:
            child.send_signal(signal.SIGKILL)
        status = child.wait(timeout=60)
        phase = phase_of(read_marks(marks), finished)
        phases[phase] += 1
        whole, partial = batches_are_whole(registry)
        assert partial == 0, f"run {run}: a batch is partly present"
        if phase in (COMMITTED, FINISHED):
            lost += whole == 0
            assert whole == 1, f"run {run} ({phase}): a committed import is missing"
        if phase == FINISHED:
            assert status == 0
        if phase in (BEFORE, INSIDE):
            assert whole == 0, f"run {run} ({phase}): an uncommitted import is present"
    # The figures of a long run (pytest -s shows them).
    print(f"\njournal={journal} runs={RUNS} (transaction starts {lead:.2f}s in, "
          f"lasts with exit {window:.2f}s): "
          + ", ".join(f"{phase}: {phases[phase]}"
                      for phase in (BEFORE, INSIDE, COMMITTING, COMMITTED, FINISHED))
          + f"; batches partly present: 0; committed imports lost: {lost}")
    if RUNS >= 5:
        assert phases[INSIDE] > 0, "no kill landed inside the write transaction"
