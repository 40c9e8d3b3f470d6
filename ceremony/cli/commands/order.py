"""`ceremony order`: the running order, and optionally the MC script, cards, line-up, tray.

A ceremony never planned is planned automatically first; awards added since it
was planned are placed at the end of their block (and the user is told so).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say
from ceremony.messages import render

# Optional papers beside the running order: option name -> paper.
EXTRA_PAPERS = ("script", "cards", "lineup", "tray")


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    order = commands.add_parser("order", parents=[common],
                                help="print the running order and the MC script")
    order.add_argument("--ceremony", type=int, required=True)
    order.add_argument("--out", type=Path, required=True, help="the running order (PDF)")
    order.add_argument("--script", type=Path, help="the MC script (PDF)")
    order.add_argument("--cards", type=Path, help="name cards (PDF)")
    order.add_argument("--lineup", type=Path, help="stage line-up sheets per round (PDF)")
    order.add_argument("--tray", type=Path, help="the tray list in stage order (PDF)")
    return {("order", None): run_order}


def run_order(args: argparse.Namespace) -> Any:
    from ceremony.printing.programme.files import Paper, write_paper
    from ceremony.services.programme_planning import prepare_plan
    from ceremony.services.programme_view import load_plan

    with opened(args) as registry:
        placed = prepare_plan(registry, args.ceremony)
        plan = load_plan(registry, args.ceremony)
    if placed:
        say(args, "cli.order_planned", count=len(placed))
    for block in plan.overrunning():
        # A warning, not a refusal: the papers are still right, the day is just long.
        print(render("cli.order_overrun", args.lang, award=block.award,
                     minutes=-(-block.seconds // 60), slot=block.slot_minutes), file=sys.stderr)
    written = write_paper(plan, Paper.RUNNING_ORDER, args.out)
    say(args, "cli.order_wrote", path=str(written.path), pages=written.pages)
    result: dict[str, Any] = {"out": str(written.path), "pages": written.pages,
                              "placed": placed, "stage_order": plan.stage_order()}
    for name in EXTRA_PAPERS:
        target = getattr(args, name)
        if target is not None:
            extra = write_paper(plan, Paper(name), target)
            say(args, "cli.order_wrote", path=str(extra.path), pages=extra.pages)
            result[name], result[f"{name}_pages"] = str(extra.path), extra.pages
    return result
