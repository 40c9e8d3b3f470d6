"""Fixtures of the report tests: the sample ceremony, an English one, PDF text."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from ceremony.services.ceremonies import add_ceremony
from ceremony.services.editing import AwardInput, add_award, add_honoree
from ceremony.services.honorees import HonoreeInput
from ceremony.services.reference import save
from ceremony.services.reference_records import AuthorityInfo, AwardTypeInfo, DecisionInfo
from ceremony.services.sample import find_sample
from ceremony.store.registry import Registry

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def pdf_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """The PDF's text, whitespace collapsed (wrapped lines join up); with *layout*, in
    the lines as printed (a table row reads across its cells)."""
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    options = ["-layout"] if layout else []
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, *pages, str(path), "-"],
                          capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFC", done.stdout.decode("utf-8")).split())


def sample_id(registry: Registry) -> int:
    found = find_sample(registry)
    assert found is not None
    return found.id


@dataclass(frozen=True)
class Prizes:
    """An English-language awards night built through the services, as the app does."""

    ceremony_id: int
    award_type_id: int
    decision_id: int
    honoree_ids: tuple[int, ...]


def english_night(registry: Registry, names: tuple[tuple[str, str], ...]) -> Prizes:
    ceremony = add_ceremony(registry, "Annual Awards Night", date(2025, 6, 20), language="en")
    authority, _ = save(registry, AuthorityInfo(None, "Board of Governors"))
    assert authority.id is not None
    award, _ = save(registry, AwardTypeInfo(None, "Certificate of Excellence", authority.id))
    decision, _ = save(registry, DecisionInfo(None, "07/2025", authority.id, date(2025, 6, 2)))
    assert award.id is not None and decision.id is not None
    ids = []
    for name, kind in names:
        honoree = add_honoree(registry, HonoreeInput(name=name, kind=kind, unit="Science"))
        add_award(registry, AwardInput(honoree.id, award.id, decision.id, ceremony.id))
        ids.append(honoree.id)
    return Prizes(ceremony.id, award.id, decision.id, tuple(ids))
