"""The running order: the programme with start times, each block with its rounds."""

from __future__ import annotations

from ceremony.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from ceremony.printing.programme.flow import MM, Flow, Run
from ceremony.printing.programme.phrases import dated, phrases
from ceremony.printing.programme.wording import (
    block_title,
    minutes,
    person_runs,
    plain,
    presenters_text,
)
from ceremony.services.programme_records import BlockView, ItemView, PlanView

COLUMNS = (20 * MM, 100 * MM, 54 * MM)


def render_running_order(plan: PlanView) -> tuple[bytes, int]:
    """The PDF and its page count."""
    words = phrases(plan.ceremony.language)
    flow = Flow(plan.ceremony.title, words["page"])
    _heading(flow, plan, words["order_heading"])
    header = [[Run(words[key], SERIF_BOLD)] for key in ("col_time", "col_item", "col_speaker")]

    def repeat_header() -> None:
        flow.row(list(zip(header, COLUMNS, strict=True)))

    repeat_header()
    flow.on_new_page = repeat_header
    for item in plan.items:
        if item.block_id is None:
            _segment(flow, item)
        else:
            _block(flow, item, plan.block(item.block_id), words)
    flow.on_new_page = None
    flow.space(4 * MM)
    flow.paragraph(plain(words["ends"].format(time=f"{plan.end:%H:%M}")), 11)
    return flow.finish()


def _heading(flow: Flow, plan: PlanView, heading: str) -> None:
    words = phrases(plan.ceremony.language)
    flow.centred(heading, SERIF_BOLD, 15)
    flow.centred(plan.ceremony.title, SERIF_BOLD, 12)
    where = ", ".join(part for part in (plan.ceremony.venue,) if part)
    flow.centred(dated(words, plan.ceremony.place_name, plan.ceremony.date), SERIF_ITALIC, 11)
    if where:
        flow.centred(where, SERIF, 11)
    flow.space(5 * MM)


def _segment(flow: Flow, item: ItemView) -> None:
    flow.row([(plain(f"{item.start:%H:%M}"), COLUMNS[0]), (plain(item.title), COLUMNS[1]),
              (plain(item.speaker), COLUMNS[2])])


def _block(flow: Flow, item: ItemView, block: BlockView, words: dict[str, str]) -> None:
    title = [Run(block_title(block, words), SERIF_BOLD)]
    if block.overruns and block.slot_minutes is not None:
        title.append(Run(" " + words["overrun"].format(minutes=minutes(block.seconds),
                                                      slot=block.slot_minutes), SERIF_ITALIC))
    flow.row([(plain(f"{item.start:%H:%M}"), COLUMNS[0]), (title, COLUMNS[1]),
              (plain(presenters_text(block.presenters, words)), COLUMNS[2])], rule=False)
    for stage_round in block.rounds:
        runs = [Run(words["round"].format(n=stage_round.number) + " ("
                    + words["people"].format(n=len(stage_round.people)) + "): ", SERIF_ITALIC)]
        for index, person in enumerate(stage_round.people):
            if index:
                runs.append(Run("; "))
            runs += person_runs(person, words, with_role=False)
        last = stage_round is block.rounds[-1]
        flow.row([([], COLUMNS[0]), (runs, COLUMNS[1] + COLUMNS[2])], size=9.5, rule=last)
