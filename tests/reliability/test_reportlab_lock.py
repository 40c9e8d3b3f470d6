"""ReportLab's risky settings are locked at start-up, whatever the environment plants.

ReportLab executes `reportlab_mods`/`reportlab_settings` modules found on the path and
`~/.reportlab_mods`/`~/.reportlab_settings`, and reads `RL_*` variables. Each child
process below gets all of them, set to trust every host and evaluate colour
expressions, and each planted file leaves a mark when it runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ceremony.printing.safety import MINIMUM_VERSION, require_version, version_tuple

PLANTED = ("trustedHosts = ['*']\ntrustedSchemes = ['file', 'http', 'https', 'data']\n"
           "toColorCanUse = 'rl_safe_eval'\n")

REPORT = """
import json, sys
{first}
from reportlab import rl_config
from reportlab.lib.colors import toColor
rl_config._reset()  # re-reads the RL_ variables: the lock must survive it too
try:
    toColor("Color(1, 0, 0, 1)")
    evaluated = "evaluated"
except ValueError:  # "Invalid color value": treated as a plain (unknown) colour name
    evaluated = "refused"
except Exception as error:  # reportlab 5.1's rl_safe_eval itself fails on the way in
    evaluated = "evaluator " + type(error).__name__
from reportlab.lib.utils import rlUrlRead
try:
    rlUrlRead("data:,planted")
    fetched = True
except OSError:
    fetched = False
print(json.dumps({{"hosts": rl_config.trustedHosts, "schemes": rl_config.trustedSchemes,
                  "colours": rl_config.toColorCanUse, "evaluated": evaluated,
                  "fetched": fetched}}))
"""


def plant(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A home folder and a path entry holding every kind of settings file, and the
    RL_ variables; returns the environment and the folder the files mark when run."""
    marks = tmp_path / "marks"
    marks.mkdir()
    home, path_entry = tmp_path / "home", tmp_path / "on-path"
    home.mkdir()
    path_entry.mkdir()
    for folder, name in ((home, ".reportlab_mods"), (home, ".reportlab_settings"),
                         (path_entry, "reportlab_mods.py"),
                         (path_entry, "reportlab_settings.py")):
        mark = marks / name.strip(".")
        (folder / name).write_text(f"open({str(mark)!r}, 'w').close()\n{PLANTED}",
                                   encoding="utf-8")
    environment = {**os.environ, "HOME": str(home),
                   "PYTHONPATH": os.pathsep.join([str(path_entry), os.getcwd()]),
                   "RL_trustedHosts": "*", "RL_trustedSchemes": "file,http,https,data",
                   "RL_toColorCanUse": "rl_safe_eval"}
    return environment, marks


def run_child(first: str, environment: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", REPORT.format(first=first)],
                          env=environment, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_plants_work_on_a_bare_reportlab(tmp_path: Path) -> None:
    """The control: without Ceremony's lock the planted settings do take over."""
    environment, marks = plant(tmp_path)
    seen = run_child("import reportlab", environment)
    assert seen["hosts"] == ["*"] and seen["colours"] == "rl_safe_eval"
    assert seen["evaluated"] != "refused" and seen["fetched"] is True
    assert sorted(mark.name for mark in marks.iterdir()) == [
        "reportlab_mods.py", "reportlab_settings.py"]


def test_ceremony_printing_locks_the_settings_before_reportlab_reads_them(
        tmp_path: Path) -> None:
    environment, marks = plant(tmp_path)
    seen = run_child("import ceremony.printing", environment)
    assert seen == {"hosts": None, "schemes": [], "colours": None, "evaluated": "refused",
                    "fetched": False}
    # No planted file ran, neither on the path nor in the home folder.
    assert list(marks.iterdir()) == []


def test_home_files_alone_never_run(tmp_path: Path) -> None:
    """With nothing on the path ReportLab would fall back to the home folder's files."""
    environment, marks = plant(tmp_path)
    environment["PYTHONPATH"] = os.getcwd()
    bare = run_child("import reportlab", environment)
    assert bare["hosts"] == ["*"]
    assert sorted(mark.name for mark in marks.iterdir()) == [
        "reportlab_mods", "reportlab_settings"]
    for mark in marks.iterdir():
        mark.unlink()
    locked = run_child("import ceremony.printing", environment)
    assert locked["hosts"] is None and locked["evaluated"] == "refused"
    assert list(marks.iterdir()) == []


def test_this_process_runs_locked() -> None:
    # ceremony.printing is imported above (for safety's helpers): it locked this process.
    from reportlab import rl_config

    assert not rl_config.trustedHosts
    assert rl_config.toColorCanUse not in ("rl_safe_eval", "rl_extended_literal_eval")


@pytest.mark.parametrize(("text", "expected"), [
    ("5.1.0", (5, 1, 0)), ("5.0.1", (5, 0, 1)), ("5.0.1b2", (5, 0, 1)), ("5.1", (5, 1, 0)),
    ("4.4.10", (4, 4, 10)), ("10.0.0+local", (10, 0, 0)),
])
def test_versions_are_read_as_numbers(text: str, expected: tuple[int, ...]) -> None:
    assert version_tuple(text) == expected


def test_an_old_reportlab_is_refused_by_name() -> None:
    require_version(".".join(map(str, MINIMUM_VERSION)))
    with pytest.raises(ImportError, match=r"ReportLab 5\.0\.1 or newer \(found 4\.4\.10\)"):
        require_version("4.4.10")
