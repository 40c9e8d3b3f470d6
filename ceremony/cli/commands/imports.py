"""`ceremony imports list|undo BATCH_ID`: the imports made, and undoing one whole."""

from __future__ import annotations

import argparse
from typing import Any

from ceremony.cli.base import Handlers, opened, say
from ceremony.messages import render


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    imports = commands.add_parser("imports", parents=[common], help="list or undo imports")
    actions = imports.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common])
    undo = actions.add_parser("undo", parents=[common])
    undo.add_argument("batch", type=int, metavar="BATCH_ID")
    return {("imports", "list"): run_list, ("imports", "undo"): run_undo}


def run_list(args: argparse.Namespace) -> Any:
    from ceremony.services.imports import list_batches

    with opened(args) as registry:
        batches = list_batches(registry)
    if not batches:
        say(args, "cli.no_batches")
    for batch in batches:
        undone = render("cli.batch_undone_mark", args.lang) if batch.undone_at else ""
        say(args, "cli.batch_line", id=batch.id,
            at=batch.imported_at.isoformat(sep=" ", timespec="minutes"), rows=batch.row_count,
            awards=batch.awards, source=batch.source, sheet=batch.sheet, undone=undone)
    return [batch.as_json() for batch in batches]


def run_undo(args: argparse.Namespace) -> Any:
    from ceremony.services.imports import undo_batch

    with opened(args) as registry:
        awards, honorees = undo_batch(registry, args.batch)
    say(args, "cli.batch_undone", id=args.batch, awards=awards, honorees=honorees)
    return {"batch": args.batch, "awards_removed": awards, "honorees_removed": honorees}
