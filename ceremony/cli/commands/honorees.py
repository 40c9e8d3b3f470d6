"""`ceremony honorees`: the awards and who receives them, one entry per award."""

from __future__ import annotations

import argparse
from typing import Any

from ceremony.cli.base import Handlers, opened, say
from ceremony.messages import render


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    honorees = commands.add_parser("honorees", parents=[common], help="list awards")
    honorees.add_argument("--ceremony", type=int, default=None)
    honorees.add_argument("--award", default=None)
    honorees.add_argument("--search", default=None)
    honorees.add_argument("--order", choices=("list", "name"), default="list")
    return {("honorees", None): run_honorees}


def run_honorees(args: argparse.Namespace) -> Any:
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
