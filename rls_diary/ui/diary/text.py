"""Words and numbers as the Diary shows them (Qt-free, independent of the C locale).

``strftime("%a")`` follows the process locale, which QApplication sets from the environment,
so day and month names are spelled out here: English unless the window speaks another
language, whose names :func:`rls_diary.ui.i18n.install` hands over (:func:`set_date_words`,
taken from the QLocale of that language). German writes ``Di. 24. März``; English stays
``Tue 24 Mar``. The Qt-free texts of other modules (the charts' words) are translated through
:func:`translate`, which ``install`` points at the catalogue (:func:`set_translator`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
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
# "11:30 pm", "11.30pm", "11 p.m.", "1130p": a 12-hour time with its half of the day.
_MERIDIEM: Final = re.compile(r"(?P<clock>.*?)\s*(?P<half>[aApP])\.?\s*(?:[mM]\.?)?")
_CLOCK: Final = {"twelve_hour": False}  # the Settings dialog's 24 h / 12 h choice


@dataclass(frozen=True, slots=True)
class DateWords:
    """Short day names (Monday first), short month names and number punctuation of the
    language the window speaks."""

    days: tuple[str, ...] = DAYS
    months: tuple[str, ...] = MONTHS
    day_suffix: str = ""  # German writes the day of the month as "24."
    decimal: str = "."


ENGLISH: Final = DateWords()
_WORDS: dict[str, DateWords] = {"words": ENGLISH}


def set_date_words(words: DateWords) -> None:
    """Spell dates (and decimals) with ``words`` from now on; ``ENGLISH`` is the default."""
    assert len(words.days) == 7 and len(words.months) == 12
    _WORDS["words"] = words


def date_words() -> DateWords:
    return _WORDS["words"]


Translate = Callable[[str, str], str]  # (context, source) -> the text in the window's language
_TRANSLATE: list[Translate | None] = [None]  # None: English, the source texts


def set_translator(translate: Translate | None) -> None:
    """Translate marked Qt-free texts with ``translate`` from now on (None: English)."""
    _TRANSLATE[0] = translate


def translate(context: str, source: str) -> str:
    """``source`` (a text marked in ``context``) in the window's language."""
    translator = _TRANSLATE[0]
    return translator(context, source) if translator is not None and source else source


def day_name(day: dt.date) -> str:
    return _WORDS["words"].days[day.weekday()]


def _day(day: dt.date) -> str:
    """``Tue 24`` (German ``Di. 24.``)."""
    words = _WORDS["words"]
    return f"{words.days[day.weekday()]} {day.day}{words.day_suffix}"


def short_date(day: dt.date) -> str:
    """``Mon 23``."""
    return _day(day)


def long_date(day: dt.date) -> str:
    """``Tue 24 Mar 2026`` (the list of nights)."""
    return f"{_day(day)} {_WORDS['words'].months[day.month - 1]} {day.year}"


def full_date(day: dt.date) -> str:
    """``5 Apr 2026`` (German ``5. Apr. 2026``): a date inside a sentence."""
    words = _WORDS["words"]
    return f"{day.day}{words.day_suffix} {words.months[day.month - 1]} {day.year}"


def day_month(day: dt.date) -> str:
    """``Tue 24 Mar``."""
    return f"{_day(day)} {_WORDS['words'].months[day.month - 1]}"


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
    """``Night of Mon 23 → Tue 24 Mar`` (English; the form's header translates its words)."""
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
    """``78.8 %`` (German ``78,8 %``)."""
    if value is None:
        return BLANK
    return f"{value:.1f} %".replace(".", _WORDS["words"].decimal)


def set_twelve_hour_clock(twelve_hour: bool) -> None:
    """Show clock times as ``11:30 pm`` (True) or ``23:30`` (False); input accepts both."""
    _CLOCK["twelve_hour"] = twelve_hour


def twelve_hour_clock() -> bool:
    return _CLOCK["twelve_hour"]


def clock_text(value: dt.time) -> str:
    """A clock time as the user chose to see it: ``23:30`` or ``11:30 pm``."""
    if not _CLOCK["twelve_hour"]:
        return f"{value.hour:02d}:{value.minute:02d}"
    half = "am" if value.hour < 12 else "pm"
    return f"{(value.hour + 11) % 12 + 1}:{value.minute:02d} {half}"


def normalize_time_text(text: str) -> str:
    """What a typed time means, in ``H:MM`` form, for the strict parser to judge.

    A sleepy typist writes ``2330``, ``23.30``, ``23h30``, ``7`` or ``23``: these become
    ``23:30`` and ``7:00``; ``11:30 pm``, ``11pm``, ``11.30 p.m.`` and ``12 am`` become
    ``23:30``, ``23:00``, ``23:30`` and ``0:00`` (whichever clock is shown). Anything else is
    returned stripped and unchanged, so the parser names the problem with the user's own text.
    """
    raw = text.strip()
    if match := _MERIDIEM.fullmatch(raw):
        clock = _normalize_24(match["clock"])
        if found := re.fullmatch(r"(\d{1,2}):(\d{2})", clock):
            hour = int(found[1])
            if 1 <= hour <= 12 and int(found[2]) < 60:
                hour = hour % 12 + (12 if match["half"] in "pP" else 0)
                return f"{hour}:{found[2]}"
        return raw
    return _normalize_24(raw)


def _normalize_24(raw: str) -> str:
    raw = raw.strip()
    if match := _SEPARATED.fullmatch(raw):
        return f"{int(match[1])}:{match[2]}"
    if _DIGITS.fullmatch(raw):
        if len(raw) <= 2:
            return f"{int(raw)}:00"
        return f"{int(raw[:-2])}:{raw[-2:]}"
    return raw
