"""Printing through a real CUPS queue (cups-pdf, set up by scripts/cups.sh).

The printed copy is re-made by Ghostscript without ToUnicode, so its text cannot
be read back; its pages can, and must match what was sent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from ceremony.printing.render import render_certificates
from ceremony.printing.template import load_template
from tests.printing.conftest import record

QUEUE = os.environ.get("CEREMONY_CUPS_QUEUE", "PDF")
OUT_DIR = Path(os.environ.get("CEREMONY_CUPS_OUT", "/var/spool/ceremony-cups-pdf"))


def queue_ready() -> str | None:
    """Why printing cannot be tested here, or None when the queue accepts jobs."""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        return "CUPS client tools are not installed (run scripts/cups.sh)"
    done = subprocess.run(["lpstat", "-a", QUEUE], capture_output=True, text=True, check=False)
    if done.returncode != 0 or "accepting" not in done.stdout:
        return f"no CUPS queue {QUEUE} accepting jobs (run scripts/cups.sh)"
    if not OUT_DIR.is_dir():
        return f"cups-pdf output folder {OUT_DIR} is missing (run scripts/cups.sh)"
    return None


@pytest.fixture
def cups_queue() -> str:
    reason = queue_ready()
    if reason is not None:
        if os.environ.get("CEREMONY_TEST_REQUIRE_CUPS"):
            pytest.fail(f"CUPS printing is required: {reason}")
        pytest.skip(reason)
    return QUEUE


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


def test_a_batch_prints_through_cups_with_every_page(cups_queue: str, tmp_path: Path) -> None:
    records = [record(award_id=n, name=f"Nguyễn Văn Số {n}") for n in range(1, 4)]
    source = tmp_path / "batch.pdf"
    source.write_bytes(render_certificates(load_template("giay-khen"), records).pdf)
    title = f"ceremony-{uuid.uuid4().hex[:12]}"
    done = subprocess.run(["lp", "-d", cups_queue, "-t", title, str(source)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    printed = printed_file(title)
    try:
        assert len(PdfReader(printed).pages) == 3
    finally:
        printed.unlink(missing_ok=True)
