"""`ceremony certificates` as scripts call it: the sample ceremony's 49 certificates."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ceremony.services.sample import read_sample
from tests.printing.conftest import page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def ceremony(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ceremony", *args], capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ), timeout=180,
                          check=False)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("db") / "r.sqlite3")
    done = ceremony("--db", db, "demo", "--out", str(Path(db).parent / "demo"), "--json")
    assert done.returncode == 0, done.stderr
    return db


def test_the_sample_ceremony_gives_49_pages_each_with_its_name(sample_db: str,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    done = ceremony("--db", sample_db, "certificates", "--ceremony", "1", "--out", str(out),
                    "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"pages": 49, "out": str(out)}
    pages = page_texts(out)
    assert len(pages) == 49
    for page, entry in zip(pages, read_sample()["awards"], strict=True):
        name = unicodedata.normalize("NFC", entry["name"])
        assert name in page, (name, page)


def test_every_font_is_embedded(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    assert ceremony("--db", sample_db, "certificates", "--ceremony", "1", "--out",
                    str(out)).returncode == 0
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) >= 3
    for line in listing:
        assert line.split()[-5:-3] == ["yes", "yes"], line  # emb, sub


def test_split_writes_one_file_per_honoree_in_order(sample_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "each"
    done = ceremony("--db", sample_db, "certificates", "--ceremony", "1", "--award",
                    "Kỷ niệm chương", "--split", str(folder), "--stock", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"pages": 15, "out": str(folder)}
    names = sorted(p.name for p in folder.iterdir())
    assert names[0] == "001-Hoàng Văn Đức.pdf"
    assert len(names) == 15


def test_out_or_split_is_required(sample_db: str) -> None:
    assert ceremony("--db", sample_db, "certificates", "--ceremony", "1").returncode == 2


def test_an_unknown_template_is_refused_in_the_users_language(sample_db: str,
                                                              tmp_path: Path) -> None:
    done = ceremony("--db", sample_db, "--lang", "vi", "certificates", "--ceremony", "1",
                    "--template", "khong-co", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert "Không có mẫu in khong-co" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_printer_profiles_and_calibration_commands(sample_db: str, tmp_path: Path) -> None:
    saved = ceremony("--db", sample_db, "printer-profiles", "set", "Canon khay 2",
                     "--offset-x", "-3", "--offset-y", "1.5", "--scale", "0.99", "--json")
    assert saved.returncode == 0, saved.stderr
    listed = json.loads(ceremony("--db", sample_db, "printer-profiles", "list",
                                 "--json").stdout)
    assert listed[0]["offset_x_mm"] == -3.0 and listed[0]["scale"] == 0.99
    sheet = tmp_path / "cal.pdf"
    done = ceremony("--db", sample_db, "calibration", "--out", str(sheet), "--printer-profile",
                    "Canon khay 2", "--json")
    assert done.returncode == 0, done.stderr
    assert "A (20 mm, 20 mm)" in page_texts(sheet)[0]
    bad = ceremony("--db", sample_db, "printer-profiles", "set", "x", "--scale", "3")
    assert bad.returncode == 1


def test_round_prints_one_stage_round_in_stage_order(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "round.pdf"
    done = ceremony("--db", sample_db, "certificates", "--ceremony", "1", "--round", "2.2",
                    "--order", "stage", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"pages": 4, "out": str(out)}
    listed = json.loads(ceremony("--db", sample_db, "honorees", "--ceremony", "1",
                                 "--json").stdout)
    border_guard = [entry for entry in listed
                    if entry["award"] == "Bằng khen của Bộ Tư lệnh Bộ đội Biên phòng"]
    pages = page_texts(out)
    # Block 2 is the Border Guard Command's: round 1 its two collectives, round 2 the people.
    assert len(border_guard) == 6 and len(pages) == 4
    printed = [entry for entry in border_guard
               if any(entry["name"] in page for page in pages)]
    assert [entry["kind"] for entry in printed] == ["individual"] * 4


def test_a_round_the_plan_lacks_is_refused_and_a_bad_one_is_a_usage_error(
        sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    done = ceremony("--db", sample_db, "--lang", "vi", "certificates", "--ceremony", "1",
                    "--round", "2.9", "--out", str(out))
    assert done.returncode == 1
    assert "Chương trình không có đợt 2.9" in done.stderr
    assert "1.1–1.2, 2.1–2.2, 3.1–3.4" in done.stderr
    assert not out.exists()
    usage = ceremony("--db", sample_db, "certificates", "--ceremony", "1", "--round", "two",
                     "--out", str(out))
    assert usage.returncode == 2
    assert "BLOCK.ROUND" in usage.stderr
