"""Printing through a real CUPS queue (cups-pdf, set up by scripts/cups.sh).

The printed copy is re-made by Ghostscript without ToUnicode, so its text cannot
be read back; its pages can, and must match what was sent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader

from ceremony.printing.render import render_certificates
from ceremony.printing.template import load_template
from tests.printing.conftest import record
from tests.printing.cups import cups_queue, job_title, printed_file

__all__ = ["cups_queue"]  # a fixture, imported for pytest


def test_a_batch_prints_through_cups_with_every_page(cups_queue: str, tmp_path: Path) -> None:
    records = [record(award_id=n, name=f"Nguyễn Văn Số {n}") for n in range(1, 4)]
    source = tmp_path / "batch.pdf"
    source.write_bytes(render_certificates(load_template("giay-khen"), records).pdf)
    title = job_title()
    done = subprocess.run(["lp", "-d", cups_queue, "-t", title, str(source)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    printed = printed_file(title)
    try:
        assert len(PdfReader(printed).pages) == 3
    finally:
        printed.unlink(missing_ok=True)
