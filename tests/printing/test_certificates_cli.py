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
