"""Child process of test_hostile_names: every paper of a ceremony, under an audit hook.

`python -m tests.reliability.render_everything REGISTRY CEREMONY REPORTS_CEREMONY OUT LOG`
installs the hook before Ceremony or ReportLab is imported (audit hooks cannot be
removed, hence a child process), renders every certificate template, the programme's
five papers, the roster, the calibration sheets and the reports (of REPORTS_CEREMONY,
when the reports package is importable), and writes what it saw to LOG as JSON: every
file opened (path, mode) and every network, process or library-loading event.
"""

import sys

EVENTS: list[tuple[str, str, str]] = []
WATCHED = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
           "os.fork", "urllib.", "http.client.", "ftplib.", "smtplib.", "webbrowser.",
           "ctypes.dlopen")


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event == "open":
        path = args[0]
        if isinstance(path, bytes):
            path = path.decode(errors="replace")
        if isinstance(path, str):  # an int is an already open descriptor
            EVENTS.append(("open", path, str(args[1]) if len(args) > 1 else ""))
    elif event == "sqlite3.connect":  # the database file SQLite itself opens
        EVENTS.append((event, str(args[0]), ""))
    elif event.startswith(WATCHED):
        EVENTS.append((event, repr(args)[:300], ""))


sys.addaudithook(_hook)

import json  # noqa: E402  (after the hook: these imports are watched too)
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402


def render_all(registry_path: str, ceremony_id: int, reports_ceremony: int,
               out: Path) -> list[str]:
    """Every paper as a PDF in *out*; returns the names of the papers skipped."""
    from ceremony.printing.batch import BatchRequest, run_batch
    from ceremony.printing.calibration import render_calibration
    from ceremony.printing.output import replace_atomically
    from ceremony.printing.programme.files import Paper, write_paper
    from ceremony.printing.roster import write_roster
    from ceremony.printing.template import builtin_names
    from ceremony.services.ceremonies import get_ceremony
    from ceremony.services.certificates import CertificateSelection
    from ceremony.services.honorees import list_awards
    from ceremony.services.printer_profiles import list_profiles
    from ceremony.services.programme_view import load_plan
    from ceremony.store.registry import open_registry

    registry = open_registry(registry_path)
    selection = CertificateSelection(ceremony_id=ceremony_id)
    for name in builtin_names():
        run_batch(registry, BatchRequest(selection=selection, out=out / f"cert-{name}.pdf",
                                         template=name))
    run_batch(registry, BatchRequest(selection=selection, out=out / "split", split=True,
                                     template="bang-khen"))
    plan = load_plan(registry, ceremony_id)
    for paper in Paper:
        write_paper(plan, paper, out / f"{paper.name.lower()}.pdf")
    write_roster(get_ceremony(registry, ceremony_id), list_awards(registry,
                                                                  ceremony_id=ceremony_id),
                 out / "roster.pdf")
    for index, profile in enumerate(list_profiles(registry)):
        replace_atomically(out / f"calibration-{index}.pdf",
                           render_calibration(210, 297, language="vi", profile=profile))
    skipped = render_reports(registry, reports_ceremony, out)
    registry.close()
    return skipped


def render_reports(registry: Any, ceremony_id: int, out: Path) -> list[str]:
    """The reports' PDFs (the annex list and the statistics), once that package, being
    written alongside, is importable; returns what was skipped and why."""
    try:
        from ceremony.reports.annex_pdf import write_annex_pdf
        from ceremony.reports.statistics_pdf import write_statistics_pdf
        from ceremony.services.reports.annex import annex_document
        from ceremony.services.reports.statistics import ceremony_statistics
    except ImportError as missing:
        return [f"reports ({missing})"]
    write_annex_pdf(annex_document(registry, ceremony_id), out / "annex.pdf")
    write_statistics_pdf(ceremony_statistics(registry, ceremony_id), "vi",
                         out / "statistics.pdf")
    return []


def main() -> None:
    registry_path, ceremony_id, reports_ceremony, out, log = sys.argv[1:6]
    skipped = render_all(registry_path, int(ceremony_id), int(reports_ceremony), Path(out))
    seen = list(EVENTS)
    Path(log).write_text(json.dumps({"events": seen, "skipped": skipped}, ensure_ascii=False),
                         encoding="utf-8")


if __name__ == "__main__":
    main()
