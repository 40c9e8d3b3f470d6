"""The `ceremony` entry point: a headless command, or the desktop app.

It sits above both the command line and the Qt layer so that neither has to
know about the other; Qt is imported only when the app is actually opened.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ceremony import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(argv)
    if args.command in (None, "gui"):
        from ceremony.ui.app import run_app

        return run_app(args)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
