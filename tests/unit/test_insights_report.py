"""The insights report (DESIGN §5 ``insights --json``): its shape, a hand-made augmentation
course flagged with the right dates and shift while a stable course is not, and the demo
scenarios detected where they were built to be."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from rls_diary.domain.demo import generate
from rls_diary.services.diary import Contents, Diary
from rls_diary.services.importing import apply_import, plan_import
from rls_diary.services.insights import SECTIONS, diary_insights_report, insights_report

DATA = Path(__file__).resolve().parent.parent / "data"
END = dt.date(2024, 6, 30)
# Wording the engine must never use: it informs and never advises a dose.
DOSE_ADVICE = re.compile(
    r"\b(increase|raise|reduce|lower|double|halve|take more|take less) (the|your) (dose|medicine)",
    re.IGNORECASE,
)


def imported(diary: Diary, name: str) -> dict[str, Any]:
    plan = plan_import(diary, DATA / name)
    assert plan.report.ok, plan.report.problems
    apply_import(diary, plan)
    return diary_insights_report(diary, dt.date(2024, 10, 1))


def only(report: dict[str, Any], section: str, kind: str) -> dict[str, Any]:
    (finding,) = [f for f in report[section] if f["kind"] == kind]
    return finding


def kinds(report: dict[str, Any], section: str) -> list[str]:
    return [f["kind"] for f in report[section]]


def check_shape(report: dict[str, Any]) -> None:
    assert tuple(report) == SECTIONS
    text = json.dumps(report, allow_nan=False, ensure_ascii=False)
    assert json.loads(text) == report
    for section in SECTIONS:
        for finding in report[section]:
            assert set(finding) in (
                {"kind", "message", "date", "numbers"},
                {"kind", "message", "from", "to", "numbers"},
            ), finding
            message = finding["message"]
            last_sentence = message.rstrip(".").rsplit(". ", 1)[-1]
            assert "doctor" in last_sentence, message
            assert not DOSE_ADVICE.search(message.replace("do not raise the dose", "")), message


def test_hand_made_augmentation_course_is_flagged_with_dates_and_shift(diary: Diary) -> None:
    report = imported(diary, "augmentation_course.json")
    check_shape(report)
    flag = only(report, "augmentation", "possible_augmentation")
    assert (flag["from"], flag["to"]) == ("2024-09-17", "2024-09-30")
    numbers = flag["numbers"]
    assert numbers["episode"] == "Pramipexole"  # the 0.25 mg course joined the episode
    assert numbers["episode_start"] == "2024-03-01"
    assert (numbers["baseline_from"], numbers["baseline_to"]) == ("2024-02-17", "2024-03-01")
    assert numbers["shift_hours"] == 5.0
    assert (numbers["baseline_onsets"], numbers["current_onsets"]) == (14, 14)
    assert numbers["symptomatic_nights"] == 7
    assert numbers["new_areas"] == ["arms", "trunk"]
    assert "17:00" in flag["message"] and "22:00" in flag["message"]
    assert flag["message"].endswith("do not raise the dose yourself.")
    paradoxical = only(report, "augmentation", "paradoxical_response")
    assert paradoxical["numbers"]["increase_date"] == "2024-07-15"
    assert (paradoxical["from"], paradoxical["to"]) == ("2024-07-16", "2024-07-29")
    assert paradoxical["numbers"]["median_severity_after"] == 5.0
    assert paradoxical["numbers"]["median_severity_before"] == 3.0
    assert [(f["kind"], f["date"]) for f in report["iron"]] == [
        ("iron_iv_band", "2024-02-20"),
        ("iron_low", "2024-08-20"),
    ]
    effect = only(report, "treatment_effects", "treatment_effect")
    assert effect["numbers"]["outcomes"]["rls_severity"]["difference"] < 0
    crisis = only(report, "safety", "crisis_numbers")
    assert crisis["date"] == "2024-09-27"
    assert "Crisis line 0800 111 0 111" in crisis["message"]
    assert only(report, "safety", "agonist_check_in")["date"] == "2024-10-01"


def test_hand_made_stable_course_is_not_flagged(diary: Diary) -> None:
    report = imported(diary, "stable_course.json")
    check_shape(report)
    assert kinds(report, "augmentation") == ["augmentation_watch"]
    watch = report["augmentation"][0]["numbers"]
    assert watch["possible_augmentation"] is False
    assert watch["symptomatic_nights"] == 7  # symptoms alone are not augmentation
    assert watch["shift_hours"] == 0.5
    assert kinds(report, "safety") == ["agonist_check_in"]


def contents(sample: Any) -> Contents:
    return Contents(sample.medications, sample.labs, sample.assessments, [], [], [], {})


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_demo_augmentation_is_detected_with_its_dates(seed: int) -> None:
    sample = generate(365, seed, END, "Europe/Berlin", "augmentation")
    report = insights_report(sample.nights, contents(sample), END, "Europe/Berlin")
    check_shape(report)
    first, second = sample.medications
    flag = only(report, "augmentation", "possible_augmentation")
    assert (flag["from"], flag["to"]) == ("2024-06-17", END.isoformat())
    assert flag["numbers"]["episode_start"] == first.start.isoformat()
    assert flag["numbers"]["baseline_to"] == first.start.isoformat()
    assert flag["numbers"]["shift_hours"] >= 4
    assert "arms" in flag["numbers"]["new_areas"]
    increases = [f["numbers"]["increase_date"] for f in report["augmentation"][1:]]
    assert increases in ([], [second.start.isoformat()])
    assert kinds(report, "safety") == ["agonist_check_in"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_demo_iron_deficiency_is_detected_with_its_dates(seed: int) -> None:
    sample = generate(365, seed, END, "Europe/Berlin", "iron-deficiency")
    report = insights_report(sample.nights, contents(sample), END, "Europe/Berlin")
    check_shape(report)
    (iron,) = sample.medications
    low = [lab.date.isoformat() for lab in sample.labs if lab.date < iron.start]
    assert [f["date"] for f in report["iron"] if f["kind"] == "iron_low"] == low
    assert report["augmentation"] == []
    effect = only(report, "treatment_effects", "treatment_effect")
    assert effect["numbers"]["episode"] == "ferrous sulfate"
    assert effect["numbers"]["episode_start"] == iron.start.isoformat()
    severity = effect["numbers"]["outcomes"]["rls_severity"]
    assert severity["difference"] <= -2
    assert severity["ci95"][1] < 0


def test_empty_diary_has_every_section_and_nothing_in_it(diary: Diary) -> None:
    report = diary_insights_report(diary, dt.date(2024, 10, 1))
    assert report == {section: [] for section in SECTIONS}


def test_floats_keep_full_precision() -> None:
    sample = generate(120, 4, END, "UTC", "typical")
    report = insights_report(sample.nights, contents(sample), END, "UTC")
    text = json.dumps(report)
    for finding in report["lifestyle"]:
        ci = finding["numbers"].get("ci95")
        assert ci is None or isinstance(ci, list)
    assert json.loads(text) == report
