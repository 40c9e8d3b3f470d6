"""Parsing and checking the plain values users type: dates, times, languages."""

from __future__ import annotations

from datetime import date, datetime, time

from ceremony.errors import DataError
from ceremony.store.enums import Language


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise DataError("value.bad_date", value=value) from error


def parse_time(value: str) -> time:
    try:
        return datetime.strptime(value.strip(), "%H:%M").time()
    except ValueError as error:
        raise DataError("value.bad_time", value=value) from error


def parse_language(value: str) -> str:
    try:
        return Language(value.strip().lower()).value
    except ValueError as error:
        raise DataError("value.bad_language", value=value) from error
