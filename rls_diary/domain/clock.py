"""Clock times of a night resolved to real instants (DESIGN §3.1).

Durations are differences of UTC instants: subtracting two aware datetimes that share one
``ZoneInfo`` uses wall time and gets daylight-saving nights wrong.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rls_diary.domain.night import Night

UTC = dt.UTC
NOON = dt.time(12, 0)
MORNING_ANCHOR = dt.time(8, 0)  # onset without final_wake, and the "current entry" switch
ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; raises ``ValueError`` for an unknown or malformed name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except ValueError:
        return False
    return True


def to_instant(day: dt.date, clock: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of wall time ``clock`` on ``day`` in ``tz``.

    Nonexistent times (spring gap) resolve forward, ambiguous ones (autumn) to the first
    occurrence: both are what ``fold=0`` gives.
    """
    local = dt.datetime.combine(day, clock).replace(tzinfo=tz, fold=0)
    return local.astimezone(UTC)


def local_date(instant: dt.datetime, tz: ZoneInfo) -> dt.date:
    return instant.astimezone(tz).date()


def first_at_or_after(clock: dt.time, after: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The first instant at or after ``after`` whose wall clock reads ``clock``."""
    day = local_date(after, tz)
    for offset in range(3):
        candidate = to_instant(day + offset * ONE_DAY, clock, tz)
        if candidate >= after:
            return candidate
    raise AssertionError("unreachable: a wall time recurs within two days")  # pragma: no cover


def latest_at_or_before(clock: dt.time, before: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The latest instant at or before ``before`` whose wall clock reads ``clock``."""
    day = local_date(before, tz)
    for offset in range(3):
        candidate = to_instant(day - offset * ONE_DAY, clock, tz)
        if candidate <= before:
            return candidate
    raise AssertionError("unreachable: a wall time recurs within two days")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Instants:
    """The night's clock times as UTC instants (``None`` where the time is blank)."""

    bedtime: dt.datetime | None = None
    lights_out: dt.datetime | None = None
    final_wake: dt.datetime | None = None
    out_of_bed: dt.datetime | None = None
    rls_onset: dt.datetime | None = None
    last_caffeine: dt.datetime | None = None


def resolve(night: Night, default_zone: str = "UTC") -> Instants:
    """Resolve the clock times of ``night`` in its zone (or ``default_zone`` when blank).

    The first time of the chain bedtime → lights_out → final_wake → out_of_bed anchors it: an
    evening time (12:00 or later) of bedtime or lights_out falls on the day before, anything
    else on the morning date. Each later time is the first occurrence at or after the one
    before it.
    """
    tz = zone(night.timezone or default_zone)
    chain: dict[str, dt.datetime | None] = {}
    previous: dt.datetime | None = None
    for name in ("bedtime", "lights_out", "final_wake", "out_of_bed"):
        clock: dt.time | None = getattr(night, name)
        if clock is None:
            chain[name] = None
            continue
        if previous is None:
            evening = name in ("bedtime", "lights_out") and clock >= NOON
            previous = to_instant(night.date - ONE_DAY if evening else night.date, clock, tz)
        else:
            previous = first_at_or_after(clock, previous, tz)
        chain[name] = previous

    onset = None
    if night.rls_onset is not None:
        final_wake = chain["final_wake"]
        if final_wake is not None:
            onset = latest_at_or_before(night.rls_onset, final_wake, tz)
        else:
            anchor = to_instant(night.date, MORNING_ANCHOR, tz) - dt.timedelta(microseconds=1)
            onset = latest_at_or_before(night.rls_onset, anchor, tz)
    caffeine = None
    if night.last_caffeine is not None:
        caffeine = to_instant(night.date - ONE_DAY, night.last_caffeine, tz)
    return Instants(rls_onset=onset, last_caffeine=caffeine, **chain)


def minutes_between(start: dt.datetime, end: dt.datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (both UTC instants)."""
    return int((end - start).total_seconds() // 60)


def minutes_from_midnight(instant: dt.datetime, morning: dt.date, tz: ZoneInfo) -> int:
    """Clock position relative to the midnight that starts ``morning`` (21:30 → -150).

    Measured on the wall clock, as the chart axis shows clock times: 02:00 is +120 on every
    night, daylight saving or not.
    """
    local = instant.astimezone(tz)
    days = (local.date() - morning).days
    return days * 1440 + local.hour * 60 + local.minute


def current_entry_date(now_local: dt.datetime) -> dt.date:
    """The entry that "now" belongs to: before 08:00 today's, from 08:00 tomorrow's (§6)."""
    today = now_local.date()
    return today if now_local.time() < MORNING_ANCHOR else today + ONE_DAY
