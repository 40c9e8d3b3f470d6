"""Broken and hostile files are refused with a clear message and the registry unchanged."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ceremony.errors import DataError
from ceremony.importing import ImportOptions, commit_preview, preview_files
from ceremony.services.ceremonies import add_ceremony
from ceremony.store.registry import Registry
from tests.importing.conftest import FIXTURES, table_hashes

AWARD = "Bằng khen"
AUTHORITY = "UBND tỉnh"


def rezip(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            new.writestr(item.filename, change.get(item.filename, old.read(item.filename)))
    return target


def bomb_sheet() -> bytes:
    entities = "".join(f'<!ENTITY e{i} "{"&e" + str(i - 1) + ";" * 1 if i else "ha"}' * 1
                       + '">' for i in range(3))
    return (f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e2;</t></is></c></row>'
            "</sheetData></worksheet>").encode()


def external_entity_sheet() -> bytes:
    return (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'
            b"</sheetData></worksheet>")


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    book.save(path)
    return path


HEADER = ["STT", "Họ và tên", "Đơn vị"]
SHEET = "xl/worksheets/sheet1.xml"


def hostile_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the message key it must be refused with)."""
    annex = FIXTURES / "annex.xlsx"
    data = annex.read_bytes()
    (tmp / "empty.xlsx").write_bytes(b"")
    (tmp / "report.xlsx").write_bytes(b"%PDF-1.7\n" + b"0" * 100)
    (tmp / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (tmp / "noise.xlsx").write_bytes(os.urandom(3000))
    many = {f"xl/part{i}.xml": b"<a/>" for i in range(400)}
    huge = {"xl/workbook.xml": b"<a/>", SHEET: b"\0" * 30_000_000}
    wide = {"xl/workbook.xml": b"<a/>"} | {f"xl/p{i}.bin": os.urandom(1024) * 1000
                                          for i in range(160)}
    return {
        "empty": (tmp / "empty.xlsx", "import.empty_file"),
        "pdf": (tmp / "report.xlsx", "import.pdf"),
        "truncated": (tmp / "truncated.xlsx", "import.corrupt"),
        "noise": (tmp / "noise.xlsx", "import.not_spreadsheet"),
        "xml bomb": (rezip(annex, tmp / "bomb.xlsx", {SHEET: bomb_sheet()}),
                     "import.xml_unsafe"),
        "external entity": (rezip(annex, tmp / "xxe.xlsx", {SHEET: external_entity_sheet()}),
                            "import.xml_unsafe"),
        "zip entries": (zip_with(tmp / "many.xlsx", many), "import.zip_entries"),
        "zip ratio": (zip_with(tmp / "ratio.xlsx", huge), "import.zip_ratio"),
        "zip size": (zip_with(tmp / "wide.xlsx", wide), "import.zip_size"),
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:
    """Made once: compressing the bombs is the slow part of these tests."""
    return hostile_files(tmp_path_factory.mktemp("hostile"))


def test_each_hostile_file_is_refused_before_parsing(
        registry: Registry, hostile: dict[str, tuple[Path, str]]) -> None:
    ceremony = add_ceremony(registry, "Lễ", date(2024, 1, 1)).id
    before = table_hashes(registry)
    for case, (path, key) in hostile.items():
        with pytest.raises(DataError) as refused:
            preview_files(registry, [path], ImportOptions(ceremony_id=ceremony, award=AWARD))
        assert refused.value.key == key, case
        assert path.name in str(refused.value), case
    assert table_hashes(registry) == before


@pytest.mark.parametrize(("cell", "key"), [
    ("A" * 100_000, "cell.too_long"),
    ("Nguyễn\x07Văn\x1bAn", "cell.control_chars"),
    ("Иван Петров", "cell.unprintable"),
])
def test_bad_cells_are_refused_with_their_place(registry: Registry, tmp_path: Path,
                                                cell: str, key: str) -> None:
    ceremony = add_ceremony(registry, "Lễ", date(2024, 1, 1)).id
    path = tmp_path / "list.csv"
    path.write_text(f"STT,Họ và tên\n1,Lê Văn Tám\n2,\"{cell}\"\n", encoding="utf-8")
    before = table_hashes(registry)
    preview = preview_files(registry, [path], ImportOptions(ceremony_id=ceremony, award=AWARD,
                                                            authority=AUTHORITY))
    assert [(p.key, p.row, p.column_name) for p in preview.errors] == [(key, 3, "B")]
    with pytest.raises(DataError):
        commit_preview(registry, preview)
    assert table_hashes(registry) == before


def test_formulas_are_never_evaluated(registry: Registry, tmp_path: Path) -> None:
    # openpyxl stores no cached value: the name cell reads as empty, and is refused.
    path = workbook(tmp_path / "f.xlsx", [HEADER, [1, '=HYPERLINK("http://x","Lê")', "Xã A"]])
    ceremony = add_ceremony(registry, "Lễ", date(2024, 1, 1)).id
    preview = preview_files(registry, [path], ImportOptions(ceremony_id=ceremony, award=AWARD))
    assert [(p.key, p.row, p.column_name) for p in preview.errors] == [
        ("cell.missing_name", 2, "B")]


# Runs the command and, on the way out, reports the process's own peak memory (VmHWM
# belongs to the process image, unlike ru_maxrss, which a forked child inherits).
_MEASURED = (
    "import atexit, runpy, sys\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM'):\n"
    "            sys.stderr.write('\\nPEAK_KB ' + line.split()[1] + '\\n')\n"
    "atexit.register(peak)\n"
    "sys.argv = ['ceremony', *sys.argv[1:]]\n"
    "runpy.run_module('ceremony', run_name='__main__')\n"
)


def ceremony_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _MEASURED, *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False,
                          env={**os.environ, "CEREMONY_LANG": "vi"})


def peak_mb(done: subprocess.CompletedProcess[str]) -> float:
    kilobytes = [int(line.split()[1]) for line in done.stderr.splitlines()
                 if line.startswith("PEAK_KB")]
    return kilobytes[-1] / 1024 if kilobytes else 0.0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_cli_refusal_names_the_place_and_keeps_memory_low(
        tmp_path: Path, hostile: dict[str, tuple[Path, str]]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert ceremony_cli("--db", db, "ceremonies", "add", "Lễ", "--date", "2024-01-01"
                        ).returncode == 0
    files = hostile
    for case in ("zip ratio", "xml bomb"):
        done = ceremony_cli("--db", db, "import", str(files[case][0]), "--ceremony", "1",
                            "--award", AWARD)
        assert done.returncode == 1, case
        assert files[case][0].name in done.stderr and "từ chối" in done.stderr
        assert peak_mb(done) < 300
    big = tmp_path / "big.csv"
    big.write_text("STT,Họ và tên\n1,Lê Văn Tám\n2," + "A" * 100_000 + "\n", encoding="utf-8")
    done = ceremony_cli("--db", db, "--json", "import", str(big), "--ceremony", "1",
                        "--award", AWARD, "--authority", AUTHORITY)
    assert done.returncode == 1
    assert "big.csv, trang -, dòng 3, cột B" in done.stderr
    document = json.loads(done.stdout)
    assert [(e["row"], e["column"]) for e in document["errors"]] == [(3, "B")]
    assert peak_mb(done) < 300
    listed = ceremony_cli("--db", db, "--json", "honorees")
    assert json.loads(listed.stdout) == []


def test_markup_in_names_is_stored_literally(registry: Registry, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(io.BytesIO("STT,Họ và tên\n1,<b>Lê</b> & Tám\n".encode()).getvalue())
    ceremony = add_ceremony(registry, "Lễ", date(2024, 1, 1)).id
    preview = preview_files(registry, [path], ImportOptions(ceremony_id=ceremony, award=AWARD,
                                                            authority=AUTHORITY))
    commit_preview(registry, preview)
    from ceremony.services.honorees import list_awards

    assert [row.name for row in list_awards(registry)] == ["<b>Lê</b> & Tám"]
