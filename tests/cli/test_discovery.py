"""Finding the commands: every module of ceremony.cli.commands, and nothing heavy to parse."""

from __future__ import annotations

import argparse
import pkgutil
import subprocess
import sys

from ceremony import cli
from ceremony.cli import commands


def _command_names() -> list[str]:
    parser = cli.build_parser()
    chooser = next(action for action in parser._actions
                   if isinstance(action, argparse._SubParsersAction))
    return sorted(chooser.choices)


def test_every_command_module_is_found_as_pkgutil_would() -> None:
    found = sorted(info.name for info in pkgutil.iter_modules(commands.__path__))
    assert cli.command_module_names() == found
    assert {"certificates", "import", "report", "backup", "gui"} <= set(_command_names())


def test_help_lists_every_command() -> None:
    done = subprocess.run([sys.executable, "-m", "ceremony", "--help"], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    for name in _command_names():
        assert name in done.stdout, name


def test_parsing_a_command_loads_none_of_what_running_it_needs() -> None:
    """Discovery imports each command module; their heavy imports wait for the run."""
    code = ("import sys; from ceremony import cli; "
            "cli.parse_args(['certificates', '--ceremony', '1', '--out', 'x.pdf']); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', "
            "'reportlab', 'jsonschema', 'openpyxl', 'python_calamine', 'alembic', 'PIL', "
            "'inspect'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
