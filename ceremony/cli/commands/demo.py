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
        args.out.mkdir(parents=True, exist_ok=True)
        files = [write_roster(info, rows, args.out / "danh-sach.pdf")]
        files += _certificates(registry, info.id, args.out, args.lang)
        files += _programme(registry, info.id, args.out)
    say(args, "cli.demo_loaded", id=info.id, title=info.title, awards=len(rows))
    for path in files:
        say(args, "cli.demo_wrote", path=str(path))
    return {"ceremony": info.as_json(), "loaded": loaded, "awards": len(rows),
            "files": [str(path) for path in files]}


def _certificates(registry: Any, ceremony_id: int, folder: Path, language: str) -> list[Path]:
    """The Bằng khen and the medal certificates (full design, a preview: nothing recorded),
    and the printer calibration sheet on the Bằng khen's paper."""
    from ceremony.printing.batch import BatchRequest, run_batch
    from ceremony.printing.calibration import render_calibration
    from ceremony.printing.output import replace_atomically
    from ceremony.printing.template import load_template
    from ceremony.services.certificates import CertificateSelection

    files: list[Path] = []
    for award, name in (("Bằng khen", "bang-khen.pdf"), ("Kỷ niệm chương", "ky-niem-chuong.pdf")):
        request = BatchRequest(CertificateSelection(ceremony_id=ceremony_id, award=award),
                               out=folder / name)
        files += run_batch(registry, request).files
    official = load_template("bang-khen")
    sheet = render_calibration(official.width_mm, official.height_mm, language=language)
    files.append(replace_atomically(folder / "hieu-chinh-may-in.pdf", sheet))
    return files


def _programme(registry: Any, ceremony_id: int, folder: Path) -> list[Path]:
    """The running order, MC script, line-up sheets, tray list and name cards."""
    from ceremony.printing.programme.files import Paper, write_paper
    from ceremony.services.programme_sample import plan_sample_programme

    plan = plan_sample_programme(registry, ceremony_id)
    papers = ((Paper.RUNNING_ORDER, "chuong-trinh.pdf"), (Paper.SCRIPT, "kich-ban.pdf"),
              (Paper.LINEUP, "so-do-san-khau.pdf"), (Paper.TRAY, "thu-tu-khay.pdf"),
              (Paper.CARDS, "the-ten.pdf"))
    return [write_paper(plan, paper, folder / name).path for paper, name in papers]
