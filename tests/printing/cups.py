"""The CUPS queues the printing tests print through (cups-pdf, set up by scripts/cups.sh).

`cups_queue` is the working queue "PDF"; `spare_queue` makes a second cups-pdf
queue of the test's own, which a test may reject, disable or delete, and which
is removed afterwards. With CEREMONY_TEST_REQUIRE_CUPS=1 a missing queue fails
the test instead of skipping it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

QUEUE = os.environ.get("CEREMONY_CUPS_QUEUE", "PDF")
OUT_DIR = Path(os.environ.get("CEREMONY_CUPS_OUT", "/var/spool/ceremony-cups-pdf"))
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def queue_ready() -> str | None:
    """Why printing cannot be tested here, or None when the queue accepts jobs."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        return "CUPS client tools are not installed (run scripts/cups.sh)"
    done = subprocess.run(["lpstat", "-a", QUEUE], capture_output=True, text=True, check=False,
                          env={**os.environ, "LC_ALL": "C"})
    if done.returncode != 0 or "accepting" not in done.stdout:
        return f"no CUPS queue {QUEUE} accepting jobs (run scripts/cups.sh)"
    if not OUT_DIR.is_dir():
        return f"cups-pdf output folder {OUT_DIR} is missing (run scripts/cups.sh)"
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CEREMONY_TEST_REQUIRE_CUPS"):
        pytest.fail(f"CUPS printing is required: {reason}")
    pytest.skip(reason)


@pytest.fixture
def cups_queue() -> str:
    reason = queue_ready()
    if reason is not None:
        _unavailable(reason)
    return QUEUE


@pytest.fixture
def spare_queue(cups_queue: str) -> Iterator[str]:
    """A cups-pdf queue of this test's own (needs lpadmin rights), deleted afterwards."""
    name = f"CeremonyTest-{uuid.uuid4().hex[:8]}"
    if shutil.which("lpadmin") is None or not PPD.is_file():
        _unavailable("lpadmin or the cups-pdf PPD is missing (run scripts/cups.sh)")
    made = subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-P", str(PPD)],
                          capture_output=True, text=True, check=False)
    if made.returncode != 0:
        _unavailable(f"cannot add a CUPS queue: {made.stderr.strip()}")
    try:
        yield name
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def printed_file(title: str, timeout: float = 60.0) -> Path:
    """The cups-pdf output for the job titled *title*, once the job has finished."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in OUT_DIR.glob("*.pdf") if title in p.name]
        jobs = subprocess.run(["lpstat", "-o", QUEUE], capture_output=True, text=True,
                              check=False).stdout
        if found and not jobs.strip():
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"cups-pdf wrote no file for {title} in {timeout} s")


def job_title() -> str:
    return f"ceremony-{uuid.uuid4().hex[:12]}"
