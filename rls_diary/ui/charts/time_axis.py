"""Axes: the diary's dates, and clock times of the symptom onset."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from rls_diary.ui.charts.text import clock_text
from rls_diary.ui.diary.text import date_words

_DAY: Final = 86_400
_DATE_LABEL_PIXELS: Final = 80
_UNIT_DAYS: Final = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_DATE_STEPS: Final = (
    ("D", 1),
    ("D", 2),
    ("W", 1),
    ("W", 2),
    ("M", 1),
    ("M", 2),
    ("M", 3),
    ("M", 6),
    ("Y", 1),
    ("Y", 2),
    ("Y", 5),
    ("Y", 10),
)
# Tick steps of the clock axis, in minutes.
_CLOCK_STEPS: Final = (30, 60, 120, 180, 240, 360, 720, 1440)
_MIN_TICK_PIXELS: Final = 17


class ValueAxis(pg.AxisItem):  # type: ignore[misc]
    """A vertical axis whose end labels may stand out half a line past its ends.

    pyqtgraph draws only the labels inside an axis's bounding rectangle, and with a grid
    that rectangle stops at the plot's edges: the top of a scale (10 of 0–10, 100 %) sat too
    close to the edge and was dropped.
    """

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if self.orientation not in ("left", "right"):
            return rect
        half_line = QFontMetricsF(self.style["tickFont"] or self.font()).height() / 2 + 1
        return rect.adjusted(0, -half_line, 0, half_line)


class _OwnTicksAxis(ValueAxis):
    """An axis that places and names its own ticks (no SI prefix on its values)."""

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)


def _span(low: float, high: float, size: float) -> tuple[float, float] | None:
    """The visible range in order, or None when there is nothing to tick."""
    low, high = min(low, high), max(low, high)
    if not math.isfinite(low) or not math.isfinite(high) or high <= low or size <= 0:
        return None
    return low, high


class DateAxis(_OwnTicksAxis):
    """Dates along x, where x is seconds at midnight UTC of each morning date.

    pyqtgraph's DateAxisItem converts every candidate tick through Python datetimes (about
    16 ms per axis and repaint with 20 years in view); these ticks come from numpy
    datetime64 arithmetic, aligned to days, Mondays, months or years, and are read in UTC,
    so a night never shows under the day before, whatever the computer's zone.
    """

    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        span = _span(minVal, maxVal, size)
        if span is None:
            return []
        low, high = span
        room = max(2.0, size / _DATE_LABEL_PIXELS)
        days = (high - low) / _DAY
        unit, count = next(
            ((u, c) for u, c in _DATE_STEPS if days / (_UNIT_DAYS[u] * c) <= room),
            _DATE_STEPS[-1],
        )
        values = date_ticks(unit, count, low, high)
        return [(_UNIT_DAYS[unit] * count * _DAY, values.tolist())]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return date_tick_labels(values, spacing)


def date_ticks(unit: str, count: int, low: float, high: float) -> np.ndarray:
    """Tick positions (seconds) every ``count`` days ("D"), weeks on Mondays ("W"), months
    ("M") or years ("Y") from ``low`` to ``high``, aligned to multiples of ``count``."""
    first_day = math.ceil(low / _DAY)
    last_day = math.floor(high / _DAY)
    if last_day < first_day:
        return np.zeros(0)
    if unit == "D":
        start = math.ceil(first_day / count) * count
        return np.arange(start, last_day + 1, count, dtype=np.float64) * _DAY
    if unit == "W":  # 1970-01-05 was a Monday
        period = 7 * count
        start = math.ceil((first_day - 4) / period) * period + 4
        return np.arange(start, last_day + 1, period, dtype=np.float64) * _DAY
    step = "M" if unit == "M" else "Y"
    lo = np.datetime64(first_day, "D").astype(f"M8[{step}]").astype(np.int64)
    hi = np.datetime64(last_day, "D").astype(f"M8[{step}]").astype(np.int64)
    start = math.ceil(lo / count) * count
    periods = np.arange(start, hi + 1, count).astype(f"M8[{step}]")
    days = periods.astype("M8[D]").astype(np.int64)
    days = days[(days >= first_day) & (days <= last_day)]
    return days.astype(np.float64) * _DAY


def date_tick_labels(values: list[float], spacing: float) -> list[str]:
    """ "4 Mar" for days and weeks, "Mar" for months, "2024" for years; the year is added to
    the first label and to January. Month names in the window's language (German "4. März"),
    whatever the C locale."""
    words = date_words()
    labels = []
    for index, value in enumerate(values):
        day = dt.date(1970, 1, 1) + dt.timedelta(days=round(value / _DAY))
        month = words.months[day.month - 1]
        if spacing >= 360 * _DAY:
            labels.append(str(day.year))
        elif spacing >= 28 * _DAY:
            with_year = index == 0 or day.month == 1
            labels.append(f"{month} {day.year}" if with_year else month)
        else:
            with_year = index == 0 or (day.month == 1 and day.day <= spacing / _DAY)
            label = f"{day.day}{words.day_suffix} {month}"
            labels.append(label + (f" {day.year}" if with_year else ""))
    return labels


class ClockAxis(_OwnTicksAxis):
    """Minutes relative to midnight shown as clock times: −180 → 21:00, 120 → 02:00, and
    below −720 the morning before (−780 → 11:00)."""

    def __init__(self, orientation: str = "left", **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        span = _span(minVal, maxVal, size)
        if span is None:
            return []
        low, high = span
        room = max(2, int(size / _MIN_TICK_PIXELS))
        ticks: list[float] = []
        for step in _CLOCK_STEPS:  # the finest step whose labels fit, with two ticks at least
            first = math.ceil(low / step) * step
            ticks = [float(v) for v in range(first, math.floor(high) + 1, step)]
            if len(ticks) <= room:
                break
        if len(ticks) < 2 and step > _CLOCK_STEPS[0]:
            step = _CLOCK_STEPS[_CLOCK_STEPS.index(step) - 1]
            first = math.ceil(low / step) * step
            ticks = [float(v) for v in range(first, math.floor(high) + 1, step)]
        return [(float(step), ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [clock_text(value) for value in values]


def set_category_ticks(axis: pg.AxisItem, labels: list[str]) -> None:
    """Text ticks at 0, 1, 2 … (the lifestyle groups, the treatment lanes)."""
    axis.setTicks([list(enumerate(labels)), []])
