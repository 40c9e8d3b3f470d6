"""The headless commands: `ceremony [--db …] [--lang …] COMMAND`.

A contract with scripts outside the project (see design.md): with --json every
command prints exactly one JSON document on stdout; exit status 0 means done,
1 that a file or the data was refused with nothing changed, 2 a usage error.
Each command lives in a module of ceremony.cli.commands with a `register`
function; they are found by listing that package.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from ceremony import __version__
from ceremony.cli import commands as command_package
from ceremony.cli.base import EXIT_OK, EXIT_REFUSED, Handlers, common_options, emit_json
from ceremony.errors import CeremonyError
from ceremony.messages import render, system_language

__all__ = ["build_parser", "parse_args", "run"]

_HANDLERS: Handlers = {}


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(prog="ceremony", parents=[common],
                                     description="Awards-ceremony manager")
    parser.add_argument("--version", action="version", version=f"ceremony {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the desktop app")
    for name in command_module_names():
        module = import_module(f"{command_package.__name__}.{name}")
        _HANDLERS.update(module.register(commands, common))
    return parser


def command_module_names() -> list[str]:
    """The modules of ceremony.cli.commands, in name order.

    Listed from the package's folder: pkgutil.iter_modules does the same but
    imports `inspect` (and with it `ast` and `dis`), some 13 ms of every
    command's start-up. A frozen app keeps its modules in an archive rather
    than a folder, so it falls back to pkgutil there.
    """
    names: set[str] = set()
    for folder in command_package.__path__:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        names.update(entry[:-3] for entry in entries
                     if entry.endswith(".py") and entry[:-3].isidentifier()
                     and entry != "__init__.py")
    if not names:
        import pkgutil

        names = {info.name for info in pkgutil.iter_modules(command_package.__path__)}
    return sorted(names)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    # Whether --lang was given: the app then prefers it over the saved setting.
    args.lang_given = getattr(args, "lang", None)
    args.lang = args.lang_given or system_language()
    args.json = getattr(args, "json", False)
    return args


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; report refusals in the user's language."""
    handler = _HANDLERS[(args.command, getattr(args, "action", None))]
    try:
        result = handler(args)
    except CeremonyError as error:
        message = render(error.key, args.lang, **error.params)
        print(message, file=sys.stderr)
        if args.json:
            emit_json({"error": {"code": error.key, "message": message}})
        return EXIT_REFUSED
    if args.json:
        emit_json(result)
    return EXIT_OK
