"""Validation of the records besides nights, shared by the JSON reader and the Treatment forms;
and the storage steps undo relies on (a record put back under its own id)."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import sqlite3
from pathlib import Path

import pytest

from rls_diary.domain import record_validation as rv
from rls_diary.domain.records import Assessment, Condition, Lab, Medication, Question
from rls_diary.domain.validation import Problem
from rls_diary.storage import connection, records

D = dt.date(2026, 3, 24)


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def test_a_valid_record_of_each_kind_has_no_problem() -> None:
    assert rv.medication_problems(Medication("pramipexole", "dopamine_agonist", D, 0.125)) == []
    assert rv.lab_problems(Lab(D, 48.0, 19.9, 13.0, 64.0, True, "note")) == []
    assert rv.assessment_problems(Assessment(D, 10, (1,) * 10)) == []
    assert rv.assessment_problems(Assessment(D, 40)) == []
    assert rv.condition_problems(Condition("travel", D, D)) == []
    assert rv.question_problems(Question("Iron?", D, True)) == []


def test_every_problem_is_reported_in_field_order_naming_its_field() -> None:
    course = Medication(" ", "vitamin", D, -1.0, None, None, D - dt.timedelta(days=1))
    assert rv.medication_problems(course) == [
        Problem("name", rv.REQUIRED),
        Problem(
            "class",
            "'vitamin' is not one of dopamine_agonist, levodopa, alpha2delta, iron_oral, "
            "iron_iv, opioid, benzodiazepine, other",
        ),
        Problem("dose", "-1 is below 0"),
        Problem("stop", "2026-03-23 is before the start 2026-03-24"),
    ]


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [
        ("ferritin_ng_ml", 0, 10000),
        ("tsat_pct", 0, 100),
        ("hemoglobin_g_dl", 0, 30),
        ("weight_kg", 0, 700),
    ],
)
def test_lab_ranges_are_the_database_ranges(field: str, low: float, high: float) -> None:
    def problems(value: float) -> list[Problem]:
        return rv.record_problems(rv.LAB_RULES, {"date": D, field: value})

    assert problems(low) == problems(high) == []
    assert problems(high + 0.5) == [Problem(field, f"{high + 0.5} is above {high}")]
    assert problems(-0.5) == [Problem(field, "-0.5 is below 0")]
    assert problems(math.inf) == [Problem(field, "inf is not a finite number")]
    assert rv.record_problems(rv.LAB_RULES, {"date": D, field: "5"}) == [
        Problem(field, "'5' is not a number")
    ]


def test_a_dose_must_be_more_than_zero_or_blank() -> None:
    assert (
        rv.record_problems(rv.MEDICATION_RULES, {"name": "x", "class": "other", "start": D}) == []
    )
    assert fields(
        rv.record_problems(
            rv.MEDICATION_RULES, {"name": "x", "class": "other", "start": D, "dose": 0}
        )
    ) == ["dose"]


def test_irls_items_add_up_to_the_total_and_are_all_or_none() -> None:
    def problems(total: int | None, items: object) -> list[Problem]:
        return rv.record_problems(
            rv.ASSESSMENT_RULES, {"date": D, "irls_total": total, "items": items}
        )

    assert problems(12, (1,) * 10) == [
        Problem("items", "the item scores add up to 10, not the total 12")
    ]
    assert problems(12, (None,) * 10) == []  # all blank: not recorded
    assert problems(1, (1,) + (None,) * 9) == [
        Problem("items", "item 2 is blank: give all 10 item scores or leave them all blank")
    ]
    assert problems(5, (5,) + (0,) * 9) == [Problem("items", "item 1: 5 is outside 0–4")]
    assert problems(5, (1,) * 5) == [Problem("items", "must be a list of the 10 item scores (0–4)")]
    assert problems(41, None) == [Problem("irls_total", "41 is outside 0–40")]
    assert problems(None, (1,) * 10) == [Problem("irls_total", rv.REQUIRED)]  # no sum check
    assert rv.item_scores((None,) * 10) is None
    assert rv.item_scores([1] * 10) == (1,) * 10


def test_condition_end_not_before_start() -> None:
    problems = rv.condition_problems(Condition("travel", D, D - dt.timedelta(days=1)))
    assert problems == [Problem("end", "2026-03-23 is before the start 2026-03-24")]


def test_baseline_needs_both_dates_in_order_or_neither() -> None:
    later = D + dt.timedelta(days=13)
    assert rv.baseline_problems(None, None) == []
    assert rv.baseline_problems(D, later) == []
    assert fields(rv.baseline_problems(D, None)) == [rv.BASELINE_TO]
    assert fields(rv.baseline_problems(None, D)) == [rv.BASELINE_FROM]
    assert rv.baseline_problems(later, D) == [
        Problem(rv.BASELINE_TO, "2026-03-24 is before the first night 2026-04-06")
    ]
    assert rv.BASELINE_FROM == "augmentation_baseline_from"


def test_a_record_that_passes_can_always_be_stored(data_dir: Path) -> None:
    """The rules are the schema's CHECK constraints: the limits themselves are stored."""
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        lab = Lab(D, 10000.0, 100.0, 30.0, 700.0, False)
        assert rv.lab_problems(lab) == []
        records.LABS.insert(conn, lab)
        too_high = Lab(D, 10000.5)
        assert fields(rv.lab_problems(too_high)) == ["ferritin_ng_ml"]
        with pytest.raises(sqlite3.IntegrityError):
            records.LABS.insert(conn, too_high)


