"""Fixtures for the ceremony plan: the sample ceremony planned with its presenters."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from ceremony.services.programme_records import PlanView
from ceremony.services.programme_sample import plan_sample_programme
from ceremony.services.sample import find_sample
from ceremony.store.registry import Registry


def sample_id(registry: Registry) -> int:
    info = find_sample(registry)
    assert info is not None
    return info.id


@pytest.fixture
def planned(sample_registry: Registry) -> PlanView:
    """The sample ceremony (SQLite) planned, its presenters from the sample file."""
    return plan_sample_programme(sample_registry, sample_id(sample_registry))


@pytest.fixture
def any_planned(any_sample_registry: Registry) -> PlanView:
    """The same on SQLite and on PostgreSQL."""
    return plan_sample_programme(any_sample_registry, sample_id(any_sample_registry))


def pdf_text(path: Path) -> str:
    """The PDF's text with all white space (line and page breaks too) as single spaces."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDFs back")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True)
    return " ".join(done.stdout.split())
