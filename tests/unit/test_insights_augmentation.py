"""Augmentation watch (DESIGN §6): calendar windows, the 5-of-7 rule, the 4 h and 2–4 h
shifts with spread or a severity rise, "not enough data", and the paradoxical response."""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import by_kind, course, night, span

from rls_diary.domain.episodes import Episode, episodes
from rls_diary.domain.insights.augmentation import (
    AUGMENTATION_WATCH,
    BASELINE_FROM_KEY,
    BASELINE_TO_KEY,
    POSSIBLE_AUGMENTATION,
    WARNING,
    Comparison,
    augmentation_findings,
    is_possible_augmentation,
)
from rls_diary.domain.insights.finding import NOT_ENOUGH_DATA, Finding
from rls_diary.domain.insights.paradoxical import PARADOXICAL_RESPONSE
from rls_diary.domain.night import Night

START = dt.date(2024, 3, 1)  # first day on the agonist: its first night is 2024-03-02
BASE_FROM = dt.date(2024, 2, 17)  # the 14 entries up to and including the start day
LAST = dt.date(2024, 6, 30)
CUR_FROM = dt.date(2024, 6, 17)
BEFORE = -60  # 23:00


def diary(
    *,
    shift: int,
    symptomatic: int = 7,
    baseline_onsets: int = 14,
    current_onsets: int = 14,
    arms_nights: int = 0,
    baseline_severity: int = 3,
    current_severity: int = 3,
    baseline_areas: tuple[str, ...] | None = ("legs",),
) -> list[Night]:
    """Baseline nights before START, then the last 14 nights: onset ``shift`` minutes earlier,
    symptoms on the first ``symptomatic`` of the last 7 (severity 0 on the rest)."""
    nights = [
        night(
            day,
            baseline_severity,
            BEFORE if i < baseline_onsets else None,
            rls_areas=baseline_areas,
        )
        for i, day in enumerate(span(BASE_FROM, START))
    ]
    for i, day in enumerate(span(CUR_FROM, LAST)):
        if i >= 7 and i - 7 >= symptomatic:
            nights.append(night(day, 0))
            continue
        areas = ("legs", "arms") if i < arms_nights else ("legs",)
        onset = BEFORE - shift if i < current_onsets else None
        nights.append(night(day, current_severity, onset, rls_areas=areas))
    return nights


def watch(nights: list[Night], settings: dict[str, str] | None = None) -> Finding:
    found = augmentation_findings(nights, episodes([course(START)]), settings or {})
    (finding,) = [f for f in found if f.kind != PARADOXICAL_RESPONSE]
    return finding


def test_four_hours_earlier_on_five_of_seven_nights_is_flagged_with_dates() -> None:
    finding = watch(diary(shift=240, symptomatic=5))
    assert finding.kind == POSSIBLE_AUGMENTATION
    assert (finding.start, finding.end) == (CUR_FROM, LAST)
    numbers = finding.numbers
    assert numbers["shift_hours"] == 4.0
    assert (numbers["baseline_from"], numbers["baseline_to"]) == (BASE_FROM, START)
    assert (numbers["baseline_onsets"], numbers["current_onsets"]) == (14, 12)
    assert numbers["symptomatic_nights"] == 5
    assert (numbers["baseline_median_onset_min"], numbers["current_median_onset_min"]) == (
        -60.0,
        -300.0,
    )
    assert "4 h earlier" in finding.message and "5 of the last 7" in finding.message
    assert "19:00" in finding.message and "23:00" in finding.message
    assert finding.message.endswith(WARNING)


def test_four_of_seven_symptomatic_nights_is_not_flagged() -> None:
    finding = watch(diary(shift=300, symptomatic=4, arms_nights=3, current_severity=6))
    assert finding.kind == AUGMENTATION_WATCH
    assert finding.numbers["symptomatic_nights"] == 4
    assert finding.numbers["possible_augmentation"] is False
    assert "doctor" in finding.message.rsplit(".", 2)[-2]


def test_just_under_four_hours_alone_is_not_flagged() -> None:
    assert watch(diary(shift=239)).kind == AUGMENTATION_WATCH


@pytest.mark.parametrize(
    ("shift", "arms_nights", "current_severity", "flagged"),
    [
        (120, 2, 3, True),  # exactly 2 h with new spread to the arms
        (120, 0, 3, False),  # exactly 2 h, no spread, no severity rise
        (119, 2, 3, False),  # under 2 h even with spread
        (120, 1, 3, False),  # arms on a single night is not a spread
        (120, 0, 5, True),  # 2 h with a median severity rise of 2
        (120, 0, 4, False),  # a rise of 1 is not enough
        (239, 2, 3, True),  # the top of the 2–4 h band
    ],
)
def test_two_to_four_hours_needs_spread_or_a_severity_rise(
    shift: int, arms_nights: int, current_severity: int, flagged: bool
) -> None:
    finding = watch(diary(shift=shift, arms_nights=arms_nights, current_severity=current_severity))
    assert finding.kind == (POSSIBLE_AUGMENTATION if flagged else AUGMENTATION_WATCH)
    assert finding.numbers["new_areas"] == (["arms"] if arms_nights >= 2 else [])
    assert finding.numbers["severity_rise"] == current_severity - 3


@pytest.mark.parametrize(
    "baseline_areas", [("legs", "arms"), None], ids=["arms-before", "areas-blank"]
)
def test_spread_must_be_new(baseline_areas: tuple[str, ...] | None) -> None:
    finding = watch(diary(shift=150, arms_nights=5, baseline_areas=baseline_areas))
    assert finding.kind == AUGMENTATION_WATCH
    assert finding.numbers["new_areas"] == []


