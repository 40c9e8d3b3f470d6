"""`ceremony printer-profiles list|set|delete`: where each printer puts a blank's text."""

from __future__ import annotations

import argparse
from typing import Any

from ceremony.cli.base import Handlers, opened, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    profiles = commands.add_parser("printer-profiles", parents=[common],
                                   help="offsets and scale per printer and tray")
    actions = profiles.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common])
    change = actions.add_parser("set", parents=[common], help="create or change a profile")
    change.add_argument("name")
    change.add_argument("--printer", default="")
    change.add_argument("--tray", default="")
    change.add_argument("--offset-x", type=float, default=0.0, help="mm, + moves right")
    change.add_argument("--offset-y", type=float, default=0.0, help="mm, + moves down")
    change.add_argument("--scale", type=float, default=1.0)
    delete = actions.add_parser("delete", parents=[common])
    delete.add_argument("name")
    return {("printer-profiles", "list"): run_list, ("printer-profiles", "set"): run_set,
            ("printer-profiles", "delete"): run_delete}


def run_list(args: argparse.Namespace) -> Any:
    from ceremony.services.printer_profiles import list_profiles

    with opened(args) as registry:
        found = list_profiles(registry)
    if not found:
        say(args, "cli.no_profiles")
    for profile in found:
        _show(args, profile)
    return [profile.as_json() for profile in found]


def run_set(args: argparse.Namespace) -> Any:
    from ceremony.services.printer_profiles import ProfileInfo, save_profile

    wanted = ProfileInfo(args.name, args.printer, args.tray, args.offset_x, args.offset_y,
                         args.scale)
    with opened(args) as registry:
        saved = save_profile(registry, wanted)
    _show(args, saved)
    return saved.as_json()


def run_delete(args: argparse.Namespace) -> Any:
    from ceremony.services.printer_profiles import delete_profile

    with opened(args) as registry:
        delete_profile(registry, args.name)
    say(args, "cli.profile_deleted", name=args.name)
    return {"deleted": args.name}


def _show(args: argparse.Namespace, profile: Any) -> None:
    say(args, "cli.profile_line", name=profile.name, printer=profile.printer or "—",
        tray=profile.tray or "—", x=profile.offset_x_mm, y=profile.offset_y_mm,
        scale=profile.scale)
