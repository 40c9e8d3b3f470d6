"""`ceremony backup [--to FILE]`, `ceremony restore FILE`, `ceremony check`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say
from ceremony.errors import RegistryError


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    backup = commands.add_parser("backup", parents=[common], help="back up the registry")
    backup.add_argument("--to", type=Path, default=None)
    restore = commands.add_parser("restore", parents=[common], help="restore a backup")
    restore.add_argument("file", type=Path)
    commands.add_parser("check", parents=[common], help="check the registry's integrity")
    return {("backup", None): run_backup, ("restore", None): run_restore,
            ("check", None): run_check}


def run_backup(args: argparse.Namespace) -> Any:
    from ceremony.services.backups import backup_registry

    with opened(args) as registry:
        made = backup_registry(registry, args.to)
    say(args, "cli.backup_written", path=str(made))
    return {"backup": str(made)}


def run_restore(args: argparse.Namespace) -> Any:
    from ceremony.services.backups import restore_registry

    aside = restore_registry(args.db, args.file)
    say(args, "cli.restored", backup=str(args.file), aside=str(aside))
    return {"restored": str(args.file), "replaced_kept_as": str(aside)}


def run_check(args: argparse.Namespace) -> Any:
    from ceremony.services.backups import check_registry

    with opened(args) as registry:
        report = check_registry(registry)
        location = registry.location
    if not report.ok:
        detail = "; ".join(report.integrity[:3])
        if report.foreign_key_problems:
            detail += f"; {report.foreign_key_problems} foreign key problem(s)"
        raise RegistryError("cli.check_failed", path=location, detail=detail)
    say(args, "cli.check_ok", path=location)
    return {"ok": True, "integrity": report.integrity, "foreign_key_problems": 0}
