"""What every command module shares: options, output, exit codes, the open registry."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ceremony.messages import render

if TYPE_CHECKING:
    from ceremony.store.registry import Registry

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# A command's handler returns the JSON document printed with --json.
Handler = Callable[[argparse.Namespace], Any]
# (command, action) -> handler; action is None for commands without sub-actions.
Handlers = dict[tuple[str, str | None], Handler]


def common_options() -> argparse.ArgumentParser:
    """--db, --lang and --json, accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets the options stand before or after the command without clobbering.
    common.add_argument("--db", default=argparse.SUPPRESS, help="registry file or server URL")
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    return common


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(args: argparse.Namespace, key: str, **params: Any) -> None:
    """A human line on stdout, unless the output is JSON."""
    if not args.json:
        print(render(key, args.lang, **params))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Registry]:
    """The registry named on the command line, open for the length of a command."""
    from ceremony.cli.collector import startup_done
    from ceremony.store.registry import open_registry

    startup_done()  # the command's modules are imported by now: its work begins
    registry = open_registry(args.db)
    try:
        yield registry
    finally:
        registry.close()
