"""The Reports page's way to the services and the report writers, imported on first use.

Like ui/backend.py: the page is built at start-up, so nothing here imports
SQLAlchemy, ReportLab or openpyxl before the first call. Everything returned is
a plain frozen record (Statistics, AnnexDocument, EligibilityWarning).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.ui.gateway import RegistryGateway

if TYPE_CHECKING:
    from ceremony.services.eligibility import EligibilityWarning
    from ceremony.services.reports import AnnexDocument, Statistics

# The largest minimum the registry accepts: equal to
# ceremony.services.eligibility.MAX_MIN_YEARS (a test keeps them equal), copied so
# the spin box can be built before the services are imported.
MAX_MIN_YEARS = 50


@dataclass(frozen=True)
class Scope:
    """One ceremony, or every award dated within a period (both ends included)."""

    ceremony_id: int | None = None
    start: date | None = None
    end: date | None = None


class ReportsGateway(RegistryGateway):
    def statistics(self, scope: Scope) -> Statistics:
        from ceremony.services.reports import ceremony_statistics, period_statistics

        if scope.ceremony_id is not None:
            return ceremony_statistics(self.registry, scope.ceremony_id)
        assert scope.start is not None and scope.end is not None
        return period_statistics(self.registry, scope.start, scope.end)

    def annexes(self, ceremony_id: int) -> AnnexDocument:
        from ceremony.services.reports import annex_document

        return annex_document(self.registry, ceremony_id)

    def warnings(self, ceremony_id: int) -> list[EligibilityWarning]:
        from ceremony.services.eligibility import ceremony_warnings

        return ceremony_warnings(self.registry, ceremony_id)

    def min_years(self) -> int:
        from ceremony.services.eligibility import get_min_years

        return get_min_years(self.registry)

    def set_min_years(self, years: int) -> int:
        """Returns the minimum it replaced."""
        from ceremony.services.eligibility import set_min_years

        return set_min_years(self.registry, years)


# -- the writers: plain functions of plain records, run on a worker thread ---------------


def write_statistics(statistics: Statistics, language: str, target: Path) -> Path:
    from ceremony.reports.files import write_statistics as write

    return write(statistics, language, target)


def write_annex(document: AnnexDocument, target: Path) -> Path:
    from ceremony.reports.files import write_annex as write

    return write(document, target)


def statistics_language(statistics: Statistics, ui_language: str) -> str:
    """As `ceremony report` words them: a ceremony's in its own language, a period's in
    the user's."""
    return statistics.ceremony.language if statistics.ceremony is not None else ui_language
