"""`ceremony import` and `ceremony imports` as scripts call them: real processes, JSON, exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.importing.annex_data import AUTHORITY, AWARD, EXPECTED


def ceremony(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ceremony", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, check=False,
                          env={**os.environ, "CEREMONY_LANG": "en"})


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_dry_run_import_list_and_undo(tmp_path: Path, fixtures: Path, database: str,
                                      request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "r.sqlite3") if database == "sqlite" else (
        request.getfixturevalue("server_url"))
    assert ceremony("--db", db, "ceremonies", "add", "Lễ", "--date", "2024-02-23").returncode == 0
    annex = str(fixtures / "annex.xls")
    common = ("--db", db, "--json", "import", annex, "--ceremony", "1", "--sheet", "Danh sách",
              "--award", AWARD, "--authority", AUTHORITY)
    dry = ceremony(*common, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    document = json.loads(dry.stdout)
    assert [(i["name"], i["kind"], i["rank"], i["position"], i["unit"])
            for i in document["imported"]] == [e[:5] for e in EXPECTED]
    assert document["errors"] == [] and {i["award"] for i in document["imported"]} == {AWARD}
    assert json.loads(ceremony("--db", db, "--json", "honorees").stdout) == []

    done = ceremony(*common)
    assert done.returncode == 0, done.stderr
    batch = json.loads(done.stdout)["batch"]
    assert len(json.loads(ceremony("--db", db, "--json", "honorees").stdout)) == len(EXPECTED)

    again = ceremony(*common)  # the same list twice: every row already holds the award
    assert again.returncode == 1
    assert "annex.xls, sheet Danh sách, row 9" in again.stderr
    assert {e["row"] for e in json.loads(again.stdout)["errors"]} == set(range(9, 18)) - {12}

    listed = json.loads(ceremony("--db", db, "--json", "imports", "list").stdout)
    assert [(b["id"], b["rows"], b["awards"]) for b in listed] == [(batch, 8, 8)]
    undone = ceremony("--db", db, "--json", "imports", "undo", str(batch))
    assert json.loads(undone.stdout) == {"batch": batch, "awards_removed": 8,
                                         "honorees_removed": 8}
    assert ceremony("--db", db, "imports", "undo", str(batch)).returncode == 1


def test_usage_and_mapping_errors(tmp_path: Path, fixtures: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    ceremony("--db", db, "ceremonies", "add", "Lễ", "--date", "2024-02-23")
    missing = ceremony("--db", db, "import", str(fixtures / "annex.xlsx"))
    assert missing.returncode == 2  # --ceremony is required
    bad = ceremony("--db", db, "import", str(fixtures / "plain_utf8_bom.csv"), "--ceremony",
                   "1", "--award", AWARD, "--map", "Đơn vị=nowhere")
    assert bad.returncode == 1 and "nowhere is not a field" in bad.stderr
    unknown = ceremony("--db", db, "import", str(fixtures / "plain_utf8_bom.csv"),
                       "--ceremony", "1", "--award", "Giấy khen mới")
    assert unknown.returncode == 1 and "--authority" in unknown.stderr


def test_header_row_option(tmp_path: Path) -> None:
    from tests.importing.test_header_row import NAMES, headerless_list, misleading_list

    db = str(tmp_path / "r.sqlite3")
    ceremony("--db", db, "ceremonies", "add", "Lễ", "--date", "2024-02-23")
    common = ("--db", db, "--json", "import", "--ceremony", "1", "--award", AWARD,
              "--authority", AUTHORITY, "--dry-run")
    done = ceremony(*common, str(misleading_list(tmp_path)), "--header-row", "3")
    assert done.returncode == 0, done.stderr
    assert [i["name"] for i in json.loads(done.stdout)["imported"]] == NAMES
    mapped = ceremony(*common, str(headerless_list(tmp_path)), "--header-row", "2",
                      "--map", "B=name", "--map", "C=unit")
    assert mapped.returncode == 0, mapped.stderr
    assert [(i["row"], i["name"], i["unit"]) for i in json.loads(mapped.stdout)["imported"]] \
        == [(3, "Nguyễn Văn An", "Đồn Biên phòng Trà Lĩnh"), (4, "Trần Thị Hòa", "Xã Cần Yên"),
            (5, "Hoàng Văn Nam", "Đồn Biên phòng Lý Vạn")]
    outside = ceremony(*common, str(misleading_list(tmp_path)), "--header-row", "40")
    assert outside.returncode == 1
    assert "de-nghi.csv" in outside.stderr and "row 40" in outside.stderr
    assert ceremony(*common, str(misleading_list(tmp_path)), "--header-row", "0").returncode == 2
