"""How the Diary writes dates, durations and typed times (Qt-free)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from rls_diary.domain.validation import FieldError, parse_time
from rls_diary.ui.diary import text


def test_dates_use_english_names_whatever_the_locale() -> None:
    day = dt.date(2026, 3, 24)
    assert text.long_date(day) == "Tue 24 Mar 2026"
    assert text.short_date(day) == "Tue 24"
    assert text.day_month(day) == "Tue 24 Mar"


def test_dates_follow_the_words_of_the_window_language() -> None:
    german = text.DateWords(
        days=("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
        months=(*text.MONTHS[:2], "März", *text.MONTHS[3:]),
        day_suffix=".",
        decimal=",",
    )
    text.set_date_words(german)
    try:
        day = dt.date(2026, 3, 24)
        assert text.long_date(day) == "Di. 24. März 2026"
        assert text.short_date(day) == "Di. 24."
        assert text.night_span(day) == "Mo. 23. → Di. 24. März"
        assert text.night_span(dt.date(2026, 3, 1), 2025) == "Sa. 28. Feb → So. 1. März 2026"
        assert text.percent(78.75) == "78,8 %"
    finally:
        text.set_date_words(text.ENGLISH)
    assert text.long_date(dt.date(2026, 3, 24)) == "Tue 24 Mar 2026"


@pytest.mark.parametrize(
    ("morning", "this_year", "expected"),
    [
        (dt.date(2026, 3, 24), 2026, "Night of Mon 23 → Tue 24 Mar"),
        (dt.date(2026, 3, 1), 2026, "Night of Sat 28 Feb → Sun 1 Mar"),
        (dt.date(2024, 3, 1), 2024, "Night of Thu 29 Feb → Fri 1 Mar"),
        (dt.date(2026, 1, 1), 2026, "Night of Wed 31 Dec 2025 → Thu 1 Jan 2026"),
        (dt.date(2025, 6, 10), 2026, "Night of Mon 9 → Tue 10 Jun 2025"),
    ],
)
def test_night_header(morning: dt.date, this_year: int, expected: str) -> None:
    assert text.night_header(morning, this_year) == expected


@pytest.mark.parametrize(
    ("minutes", "long", "short"),
    [
        (None, "–", "–"),
        (0, "0 h 00 min", "0 h 00"),
        (425, "7 h 05 min", "7 h 05"),
        (-30, "−0 h 30 min", "−0 h 30"),
    ],
)
def test_durations_keep_blank_apart_from_zero(minutes: int | None, long: str, short: str) -> None:
    assert text.duration(minutes) == long
    assert text.short_duration(minutes) == short


def test_percent() -> None:
    assert text.percent(None) == "–"
    assert text.percent(0.0) == "0.0 %"
    assert text.percent(78.75) == "78.8 %"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("23:30", "23:30"),
        (" 7:05 ", "7:05"),
        ("2330", "23:30"),
        ("730", "7:30"),
        ("0715", "7:15"),
        ("23.30", "23:30"),
        ("23,30", "23:30"),
        ("23h30", "23:30"),
        ("7", "7:00"),
        ("23", "23:00"),
        ("", ""),
    ],
)
def test_sleepy_typing_is_read_as_meant(typed: str, meant: str) -> None:
    assert text.normalize_time_text(typed) == meant


@pytest.mark.parametrize("typed", ["25:00", "99", "7:75", "12345", "noon", "7:5"])
def test_what_cannot_be_a_time_still_fails_with_the_users_text(typed: str) -> None:
    normalized = text.normalize_time_text(typed)
    with pytest.raises(FieldError):
        parse_time(normalized)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("11:30 pm", "23:30"),
        ("11:30pm", "23:30"),
        ("11.30 p.m.", "23:30"),
        ("11 PM", "23:00"),
        ("1130p", "23:30"),
        ("7:05 am", "7:05"),
        ("12 am", "0:00"),
        ("12:15 am", "0:15"),
        ("12 pm", "12:00"),
    ],
)
def test_a_twelve_hour_time_is_read_as_meant(typed: str, meant: str) -> None:
    assert text.normalize_time_text(typed) == meant


@pytest.mark.parametrize("typed", ["13 pm", "0 am", "12:75 pm", "pm", "11:30 xm"])
def test_an_impossible_twelve_hour_time_fails_with_the_users_text(typed: str) -> None:
    normalized = text.normalize_time_text(typed)
    with pytest.raises(FieldError, match=re.escape(repr(typed.strip()))):
        parse_time(normalized)


def test_clock_text_follows_the_chosen_clock() -> None:
    try:
        assert text.clock_text(dt.time(23, 30)) == "23:30"
        text.set_twelve_hour_clock(True)
        shown = [text.clock_text(dt.time(h, 5)) for h in (0, 7, 12, 23)]
        assert shown == ["12:05 am", "7:05 am", "12:05 pm", "11:05 pm"]
    finally:
        text.set_twelve_hour_clock(False)
