"""Consensus Sleep Diary metrics of one night (DESIGN §3.2), blank when an input is blank."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rls_diary.domain.clock import (
    Instants,
    WallMinutes,
    minutes_between,
    minutes_from_midnight,
    resolve_exactly,
    wall_minutes,
    zone,
)
from rls_diary.domain.night import Night


@dataclass(frozen=True, slots=True)
class NightMetrics:
    time_in_bed_min: int | None = None
    total_sleep_min: int | None = None
    sleep_efficiency_pct: float | None = None  # one decimal
    rls_onset_min: int | None = None  # relative to the midnight before the morning date
    sleep_window_min: int | None = None  # final_wake - lights_out


def compute(night: Night, default_zone: str = "UTC") -> NightMetrics:
    """TIB, TST, SE and the onset position; each ``None`` when one of its inputs is blank."""
    wall = wall_minutes(night, default_zone)
    if wall is not None:
        return compute_wall(night, wall)
    return compute_resolved(night, resolve_exactly(night, default_zone), default_zone)


def compute_wall(night: Night, wall: WallMinutes) -> NightMetrics:
    """:func:`compute` from the fast path's wall minutes (differences of them are real
    minutes there, and the onset minutes are its position relative to midnight)."""
    tib = _difference(wall.bedtime, wall.out_of_bed)
    window = _difference(wall.lights_out, wall.final_wake)
    return _metrics(night, tib, window, wall.rls_onset)


def compute_resolved(night: Night, at: Instants, default_zone: str = "UTC") -> NightMetrics:
    tib = _span(at.bedtime, at.out_of_bed)
    window = _span(at.lights_out, at.final_wake)
    onset = None
    if at.rls_onset is not None:
        onset = minutes_from_midnight(
            at.rls_onset, night.date, zone(night.timezone or default_zone)
        )
    return _metrics(night, tib, window, onset)


def _metrics(night: Night, tib: int | None, window: int | None, onset: int | None) -> NightMetrics:
    tst: int | None
    if night.no_sleep:
        tst = 0
    elif (
        window is None
        or night.sleep_latency_min is None
        or night.wake_after_sleep_onset_min is None
    ):
        tst = None
    else:
        tst = window - night.sleep_latency_min - night.wake_after_sleep_onset_min
    se = round(tst / tib * 100, 1) if tst is not None and tib else None
    return NightMetrics(tib, tst, se, onset, window)


def _difference(start: int | None, end: int | None) -> int | None:
    return None if start is None or end is None else end - start


def _span(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return minutes_between(start, end)
