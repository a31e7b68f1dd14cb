"""Remission and recurrence (DESIGN §6).

A **remission** is a run of at least 28 consecutive calendar nights with severity 0, at most 3
of them not recorded (no entry, or a blank severity). Longer periods are the union of such
28-night windows: each window begins and ends on a night recorded as 0, holds no night with
symptoms and at most 3 unrecorded nights; windows that overlap or touch merge into one period.
A period is labelled on treatment when any treatment episode covers one of its nights.

After a remission, a **recurrence** starts at the first night with symptoms (severity ≥ 1)
that is followed, within the 7 nights starting with it, by at least 3 nights with symptoms in
all (it is dated at that first night). The search ends where the next remission begins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.episodes import Episode
from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    DOCTOR,
    NIGHT,
    Finding,
    Text,
    counted,
    day_text,
)
from rls_diary.domain.night import Night
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

REMISSION_NIGHTS: Final = 28
MAX_UNRECORDED: Final = 3
RECURRENCE_NIGHTS: Final = 3
RECURRENCE_WINDOW: Final = 7

REMISSION: Final = "remission"
RECURRENCE: Final = "recurrence"

# -- the templates of the messages -----------------------------------------------------------
_ON_TREATMENT: Final = QT_TRANSLATE_NOOP("insights", "on treatment ({treatments})")
_OFF_TREATMENT: Final = QT_TRANSLATE_NOOP("insights", "off treatment")
_LATEST: Final = QT_TRANSLATE_NOOP("insights", ", the latest night in the diary")
_REMISSION: Final = QT_TRANSLATE_NOOP(
    "insights",
    "No symptoms (severity 0) from {start} to {end}{latest}: {nights}, {unrecorded} of them "
    "not recorded, {label}. RLS can come back after a remission; tell your doctor how you "
    "are doing.",
)
_RECURRENCE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Symptoms came back on {day} after the remission from {start} to {end}: symptoms on "
    "{count} of the {window} nights {day} to {window_end}. {doctor}",
)


@dataclass(frozen=True, slots=True)
class Remission:
    start: dt.date
    end: dt.date
    unrecorded: int

    @property
    def nights(self) -> int:
        return (self.end - self.start).days + 1


def remission_periods(nights: Iterable[Night]) -> list[Remission]:
    """The remission periods of the diary, in date order."""
    table = series.by_date(nights)
    if not table:
        return []
    calendar = list(series.days(min(table), max(table)))
    severity = [_severity(table.get(day)) for day in calendar]
    unrecorded = _prefix(s is None for s in severity)
    symptomatic = _prefix(s is not None and s >= series.SYMPTOMATIC for s in severity)
    spans: list[tuple[int, int]] = []
    for first in range(len(calendar) - REMISSION_NIGHTS + 1):
        last = first + REMISSION_NIGHTS - 1
        if (
            severity[first] == 0
            and severity[last] == 0
            and symptomatic[last + 1] == symptomatic[first]
            and unrecorded[last + 1] - unrecorded[first] <= MAX_UNRECORDED
        ):
            if spans and first <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], last)
            else:
                spans.append((first, last))
    return [
        Remission(calendar[a], calendar[b], unrecorded[b + 1] - unrecorded[a]) for a, b in spans
    ]


def _severity(night: Night | None) -> int | None:
    return None if night is None else night.rls_severity


def _prefix(flags: Iterable[bool]) -> list[int]:
    """Running counts: ``out[i]`` is the number of true flags before position i."""
    out = [0]
    for flag in flags:
        out.append(out[-1] + int(flag))
    return out


def recurrence_after(
    table: series.NightTable, period: Remission, until: dt.date
) -> tuple[dt.date, int] | None:
    """The first night after ``period`` (up to ``until``) that starts a recurrence, and the
    number of nights with symptoms within its 7 nights."""
    for day in series.days(period.end + series.ONE_DAY, until):
        if not series.is_symptomatic(table.get(day)):
            continue
        window = series.days(day, day + (RECURRENCE_WINDOW - 1) * series.ONE_DAY)
        count = sum(series.is_symptomatic(table.get(d)) for d in window)
        if count >= RECURRENCE_NIGHTS:
            return day, count
    return None


def remission_findings(nights: Iterable[Night], episodes: Sequence[Episode]) -> list[Finding]:
    """Each remission period (labelled on or off treatment) and the recurrence after it."""
    table = series.by_date(nights)
    periods = remission_periods(table.values())
    if not periods:
        return []
    last = max(table)
    found = []
    for index, period in enumerate(periods):
        found.append(_remission(period, episodes, ongoing=period.end == last))
        following = periods[index + 1].start - series.ONE_DAY if index + 1 < len(periods) else last
        recurrence = recurrence_after(table, period, following)
        if recurrence is not None:
            found.append(_recurrence(period, *recurrence))
    return found


def _remission(period: Remission, episodes: Sequence[Episode], *, ongoing: bool) -> Finding:
    treatments = sorted(
        {e.name for e in episodes if e.overlaps_nights(period.start, period.end)},
        key=str.casefold,
    )
    label = (
        Text.of(_ON_TREATMENT, treatments=", ".join(treatments))
        if treatments
        else Text(_OFF_TREATMENT)
    )
    message = Text.of(
        _REMISSION,
        start=day_text(period.start),
        end=day_text(period.end),
        latest=Text(_LATEST) if ongoing else "",
        nights=counted(period.nights, NIGHT),
        unrecorded=str(period.unrecorded),
        label=label,
    )
    numbers = {
        "nights": period.nights,
        "unrecorded": period.unrecorded,
        "on_treatment": bool(treatments),
        "treatments": treatments,
        "ongoing": ongoing,
    }
    return Finding.of(REMISSION, message, numbers, start=period.start, end=period.end)


def _recurrence(period: Remission, day: dt.date, count: int) -> Finding:
    window_end = day + (RECURRENCE_WINDOW - 1) * series.ONE_DAY
    message = Text.of(
        _RECURRENCE,
        day=day_text(day),
        start=day_text(period.start),
        end=day_text(period.end),
        count=str(count),
        window=str(RECURRENCE_WINDOW),
        window_end=day_text(window_end),
        doctor=Text(DOCTOR),
    )
    numbers = {
        "symptomatic_nights": count,
        "of_nights": RECURRENCE_WINDOW,
        "window_to": window_end,
        "remission_from": period.start,
        "remission_to": period.end,
    }
    return Finding.of(RECURRENCE, message, numbers, date=day)
