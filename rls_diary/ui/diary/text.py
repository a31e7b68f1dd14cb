"""Words and numbers as the Diary shows them (Qt-free, English, independent of the C locale).

``strftime("%a")`` follows the process locale, which QApplication sets from the environment,
so day and month names are spelled out here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

BLANK: Final = "–"
DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_SEPARATED: Final = re.compile(r"(\d{1,2})\s*[:.,hH ]\s*(\d{2})")
_DIGITS: Final = re.compile(r"\d{1,4}")


def day_name(day: dt.date) -> str:
    return DAYS[day.weekday()]


def short_date(day: dt.date) -> str:
    """``Mon 23``."""
    return f"{day_name(day)} {day.day}"


def long_date(day: dt.date) -> str:
    """``Tue 24 Mar 2026`` (the list of nights)."""
    return f"{day_name(day)} {day.day} {MONTHS[day.month - 1]} {day.year}"


def day_month(day: dt.date) -> str:
    """``Tue 24 Mar``."""
    return f"{day_name(day)} {day.day} {MONTHS[day.month - 1]}"


def night_span(morning: dt.date, this_year: int | None = None) -> str:
    """``Mon 23 → Tue 24 Mar``: the evening before and the morning date.

    The month is repeated only when the two differ, the year is added when they are in
    different years or the morning is not in ``this_year``.
    """
    evening = morning - dt.timedelta(days=1)
    if evening.year != morning.year:
        return f"{long_date(evening)} → {long_date(morning)}"
    start = short_date(evening) if evening.month == morning.month else day_month(evening)
    end = day_month(morning)
    if this_year is not None and morning.year != this_year:
        end = f"{end} {morning.year}"
    return f"{start} → {end}"


def night_header(morning: dt.date, this_year: int | None = None) -> str:
    """``Night of Mon 23 → Tue 24 Mar``."""
    return f"Night of {night_span(morning, this_year)}"


def duration(minutes: int | None) -> str:
    """``7 h 05 min``; a blank is ``–``, never 0."""
    if minutes is None:
        return BLANK
    sign = "−" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours} h {rest:02d} min"


def short_duration(minutes: int | None) -> str:
    """``7 h 05`` for the table; a blank is ``–``."""
    if minutes is None:
        return BLANK
    sign = "−" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours} h {rest:02d}"


def percent(value: float | None) -> str:
    return BLANK if value is None else f"{value:.1f} %"


def normalize_time_text(text: str) -> str:
    """What a typed time means, in ``H:MM`` form, for the strict parser to judge.

    A sleepy typist writes ``2330``, ``23.30``, ``23h30``, ``7`` or ``23``: these become
    ``23:30`` and ``7:00``. Anything else is returned stripped and unchanged, so the parser
    names the problem with the user's own text.
    """
    raw = text.strip()
    if match := _SEPARATED.fullmatch(raw):
        return f"{int(match[1])}:{match[2]}"
    if _DIGITS.fullmatch(raw):
        if len(raw) <= 2:
            return f"{int(raw)}:00"
        return f"{int(raw[:-2])}:{raw[-2:]}"
    return raw
