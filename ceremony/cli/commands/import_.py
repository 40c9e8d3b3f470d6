"""`ceremony import FILE... --ceremony ID …`: check a nominee list, then store it.

Every problem is printed with file, sheet, row and column; if any is an error, nothing is
written and the exit status is 1. --dry-run stops after the check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ceremony.cli.base import Handlers, opened, say
from ceremony.errors import DataError
from ceremony.messages import render


def register(commands: Any, common: argparse.ArgumentParser) -> Handlers:
    command = commands.add_parser("import", parents=[common], help="import nominee lists")
    command.add_argument("files", nargs="+", type=Path, metavar="FILE")
    command.add_argument("--ceremony", type=int, required=True)
    command.add_argument("--award", default=None)
    command.add_argument("--authority", default=None)
    command.add_argument("--decision", default=None)
    command.add_argument("--decision-date", default=None)
    command.add_argument("--sheet", default=None)
    command.add_argument("--header-row", type=_row_number, default=None, metavar="N",
                         help="the header is on row N (as the spreadsheet numbers rows), "
                              "when it is not found by itself")
    command.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD")
    command.add_argument("--link", action="append", default=[], metavar="ROW=HONOREE_ID",
                         help="treat a possible duplicate (row of the only file) as the same")
    command.add_argument("--dry-run", action="store_true")
    return {("import", None): run_import}


def run_import(args: argparse.Namespace) -> Any:
    from ceremony.importing import ImportOptions, commit_preview, preview_files

    options = ImportOptions(
        ceremony_id=args.ceremony, award=args.award, authority=args.authority,
        decision=args.decision, decision_date=_date(args.decision_date), sheet=args.sheet,
        overrides=_overrides(args.map), links=_links(args.link, args.files, args.sheet),
        header_row=args.header_row)
    with opened(args) as registry:
        from ceremony.services.ceremonies import get_ceremony

        get_ceremony(registry, args.ceremony)
        preview = preview_files(registry, args.files, options)
        document = _document(preview, args.lang)
        for problem in preview.all_problems:
            print(problem.located(args.lang), file=sys.stderr)
        if preview.errors:
            _refuse(args, document, len(preview.errors))
        for item in document["imported"]:
            say(args, "cli.import_row", row=item["row"], name=item["name"],
                kind=render(f"kind.{item['kind']}", args.lang), rank=item["rank"],
                position=item["position"], unit=item["unit"], award=item["award"])
        if args.dry_run:
            say(args, "cli.import_dry_run", count=len(document["imported"]))
            return document
        batches = commit_preview(registry, preview)
    document["batch"] = batches[0] if len(batches) == 1 else batches
    say(args, "cli.import_done", count=len(document["imported"]),
        batches=", ".join(map(str, batches)))
    return document


def _refuse(args: argparse.Namespace, document: dict[str, Any], count: int) -> None:
    """Exit 1 with the whole document: with --json it must list every error.

    The shared error path prints only {"error": …}, so the refusal is reported here and
    the command leaves through SystemExit (the registry is closed on the way out).
    """
    from ceremony.cli.base import EXIT_REFUSED, emit_json

    message = render("import.refused", args.lang, count=count)
    print(message, file=sys.stderr)
    if args.json:
        emit_json({**document, "error": {"code": "import.refused", "message": message}})
    raise SystemExit(EXIT_REFUSED)


def _document(preview: Any, lang: str) -> dict[str, Any]:
    entries = preview.entries
    award = preview.options.award or ""
    imported = [{"name": e.name, "kind": e.kind, "rank": e.rank, "position": e.position,
                 "unit": e.unit, "award": e.award or award, "file": e.file, "sheet": e.sheet,
                 "row": e.row, "linked_to": preview.matches.get(i)}
                for i, e in enumerate(entries)]
    problems = preview.all_problems
    possible = [{"file": entries[i].file, "sheet": entries[i].sheet, "row": entries[i].row,
                 "name": entries[i].name, "unit": entries[i].unit,
                 "existing": [{"id": hid, "name": name, "unit": unit}
                              for hid, name, unit in found]}
                for i, found in sorted(preview.possible.items())]
    return {"imported": imported,
            "errors": [p.as_json(lang) for p in problems if p.severity.value == "error"],
            "warnings": [p.as_json(lang) for p in problems if p.severity.value == "warning"],
            "possible_duplicates": possible}


def _row_number(text: str) -> int:
    """argparse type of --header-row: a spreadsheet row number, 1 or more (else exit 2)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a row number: {text}")
    return int(text)


def _date(value: str | None) -> Any:
    from ceremony.services.values import parse_date

    return parse_date(value) if value else None


def _overrides(specs: list[str]) -> dict[str, Any]:
    from ceremony.importing.fields import parse_field

    chosen = {}
    for spec in specs:
        header, sep, target = spec.rpartition("=")
        if not sep or not header.strip():
            raise DataError("import.bad_map", spec=spec)
        chosen[header] = parse_field(target)
    return chosen


def _links(specs: list[str], files: list[Path], sheet: str | None) -> dict[Any, int]:
    links = {}
    for spec in specs:
        row, sep, honoree = spec.partition("=")
        if not sep or not row.strip().isdigit() or not honoree.strip().isdigit():
            raise DataError("import.bad_map", spec=spec)
        links[(files[0].name, sheet or "", int(row))] = int(honoree)
    return links
