"""Lifestyle differences (DESIGN §6): the four contrasts, lag 0, ≥ 10 nights per group,
a seeded bootstrap, ranking by the interval's distance from 0, and exploratory wording."""

from __future__ import annotations

import datetime as dt

from insight_builders import night

from rls_diary.domain.insights.finding import DOCTOR, NOT_ENOUGH_DATA, Finding
from rls_diary.domain.insights.lifestyle import (
    CONTRASTS,
    EXPLORATORY,
    LIFESTYLE_DIFFERENCE,
    lifestyle_findings,
)
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import median_difference_bootstrap

D0 = dt.date(2024, 1, 1)


def nights(groups: list[tuple[dict[str, object], int, int, int]]) -> list[Night]:
    """Consecutive nights: for each group (fields, count, severity, quality) ``count`` nights."""
    out: list[Night] = []
    for fields, count, severity, quality in groups:
        for _ in range(count):
            day = D0 + dt.timedelta(len(out))
            out.append(night(day, severity, sleep_quality=quality, **fields))
    return out


def find(found: list[Finding], exposure: str, outcome: str) -> Finding:
    (finding,) = [
        f for f in found if f.numbers["exposure"] == exposure and f.numbers["outcome"] == outcome
    ]
    return finding


def test_every_contrast_and_outcome_is_reported_once() -> None:
    assert lifestyle_findings([]) == []
    found = lifestyle_findings([night(D0, 3)])
    assert len(found) == len(CONTRASTS) * 2
    assert {f.kind for f in found} == {NOT_ENOUGH_DATA}
    assert found[0].message == (
        "RLS severity after 2 or more caffeinated drinks vs none: not enough data yet "
        f"(n = 0 and 0; 10 needed in each group). {DOCTOR}"
    )


def test_caffeine_difference_with_seeded_interval() -> None:
    data = nights(
        [
            ({"caffeine_drinks": 3}, 6, 6, 2),
            ({"caffeine_drinks": 2}, 6, 5, 2),
            ({"caffeine_drinks": 1}, 20, 9, 1),  # one drink is in neither group
            ({"caffeine_drinks": None}, 20, 9, 1),  # blank is not 0
            ({"caffeine_drinks": 0}, 12, 3, 4),
        ]
    )
    finding = find(lifestyle_findings(data), "caffeine_drinks", "rls_severity")
    assert finding.kind == LIFESTYLE_DIFFERENCE
    numbers = finding.numbers
    assert (numbers["n_with"], numbers["n_without"]) == (12, 12)
    assert (numbers["median_with"], numbers["median_without"]) == (5.5, 3.0)
    assert numbers["difference"] == 2.5
    expected = median_difference_bootstrap([6.0] * 6 + [5.0] * 6, [3.0] * 12, 2000, 0)
    assert numbers["ci95"] == expected.ci95
    assert numbers["lag_nights"] == 0 and numbers["exploratory"] is True
    assert (finding.start, finding.end) == (D0, D0 + dt.timedelta(63))
    assert "not proof of cause" in finding.message and EXPLORATORY in finding.message
    assert finding.message.endswith(DOCTOR)


def test_seven_nights_in_a_group_is_not_enough() -> None:
    data = nights([({"alcohol_drinks": 1}, 7, 6, 2), ({"alcohol_drinks": 0}, 30, 3, 4)])
    finding = find(lifestyle_findings(data), "alcohol_drinks", "rls_severity")
    assert finding.kind == NOT_ENOUGH_DATA
    assert (finding.numbers["n_with"], finding.numbers["n_without"]) == (7, 30)
    assert "not enough data yet (n = 7 and 30; 10 needed in each group)" in finding.message


def test_ten_nights_in_each_group_are_enough() -> None:
    data = nights([({"exercise_min": 30}, 10, 2, 4), ({"exercise_min": 0}, 10, 4, 3)])
    data += nights([({"exercise_min": 29}, 5, 9, 1)])  # under 30 minutes is in neither group
    finding = find(lifestyle_findings(data), "exercise_min", "rls_severity")
    assert finding.kind == LIFESTYLE_DIFFERENCE
    assert finding.numbers["difference"] == -2.0


def test_nicotine_yes_vs_no_and_blank_outcomes_are_skipped() -> None:
    data = nights([({"nicotine": True}, 12, 5, 3), ({"nicotine": False}, 12, 4, 3)])
    data += [night(D0 + dt.timedelta(100 + i), None, nicotine=True) for i in range(5)]
    finding = find(lifestyle_findings(data), "nicotine", "rls_severity")
    assert (finding.numbers["n_with"], finding.numbers["n_without"]) == (12, 12)
    assert finding.numbers["difference"] == 1.0


def test_ranked_by_distance_of_the_interval_from_zero() -> None:
    # caffeine: a clear difference in severity; alcohol: a small, noisy one in quality
    data = nights(
        [
            ({"caffeine_drinks": 2, "alcohol_drinks": 0}, 15, 7, 3),
            ({"caffeine_drinks": 0, "alcohol_drinks": 1}, 15, 2, 3),
        ]
    )
    data += [
        night(D0 + dt.timedelta(40 + i), 3, sleep_quality=1 + i % 5, alcohol_drinks=i % 2)
        for i in range(30)
    ]
    found = lifestyle_findings(data)
    ranked = [f for f in found if f.kind == LIFESTYLE_DIFFERENCE]
    assert ranked and all(f.kind == NOT_ENOUGH_DATA for f in found[len(ranked) :])
    assert (ranked[0].numbers["exposure"], ranked[0].numbers["outcome"]) == (
        "caffeine_drinks",
        "rls_severity",
    )

    def distance(f: Finding) -> float:
        low, high = f.numbers["ci95"]
        return max(low, -high)

    distances = [distance(f) for f in ranked]
    assert distances == sorted(distances, reverse=True)
