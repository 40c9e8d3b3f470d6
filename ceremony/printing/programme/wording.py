"""How people, blocks and decisions are named on the ceremony's papers."""

from __future__ import annotations

from collections.abc import Sequence

from ceremony.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from ceremony.printing.programme.flow import Run
from ceremony.services.programme_records import BlockView, PresenterInfo, StagePerson


def called_name(person: StagePerson) -> str:
    """"Thượng tá Ma Văn Khởi": rank before the name, as the MC says it."""
    return f"{person.rank} {person.name}".strip()


def receiver(person: StagePerson) -> str:
    return ", ".join(part for part in (person.receiver_name, person.receiver_title) if part)


def notes(person: StagePerson, words: dict[str, str]) -> list[str]:
    """What the MC must say besides the name: absent, proxy, posthumous, representative."""
    said: list[str] = []
    if person.posthumous:
        said.append(words["posthumous"])
    if not person.walks:
        said.append(words["absent_note"])
    elif person.by_proxy:
        key = "relative" if person.posthumous else "proxy"
        said.append((words["absent"] + ", " if not person.posthumous else "")
                     + words[key].format(receiver=receiver(person)))
    elif person.receiver_name:
        key = "relative" if person.posthumous else "representative"
        said.append(words[key].format(receiver=receiver(person)))
    return said


def person_runs(person: StagePerson, words: dict[str, str], number: int | None = None,
                with_role: bool = True) -> list[Run]:
    """"3. Thượng tá Ma Văn Khởi, Phó Chỉ huy trưởng, … (nhận thay: …)" as runs."""
    # The number in the name's face: one string drawn instead of two per honoree.
    runs = [Run(f"{number}. ", SERIF_BOLD)] if number is not None else []
    runs.append(Run(called_name(person), SERIF_BOLD))
    if with_role and person.role_line:
        runs.append(Run(", " + person.role_line))
    said = notes(person, words)
    if said:
        runs.append(Run(" (" + "; ".join(said) + ")", SERIF_ITALIC))
    return runs


def presenters_text(presenters: Sequence[PresenterInfo], words: dict[str, str]) -> str:
    return words["and"].join(presenter.called for presenter in presenters)


def decision_text(block: BlockView, words: dict[str, str]) -> str:
    if not block.decision_number:
        return words["no_decision"]
    on = "" if block.decision_date is None else words["decision_date"].format(
        d=block.decision_date)
    return words["decision"].format(number=block.decision_number, date=on,
                                    authority=block.authority)


def block_title(block: BlockView, words: dict[str, str]) -> str:
    return words["block_title"].format(decision=decision_text(block, words), award=block.award)


def whom(people: Sequence[StagePerson], words: dict[str, str]) -> str:
    kinds = {person.is_collective for person in people}
    if kinds == {True}:
        return words["invite_collectives"]
    if kinds == {False}:
        return words["invite_individuals"]
    return words["invite_mixed"]


def minutes(seconds: int) -> int:
    return -(-seconds // 60)  # rounded up: an estimate should not promise too little


def plain(text: str) -> list[Run]:
    return [Run(text, SERIF)]
