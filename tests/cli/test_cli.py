"""The command line as scripts call it: a real process, real files, exit codes, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ceremony.services.sample import read_sample


def ceremony(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ceremony", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_init_demo_and_honorees_show_the_49_awards(tmp_path: Path, database: str,
                                                   request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "r.sqlite3") if database == "sqlite" else (
        request.getfixturevalue("server_url"))
    init = ceremony("--db", db, "init", "--json")
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["revision"]

    demo = ceremony("--db", db, "demo", "--out", str(tmp_path / "out"), "--json")
    assert demo.returncode == 0, demo.stderr
    assert json.loads(demo.stdout)["awards"] == 49
    assert (tmp_path / "out" / "danh-sach.pdf").stat().st_size > 1000

    listed = ceremony("--db", db, "honorees", "--json")
    assert listed.returncode == 0, listed.stderr
    awards = json.loads(listed.stdout)
    assert len(awards) == 49
    assert {"id", "name", "kind", "rank", "position", "unit", "award", "status"} <= set(awards[0])
    expected = [entry["name"] for entry in read_sample()["awards"]]
    assert [a["name"] for a in awards] == expected
    assert all(unicodedata.is_normalized("NFC", a["name"]) for a in awards)


def test_ceremonies_add_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    added = ceremony("ceremonies", "add", "Lễ tuyên dương", "--date", "2025-01-15",
                     "--db", db, "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"id": 1, "title": "Lễ tuyên dương",
                                        "date": "2025-01-15"}
    listed = ceremony("--db", db, "--json", "ceremonies", "list")
    assert [c["title"] for c in json.loads(listed.stdout)] == ["Lễ tuyên dương"]


def test_a_bad_date_is_refused_in_the_users_language(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    refused = ceremony("--db", db, "--lang", "vi", "ceremonies", "add", "X", "--date", "23/02")
    assert refused.returncode == 1
    assert "không phải ngày" in refused.stderr


def test_honorees_filter_by_award_and_search(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert ceremony("--db", db, "demo", "--out", str(tmp_path / "o")).returncode == 0
    medal = json.loads(ceremony("--db", db, "honorees", "--award", "ky niem chuong",
                                "--json").stdout)
    assert len(medal) == 15
    first = read_sample()["awards"][0]["name"]
    found = json.loads(ceremony("--db", db, "honorees", "--search", first.lower(),
                                "--json").stdout)
    assert first in [a["name"] for a in found]


@pytest.mark.parametrize("kind", ["text", "foreign-db", "folder"])
def test_a_db_that_is_not_a_registry_is_refused_and_untouched(tmp_path: Path,
                                                              kind: str) -> None:
    if kind == "folder":
        target = tmp_path / "a-folder"
        target.mkdir()
        before = None
    else:
        target = tmp_path / "not-a-registry.db"
        if kind == "text":
            target.write_text("STT;Họ và tên\n1;Nguyễn Văn A\n", encoding="utf-8")
        else:
            import sqlite3

            connection = sqlite3.connect(target)
            connection.execute("CREATE TABLE t (x)")
            connection.commit()
            connection.close()
        before = target.read_bytes()
    for command in (["init"], ["honorees"], ["ceremonies", "list"]):
        result = ceremony("--db", str(target), "--lang", "en", *command)
        assert result.returncode == 1, (command, result.stderr)
        assert str(target) in result.stderr
        assert "Traceback" not in result.stderr
    if before is not None:
        assert target.read_bytes() == before


def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    result = ceremony("--db", str(tmp_path / "missing" / "r.sqlite3"), "init")
    assert result.returncode == 1
    assert "cannot be written" in result.stderr
    assert not (tmp_path / "missing").exists()


def test_a_newer_registry_is_refused_for_init_and_untouched(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "r.sqlite3"
    assert ceremony("--db", str(db), "init").returncode == 0
    connection = sqlite3.connect(db)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = db.read_bytes()
    result = ceremony("--db", str(db), "init")
    assert result.returncode == 1
    assert "newer version" in result.stderr
    listed = ceremony("--db", str(db), "honorees", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    assert db.read_bytes() == before


def test_usage_errors_exit_with_2(tmp_path: Path) -> None:
    assert ceremony("no-such-command").returncode == 2
    assert ceremony("ceremonies", "add", "X").returncode == 2  # --date missing


def test_json_errors_are_one_document(tmp_path: Path) -> None:
    result = ceremony("--db", str(tmp_path), "init", "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "registry.is_folder"


def test_the_command_line_never_loads_qt(tmp_path: Path) -> None:
    code = ("import sys; from ceremony import cli; "
            f"cli.run(cli.parse_args(['--db', {str(tmp_path / 'r.db')!r}, 'init'])); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().endswith("False")


def test_an_unreachable_server_is_a_clear_refusal() -> None:
    result = ceremony("--db", "postgresql+psycopg://clerk:secret@127.0.0.1:1/registry",
                      "--lang", "vi", "init")
    assert result.returncode == 1
    assert "Không kết nối được máy chủ" in result.stderr
    assert "secret" not in result.stderr  # the password is never shown


def test_backup_check_and_restore_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert ceremony("--db", db, "ceremonies", "add", "Một", "--date", "2024-01-01").returncode == 0
    made = ceremony("--db", db, "backup", "--to", str(tmp_path / "b.sqlite3"), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["backup"].endswith("b.sqlite3")
    assert ceremony("--db", db, "ceremonies", "add", "Hai", "--date", "2024-01-02").returncode == 0
    checked = ceremony("--db", db, "check", "--json")
    assert checked.returncode == 0 and json.loads(checked.stdout)["ok"] is True
    restored = ceremony("--db", db, "restore", str(tmp_path / "b.sqlite3"))
    assert restored.returncode == 0, restored.stderr
    listed = json.loads(ceremony("--db", db, "ceremonies", "list", "--json").stdout)
    assert [c["title"] for c in listed] == ["Một"]
    missing = ceremony("--db", db, "--lang", "vi", "restore", str(tmp_path / "none.sqlite3"))
    assert missing.returncode == 1 and "Không có tệp sao lưu" in missing.stderr
