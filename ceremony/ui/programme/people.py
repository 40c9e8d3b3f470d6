"""How an honoree on stage is named in the editor and on the projector.

Attendance values are the store's plain strings, compared here as strings so
the page can be imported before SQLAlchemy is (the enum lives in the store).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ceremony.services.programme_records import StagePerson

EXPECTED, PRESENT, ABSENT, PROXY = "expected", "present", "absent", "proxy"
ATTENDANCES = (EXPECTED, PRESENT, ABSENT, PROXY)


def person_name(person: StagePerson) -> str:
    return f"{person.rank} {person.name}".strip()


def attendance_label(value: str) -> str:
    labels = {
        EXPECTED: QCoreApplication.translate("ProgrammePage", "Not checked in"),
        PRESENT: QCoreApplication.translate("ProgrammePage", "Present"),
        ABSENT: QCoreApplication.translate("ProgrammePage", "Absent"),
        PROXY: QCoreApplication.translate("ProgrammePage", "Proxy"),
    }
    return labels.get(value, value)


def receiver(person: StagePerson) -> str:
    return ", ".join(part for part in (person.receiver_name, person.receiver_title) if part)


def attendance_text(person: StagePerson) -> str:
    """The check-in state, with who receives the award when it is not the honoree."""
    text = attendance_label(person.attendance)
    if person.receiver_name and person.attendance != ABSENT:
        text += " — " + receiver(person)
    if person.posthumous:
        text += " " + QCoreApplication.translate("ProgrammePage", "(posthumous)")
    return text


def stage_line(person: StagePerson) -> str:
    """One line of the projector: the name, and who walks on stage in their place."""
    name = person_name(person)
    if person.by_proxy:
        return QCoreApplication.translate("Projector", "%1 (received by %2)").replace(
            "%1", name).replace("%2", receiver(person))
    if person.receiver_name:
        return f"{name} ({receiver(person)})"
    return name
