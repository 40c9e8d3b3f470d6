"""Writing the ceremony plan's PDFs: rendered in memory, then moved into place.

ReportLab's own save truncates the target first, so a failed render would lose
the previous file; replace_atomically never leaves a half-written one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ceremony.printing.output import replace_atomically
from ceremony.printing.programme.cards import render_cards
from ceremony.printing.programme.running_order import render_running_order
from ceremony.printing.programme.script import render_script
from ceremony.printing.programme.sheets import render_lineup, render_tray
from ceremony.services.programme_records import PlanView


class Paper(StrEnum):
    RUNNING_ORDER = "out"
    SCRIPT = "script"
    CARDS = "cards"
    LINEUP = "lineup"
    TRAY = "tray"


RENDERERS: dict[Paper, Callable[[PlanView], tuple[bytes, int]]] = {
    Paper.RUNNING_ORDER: render_running_order,
    Paper.SCRIPT: render_script,
    Paper.CARDS: render_cards,
    Paper.LINEUP: render_lineup,
    Paper.TRAY: render_tray,
}


@dataclass(frozen=True)
class Written:
    paper: Paper
    path: Path
    pages: int


def write_paper(plan: PlanView, paper: Paper, target: Path) -> Written:
    content, pages = RENDERERS[paper](plan)
    return Written(paper, replace_atomically(target, content), pages)
