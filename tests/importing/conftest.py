"""Fixtures of the importer tests: the committed list files and a registry to import into."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ceremony.services.ceremonies import add_ceremony
from ceremony.store.base import Base
from ceremony.store.registry import Registry

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def ceremony_id(registry: Registry) -> int:
    return add_ceremony(registry, "Lễ tổng kết", date(2024, 2, 23)).id


def table_hashes(registry: Registry) -> dict[str, str]:
    """A hash of every row of every table: equal before and after means nothing changed."""
    hashes = {}
    with registry.reading() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(text(f"SELECT * FROM {table.name} ORDER BY 1")).all()
            hashes[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return hashes
