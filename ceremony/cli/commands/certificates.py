"""`ceremony certificates`: a ceremony's certificates as one PDF or one file per honoree.

Without --mark-printed this is a preview or a file for viewing: nothing is
recorded and no register number is taken. With it, the output is the real print:
first prints take register numbers and every print is counted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    parser = commands.add_parser("certificates", parents=[common],
                                 help="write certificates as PDF")
    parser.add_argument("--ceremony", type=int, required=True)
    parser.add_argument("--award", default=None, help="part of the award's name")
    parser.add_argument("--award-id", type=int, action="append", default=None,
                        dest="award_ids", help="only this award (repeatable)")
    parser.add_argument("--template", default=None, help="built-in name or a .json file")
    parser.add_argument("--round", type=_stage_round, default=None, dest="stage_round",
                        metavar="BLOCK.ROUND",
                        help="only this stage round of the running order, e.g. 2.3")
    parser.add_argument("--order", choices=("stage", "list", "name"), default=None,
                        help="print order: stage (as handed over on stage: blocks, rounds, "
                        "left to right), list (the decision's list) or name; default: stage "
                        "with --round, list otherwise")
    parser.add_argument("--stock", action="store_true",
                        help="pre-printed blanks: print only the variable text")
    parser.add_argument("--printer-profile", default=None)
    parser.add_argument("--mark-printed", action="store_true",
                        help="this is the real print: assign register numbers, count it")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="one merged PDF")
    target.add_argument("--split", type=Path, help="a folder: one PDF per honoree")
    return {("certificates", None): run_certificates}


def _stage_round(text: str) -> Any:
    """argparse's type for --round: a bad value is a usage error (exit 2)."""
    from ceremony.services.certificate_rounds import StageRoundKey

    try:
        return StageRoundKey.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected BLOCK.ROUND such as 2.3, not {text!r}") from None


def _order(args: argparse.Namespace) -> str:
    """One stage round goes onto the tray for that round: in the order it is handed over."""
    if args.order is not None:
        return str(args.order)
    return "stage" if args.stage_round is not None else "list"


def run_certificates(args: argparse.Namespace) -> Any:
    from ceremony.printing.batch import BatchRequest, run_batch
    from ceremony.services.certificates import CertificateOrder, CertificateSelection
    from ceremony.services.printer_profiles import NO_PROFILE, get_profile

    selection = CertificateSelection(
        ceremony_id=args.ceremony, award=args.award,
        award_ids=tuple(args.award_ids) if args.award_ids else None,
        order=CertificateOrder(_order(args)), stage_round=args.stage_round)
    out: Path = args.split if args.split is not None else args.out
    with opened(args) as registry:
        profile = get_profile(registry, args.printer_profile) if args.printer_profile else (
            NO_PROFILE)
        result = run_batch(registry, BatchRequest(
            selection=selection, out=out, split=args.split is not None,
            template=args.template, stock=args.stock, profile=profile,
            real=args.mark_printed))
    for note in result.notes:
        if note.squeezed:
            say(args, "cli.certificates_squeezed", page=note.page, field=note.field,
                size=note.size)
    say(args, "cli.certificates_wrote", pages=result.pages, path=str(out))
    if args.mark_printed:
        say(args, "cli.certificates_printed")
    return {"pages": result.pages, "out": str(out)}
