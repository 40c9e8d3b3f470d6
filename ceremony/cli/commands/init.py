"""`ceremony init`: create or upgrade the registry and say where it is."""

from __future__ import annotations

import argparse
from typing import Any

from ceremony.cli.base import Handlers, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    commands.add_parser("init", parents=[common], help="create or upgrade the registry")
    return {("init", None): run_init}


def run_init(args: argparse.Namespace) -> Any:
    from ceremony.store.registry import open_registry

    registry = open_registry(args.db)
    try:
        if registry.read_only_reason is not None:
            raise registry.read_only_reason
        say(args, "cli.registry_at", location=registry.location, revision=registry.revision)
        return {"registry": registry.location, "revision": registry.revision}
    finally:
        registry.close()
