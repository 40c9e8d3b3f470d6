"""`ceremony report`: the decision annexes or the award statistics, as PDF, xlsx or csv.

  report --ceremony ID [--kind annex] [--out FILE.pdf|FILE.xlsx]
  report --ceremony ID --kind statistics [--out FILE.pdf|FILE.xlsx|FILE.csv]
  report --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE.pdf|FILE.xlsx|FILE.csv]

Without --kind a period, or a .csv file, means statistics; anything else the annexes.
Annexes are worded in the ceremony's language. Eligibility warnings (an award given
once already held, two awards of a type too close together) are printed, not refused.
Without --out nothing is written: the figures are printed (or given as JSON).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ceremony.cli.base import EXIT_USAGE, Handlers, emit_json, opened, say
from ceremony.messages import render


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    report = commands.add_parser("report", parents=[common],
                                 help="decision annexes or award statistics")
    report.add_argument("--ceremony", type=int, default=None)
    report.add_argument("--kind", choices=("annex", "statistics"), default=None)
    report.add_argument("--from", dest="start", type=_day, default=None, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", type=_day, default=None, metavar="YYYY-MM-DD")
    report.add_argument("--out", type=Path, default=None, help="FILE.pdf, FILE.xlsx or FILE.csv")
    return {("report", None): run_report}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from error


def run_report(args: argparse.Namespace) -> Any:
    from ceremony.reports.files import ANNEX_SUFFIXES, STATISTICS_SUFFIXES

    kind = args.kind or _default_kind(args)
    suffix = "" if args.out is None else args.out.suffix.lower()
    if kind == "annex":
        if args.ceremony is None or args.start or args.end:
            _usage(args, "report.annex_needs_ceremony")
        if suffix and suffix not in ANNEX_SUFFIXES:
            _usage(args, "report.annex_format", path=args.out.name)
        return _annex(args)
    period = args.start is not None or args.end is not None
    if period == (args.ceremony is not None) or (period and not (args.start and args.end)):
        _usage(args, "report.needs_scope")
    if suffix and suffix not in STATISTICS_SUFFIXES:
        _usage(args, "report.bad_format", path=args.out.name)
    return _statistics(args)


def _default_kind(args: argparse.Namespace) -> str:
    csv = args.out is not None and args.out.suffix.lower() == ".csv"
    return "statistics" if args.start or args.end or csv else "annex"


def _usage(args: argparse.Namespace, key: str, **params: Any) -> None:
    """A wrong combination of options: said in the user's language, exit status 2."""
    message = render(key, args.lang, **params)
    print(message, file=sys.stderr)
    if args.json:
        emit_json({"error": {"code": key, "message": message}})
    raise SystemExit(EXIT_USAGE)


def _annex(args: argparse.Namespace) -> Any:
    from ceremony.reports.files import write_annex
    from ceremony.services.eligibility import ceremony_warnings
    from ceremony.services.reports import annex_document

    with opened(args) as registry:
        document = annex_document(registry, args.ceremony)
        warnings = ceremony_warnings(registry, args.ceremony)
    result: dict[str, Any] = {"kind": "annex", "out": None, "ceremony": args.ceremony,
                              "annexes": [_annex_json(annex) for annex in document.annexes]}
    for annex in document.annexes:
        say(args, "cli.report_annex_line", award=annex.award,
            decision=annex.decision_number or "-", collectives=len(annex.collectives),
            individuals=len(annex.individuals))
    result["warnings"] = _warnings(args, warnings)
    if args.out is not None:
        written = write_annex(document, args.out)
        say(args, "cli.report_annex_wrote", count=len(document.annexes),
            entries=document.entry_count, path=str(written))
        result["out"] = str(written)
    return result


def _annex_json(annex: Any) -> dict[str, Any]:
    return {"award": annex.award, "authority": annex.authority,
            "decision": annex.decision_number,
            "date": annex.decision_date.isoformat() if annex.decision_date else None,
            "collectives": [entry.name for entry in annex.collectives],
            "individuals": [entry.name for entry in annex.individuals]}


def _warnings(args: argparse.Namespace, warnings: list[Any]) -> list[dict[str, Any]]:
    shown = []
    for warning in warnings:
        message = render(warning.key, args.lang, **warning.params)
        print(render("cli.report_warning", args.lang, message=message), file=sys.stderr)
        shown.append({"code": warning.key, "message": message,
                      "honoree": warning.candidate.honoree_id,
                      "award_id": warning.candidate.award_id})
    return shown


def _statistics(args: argparse.Namespace) -> Any:
    from ceremony.reports.files import write_statistics
    from ceremony.services.reports import ceremony_statistics, period_statistics

    with opened(args) as registry:
        statistics = (ceremony_statistics(registry, args.ceremony) if args.ceremony is not None
                      else period_statistics(registry, args.start, args.end))
    language = statistics.ceremony.language if statistics.ceremony else args.lang
    for row in (*statistics.by_award, *statistics.by_unit):
        _say_counts(args, row.label, row.counts)
    _say_counts(args, render("report.statistics.total_row", args.lang), statistics.total)
    result = {"kind": "statistics", "out": None, "ceremony": args.ceremony,
              "from": args.start.isoformat() if args.start else None,
              "to": args.end.isoformat() if args.end else None,
              "total": _counts_json(statistics.total),
              "by_award": [{"award": row.label, "authority": row.detail,
                            **_counts_json(row.counts)} for row in statistics.by_award],
              "by_unit": [{"unit": row.label, **_counts_json(row.counts)}
                          for row in statistics.by_unit]}
    if args.out is not None:
        written = write_statistics(statistics, language, args.out)
        say(args, "cli.report_statistics_wrote", total=statistics.total.total, path=str(written))
        result["out"] = str(written)
    return result


def _say_counts(args: argparse.Namespace, label: str, counts: Any) -> None:
    say(args, "cli.report_statistics_line", label=label or "-", total=counts.total,
        collectives=counts.collectives, individuals=counts.individuals, women=counts.women,
        minorities=counts.minorities)


def _counts_json(counts: Any) -> dict[str, int]:
    return {"total": counts.total, "collectives": counts.collectives,
            "individuals": counts.individuals, "men": counts.men, "women": counts.women,
            "minorities": counts.minorities}
