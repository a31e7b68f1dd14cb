"""Treatment effect per episode (DESIGN §6): 14 nights before vs nights 15–42, medians,
n per side and a bootstrap interval, only with ≥ 10 recorded nights on each side."""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import course, night, span

from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights.finding import DOCTOR, NOT_ENOUGH_DATA
from rls_diary.domain.insights.treatment_effect import (
    TREATMENT_EFFECT,
    treatment_effect_findings,
    windows,
)
from rls_diary.domain.night import Night

START = dt.date(2024, 3, 1)
BEFORE = span(dt.date(2024, 2, 17), START)  # 14 entries, the last one the start day's
DURING = span(dt.date(2024, 3, 16), dt.date(2024, 4, 12))  # nights 15–42
GABAPENTIN = episodes([course(START, name="gabapentin", drug_class="alpha2delta", dose=300)])


def slept(day: dt.date, severity: int, quality: int, latency: int) -> Night:
    """23:00 → 07:00 with ``latency`` minutes to fall asleep and no waking: TST 480 − latency."""
    return night(
        day,
        severity,
        sleep_quality=quality,
        lights_out=dt.time(23, 0),
        sleep_latency_min=latency,
        wake_after_sleep_onset_min=0,
    )


def diary(before: int = 14, during: int = 28) -> list[Night]:
    nights = [slept(d, 6, 2, 60) for d in BEFORE[:before]]
    nights += [slept(d, 2, 4, 20) for d in DURING[:during]]
    # nights 14 and 43 of the episode lie outside both windows
    nights += [
        slept(START + dt.timedelta(14), 10, 1, 300),
        slept(START + dt.timedelta(43), 10, 1, 0),
    ]
    return nights


def test_windows() -> None:
    (episode,) = GABAPENTIN
    assert windows(episode) == ((BEFORE[0], BEFORE[-1]), (DURING[0], DURING[-1]))
    (short,) = episodes([course(START, START + dt.timedelta(20))])
    assert windows(short)[1] == (DURING[0], START + dt.timedelta(21))


def test_difference_in_medians_with_interval_and_n() -> None:
    (finding,) = treatment_effect_findings(diary(), GABAPENTIN)
    assert finding.kind == TREATMENT_EFFECT
    assert (finding.start, finding.end) == (BEFORE[0], DURING[-1])
    assert (finding.numbers["recorded_before"], finding.numbers["recorded_during"]) == (14, 28)
    outcomes = finding.numbers["outcomes"]
    severity = outcomes["rls_severity"]
    assert (severity["median_before"], severity["median_during"]) == (6.0, 2.0)
    assert severity["difference"] == -4.0
    assert severity["ci95"] == (-4.0, -4.0)
    assert (severity["n_before"], severity["n_during"]) == (14, 28)
    assert outcomes["sleep_quality"]["difference"] == 2.0
    assert outcomes["total_sleep_min"]["difference"] == 40.0
    assert "median severity 2 vs 6 (−4, 95 % interval −4 to −4; n = 28 and 14)" in (finding.message)
    assert "not proof" in finding.message and finding.message.endswith(DOCTOR)


@pytest.mark.parametrize(
    ("before", "during", "found"), [(10, 10, True), (9, 28, False), (14, 9, False)]
)
def test_needs_ten_recorded_nights_on_each_side(before: int, during: int, found: bool) -> None:
    # stopped: its last night (04-12) is before the diary's last night, so no "not enough data"
    stopped = episodes(
        [course(START, dt.date(2024, 4, 11), name="gabapentin", drug_class="alpha2delta")]
    )
    kinds = [f.kind for f in treatment_effect_findings(diary(before, during), stopped)]
    assert kinds == ([TREATMENT_EFFECT] if found else [])


def test_running_episode_without_enough_data_says_so() -> None:
    (finding,) = treatment_effect_findings(diary(14, 9), GABAPENTIN)
    assert finding.kind == NOT_ENOUGH_DATA
    assert (finding.numbers["recorded_before"], finding.numbers["recorded_during"]) == (14, 9)
    assert "10 needed on each side" in finding.message


def test_an_onset_alone_is_not_a_recorded_night() -> None:
    nights = [slept(d, 6, 2, 60) for d in BEFORE[:9]]
    nights += [Night(d, timezone="UTC", rls_onset=dt.time(22, 0)) for d in BEFORE[9:]]
    nights += [slept(d, 2, 4, 20) for d in DURING]
    (finding,) = treatment_effect_findings(nights, GABAPENTIN)
    assert finding.kind == NOT_ENOUGH_DATA
    assert finding.numbers["recorded_before"] == 9


def test_outcome_with_too_few_values_has_no_interval() -> None:
    nights = [night(d, 6) for d in BEFORE] + [slept(d, 2, 4, 20) for d in DURING]
    (finding,) = treatment_effect_findings(nights, GABAPENTIN)
    tst = finding.numbers["outcomes"]["total_sleep_min"]
    assert tst["ci95"] is None and tst["difference"] is None
    assert tst["n_before"] == 0
    assert "total sleep not recorded on both sides" in finding.message


def test_no_nights_no_findings() -> None:
    assert treatment_effect_findings([], GABAPENTIN) == []
