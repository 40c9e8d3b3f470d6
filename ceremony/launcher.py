"""The `ceremony` entry point: a headless command, or the desktop app.

It sits above both the command line and the Qt layer so that neither has to
know about the other; Qt is imported only when the app is actually opened.
The installed console script and the frozen app (packaging/ceremony_entry.py)
both start here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from ceremony import cli
from ceremony.cli.collector import paused_for_startup
from ceremony.cli.ending import end_process


def start() -> None:
    """The process's entry: a headless command ends its process as soon as it is done
    (see ceremony.cli.ending); the desktop app exits the usual way, so that Qt can
    save its settings and close its windows."""
    sys.exit(main(end_commands_at_once=True))


def main(argv: Sequence[str] | None = None, *, end_commands_at_once: bool = False) -> int:
    _give_windowed_app_streams()
    with paused_for_startup():
        args = cli.parse_args(argv)
        if args.command not in (None, "gui"):
            code = cli.run(args)
            if end_commands_at_once:
                end_process(code)
            return code
    from ceremony.ui.app import run_app

    return run_app(args)


def _give_windowed_app_streams() -> None:
    """A Windows app built without a console (ceremonyw.exe) has no stdout or stderr;
    anything written there would raise, so it goes nowhere instead."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    start()
