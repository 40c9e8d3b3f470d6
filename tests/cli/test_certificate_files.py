"""`ceremony certificates` and `printer-profiles` refusing what would waste blanks.

Each test runs the command as a script does (a real process) on a real registry file,
then reads the registry back to check that a refusal recorded nothing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ceremony.services.certificate_rounds import StageRoundKey, round_award_ids
from ceremony.services.programme_editing import move_award
from ceremony.services.programme_sample import plan_sample_programme
from ceremony.services.sample import load_sample
from ceremony.store.registry import open_registry
from tests.cli.test_cli import ceremony
from tests.printing.conftest import page_texts

MEDALS = "Kỷ niệm chương"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """The sample ceremony with its running order, in a registry no process holds open."""
    path = tmp_path / "registry" / "r.sqlite3"
    path.parent.mkdir()
    registry = open_registry(path)
    try:
        info, _ = load_sample(registry)
        plan_sample_programme(registry, info.id)
    finally:
        registry.close()
    return str(path)


def printed_state(db: str) -> tuple[int, int, int, set[str]]:
    """Register numbers taken, prints counted, counters used, and every award's status."""
    with sqlite3.connect(db) as connection:
        numbered, prints = connection.execute(
            "SELECT count(nullif(register_no, '')), coalesce(sum(print_count), 0) "
            "FROM awards").fetchone()
        counters = connection.execute("SELECT count(*) FROM register_counters").fetchone()[0]
    listed = json.loads(ceremony("--db", db, "honorees", "--json").stdout)
    return numbered, prints, counters, {entry["status"] for entry in listed}


def test_a_folder_given_as_the_merged_pdf_is_refused_and_nothing_is_recorded(
        db: str, tmp_path: Path) -> None:
    folder = tmp_path / "certificates"
    folder.mkdir()
    done = ceremony("--db", db, "--lang", "vi", "certificates", "--ceremony", "1", "--award",
                    MEDALS, "--out", str(folder), "--mark-printed", "--json")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    error = json.loads(done.stdout)["error"]
    assert error["code"] == "file.write_failed"
    assert str(folder) in error["message"] and "đó là một thư mục" in error["message"]
    assert "chưa ghi nhận là đã in" in error["message"]
    assert printed_state(db) == (0, 0, 0, {"approved"})
    assert list(folder.iterdir()) == []
    assert sorted(tmp_path.iterdir()) == [folder, tmp_path / "registry"]  # no temporaries

    english = ceremony("--db", db, "--lang", "en", "certificates", "--ceremony", "1",
                       "--out", str(folder), "--mark-printed")
    assert english.returncode == 1 and "Traceback" not in english.stderr
    assert f"Could not write {folder}: it is a folder" in english.stderr
    assert printed_state(db) == (0, 0, 0, {"approved"})


def test_one_file_each_into_a_folder_with_earlier_pdfs_is_refused(db: str,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "each"
    first = ceremony("--db", db, "certificates", "--ceremony", "1", "--award", MEDALS,
                     "--split", str(folder), "--json")
    assert first.returncode == 0, first.stderr
    before = sorted(p.name for p in folder.iterdir())
    assert len(before) == 15

    again = ceremony("--db", db, "--lang", "vi", "certificates", "--ceremony", "1", "--award",
                     MEDALS, "--split", str(folder), "--mark-printed", "--json")
    assert again.returncode == 1 and "Traceback" not in again.stderr
    error = json.loads(again.stdout)["error"]
    assert error["code"] == "certificates.split_folder_has_pdfs"
    assert "Hãy chọn một thư mục trống" in error["message"] and "15 tệp PDF" in error["message"]
    assert sorted(p.name for p in folder.iterdir()) == before
    assert printed_state(db) == (0, 0, 0, {"approved"})

    english = ceremony("--db", db, "--lang", "en", "certificates", "--ceremony", "1",
                       "--award", MEDALS, "--split", str(folder))
    assert english.returncode == 1 and "Choose an empty folder" in english.stderr

    empty = tmp_path / "empty"
    empty.mkdir()
    printed = ceremony("--db", db, "certificates", "--ceremony", "1", "--award", MEDALS,
                       "--split", str(empty), "--mark-printed", "--json")
    assert printed.returncode == 0, printed.stderr
    assert len(list(empty.iterdir())) == 15
    assert printed_state(db)[:3] == (15, 15, 1)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "The template file {path} does not exist."),
    ("vi", "Không có tệp mẫu in {path}."),
])
def test_a_template_path_that_does_not_exist_is_named_as_a_missing_file(
        db: str, tmp_path: Path, lang: str, expected: str) -> None:
    for given, path in (("/missing/file.json", "/missing/file.json"),
                        (str(tmp_path / "mine" / "bang-khen"), str(tmp_path / "mine" /
                                                                     "bang-khen"))):
        done = ceremony("--db", db, "--lang", lang, "certificates", "--ceremony", "1",
                        "--template", given, "--out", str(tmp_path / "x.pdf"))
        assert done.returncode == 1
        assert expected.format(path=path) in done.stderr
        assert "bang-khen, " not in done.stderr  # no list of built-in names
    assert not (tmp_path / "x.pdf").exists()


def test_a_round_prints_in_stage_order_unless_told_otherwise(db: str, tmp_path: Path) -> None:
    # Move round 2.2's last person to the left end of the stage: stage order then differs
    # from the decision's list order, which the sample's plan otherwise follows.
    registry = open_registry(db)
    try:
        with registry.reading() as session:
            ids = round_award_ids(session, 1, StageRoundKey(2, 2))
        move_award(registry, ids[-1], 2, 1)
    finally:
        registry.close()
    listed = {entry["award_id"]: entry["name"] for entry in json.loads(
        ceremony("--db", db, "honorees", "--json").stdout)}
    stage_names = [listed[ids[-1]], *(listed[i] for i in ids[:-1])]

    def names_printed(*order: str) -> list[str]:
        out = tmp_path / f"round{len(order)}.pdf"
        done = ceremony("--db", db, "certificates", "--ceremony", "1", "--round", "2.2",
                        *order, "--out", str(out))
        assert done.returncode == 0, done.stderr
        return [next(name for name in stage_names if name in page) for page in page_texts(out)]

    assert names_printed() == stage_names
    assert names_printed("--order", "list") == [*stage_names[1:], stage_names[0]]
    helped = ceremony("certificates", "--help").stdout
    assert "default: stage with --round" in " ".join(helped.split())


@pytest.mark.parametrize("option", ["--offset-x=nan", "--offset-y=-inf", "--offset-x=inf",
                                    "--scale=nan", "--scale=inf"])
def test_a_printer_profile_with_nan_or_infinity_is_refused(db: str, option: str) -> None:
    done = ceremony("--db", db, "--lang", "en", "printer-profiles", "set", "Bad", option,
                    "--json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    code = json.loads(done.stdout)["error"]["code"]
    assert code == ("profile.scale_range" if "scale" in option else "profile.offset_range")
    listed = ceremony("--db", db, "printer-profiles", "list", "--json")
    assert json.loads(listed.stdout) == []
