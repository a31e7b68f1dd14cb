"""Validation names every problem's field; blank is never coerced to 0."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rls_diary.domain.night import FIELDS_BY_NAME, Night
from rls_diary.domain.validation import (
    FieldError,
    parse_json,
    parse_text,
    parse_time,
    validate,
)

D = dt.date(2024, 6, 15)
T = dt.time


def fields_of(night: Night) -> list[str]:
    return [p.field for p in validate(night, "UTC") if not p.warning]


def test_valid_night_has_no_problems() -> None:
    n = Night(D, timezone="UTC", bedtime=T(23), lights_out=T(23), final_wake=T(7))
    assert validate(n, "UTC") == []


@pytest.mark.parametrize(
    ("day", "refused"),
    [
        (dt.date(1899, 12, 31), True),
        (dt.date(1900, 1, 1), False),
        (dt.date(2200, 12, 31), False),
        (dt.date(2201, 1, 1), True),
        (dt.date(9999, 12, 31), True),
    ],
)
def test_a_night_is_dated_between_1900_and_2200(day: dt.date, refused: bool) -> None:
    problems = validate(Night(day, timezone="UTC", rls_severity=3), "UTC")
    assert [p.field for p in problems] == (["date"] if refused else [])
    if refused:
        assert problems[0].message == (
            f"{day.isoformat()} is not a date between 1900-01-01 and 2200-12-31"
        )


def test_every_out_of_range_field_is_reported() -> None:
    n = Night(D, timezone="UTC", rls_severity=11, sleep_quality=0, awakenings=51)
    assert sorted(fields_of(n)) == ["awakenings", "rls_severity", "sleep_quality"]


def test_latency_plus_waso_longer_than_the_night_is_an_error() -> None:
    n = Night(
        D,
        timezone="UTC",
        lights_out=T(23),
        final_wake=T(1),
        sleep_latency_min=60,
        wake_after_sleep_onset_min=61,
    )
    problems = validate(n, "UTC")
    assert [p.field for p in problems] == ["wake_after_sleep_onset_min"]
    assert "120 minutes" in problems[0].message


def test_time_in_bed_over_20_hours_is_an_error_over_14_a_warning() -> None:
    too_long = Night(D, timezone="UTC", bedtime=T(12), out_of_bed=T(8, 30))
    assert fields_of(too_long) == ["out_of_bed"]
    long = Night(D, timezone="UTC", bedtime=T(17), out_of_bed=T(8))
    problems = validate(long, "UTC")
    assert len(problems) == 1 and problems[0].warning and "14 hours" in problems[0].message


def test_no_sleep_with_latency_or_final_wake_is_an_error() -> None:
    n = Night(D, timezone="UTC", no_sleep=True, sleep_latency_min=20, final_wake=T(6))
    assert sorted(fields_of(n)) == ["final_wake", "sleep_latency_min"]


def test_unknown_members_and_zone_are_named() -> None:
    n = Night(D, timezone="Mars/Olympus", rls_areas=("legs", "tail"))
    assert sorted(fields_of(n)) == ["rls_areas", "timezone"]


@pytest.mark.parametrize("text", ["7:30", "07:30", " 23:05 "])
def test_times_accept_h_mm_and_hh_mm(text: str) -> None:
    assert parse_time(text) in (T(7, 30), T(23, 5))


@pytest.mark.parametrize("text", ["7.30", "24:00", "7:60", "730", "7:3", "noon", "-1:00"])
def test_malformed_times_are_refused(text: str) -> None:
    with pytest.raises(FieldError):
        parse_time(text)


def test_empty_text_is_blank_not_zero() -> None:
    for spec in FIELDS_BY_NAME.values():
        assert parse_text(spec, "") is None
        assert parse_text(spec, "   ") is None


def test_text_values_parse_to_types() -> None:
    assert parse_text(FIELDS_BY_NAME["rls_severity"], "0") == 0
    assert parse_text(FIELDS_BY_NAME["nicotine"], "No") is False
    assert parse_text(FIELDS_BY_NAME["rls_areas"], "arms;legs") == ("legs", "arms")
    assert parse_text(FIELDS_BY_NAME["remedies"], "massage:1;walking:2") == (
        ("walking", 2),
        ("massage", 1),
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rls_severity", "11"),
        ("rls_severity", "5.5"),
        ("nicotine", "maybe"),
        ("medication_taken", "twice"),
        ("remedies", "walking"),
        ("remedies", "walking:4"),
        ("triggers", "coffee"),
    ],
)
def test_bad_text_values_are_refused(name: str, text: str) -> None:
    with pytest.raises(FieldError):
        parse_text(FIELDS_BY_NAME[name], text)


def test_json_values_are_type_checked() -> None:
    with pytest.raises(FieldError):
        parse_json(FIELDS_BY_NAME["rls_severity"], True)
    with pytest.raises(FieldError):
        parse_json(FIELDS_BY_NAME["rls_severity"], "5")
    assert parse_json(FIELDS_BY_NAME["remedies"], {"walking": 2}) == (("walking", 2),)
    assert parse_json(FIELDS_BY_NAME["sleep_quality"], None) is None


def test_recorded_means_sleep_severity_or_day_before() -> None:
    assert not Night(D, rls_onset=T(21), notes="x", experiment_adherence=True).is_recorded
    assert Night(D, rls_severity=0).is_recorded
    assert Night(D, caffeine_drinks=0).is_recorded


@given(st.integers(min_value=-100, max_value=100))
def test_severity_range_is_exactly_0_to_10(value: int) -> None:
    spec = FIELDS_BY_NAME["rls_severity"]
    if 0 <= value <= 10:
        assert parse_text(spec, str(value)) == value
    else:
        with pytest.raises(FieldError):
            parse_text(spec, str(value))


def test_a_time_before_the_one_before_it_is_named() -> None:
    n = Night(D, timezone="UTC", bedtime=T(23), lights_out=T(22, 50), out_of_bed=T(7))
    problems = [p for p in validate(n, "UTC") if not p.warning]
    assert problems[0].field == "lights_out"
    assert problems[0].message == (
        "tried to sleep at 22:50 would be 23 h 50 min after into bed at 23:00; check the times"
    )
    assert len(problems) == 1


def test_wrong_types_and_empty_lists_are_refused() -> None:
    n = Night(D, timezone="UTC", rls_severity=True, rls_areas=())  # type: ignore[arg-type]
    assert sorted(fields_of(n)) == ["rls_areas", "rls_severity"]
