"""For backstage: a line-up sheet per round, and the tray list for the presenters' aides.

The tray list is the stage order, which is also the order of
`ceremony certificates --order stage`, so the stack of certificates matches.
"""

from __future__ import annotations

from ceremony.printing.fonts import SERIF_BOLD, SERIF_ITALIC
from ceremony.printing.programme.flow import MM, Flow, Run
from ceremony.printing.programme.phrases import phrases
from ceremony.printing.programme.wording import called_name, notes, plain, presenters_text
from ceremony.services.programme_records import BlockView, PlanView, RoundView, StagePerson

LINEUP_COLUMNS = (16 * MM, 62 * MM, 52 * MM, 44 * MM)
TRAY_COLUMNS = (14 * MM, 22 * MM, 62 * MM, 76 * MM)


def render_lineup(plan: PlanView) -> tuple[bytes, int]:
    """One page per round: who stands where, left to right."""
    words = phrases(plan.ceremony.language)
    flow = Flow(plan.ceremony.title, words["page"])
    first = True
    for block in plan.blocks:
        for stage_round in block.rounds:
            if not first:
                flow.new_page()
            first = False
            _lineup_page(flow, block, stage_round, words)
    return flow.finish()


def _lineup_page(flow: Flow, block: BlockView, stage_round: RoundView,
                 words: dict[str, str]) -> None:
    flow.centred(words["lineup_heading"], SERIF_BOLD, 14)
    flow.centred(block.award, SERIF_BOLD, 12)
    flow.centred(words["round_of"].format(n=stage_round.number, total=len(block.rounds)),
                 SERIF_BOLD, 12)
    flow.paragraph([Run(words["audience_view"].format(
        presenters=presenters_text(block.presenters, words) or "—"), SERIF_ITALIC)], 10.5)
    flow.space(3 * MM)
    header = [[Run(words[key], SERIF_BOLD)]
              for key in ("col_place", "col_name", "col_receiver", "col_note")]
    flow.row(list(zip(header, LINEUP_COLUMNS, strict=True)))
    for person in stage_round.people:
        flow.row([(plain(str(person.stage_position)), LINEUP_COLUMNS[0]),
                  ([Run(called_name(person), SERIF_BOLD)], LINEUP_COLUMNS[1]),
                  (plain(_walker(person)), LINEUP_COLUMNS[2]),
                  (plain("; ".join(notes(person, words))), LINEUP_COLUMNS[3])], size=10.5)


def _walker(person: StagePerson) -> str:
    if not person.walks:
        return "—"
    if person.receiver_name:
        return ", ".join(p for p in (person.receiver_name, person.receiver_title) if p)
    return called_name(person)


def render_tray(plan: PlanView) -> tuple[bytes, int]:
    """Certificates and medals in the order they are handed over, block by block."""
    words = phrases(plan.ceremony.language)
    flow = Flow(plan.ceremony.title, words["page"])
    flow.centred(words["tray_heading"], SERIF_BOLD, 14)
    flow.centred(plan.ceremony.title, SERIF_BOLD, 12)
    number = 0
    for block in plan.blocks:
        flow.space(4 * MM)
        flow.paragraph([Run(block.award, SERIF_BOLD)], 11.5, keep=40)
        flow.paragraph([Run(presenters_text(block.presenters, words), SERIF_ITALIC)], 10.5)
        header = [[Run(words[key], SERIF_BOLD)]
                  for key in ("col_no", "col_round", "col_name", "col_note")]
        flow.row(list(zip(header, TRAY_COLUMNS, strict=True)))
        for person in block.people():
            number += 1
            note = words["kept_back"] if not person.walks else "; ".join(notes(person, words))
            flow.row([(plain(str(number)), TRAY_COLUMNS[0]),
                      (plain(f"{person.round_number}.{person.stage_position}"), TRAY_COLUMNS[1]),
                      ([Run(called_name(person), SERIF_BOLD)], TRAY_COLUMNS[2]),
                      (plain(note), TRAY_COLUMNS[3])])
    return flow.finish()
