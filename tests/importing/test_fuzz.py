"""Hypothesis generates broken and hostile list files: each is read or refused cleanly.

Refused means a DataError (exit status 1 on the command line), never another exception,
and a registry whose every table hashes the same as before.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ceremony.errors import DataError
from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.ceremonies import add_ceremony
from ceremony.store.registry import Registry, open_registry
from tests.importing.conftest import FIXTURES, table_hashes

ANNEX = (FIXTURES / "annex.xlsx").read_bytes()
CSV = (FIXTURES / "annex_cp1258.csv").read_bytes()


def mutate(data: bytes, cuts: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for position, value in cuts:
        out[position % len(out)] = value
    return bytes(out)


def rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def with_sheet(sheet: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(ANNEX)) as archive:
        members = {item.filename: archive.read(item.filename) for item in archive.infolist()}
    members["xl/worksheets/sheet1.xml"] = sheet
    return rezip(members)


cuts = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8)
broken_files = st.one_of(
    st.tuples(st.just(".xlsx"), st.binary(max_size=400)),
    st.tuples(st.just(".xlsx"), st.integers(0, len(ANNEX)).map(lambda n: ANNEX[:n])),
    st.tuples(st.just(".xlsx"), cuts.map(lambda c: mutate(ANNEX, c))),
    st.tuples(st.just(".xlsx"), st.binary(max_size=300).map(with_sheet)),
    st.tuples(st.just(".csv"), cuts.map(lambda c: mutate(CSV, c))),
    st.tuples(st.just(".csv"), st.text(max_size=300).map(
        lambda t: ("STT,Họ và tên\n1," + t).encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".txt"), st.binary(max_size=300).map(lambda b: b"\xff\xfe" + b)),
)


@pytest.fixture(scope="module")
def fuzz_registry(tmp_path_factory: pytest.TempPathFactory) -> Registry:
    registry = open_registry(tmp_path_factory.mktemp("fuzz") / "r.sqlite3")
    add_ceremony(registry, "Lễ", date(2024, 1, 1))
    return registry


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(case=broken_files)
def test_broken_files_are_read_or_refused_cleanly(fuzz_registry: Registry,
                                                  tmp_path_factory: pytest.TempPathFactory,
                                                  case: tuple[str, bytes]) -> None:
    suffix, data = case
    path: Path = tmp_path_factory.mktemp("case") / f"list{suffix}"
    path.write_bytes(data)
    before = table_hashes(fuzz_registry)
    options = ImportOptions(ceremony_id=1, award="Bằng khen", authority="UBND")
    try:
        preview = preview_files(fuzz_registry, [path], options)
        if preview.errors:
            with pytest.raises(DataError):
                commit_preview(fuzz_registry, preview)
            assert table_hashes(fuzz_registry) == before
    except DataError as refused:
        assert refused.key.startswith("import.")
        assert table_hashes(fuzz_registry) == before
