"""Remission and recurrence (DESIGN §6): 27 vs 28 symptom-free nights, 3 vs 4 not recorded,
labels on and off treatment, and a recurrence dated at its first night."""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import by_kind, course, night

from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights.finding import DOCTOR
from rls_diary.domain.insights.remission import (
    RECURRENCE,
    REMISSION,
    Remission,
    remission_findings,
    remission_periods,
)
from rls_diary.domain.night import Night

D0 = dt.date(2024, 1, 1)
MISSING = "missing"  # no entry at all (a blank severity is None)

Cell = int | None | str


def diary(cells: list[Cell]) -> list[Night]:
    """Night i is D0 + i: a severity, None (entry without severity) or MISSING (no entry)."""
    return [
        night(D0 + dt.timedelta(i), cell)  # type: ignore[arg-type]
        for i, cell in enumerate(cells)
        if cell != MISSING
    ]


def day(index: int) -> dt.date:
    return D0 + dt.timedelta(index)


@pytest.mark.parametrize(("free", "found"), [(27, False), (28, True)])
def test_twenty_eight_symptom_free_nights_make_a_remission(free: int, found: bool) -> None:
    periods = remission_periods(diary([4, *[0] * free, 3]))
    assert periods == ([Remission(day(1), day(free), 0)] if found else [])


@pytest.mark.parametrize(("unrecorded", "found"), [(3, True), (4, False)])
def test_at_most_three_unrecorded_nights(unrecorded: int, found: bool) -> None:
    gaps: list[Cell] = [None, MISSING, None, MISSING][:unrecorded]
    cells: list[Cell] = [5, *[0] * 10, *gaps, *[0] * (28 - 10 - unrecorded), 5]
    periods = remission_periods(diary(cells))
    assert periods == ([Remission(day(1), day(28), unrecorded)] if found else [])


def test_a_period_begins_and_ends_on_recorded_symptom_free_nights() -> None:
    assert remission_periods(diary([4, None, MISSING, *[0] * 27, None, 4])) == []
    (period,) = remission_periods(diary([4, None, MISSING, *[0] * 28, None]))
    assert (period.start, period.end, period.nights) == (day(3), day(30), 28)


def test_long_remission_with_scattered_gaps_is_one_period() -> None:
    cells: list[Cell] = [0 if i % 10 else MISSING for i in range(1, 92)]
    (period,) = remission_periods(diary([6, *cells]))
    assert (period.start, period.end, period.unrecorded) == (day(1), day(91), 9)


def test_a_night_with_symptoms_splits_the_run() -> None:
    assert remission_periods(diary([*[0] * 20, 1, *[0] * 20])) == []
    periods = remission_periods(diary([*[0] * 28, 1, *[0] * 30]))
    assert [(p.start, p.end) for p in periods] == [(day(0), day(27)), (day(29), day(58))]


def test_labelled_on_or_off_treatment() -> None:
    nights = diary([5, *[0] * 40, 5])
    (off,) = remission_findings(nights, [])
    assert off.kind == REMISSION
    assert (off.start, off.end) == (day(1), day(40))
    assert off.numbers["on_treatment"] is False
    assert "off treatment" in off.message
    gabapentin = episodes([course(day(-30), day(10), name="gabapentin", drug_class="alpha2delta")])
    (on,) = remission_findings(nights, gabapentin)
    assert on.numbers["on_treatment"] is True
    assert on.numbers["treatments"] == ["gabapentin"]
    assert "on treatment (gabapentin)" in on.message
    assert on.numbers["ongoing"] is False
    later = episodes([course(day(41), name="iron", drug_class="iron_oral")])
    assert remission_findings(nights, later)[0].numbers["on_treatment"] is False


def test_ongoing_remission() -> None:
    (finding,) = remission_findings(diary([5, *[0] * 30]), [])
    assert finding.numbers["ongoing"] is True
    assert finding.end == day(30)
    assert "the latest night in the diary" in finding.message


def test_recurrence_is_dated_at_its_first_night() -> None:
    after: list[Cell] = [2, 0, 0, 0, 0, 0, 0, 0, 3, MISSING, 2, 0, 0, 4, 0, 6]
    findings = remission_findings(diary([5, *[0] * 30, *after]), [])
    (recurrence,) = by_kind(findings, RECURRENCE)
    assert recurrence.date == day(31 + 8)
    assert recurrence.numbers["symptomatic_nights"] == 3
    assert recurrence.numbers["window_to"] == day(31 + 14)
    assert (recurrence.numbers["remission_from"], recurrence.numbers["remission_to"]) == (
        day(1),
        day(30),
    )
    assert recurrence.message.endswith(DOCTOR)


def test_two_nights_with_symptoms_within_seven_are_no_recurrence() -> None:
    findings = remission_findings(diary([5, *[0] * 30, 2, 0, 0, 0, 0, 0, 3, 0, 0]), [])
    assert by_kind(findings, RECURRENCE) == []
    assert len(by_kind(findings, REMISSION)) == 1


def test_three_nights_with_symptoms_without_a_remission_are_no_recurrence() -> None:
    assert remission_findings(diary([*[0] * 20, 3, 4, 5]), []) == []
    assert remission_findings([], []) == []


def test_recurrence_search_stops_at_the_next_remission() -> None:
    cells: list[Cell] = [*[0] * 28, 3, *[0] * 28, 4, 4, 4]
    findings = remission_findings(diary(cells), [])
    assert [f.kind for f in findings] == [REMISSION, REMISSION, RECURRENCE]
    assert findings[2].date == day(57)
