"""Writing a report to the file the user named: the format follows the file's suffix."""

from __future__ import annotations

from pathlib import Path

from ceremony.errors import DataError
from ceremony.services.reports import AnnexDocument, Statistics

ANNEX_SUFFIXES = (".pdf", ".xlsx")
STATISTICS_SUFFIXES = (".pdf", ".xlsx", ".csv")


def write_annex(document: AnnexDocument, target: Path) -> Path:
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from ceremony.reports.annex_pdf import write_annex_pdf

        return write_annex_pdf(document, target)
    if suffix == ".xlsx":
        from ceremony.reports.annex_xlsx import write_annex_xlsx

        return write_annex_xlsx(document, target)
    raise DataError("report.annex_format", path=target.name)


def write_statistics(statistics: Statistics, language: str, target: Path) -> Path:
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        from ceremony.reports.statistics_pdf import write_statistics_pdf

        return write_statistics_pdf(statistics, language, target)
    if suffix == ".xlsx":
        from ceremony.reports.statistics_sheets import write_statistics_xlsx

        return write_statistics_xlsx(statistics, language, target)
    if suffix == ".csv":
        from ceremony.reports.statistics_sheets import write_statistics_csv

        return write_statistics_csv(statistics, language, target)
    raise DataError("report.bad_format", path=target.name)
