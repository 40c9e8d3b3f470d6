"""The headless commands: `ceremony [--db …] [--lang …] COMMAND`.

A contract with scripts outside the project (see design.md): with --json every
command prints exactly one JSON document on stdout; exit status 0 means done,
1 that a file or the data was refused with nothing changed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ceremony import __version__
from ceremony.errors import CeremonyError
from ceremony.messages import render, system_language

if TYPE_CHECKING:
    from ceremony.store.registry import Registry

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets the options stand before or after the command without clobbering.
    common.add_argument("--db", default=argparse.SUPPRESS, help="registry file or server URL")
    common.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="ceremony", parents=[common],
                                     description="Awards-ceremony manager")
    parser.add_argument("--version", action="version", version=f"ceremony {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", parents=[common], help="open the desktop app")
    commands.add_parser("init", parents=[common], help="create or upgrade the registry")
    demo = commands.add_parser("demo", parents=[common], help="load the sample ceremony")
    demo.add_argument("--out", type=Path, default=Path("ceremony-demo"))

    ceremonies = commands.add_parser("ceremonies", parents=[common], help="list or add")
    ceremony_commands = ceremonies.add_subparsers(dest="action", metavar="ACTION", required=True)
    ceremony_commands.add_parser("list", parents=[common])
    add = ceremony_commands.add_parser("add", parents=[common])
    add.add_argument("title")
    add.add_argument("--date", required=True)
    add.add_argument("--time", default=None)
    add.add_argument("--venue", default="")
    add.add_argument("--place", default="")
    add.add_argument("--language", default="vi")

    honorees = commands.add_parser("honorees", parents=[common], help="list awards")
    honorees.add_argument("--ceremony", type=int, default=None)
    honorees.add_argument("--award", default=None)
    honorees.add_argument("--search", default=None)
    honorees.add_argument("--order", choices=("list", "name"), default="list")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None) or system_language()
    args.json = getattr(args, "json", False)
    return args


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; report refusals in the user's language."""
    handler = HANDLERS[(args.command, getattr(args, "action", None))]
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


def emit_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(args: argparse.Namespace, key: str, **params: Any) -> None:
    """A human line on stdout, unless the output is JSON."""
    if not args.json:
        print(render(key, args.lang, **params))


def cmd_init(args: argparse.Namespace) -> Any:
    from ceremony.store.registry import open_registry

    registry = open_registry(args.db)
    try:
        if registry.read_only_reason is not None:
            raise registry.read_only_reason
        say(args, "cli.registry_at", location=registry.location, revision=registry.revision)
        return {"registry": registry.location, "revision": registry.revision}
    finally:
        registry.close()


def cmd_ceremonies_list(args: argparse.Namespace) -> Any:
    from ceremony.services.ceremonies import list_ceremonies

    with opened(args) as registry:
        found = list_ceremonies(registry)
    if not found:
        say(args, "cli.no_ceremonies")
    for info in found:
        say(args, "cli.ceremony_line", id=info.id, date=info.date.isoformat(),
            title=info.title, awards=info.award_count)
    return [{**info.as_json(), "awards": info.award_count} for info in found]


def cmd_ceremonies_add(args: argparse.Namespace) -> Any:
    from ceremony.services.ceremonies import add_ceremony
    from ceremony.services.values import parse_date, parse_language, parse_time

    on = parse_date(args.date)
    at = parse_time(args.time) if args.time else None
    language = parse_language(args.language)
    with opened(args) as registry:
        info = add_ceremony(registry, args.title, on, at=at, venue=args.venue,
                            place_name=args.place, language=language)
    say(args, "cli.ceremony_added", id=info.id, title=info.title, date=info.date.isoformat())
    return info.as_json()


def cmd_honorees(args: argparse.Namespace) -> Any:
    from ceremony.services.honorees import AwardOrder, list_awards

    with opened(args) as registry:
        rows = list_awards(registry, ceremony_id=args.ceremony, award=args.award,
                           search=args.search, order=AwardOrder(args.order))
    if not rows:
        say(args, "cli.no_honorees")
    for row in rows:
        kind = render(f"kind.{row.kind}", args.lang)
        say(args, "cli.honoree_line", id=row.honoree_id, name=row.name, kind=kind,
            rank=row.rank, unit=row.unit, award=row.award)
    return [row.as_json() for row in rows]


def cmd_demo(args: argparse.Namespace) -> Any:
    from ceremony.printing.roster import write_roster
    from ceremony.services.honorees import list_awards
    from ceremony.services.sample import load_sample

    with opened(args) as registry:
        info, loaded = load_sample(registry)
        rows = list_awards(registry, ceremony_id=info.id)
    say(args, "cli.demo_loaded", id=info.id, title=info.title, awards=len(rows))
    args.out.mkdir(parents=True, exist_ok=True)
    roster = write_roster(info, rows, args.out / "danh-sach.pdf")
    say(args, "cli.demo_wrote", path=str(roster))
    return {"ceremony": info.as_json(), "loaded": loaded, "awards": len(rows),
            "files": [str(roster)]}


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Registry]:
    """The registry named on the command line, open for the length of a command."""
    from ceremony.store.registry import open_registry

    registry = open_registry(args.db)
    try:
        yield registry
    finally:
        registry.close()


HANDLERS: dict[tuple[str | None, str | None], Callable[[argparse.Namespace], Any]] = {
    ("init", None): cmd_init,
    ("ceremonies", "list"): cmd_ceremonies_list,
    ("ceremonies", "add"): cmd_ceremonies_add,
    ("honorees", None): cmd_honorees,
    ("demo", None): cmd_demo,
}
