"""The statistics as plain rows, shared by the PDF, the xlsx and the csv."""

from __future__ import annotations

from ceremony.reports.wording import decision_date, words
from ceremony.services.reports import Counts, Statistics

COUNT_COLUMNS = ("column.total", "column.collectives", "column.individuals", "column.men",
                 "column.women", "column.minorities")

Row = list[str | int]


def counts_of(counts: Counts) -> list[int]:
    return [counts.total, counts.collectives, counts.individuals, counts.men, counts.women,
            counts.minorities]


def scope_line(statistics: Statistics, language: str) -> str:
    if statistics.ceremony is not None:
        return words("statistics.ceremony", language, title=statistics.ceremony.title,
                     date=decision_date(statistics.ceremony.date, language))
    assert statistics.period is not None
    return words("statistics.period", language,
                 start=decision_date(statistics.period.start, language),
                 end=decision_date(statistics.period.end, language))


def flat_rows(statistics: Statistics, language: str) -> list[Row]:
    """One table: a group column (award, unit, total), label, authority, the counts."""
    head: Row = [words(key, language) for key in
                 ("statistics.group", "column.label", "column.authority", *COUNT_COLUMNS)]
    award = words("statistics.group.award", language)
    unit = words("statistics.group.unit", language)
    rows: list[Row] = [head]
    rows += [[award, r.label, r.detail, *counts_of(r.counts)] for r in statistics.by_award]
    rows += [[unit, r.label or words("statistics.no_unit", language), "", *counts_of(r.counts)]
             for r in statistics.by_unit]
    rows.append([words("statistics.group.total", language), "", "",
                 *counts_of(statistics.total)])
    return rows