def test_records_go_back_under_their_own_id_and_assessments_update(data_dir: Path) -> None:
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        first = records.ASSESSMENTS.insert(conn, Assessment(D, 10, (1,) * 10))
        second = records.QUESTIONS.insert(conn, Question("Iron?", D))
        records.ASSESSMENTS.update(conn, first, Assessment(D, 22))
        assert records.ASSESSMENTS.load(conn) == [Assessment(D, 22, None, first)]
        records.ASSESSMENTS.update(conn, first, Assessment(D, 4, (4,) + (0,) * 9))
        (stored,) = records.ASSESSMENTS.load(conn)
        records.ASSESSMENTS.delete(conn, first)
        records.QUESTIONS.delete(conn, second)
        assert records.ASSESSMENTS.insert(conn, stored, keep_id=True) == first
        assert records.ASSESSMENTS.load(conn) == [stored]
        question = Question("Iron?", D, True, id=second)
        assert records.QUESTIONS.insert(conn, question, keep_id=True) == second
        assert records.QUESTIONS.load(conn) == [question]
        with pytest.raises(ValueError, match="needs a record with an id"):
            records.LABS.insert(conn, Lab(D), keep_id=True)


def test_json_import_uses_the_same_rules() -> None:
    """A value the database would refuse is a located problem on import, not a crash."""
    from rls_diary.domain.json_format import read_json

    text = (
        '{"format": "rls-diary", "version": 1, '
        '"labs": [{"date": "2026-03-24", "ferritin_ng_ml": 20000}], '
        '"medications": [{"name": "x", "class": "other", "start": "2026-03-24", "dose": 0}], '
        '"assessments": [{"date": "2026-03-24", "irls_total": 1, "items": [1, null, null, '
        "null, null, null, null, null, null, null]}]}"
    )
    doc, problems = read_json(text, "x.json", "UTC")
    assert [str(p) for p in problems] == [
        "x.json: medications[0].dose: 0 is not a dose (leave it blank when you do not know it)",
        "x.json: labs[0].ferritin_ng_ml: 20000 is above 10000",
        "x.json: assessments[0].items: item 2 is blank: give all 10 item scores or leave them "
        "all blank",
    ]
    assert doc.labs == doc.medications == doc.assessments == []
