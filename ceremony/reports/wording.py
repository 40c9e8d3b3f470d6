"""The words of a report in its language, from ceremony.messages, and official dates."""

from __future__ import annotations

import unicodedata
from datetime import date
from xml.sax.saxutils import escape

from ceremony.messages import render
from ceremony.printing.variables import long_date, short_date
from ceremony.services.reports import Annex

ROMAN = ("I", "II", "III", "IV", "V")


def words(key: str, language: str, **params: object) -> str:
    return render(f"report.{key}", language, **params)


def nfc(text: str) -> str:
    """ReportLab places the marks of decomposed Vietnamese wrongly: always compose."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """User text for a Paragraph: composed and XML-escaped, so it is never read as markup
    (a name such as "<img src=…>" would otherwise make ReportLab open a file)."""
    return escape(nfc(text))


def decision_date(on: date, language: str) -> str:
    """As annex titles write it: "05/02/2024", or "5 February 2024" in English."""
    return short_date(on, language)


def dated(on: date, language: str) -> str:
    return long_date(on, language)


def count_phrase(kind: str, count: int, language: str) -> str:
    suffix = "_one" if count == 1 else ""
    return words(f"annex.count.{kind}{suffix}", language, n=count)


def summary(collectives: int, individuals: int, language: str) -> str:
    """"02 tập thể và 04 cá nhân", leaving out a kind the list does not have."""
    parts = [count_phrase(kind, count, language)
             for kind, count in (("collective", collectives), ("individual", individuals))
             if count]
    return words("annex.and", language).join(parts)


def annex_subject(annex: Annex, language: str) -> str:
    """"Tập thể, cá nhân được tặng …", naming only the kinds the list has."""
    kinds = [kind for kind, _ in annex.sections()]
    which = kinds[0] if len(kinds) == 1 else "both"
    return words(f"annex.subject.{which}", language, award=annex.award)


def annex_attached(annex: Annex, language: str) -> str:
    """"(Kèm theo Quyết định số … ngày … của …)"."""
    if not annex.decision_number:
        return words("annex.no_decision", language)
    if annex.decision_date is None:
        return words("annex.attached_undated", language, number=annex.decision_number,
                     authority=annex.authority)
    return words("annex.attached", language, number=annex.decision_number,
                 date=decision_date(annex.decision_date, language), authority=annex.authority)
