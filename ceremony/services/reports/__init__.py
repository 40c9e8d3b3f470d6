"""What is filed and reported after a ceremony: decision annexes and award statistics.

Plain values only (no ORM objects), so the app can build them on a worker thread and
the renderers in ceremony.reports can turn them into PDF, xlsx and csv.
"""

from ceremony.services.reports.annex import Annex, AnnexDocument, AnnexEntry, annex_document
from ceremony.services.reports.statistics import (
    Counts,
    Period,
    Statistics,
    StatRow,
    ceremony_statistics,
    is_minority,
    period_statistics,
)

__all__ = [
    "Annex",
    "AnnexDocument",
    "AnnexEntry",
    "Counts",
    "Period",
    "StatRow",
    "Statistics",
    "annex_document",
    "ceremony_statistics",
    "is_minority",
    "period_statistics",
]
