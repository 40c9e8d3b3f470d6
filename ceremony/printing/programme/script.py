"""The MC script: the full words to read, block by block and round by round."""

from __future__ import annotations

from ceremony.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from ceremony.printing.programme.flow import MM, Flow, Run
from ceremony.printing.programme.phrases import dated, phrases
from ceremony.printing.programme.wording import (
    block_title,
    decision_text,
    person_runs,
    presenters_text,
    whom,
)
from ceremony.services.programme_records import BlockView, ItemView, PlanView, RoundView

HANGING = 7 * MM  # numbered names: the number hangs, the wrapped lines align with the name


def render_script(plan: PlanView) -> tuple[bytes, int]:
    words = phrases(plan.ceremony.language)
    flow = Flow(plan.ceremony.title, words["page"])
    flow.centred(words["script_heading"], SERIF_BOLD, 15)
    flow.centred(plan.ceremony.title, SERIF_BOLD, 12)
    flow.centred(dated(words, plan.ceremony.place_name, plan.ceremony.date), SERIF_ITALIC, 11)
    flow.space(4 * MM)
    for item in plan.items:
        if item.block_id is None:
            _segment(flow, item, words)
        else:
            _block(flow, item, plan.block(item.block_id), words)
    return flow.finish()


def _item_heading(flow: Flow, item: ItemView, title: str) -> None:
    flow.space(3 * MM)
    flow.paragraph([Run(f"{item.start:%H:%M}  ", SERIF_BOLD), Run(title, SERIF_BOLD)], 12,
                   keep=30)


def _segment(flow: Flow, item: ItemView, words: dict[str, str]) -> None:
    _item_heading(flow, item, item.title)
    if item.speaker:
        flow.paragraph([Run(words["speaker"].format(speaker=item.speaker), SERIF_ITALIC)], 11)


def _block(flow: Flow, item: ItemView, block: BlockView, words: dict[str, str]) -> None:
    _item_heading(flow, item, block_title(block, words))
    flow.space(1.5 * MM)
    flow.paragraph([Run(words["read_decision"].format(decision=decision_text(block, words),
                                                      award=block.award))], 12)
    for stage_round in block.rounds:
        _round(flow, block, stage_round, words)


def _round(flow: Flow, block: BlockView, stage_round: RoundView, words: dict[str, str]) -> None:
    flow.space(2 * MM)
    label = words["round_of"].format(n=stage_round.number, total=len(block.rounds))
    flow.paragraph([Run(label, SERIF_BOLD)], 11, keep=40)
    who = whom(stage_round.people, words)
    if block.presenters:
        key = "invite_first" if stage_round.number == 1 else "invite_next"
        sentence = words[key].format(presenters=presenters_text(block.presenters, words),
                                     award=block.award, whom=who)
    else:
        sentence = words["invite_no_presenter"].format(whom=who, award=block.award)
    flow.paragraph([Run(sentence, SERIF)], 12, keep=16)
    for number, person in enumerate(stage_round.people, start=1):
        runs = person_runs(person, words, number)
        flow.paragraph(runs, 12, indent=4 * MM, hanging=HANGING)
    flow.paragraph([Run(words["photo"], SERIF_ITALIC)], 11)
