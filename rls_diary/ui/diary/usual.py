"""The patient's usual clock times, offered as placeholders in an empty form (Qt-free).

A usual time is the median of the most recent recorded values, taken around the circle of
the clock (23:50 and 00:10 are twenty minutes apart, not a day), rounded to 5 minutes. It is
only ever a suggestion: the form shows it as grey placeholder text and saves it only when the
user accepts it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Final

from rls_diary.domain.night import Night

USUAL_FIELDS: Final = ("bedtime", "lights_out", "final_wake", "out_of_bed")
RECENT: Final = 14  # how many recent values count
MIN_VALUES: Final = 3  # fewer than this is not a habit yet
_DAY: Final = 1440


def usual_times(
    nights: Sequence[Night], fields: Iterable[str] = USUAL_FIELDS
) -> dict[str, dt.time]:
    """Each field's usual time over its ``RECENT`` latest values (nights in any order)."""
    latest_first = sorted(nights, key=lambda n: n.date, reverse=True)
    usual: dict[str, dt.time] = {}
    for name in fields:
        values: list[dt.time] = []
        for night in latest_first:
            value = night.get(name)
            if value is not None:
                values.append(value)
                if len(values) == RECENT:
                    break
        if len(values) >= MIN_VALUES:
            usual[name] = circular_median(values)
    return usual


def circular_median(values: Sequence[dt.time], step: int = 5) -> dt.time:
    """The median clock time, unwrapped around the values' circular mean, rounded to ``step``."""
    minutes = [t.hour * 60 + t.minute for t in values]
    angles = [m / _DAY * 2 * math.pi for m in minutes]
    mean = math.atan2(sum(map(math.sin, angles)), sum(map(math.cos, angles)))
    centre = (mean / (2 * math.pi) * _DAY) % _DAY
    unwrapped = [centre + ((m - centre + _DAY / 2) % _DAY - _DAY / 2) for m in minutes]
    median = _median(unwrapped)
    rounded = int(round(median / step) * step) % _DAY
    return dt.time(rounded // 60, rounded % 60)


def _median(values: Sequence[float]) -> float:
    """The middle value (the mean of the two middle ones for an even count); not
    ``statistics.median``, whose import (fractions, decimal) start-up would pay."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2
