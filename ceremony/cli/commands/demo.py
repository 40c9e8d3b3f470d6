"""`ceremony demo`: load the sample ceremony and write every PDF the app can make."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    demo = commands.add_parser("demo", parents=[common], help="load the sample ceremony")
    demo.add_argument("--out", type=Path, default=Path("ceremony-demo"))
    return {("demo", None): run_demo}


def run_demo(args: argparse.Namespace) -> Any:
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
