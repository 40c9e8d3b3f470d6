"""The closed vocabularies of the registry, stored as short lower-case strings."""

from __future__ import annotations

from enum import StrEnum


class HonoreeKind(StrEnum):
    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class AwardCategory(StrEnum):
    MEDAL = "medal"
    COMMENDATION = "commendation"
    CERTIFICATE_OF_MERIT = "certificate_of_merit"
    TITLE = "title"
    OTHER = "other"


class Recipients(StrEnum):
    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"
    BOTH = "both"


class AwardStatus(StrEnum):
    NOMINATED = "nominated"
    APPROVED = "approved"
    PRINTED = "printed"
    PRESENTED = "presented"
    ABSENT = "absent"


class Language(StrEnum):
    VI = "vi"
    EN = "en"


def sql_in(values: type[StrEnum]) -> str:
    """A CHECK-constraint list such as "'a', 'b'" for an enum's values."""
    return ", ".join(f"'{member.value}'" for member in values)
