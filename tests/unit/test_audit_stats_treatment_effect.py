"""Treatment effect: no difference of an outcome is shown without its n and 95 % interval.

An episode can have ≥ 10 recorded nights on each side while one outcome (here severity) was
recorded on fewer than 10 of them: that outcome must say "not enough data" with its n, never a
bare difference; blank severities are not zeros.
"""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import course, night, span

from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights.treatment_effect import TREATMENT_EFFECT, treatment_effect_findings
from rls_diary.domain.night import Night

START = dt.date(2024, 3, 1)
BEFORE = span(dt.date(2024, 2, 17), START)  # the 14 nights before (entries S − 13 … S)
DURING = span(dt.date(2024, 3, 16), dt.date(2024, 4, 12))  # nights 15–42
GABAPENTIN = episodes([course(START, name="gabapentin", drug_class="alpha2delta", dose=300)])


def diary(severities_before: int) -> list[Night]:
    """14 recorded nights before (quality 2 on each, severity 6 on the first few, blank on
    the rest) and 28 during (severity 2, quality 4)."""
    nights = [
        night(d, 6 if i < severities_before else None, sleep_quality=2)
        for i, d in enumerate(BEFORE)
    ]
    nights += [night(d, 2, sleep_quality=4) for d in DURING]
    return nights


def test_an_outcome_with_too_few_values_says_not_enough_data_instead_of_a_difference() -> None:
    (finding,) = treatment_effect_findings(diary(severities_before=4), GABAPENTIN)
    assert finding.kind == TREATMENT_EFFECT
    assert (
        "not enough data to compare severity (n = 28 and 4; 10 needed on each side)"
        in finding.message
    )
    assert "median severity" not in finding.message  # no bare "2 vs 6 (−4, …)"
    assert "−4" not in finding.message
    severity = finding.numbers["outcomes"]["rls_severity"]
    assert severity["difference"] is None and severity["ci95"] is None
    assert (severity["n_during"], severity["n_before"]) == (28, 4)
    assert severity["median_before"] == 6.0  # the 10 blanks are not zeros
    assert severity["reason"] is not None
    # sleep quality was recorded on every night: its difference comes with n and interval
    assert "median sleep quality 4 vs 2 (+2, 95 % interval +2 to +2; n = 28 and 14)" in (
        finding.message
    )


@pytest.mark.parametrize(("recorded", "shown"), [(9, False), (10, True)])
def test_ten_values_on_each_side_give_the_difference_with_its_interval(
    recorded: int, shown: bool
) -> None:
    (finding,) = treatment_effect_findings(diary(severities_before=recorded), GABAPENTIN)
    severity = finding.numbers["outcomes"]["rls_severity"]
    expected = f"median severity 2 vs 6 (−4, 95 % interval −4 to −4; n = 28 and {recorded})"
    assert (expected in finding.message) is shown
    assert (severity["difference"] == -4.0) is shown
    assert (severity["ci95"] == (-4.0, -4.0)) is shown