@pytest.mark.parametrize(
    ("baseline_onsets", "current_onsets", "verdict"),
    [(6, 14, False), (7, 14, True), (14, 6, False), (14, 7, True)],
)
def test_each_window_needs_seven_onsets(
    baseline_onsets: int, current_onsets: int, verdict: bool
) -> None:
    finding = watch(
        diary(shift=240, baseline_onsets=baseline_onsets, current_onsets=current_onsets)
    )
    if verdict:
        assert finding.kind == POSSIBLE_AUGMENTATION
        return
    assert finding.kind == NOT_ENOUGH_DATA
    assert (finding.numbers["baseline_onsets"], finding.numbers["current_onsets"]) == (
        baseline_onsets,
        current_onsets,
    )
    assert "not enough data" in finding.message
    assert "possible_augmentation" not in finding.numbers


def test_user_set_baseline_period_replaces_the_nights_before_the_episode() -> None:
    own = span(dt.date(2024, 1, 1), dt.date(2024, 1, 10))
    nights = [night(day, 3, BEFORE, rls_areas=("legs",)) for day in own]
    nights += [n for n in diary(shift=240) if n.date >= CUR_FROM]
    assert watch(nights).kind == NOT_ENOUGH_DATA
    settings = {BASELINE_FROM_KEY: "2024-01-01", BASELINE_TO_KEY: "2024-01-10"}
    finding = watch(nights, settings)
    assert finding.kind == POSSIBLE_AUGMENTATION
    assert finding.numbers["baseline_source"] == "user_set"
    assert (finding.numbers["baseline_from"], finding.numbers["baseline_to"]) == (own[0], own[-1])
    for broken in (
        {BASELINE_FROM_KEY: "2024-01-10", BASELINE_TO_KEY: "2024-01-01"},
        {BASELINE_FROM_KEY: "soon", BASELINE_TO_KEY: "2024-01-10"},
    ):
        assert watch(nights, broken).numbers["baseline_source"] == "before_episode"


def test_only_dopaminergic_episodes_running_at_the_last_night() -> None:
    nights = diary(shift=300)
    stopped = episodes([course(START, dt.date(2024, 6, 1))])
    assert augmentation_findings(nights, stopped, {}) == []
    gabapentin = episodes([course(START, name="gabapentin", drug_class="alpha2delta")])
    assert augmentation_findings(nights, gabapentin, {}) == []
    levodopa = episodes([course(START, name="levodopa", drug_class="levodopa")])
    assert [f.kind for f in augmentation_findings(nights, levodopa, {})] == [POSSIBLE_AUGMENTATION]
    assert augmentation_findings([], levodopa, {}) == []


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        (Comparison(-60, -300, 5, (), None), True),
        (Comparison(-60, -299, 5, (), 5.0), True),
        (Comparison(-60, -299, 5, (), None), False),
        (Comparison(-60, -180, 5, ("trunk",), None), True),
        (Comparison(-60, -180, 4, ("trunk",), 3.0), False),
        (Comparison(-60, -179, 7, ("trunk",), 3.0), False),
    ],
)
def test_rule_on_its_figures(figures: Comparison, expected: bool) -> None:
    assert is_possible_augmentation(figures) is expected


# --- paradoxical response -----------------------------------------------------------------

INCREASE = dt.date(2024, 5, 1)


def increase_diary(before: int, after: int, after_nights: int = 14) -> list[Night]:
    nights = [night(day, before, BEFORE) for day in span(INCREASE - dt.timedelta(13), INCREASE)]
    nights += [night(INCREASE + dt.timedelta(i + 1), after, BEFORE) for i in range(after_nights)]
    return nights


def raised(dose_after: float = 0.25) -> list[Episode]:
    """0.125 mg from START, then ``dose_after`` from INCREASE."""
    return episodes(
        [course(START, INCREASE - dt.timedelta(1), dose=0.125), course(INCREASE, dose=dose_after)]
    )


def test_worse_after_a_dose_increase_is_a_paradoxical_response() -> None:
    found = augmentation_findings(increase_diary(3, 5), raised(), {})
    (finding,) = by_kind(found, PARADOXICAL_RESPONSE)
    assert (finding.start, finding.end) == (INCREASE + dt.timedelta(1), INCREASE + dt.timedelta(14))
    assert finding.numbers["increase_date"] == INCREASE
    assert (
        finding.numbers["median_severity_before"],
        finding.numbers["median_severity_after"],
    ) == (
        3.0,
        5.0,
    )
    assert (finding.numbers["n_before"], finding.numbers["n_after"]) == (14, 14)
    assert "0.125 to 0.25 mg on 2024-05-01" in finding.message
    assert finding.message.endswith(WARNING)


@pytest.mark.parametrize(
    ("before", "after", "after_nights", "dose_after"),
    [(3, 3, 14, 0.25), (3, 5, 6, 0.25), (3, 5, 14, 0.0625)],
    ids=["no-worse", "too-few-nights-after", "a-decrease"],
)
def test_no_paradoxical_response(
    before: int, after: int, after_nights: int, dose_after: float
) -> None:
    nights = increase_diary(before, after, after_nights)
    found = augmentation_findings(nights, raised(dose_after), {})
    assert by_kind(found, PARADOXICAL_RESPONSE) == []


def test_seven_nights_after_the_increase_are_enough() -> None:
    found = augmentation_findings(increase_diary(3, 5, 7), raised(), {})
    (finding,) = by_kind(found, PARADOXICAL_RESPONSE)
    assert finding.end == INCREASE + dt.timedelta(7)  # cut at the diary's last night
