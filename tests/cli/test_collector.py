"""The garbage collector around a command: paused for start-up, running for the work,
and left as it was for whoever called the command in-process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ceremony.cli import base
from ceremony.cli.collector import paused_for_startup, startup_done
from ceremony.launcher import main


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_start_up_runs_paused_and_the_work_with_the_collector(
        collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    real_opened = base.opened.__wrapped__  # type: ignore[attr-defined]

    def watched(args: object) -> Iterator[object]:
        seen["before opening"] = gc.isenabled()
        for registry in real_opened(args):
            seen["while working"] = gc.isenabled()
            seen["frozen"] = gc.get_freeze_count()
            yield registry

    monkeypatch.setattr("ceremony.cli.commands.ceremonies.opened", contextmanager(watched))
    assert main(["--db", str(tmp_path / "r.sqlite3"), "ceremonies", "list"]) == 0
    assert seen["before opening"] is False and seen["while working"] is True
    # What start-up made (modules, classes, argparse) is left out of later collections.
    assert isinstance(seen["frozen"], int) and seen["frozen"] > 10_000
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the caller's collector is back


def test_a_command_refused_before_opening_leaves_the_collector_on(
        collector_on: None) -> None:
    with pytest.raises(SystemExit):
        main(["certificates", "--no-such-option"])
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with paused_for_startup():
            startup_done()
            assert not gc.isenabled() and gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
