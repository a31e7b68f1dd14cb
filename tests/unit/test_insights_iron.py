"""Iron findings (DESIGN §6): the 75 / 100 ng/mL and 20 % boundaries, the after-infusion
marking, kidney disease periods and the overdue-test reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import course, night

from rls_diary.domain.insights.finding import DOCTOR
from rls_diary.domain.insights.iron import (
    AFTER_INFUSION,
    IRON_IV_BAND,
    IRON_LOW,
    KIDNEY_DISEASE,
    TEST_OVERDUE,
    iron_findings,
)
from rls_diary.domain.records import Condition, Lab

LAB_DAY = dt.date(2024, 5, 10)
TODAY = dt.date(2024, 6, 1)


def kinds(*labs: Lab) -> list[str]:
    return [f.kind for f in iron_findings(labs, [], [], [], TODAY)]


@pytest.mark.parametrize(
    ("ferritin", "tsat", "expected"),
    [
        (75.0, None, [IRON_LOW]),
        (76.0, None, [IRON_IV_BAND]),
        (75.5, 30.0, [IRON_IV_BAND]),
        (100.0, None, [IRON_IV_BAND]),
        (101.0, None, []),
        (150.0, 19.9, [IRON_LOW]),
        (150.0, 20.0, []),
        (None, 19.9, [IRON_LOW]),
        (90.0, 19.9, [IRON_LOW]),  # TSAT low: the stronger statement wins
        (None, 20.0, []),
    ],
)
def test_thresholds(ferritin: float | None, tsat: float | None, expected: list[str]) -> None:
    assert kinds(Lab(LAB_DAY, ferritin_ng_ml=ferritin, tsat_pct=tsat)) == expected


def test_low_finding_carries_values_date_and_pointer() -> None:
    (finding,) = iron_findings(
        [Lab(LAB_DAY, ferritin_ng_ml=48.0, tsat_pct=17.5, fasting_morning=True)], [], [], [], TODAY
    )
    assert finding.date == LAB_DAY
    assert finding.numbers["ferritin_ng_ml"] == 48.0
    assert finding.numbers["tsat_pct"] == 17.5
    assert "Ferritin 48 ng/mL and TSAT 17.5 % on 2024-05-10" in finding.message
    assert "below the level at which guidelines suggest discussing iron treatment" in (
        finding.message
    )
    assert finding.message.endswith(DOCTOR)


def test_labs_without_iron_values_are_not_findings() -> None:
    assert kinds(Lab(LAB_DAY, hemoglobin_g_dl=11.0, weight_kg=60.0)) == []


@pytest.mark.parametrize(("days_after", "marked"), [(0, True), (56, True), (57, False)])
def test_labs_up_to_eight_weeks_after_an_infusion_are_marked(days_after: int, marked: bool) -> None:
    infusion = dt.date(2024, 3, 1)
    lab = Lab(infusion + dt.timedelta(days_after), ferritin_ng_ml=60.0)
    iv = course(infusion, dt.date(2024, 3, 20), name="ferric carboxymaltose", drug_class="iron_iv")
    (finding,) = iron_findings([lab], [iv], [], [], TODAY)
    assert finding.kind == IRON_LOW
    assert finding.numbers["after_infusion"] is marked
    assert ("may be raised by the infusion" in finding.message) is marked


def test_normal_lab_after_an_infusion_is_still_marked() -> None:
    infusion = dt.date(2024, 3, 1)
    iv = course(infusion, name="ferric carboxymaltose", drug_class="iron_iv")
    oral = course(infusion, name="ferrous sulfate", drug_class="iron_oral")
    lab = Lab(infusion + dt.timedelta(days=28), ferritin_ng_ml=420.0, tsat_pct=35.0)
    (finding,) = iron_findings([lab], [iv], [], [], TODAY)
    assert finding.kind == AFTER_INFUSION
    assert finding.numbers["infusion_date"] == infusion
    assert "4 weeks after the iron infusion of 2024-03-01" in finding.message
    assert iron_findings([lab], [oral], [], [], TODAY) == []  # only IV iron raises it so fast


@pytest.mark.parametrize("ferritin", [40.0, 90.0, 300.0])
def test_kidney_disease_period_replaces_thresholds_with_a_note(ferritin: float) -> None:
    kidney = Condition("kidney_disease", dt.date(2024, 1, 1), None)
    (finding,) = iron_findings([Lab(LAB_DAY, ferritin_ng_ml=ferritin)], [], [kidney], [], TODAY)
    assert finding.kind == KIDNEY_DISEASE
    assert "not applied" in finding.message
    ended = Condition("kidney_disease", dt.date(2024, 1, 1), LAB_DAY - dt.timedelta(days=1))
    other = Condition("pregnancy", dt.date(2024, 1, 1), None)
    outside = iron_findings([Lab(LAB_DAY, ferritin_ng_ml=40.0)], [], [ended, other], [], TODAY)
    assert [f.kind for f in outside] == [IRON_LOW]


@pytest.mark.parametrize(
    ("last_test", "reminded"),
    [(dt.date(2023, 6, 1), False), (dt.date(2023, 5, 31), True), (None, True)],
)
def test_reminder_when_no_test_in_twelve_months(last_test: dt.date | None, reminded: bool) -> None:
    labs = [] if last_test is None else [Lab(last_test, ferritin_ng_ml=150.0)]
    nights = [night(dt.date(2024, 5, 20), 4), night(dt.date(2024, 5, 21), 0)]
    found = [f for f in iron_findings(labs, [], [], nights, TODAY) if f.kind == TEST_OVERDUE]
    assert bool(found) is reminded
    if reminded:
        (finding,) = found
        assert finding.date == TODAY
        assert finding.numbers["last_test"] == last_test
        assert finding.numbers["symptomatic_nights"] == 1
        assert finding.message.endswith("ask your doctor about a test.")


def test_no_reminder_without_recent_symptoms() -> None:
    quiet = [night(dt.date(2024, 5, 20), 0), night(dt.date(2023, 5, 1), 6), night(TODAY, None)]
    assert iron_findings([], [], [], quiet, TODAY) == []
    haemoglobin_only = [Lab(dt.date(2024, 1, 1), hemoglobin_g_dl=13.0)]
    found = iron_findings(haemoglobin_only, [], [], [night(TODAY, 2)], TODAY)
    assert [f.kind for f in found] == [TEST_OVERDUE]  # a test without ferritin or TSAT
