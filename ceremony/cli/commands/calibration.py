"""`ceremony calibration --out FILE.pdf`: the sheet for measuring a printer's offsets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    parser = commands.add_parser("calibration", parents=[common],
                                 help="write a printer calibration sheet")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--template", default="bang-khen",
                        help="the sheet takes this template's paper size")
    parser.add_argument("--printer-profile", default=None,
                        help="print through this profile, to confirm it")
    return {("calibration", None): run_calibration}


def run_calibration(args: argparse.Namespace) -> Any:
    from ceremony.printing.calibration import render_calibration
    from ceremony.printing.output import replace_atomically
    from ceremony.printing.template import load_template
    from ceremony.services.printer_profiles import NO_PROFILE, get_profile

    template = load_template(args.template)
    profile = NO_PROFILE
    if args.printer_profile:
        with opened(args) as registry:
            profile = get_profile(registry, args.printer_profile)
    pdf = render_calibration(template.width_mm, template.height_mm, language=args.lang,
                             profile=profile)
    replace_atomically(args.out, pdf)
    say(args, "cli.calibration_wrote", path=str(args.out))
    return {"pages": 1, "out": str(args.out)}
