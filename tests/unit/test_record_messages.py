"""The messages of the record checks and of an experiment's result keep their templates and
values, and those templates render exactly the English the CLI and the importers print."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from rls_diary.domain import experiments as ex
from rls_diary.domain import record_validation as rv
from rls_diary.domain.records import Experiment
from rls_diary.domain.validation import render

START, BEFORE = dt.date(2024, 3, 5), dt.date(2024, 3, 1)
PLACEHOLDER = re.compile(r"\{(\w+)\}")

# (rules, values, the expected {field: English message})
CASES = [
    (
        rv.MEDICATION_RULES,
        {"name": " ", "class": "x", "dose": 0, "unit": 3, "time": "7:3", "start": "2024"},
        {
            "name": "is required and must not be blank",
            "class": "'x' is not one of " + ", ".join(rv.MEDICATION_CLASSES),
            "dose": "0 is not a dose (leave it blank when you do not know it)",
            "unit": "3 is not text",
            "time": "'7:3' is not a time like 7:30 or 23:05",
            "start": "'2024' is not a date like 2024-03-31",
        },
    ),
    (
        rv.MEDICATION_RULES,
        {"name": "a", "class": "other", "dose": -1.5, "start": START, "stop": BEFORE},
        {"dose": "-1.5 is below 0", "stop": "2024-03-01 is before the start 2024-03-05"},
    ),
    (
        rv.MEDICATION_RULES,
        {"name": "a", "class": "other", "dose": "3", "start": START},
        {"dose": "'3' is not a number"},
    ),
    (
        rv.MEDICATION_RULES,
        {"name": "a", "class": "other", "dose": float("inf"), "start": START},
        {"dose": "inf is not a finite number"},
    ),
    (
        rv.LAB_RULES,
        {"date": START, "ferritin_ng_ml": 20000, "fasting_morning": "y", "note": 5},
        {
            "ferritin_ng_ml": "20000 is above 10000",
            "fasting_morning": "'y' is not true or false",
            "note": "5 is not text",
        },
    ),
    (
        rv.ASSESSMENT_RULES,
        {"date": START, "irls_total": 41, "items": [1] * 9},
        {"irls_total": "41 is outside 0–40", "items": "must be a list of the 10 item scores (0–4)"},
    ),
    (
        rv.ASSESSMENT_RULES,
        {"date": START, "irls_total": 1.5, "items": [1] * 9 + [None]},
        {
            "irls_total": "1.5 is not a whole number (0–40)",
            "items": "item 10 is blank: give all 10 item scores or leave them all blank",
        },
    ),
    (
        rv.ASSESSMENT_RULES,
        {"date": START, "irls_total": 30, "items": [1] * 9 + [7]},
        {"items": "item 10: 7 is outside 0–4"},
    ),
    (
        rv.ASSESSMENT_RULES,
        {"date": START, "irls_total": 30, "items": [1] * 9 + [1.5]},
        {"items": "item 10: 1.5 is not a whole number (0–4)"},
    ),
    (
        rv.ASSESSMENT_RULES,
        {"date": START, "irls_total": 30, "items": [1] * 10},
        {"items": "the item scores add up to 10, not the total 30"},
    ),
    (
        rv.CONDITION_RULES,
        {"kind": "travel", "start": START, "end": BEFORE},
        {"end": "2024-03-01 is before the start 2024-03-05"},
    ),
    (
        rv.QUESTION_RULES,
        {"text": "Why?", "created": START, "done": 1},
        {"done": "1 is not true or false"},
    ),
]


@pytest.mark.parametrize(("rules", "values", "expected"), CASES)
def test_record_problems_keep_their_template_and_render_the_english(
    rules: rv.RecordRules, values: dict[str, object], expected: dict[str, str]
) -> None:
    problems = rv.record_problems(rules, values)
    assert {p.field: p.message for p in problems} == expected
    for problem in problems:
        assert problem.template in rv.TEMPLATES
        assert render(problem.template, problem.values) == problem.message
        assert set(PLACEHOLDER.findall(problem.template)) == {n for n, _ in problem.values}
        # the JSON reader's one-field check says the same
        if problem.field in rules.checks or problem.field in rules.required:
            shown = rules.check(problem.field, values.get(problem.field))
            assert shown is None or shown == problem.message


def test_baseline_problems_keep_their_template() -> None:
    (both,) = rv.baseline_problems(START, None)
    assert (both.field, both.message) == (rv.BASELINE_TO, "give both dates, or leave both blank")
    assert both.template == rv.BOTH_DATES
    (order,) = rv.baseline_problems(START, BEFORE)
    assert order.message == "2024-03-01 is before the first night 2024-03-05"
    assert order.template == rv.BEFORE_FIRST_NIGHT
    assert dict(order.values) == {"value": "2024-03-01", "first": "2024-03-05"}


def test_every_template_is_marked_in_the_records_context() -> None:
    source = Path(rv.__file__).read_text(encoding="utf-8")
    for template in rv.TEMPLATES:
        assert template in source
    assert len(re.findall(r'QT_TRANSLATE_NOOP\(\s*"records",', source)) == len(rv.TEMPLATES)


# -- the experiment's result ---------------------------------------------------------------


def experiment(outcome: str, factor: str = "no caffeine after 12:00") -> Experiment:
    return Experiment(1, factor, outcome, START, 4, 6, 0, 1, ("AB",) * 6)


@pytest.mark.parametrize("outcome", list(ex.OUTCOME_INFO))
@pytest.mark.parametrize("finished", [True, False])
@pytest.mark.parametrize(("p", "floor"), [(0.03, 0.016), (0.5, 0.016), (0.25, 0.25)])
@pytest.mark.parametrize("mean", [-2.04, 0.0001, 35.0])
def test_the_reading_is_its_parts_rendered(
    outcome: str, finished: bool, p: float, floor: float, mean: float
) -> None:
    e = experiment(outcome, "a {brace} walk")
    parts = ex.reading_parts(e, 5, mean, (-1.25, 0.5), p, floor, finished=finished)
    text = ex.reading(e, 5, mean, (-1.25, 0.5), p, floor, finished=finished)
    assert ex.render_parts(parts) == text
    assert text.endswith(
        "This is one unblinded experiment on one person; discuss what it means for you with "
        "your doctor."
    )
    assert "proven" not in text and "shows no effect" not in text
    for part in parts:
        assert set(PLACEHOLDER.findall(part.template)) == {n for n, _ in part.values}


def test_the_reading_says_what_it_said_before() -> None:
    e = experiment("rls_severity")
    assert ex.reading(e, 5, -2.0, (-3.0, -1.0), 0.0312, 0.03125) == (
        "In this experiment your RLS severity was on average 2 points lower on “no caffeine "
        "after 12:00” nights than on usual nights (5 complete pairs; 95 % interval of the "
        "difference −3.00 to −1.00 points). A difference this large would be unlikely by "
        "chance (p = 0.0312). This is one unblinded experiment on one person; discuss what it "
        "means for you with your doctor."
    )
    onset = experiment("rls_onset_min")
    assert ex.reading(onset, 3, 0.2, (-5.0, 5.0), 0.75, 0.25, finished=False) == (
        "So far in this experiment your symptoms began on average about the same on “no "
        "caffeine after 12:00” nights as on usual nights (3 complete pairs; 95 % interval of "
        "the difference −5.0 to +5.0 minutes). With 3 complete pairs this design cannot show "
        "a difference below p = 0.25, so it cannot tell a real effect from chance "
        "(p = 0.75); more pairs would be needed. This is one unblinded experiment on one "
        "person; discuss what it means for you with your doctor."
    )
    sleep = experiment("total_sleep_min")
    assert "does not show that “no caffeine after 12:00” changes your total sleep." in (
        ex.reading(sleep, 6, 12.0, (-5.0, 30.0), 0.4, 0.03125)
    )


def test_a_result_with_too_few_pairs_keeps_its_sentences() -> None:
    e = experiment("rls_onset_min")
    result = ex.analyse(e, [], finished=False)
    assert result.message == (
        "Not enough data for a result: no pair has a counted night in both its blocks, and at "
        "least 2 complete pairs are needed. Keep recording your nights; the result fills in "
        "as pairs complete. (Nights without symptoms have no onset time and are not counted.)"
    )
    assert [part.template for part in result.parts] == [
        ex.TOO_FEW_NONE,
        ex.KEEP_RECORDING,
        ex.NOTE_SENTENCES[ex.OUTCOME_INFO["rls_onset_min"].note],
    ]
    assert ex.render_parts(result.parts) == result.message
