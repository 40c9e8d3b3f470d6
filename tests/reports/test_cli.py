"""`ceremony report` as scripts call it: a real process, real files, JSON and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest


def ceremony(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ceremony", *args], capture_output=True,
                          text=True, encoding="utf-8", env={**os.environ}, timeout=120,
                          check=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("cli") / "r.sqlite3")
    loaded = ceremony("--db", db, "demo", "--out", str(Path(db).parent / "demo"), "--json")
    assert loaded.returncode == 0, loaded.stderr
    return db


def test_the_annex_as_xlsx_with_json(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "phu-luc.xlsx"
    done = ceremony("--db", demo_db, "report", "--ceremony", "1", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "annex" and result["out"] == str(out)
    assert [(a["decision"], len(a["collectives"]), len(a["individuals"]))
            for a in result["annexes"]] == [("412/QĐ-BTL", 0, 15), ("418/QĐ-BTL", 2, 4),
                                            ("215/QĐ-UBND", 7, 21)]
    assert result["warnings"] == []
    assert openpyxl.load_workbook(out).sheetnames == ["412-QĐ-BTL", "418-QĐ-BTL", "215-QĐ-UBND"]


def test_statistics_of_a_period_as_csv(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "thong-ke.csv"
    done = ceremony("--db", demo_db, "report", "--from", "2024-01-01", "--to", "2024-12-31",
                    "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["kind"] == "statistics"
    assert result["total"] == {"total": 49, "collectives": 9, "individuals": 40, "men": 29,
                               "women": 11, "minorities": 36}
    assert [(a["collectives"], a["individuals"]) for a in result["by_award"]] == [
        (0, 15), (2, 4), (7, 21)]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_statistics_of_the_ceremony_printed_in_vietnamese(demo_db: str) -> None:
    done = ceremony("--db", demo_db, "--lang", "vi", "report", "--ceremony", "1",
                    "--kind", "statistics")
    assert done.returncode == 0, done.stderr
    assert ("Tổng cộng: 49 (tập thể 9, cá nhân 40, nữ 11, dân tộc thiểu số 36)"
            in done.stdout)


@pytest.mark.parametrize("args", [
    ("report",),
    ("report", "--kind", "annex", "--from", "2024-01-01", "--to", "2024-02-01"),
    ("report", "--from", "2024-01-01"),
    ("report", "--ceremony", "1", "--out", "x.csv", "--kind", "annex"),
    ("report", "--ceremony", "1", "--out", "x.docx"),
    ("report", "--from", "2024-13-01", "--to", "2024-12-31"),
])
def test_usage_errors_exit_2(demo_db: str, args: tuple[str, ...]) -> None:
    done = ceremony("--db", demo_db, "--lang", "vi", *args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip()


def test_refusals_exit_1_and_write_nothing(demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    missing = ceremony("--db", demo_db, "--lang", "vi", "report", "--ceremony", "99", "--out",
                       str(out), "--json")
    assert missing.returncode == 1
    assert json.loads(missing.stdout)["error"]["code"] == "ceremony.not_found"
    backwards = ceremony("--db", demo_db, "report", "--from", "2024-12-31", "--to",
                         "2024-01-01", "--out", str(out))
    assert backwards.returncode == 1
    assert "2024-12-31" in backwards.stderr
    assert not out.exists()
