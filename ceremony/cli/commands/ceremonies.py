"""`ceremony ceremonies list|add`."""

from __future__ import annotations

import argparse
from typing import Any

from ceremony.cli.base import Handlers, opened, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    ceremonies = commands.add_parser("ceremonies", parents=[common], help="list or add")
    actions = ceremonies.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common])
    add = actions.add_parser("add", parents=[common])
    add.add_argument("title")
    add.add_argument("--date", required=True)
    add.add_argument("--time", default=None)
    add.add_argument("--venue", default="")
    add.add_argument("--place", default="")
    add.add_argument("--language", default="vi")
    return {("ceremonies", "list"): run_list, ("ceremonies", "add"): run_add}


def run_list(args: argparse.Namespace) -> Any:
    from ceremony.services.ceremonies import list_ceremonies

    with opened(args) as registry:
        found = list_ceremonies(registry)
    if not found:
        say(args, "cli.no_ceremonies")
    for info in found:
        say(args, "cli.ceremony_line", id=info.id, date=info.date.isoformat(),
            title=info.title, awards=info.award_count)
    return [{**info.as_json(), "awards": info.award_count} for info in found]


def run_add(args: argparse.Namespace) -> Any:
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
