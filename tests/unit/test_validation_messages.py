"""Validation messages are built from marked templates: the English text is exactly as before,
and each problem carries its template and values (for the window to translate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from rls_diary.domain import validation
from rls_diary.domain.night import FIELDS_BY_NAME, MEDICATION_TAKEN, RLS_AREAS, Night
from rls_diary.domain.validation import (
    FieldError,
    Problem,
    check_value,
    parse_date,
    parse_json,
    parse_text,
    parse_time,
    render,
    validate,
    value_error,
)

D = dt.date(2024, 6, 15)
T = dt.time
F = FIELDS_BY_NAME
AREAS = ", ".join(RLS_AREAS)

# (what raises, the message exactly as it was written before templates)
REFUSED: list[tuple[Callable[[], Any], str]] = [
    (lambda: parse_time("7:3"), "'7:3' is not a time like 7:30 or 23:05"),
    (lambda: parse_time("25:00"), "'25:00' is not a time of day (00:00–23:59)"),
    (lambda: parse_date("31.3.2024"), "'31.3.2024' is not a date like 2024-03-31"),
    (lambda: parse_date("2024-02-30"), "'2024-02-30' is not a real date"),
    (lambda: parse_text(F["sleep_quality"], "x"), "'x' is not a whole number (1–5)"),
    (lambda: parse_text(F["sleep_quality"], "9"), "9 is outside 1–5"),
    (lambda: parse_text(F["nicotine"], "maybe"), "'maybe' is not yes or no"),
    (
        lambda: parse_text(F["remedies"], "walking"),
        "'walking' is not a remedy with its relief, like walking:2",
    ),
    (lambda: parse_text(F["remedies"], "walking:7"), "relief for walking is 7, outside 0–3"),
    (
        lambda: parse_text(F["medication_taken"], "often"),
        f"'often' is not one of {', '.join(MEDICATION_TAKEN)}",
    ),
    (lambda: parse_text(F["rls_areas"], "tail"), f"unknown member 'tail' (known: {AREAS})"),
    (
        lambda: parse_text(F["rls_areas"], "tail; wing"),
        f"unknown members 'tail', 'wing' (known: {AREAS})",
    ),
    (
        lambda: parse_text(F["timezone"], "Mars/Base"),
        "'Mars/Base' is not a known time zone (like Europe/Berlin)",
    ),
    (lambda: parse_json(F["sleep_quality"], "3"), "'3' is not a whole number (1–5)"),
    (lambda: parse_json(F["nicotine"], 1), "1 is not true or false"),
    (lambda: parse_json(F["rls_areas"], "legs"), "must be a list of names"),
    (lambda: parse_json(F["remedies"], []), 'must be an object like {"walking": 2}'),
    (lambda: parse_json(F["notes"], 5), "5 is not text"),
]


@pytest.mark.parametrize(("call", "message"), REFUSED)
def test_a_refused_value_says_what_it_said_and_carries_its_template(
    call: Callable[[], Any], message: str
) -> None:
    with pytest.raises(FieldError) as caught:
        call()
    error = caught.value
    assert str(error) == message
    assert error.template
    assert render(error.template, error.values) == message
    assert all(isinstance(v, str) for _name, v in error.values)
    problem = Problem.from_error("field", error)
    assert problem == Problem("field", message)
    assert (problem.template, problem.values) == (error.template, error.values)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("rls_areas", (), "an empty list is stored as blank (None)"),
        ("sleep_quality", True, "True is not a whole number (1–5)"),
        ("sleep_quality", 0, "0 is outside 1–5"),
        ("medication_taken", "x", f"'x' is not one of {', '.join(MEDICATION_TAKEN)}"),
    ],
)
def test_check_value_keeps_its_message_and_value_error_adds_the_template(
    name: str, value: object, message: str
) -> None:
    assert check_value(F[name], value) == message
    error = value_error(F[name], value)
    assert error is not None and str(error) == message
    assert render(error.template, error.values) == message
    assert value_error(F["sleep_quality"], 3) is None
    assert check_value(F["sleep_quality"], None) is None


CROSS: list[tuple[Night, Problem]] = [
    (
        Night(D, timezone="UTC", no_sleep=True, sleep_latency_min=10),
        Problem(
            "sleep_latency_min",
            "must be blank when you did not sleep at all (minutes to fall asleep)",
        ),
    ),
    (
        Night(
            D,
            timezone="UTC",
            lights_out=T(23),
            final_wake=T(1),
            sleep_latency_min=100,
            wake_after_sleep_onset_min=30,
        ),
        Problem(
            "wake_after_sleep_onset_min",
            "minutes to fall asleep (100) plus minutes awake (30) are more than the 120 minutes "
            "from trying to sleep to the final awakening",
        ),
    ),
    (
        Night(D, timezone="UTC", bedtime=T(12), lights_out=T(13), out_of_bed=T(9)),
        Problem("out_of_bed", "time in bed would be 21 h 00 min, more than 20 hours"),
    ),
    (
        Night(D, timezone="UTC", bedtime=T(18), out_of_bed=T(10, 30)),
        Problem("out_of_bed", "time in bed is 16 h 30 min, more than 14 hours", warning=True),
    ),
    (
        Night(D, timezone="UTC", bedtime=T(23), lights_out=T(22, 50), out_of_bed=T(7)),
        Problem(
            "lights_out",
            "tried to sleep at 22:50 would be 23 h 50 min after into bed at 23:00; check the times",
        ),
    ),
    (  # the exact path (a zone whose offset changes in the night) says the same
        Night(
            dt.date(2024, 3, 31),
            timezone="Europe/Berlin",
            bedtime=T(23),
            lights_out=T(22, 50),
            out_of_bed=T(7),
        ),
        Problem(
            "lights_out",
            "tried to sleep at 22:50 would be 22 h 50 min after into bed at 23:00; check the times",
        ),
    ),
]


@pytest.mark.parametrize(("night", "expected"), CROSS)
def test_cross_field_messages_are_unchanged_and_carry_their_template(
    night: Night, expected: Problem
) -> None:
    problems = validate(night, "UTC")
    assert expected in problems
    problem = problems[problems.index(expected)]
    assert problem.message == expected.message and problem.warning == expected.warning
    assert problem.template
    assert render(problem.template, problem.values) == problem.message


def test_the_labels_named_in_messages_are_marked() -> None:
    named = {
        value
        for night, _expected in CROSS
        for problem in validate(night, "UTC")
        for name, value in problem.values
        if name in validation.WORD_VALUES
    }
    chain = ("bedtime", "lights_out", "final_wake", "out_of_bed")
    blank = ("sleep_latency_min", "wake_after_sleep_onset_min")
    assert named <= set(validation.FIELD_LABELS)
    assert set(validation.FIELD_LABELS) == {F[name].label for name in chain + blank}


def test_the_template_and_values_do_not_change_equality() -> None:
    made = Problem.of("out_of_bed", validation.IN_BED_LONG, warning=True, duration="15 h 00 min")
    plain = Problem("out_of_bed", "time in bed is 15 h 00 min, more than 14 hours", True)
    assert made == plain and hash(made) == hash(plain)
    assert made.template == validation.IN_BED_LONG
    assert made.values == (("duration", "15 h 00 min"),)
    assert plain.template == "" and plain.values == ()
    assert str(made) == "out_of_bed: time in bed is 15 h 00 min, more than 14 hours"


def test_a_field_error_made_from_a_message_has_no_template() -> None:
    error = FieldError("is blank")
    assert str(error) == "is blank" and error.template == "" and error.values == ()
    assert Problem.from_error("date", error) == Problem("date", "is blank")
