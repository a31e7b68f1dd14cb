"""Small builders for the insights tests: nights with onsets given as minutes relative to
midnight, medication courses, and calendar helpers. Every night is in UTC and ends at 07:00,
so an onset position p resolves back to p exactly (§3.1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from rls_diary.domain.night import Night
from rls_diary.domain.records import Medication

ONE_DAY = dt.timedelta(days=1)


def clock(position: int) -> dt.time:
    """The wall time of a position relative to midnight (−120 → 22:00, −780 → 11:00)."""
    minutes = position % 1440
    return dt.time(minutes // 60, minutes % 60)


def night(
    day: dt.date, severity: int | None = None, onset: int | None = None, **fields: Any
) -> Night:
    """A night in UTC ending at 07:00, with severity and onset position (blank when None)."""
    return Night(
        date=day,
        timezone="UTC",
        final_wake=dt.time(7, 0),
        rls_severity=severity,
        rls_onset=None if onset is None else clock(onset),
        **fields,
    )


def days(first: dt.date, count: int) -> list[dt.date]:
    return [first + i * ONE_DAY for i in range(count)]


def span(first: dt.date, last: dt.date) -> list[dt.date]:
    return days(first, (last - first).days + 1)


def course(
    start: dt.date,
    stop: dt.date | None = None,
    *,
    name: str = "pramipexole",
    drug_class: str = "dopamine_agonist",
    dose: float | None = 0.125,
    unit: str | None = "mg",
) -> Medication:
    return Medication(name, drug_class, start, dose, unit, dt.time(21, 0), stop)


def by_kind(findings: Iterable[Any], kind: str) -> list[Any]:
    return [f for f in findings if f.kind == kind]
