"""Usual times offered as placeholders: a circular median of recent nights (Qt-free)."""

from __future__ import annotations

import datetime as dt

from rls_diary.domain.night import Night
from rls_diary.ui.diary.usual import RECENT, circular_median, usual_times

D = dt.date(2026, 3, 24)


def t(hour: int, minute: int = 0) -> dt.time:
    return dt.time(hour, minute)


def test_median_across_midnight_is_not_noon() -> None:
    assert circular_median([t(23, 40), t(0, 10), t(23, 50)]) == t(23, 50)
    assert circular_median([t(23, 0), t(1, 0)]) == t(0, 0)  # not 12:00


def test_median_is_rounded_to_five_minutes() -> None:
    assert circular_median([t(6, 41), t(6, 43), t(6, 44)]) == t(6, 45)
    assert circular_median([t(22, 57), t(23, 2), t(22, 58)]) == t(23, 0)


def test_needs_three_values_and_skips_blanks() -> None:
    nights = [
        Night(date=D, bedtime=t(23)),
        Night(date=D - dt.timedelta(days=1), bedtime=t(23, 10), out_of_bed=t(7)),
        Night(date=D - dt.timedelta(days=2)),
        Night(date=D - dt.timedelta(days=3), bedtime=t(22, 50), out_of_bed=t(7)),
    ]
    usual = usual_times(nights)
    assert usual == {"bedtime": t(23, 0)}  # out_of_bed has only two values


def test_only_the_most_recent_values_count() -> None:
    old = [Night(date=D - dt.timedelta(days=100 + i), bedtime=t(21)) for i in range(30)]
    recent = [Night(date=D - dt.timedelta(days=i), bedtime=t(23, 30)) for i in range(RECENT)]
    assert usual_times(old + recent) == {"bedtime": t(23, 30)}
    assert usual_times(old + recent[:3]) == {"bedtime": t(21, 0)}
