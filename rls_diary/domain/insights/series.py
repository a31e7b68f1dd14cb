"""Night look-ups shared by the rules: entries by date, calendar windows, values in them.

Windows are calendar nights (a missing entry is simply absent), and blank values are skipped,
never counted as 0.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final

from rls_diary.domain.metrics import compute
from rls_diary.domain.night import Night

ONE_DAY: Final = dt.timedelta(days=1)
SYMPTOMATIC: Final = 1  # a night "has symptoms" when rls_severity >= 1

NightTable = Mapping[dt.date, Night]
Period = tuple[dt.date, dt.date]  # first and last night, both included
ValueOf = Callable[[Night], float | None]


def by_date(nights: Iterable[Night]) -> dict[dt.date, Night]:
    """Entries keyed by morning date, in date order."""
    return {night.date: night for night in sorted(nights, key=lambda n: n.date)}


def days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Every calendar date from ``first`` to ``last`` (inclusive)."""
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months later (earlier when negative); the month's last day
    when that month is shorter (2024-02-29 − 12 months → 2023-02-28)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def window_ending(last: dt.date, length: int) -> tuple[dt.date, dt.date]:
    """The ``length`` calendar nights ending at ``last``."""
    return last - (length - 1) * ONE_DAY, last


def entries(table: NightTable, first: dt.date, last: dt.date) -> list[Night]:
    """The entries from ``first`` to ``last`` (inclusive), in date order."""
    return [table[day] for day in days(first, last) if day in table]


def values(table: NightTable, first: dt.date, last: dt.date, value: ValueOf) -> list[float]:
    """The non-blank values of ``value`` over the entries from ``first`` to ``last``."""
    found = (value(night) for night in entries(table, first, last))
    return [v for v in found if v is not None]


def field_value(name: str) -> ValueOf:
    """The value of night field ``name`` as a float (``None`` when blank)."""

    def read(night: Night) -> float | None:
        raw = night.get(name)
        return None if raw is None else float(raw)

    return read


def severity(night: Night) -> float | None:
    return None if night.rls_severity is None else float(night.rls_severity)


def is_symptomatic(night: Night | None) -> bool:
    """Severity recorded and at least 1 (blank or no entry is not a night with symptoms)."""
    return night is not None and night.rls_severity is not None and night.rls_severity >= 1


def onset_minutes(default_zone: str) -> ValueOf:
    """The onset as minutes relative to midnight (21:30 → −150), resolved as in §3.1."""

    def read(night: Night) -> float | None:
        if night.rls_onset is None:
            return None
        onset = compute(night, default_zone).rls_onset_min
        return None if onset is None else float(onset)

    return read


def total_sleep(default_zone: str) -> ValueOf:
    """Total sleep time in minutes (§3.2), blank when an input is blank."""

    def read(night: Night) -> float | None:
        tst = compute(night, default_zone).total_sleep_min
        return None if tst is None else float(tst)

    return read
