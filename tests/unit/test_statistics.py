"""Statistics against hand-computed values, brute force and independent implementations."""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics as stdlib_statistics
import subprocess
import sys
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rls_diary.domain.night import Night
from rls_diary.domain.statistics import (
    Z_95,
    Correlation,
    MedianDifference,
    Summary,
    average_ranks,
    fisher_interval,
    interval_distance_from_zero,
    median_difference_bootstrap,
    paired_by_lag,
    pearson,
    quantile,
    spearman,
    spearman_rho,
    summary,
)


def brute_ranks(values: Sequence[float]) -> list[float]:
    """Average rank by counting: 1 + (number below) + (number of equal others) / 2."""
    return [1 + sum(w < v for w in values) + (sum(w == v for w in values) - 1) / 2 for v in values]


def brute_spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson's r (the standard library's) of the brute-force ranks."""
    return stdlib_statistics.correlation(brute_ranks(x), brute_ranks(y))


# --- quantiles and summaries ------------------------------------------------------------------


def test_quantile_hand_computed() -> None:
    values = [1.0, 2.0, 3.0, 4.0]
    # position (n - 1) * q = 0.75 → 1 + 0.75 * (2 - 1)
    assert quantile(values, 0.25) == 1.75
    assert quantile(values, 0.5) == 2.5
    assert quantile(values, 0.75) == 3.25
    assert quantile(values, 0.0) == 1.0
    assert quantile(values, 1.0) == 4.0
    assert quantile([7.0], 0.3) == 7.0


def test_quantile_rejects_empty_and_out_of_range() -> None:
    with pytest.raises(ValueError, match="no values"):
        quantile([], 0.5)
    with pytest.raises(ValueError, match="outside"):
        quantile([1.0], 1.5)


@given(
    st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), min_size=1, max_size=60),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_quantile_matches_numpy_linear(values: list[float], q: float) -> None:
    ordered = sorted(values)
    expected = float(np.quantile(np.asarray(values), q))
    assert quantile(ordered, q) == expected  # same interpolation, to the last bit


def test_quantiles_match_numpy_percentile_for_diary_like_values() -> None:
    rng = random.Random(3)
    values = sorted(rng.randint(0, 10) for _ in range(37))
    for q in (0.25, 0.5, 0.75):
        assert quantile(values, q) == pytest.approx(float(np.percentile(values, q * 100)))


def test_summary_hand_computed_and_blanks_skipped() -> None:
    result = summary([3, None, 1, 2, 4, 10, None])
    assert result == Summary(n=5, mean=4.0, median=3.0, p25=2.0, p75=4.0, min=1.0, max=10.0)


def test_summary_of_zeros_is_not_a_summary_of_blanks() -> None:
    assert summary([None, None]) == Summary(n=0)
    assert summary([0, 0]) == Summary(n=2, mean=0.0, median=0.0, p25=0.0, p75=0.0, min=0, max=0)


def test_empty_summary_is_all_none() -> None:
    empty = summary([])
    assert empty.n == 0
    assert (empty.mean, empty.median, empty.p25, empty.p75, empty.min, empty.max) == (None,) * 6


# --- ranks and Spearman -----------------------------------------------------------------------


def test_average_ranks_hand_worked_ties() -> None:
    assert average_ranks([10, 20, 20, 30]) == [1.0, 2.5, 2.5, 4.0]
    assert average_ranks([3, 1, 2]) == [3.0, 1.0, 2.0]
    assert average_ranks([5, 5, 5]) == [2.0, 2.0, 2.0]
    assert average_ranks([2, 1, 2, 1, 2]) == [4.0, 1.5, 4.0, 1.5, 4.0]
    assert average_ranks([]) == []


def test_spearman_rho_hand_worked_tie_example() -> None:
    # ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4; deviations from 2.5:
    # dx = -1.5, 0, 0, 1.5; dy = -1.5, 0.5, -0.5, 1.5 → Sxy = 4.5, Sxx = 4.5, Syy = 5
    # rho = 4.5 / sqrt(4.5 * 5) = 3 / sqrt(10)
    assert spearman_rho([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(3 / math.sqrt(10))


def test_spearman_without_ties_matches_the_textbook_formula() -> None:
    # x = 1..20, y swaps neighbours (2, 1, 4, 3, …): every d = ±1, so Σd² = 20 and
    # rho = 1 − 6·20 / (20·(20² − 1)) = 393/399; atanh(393/399) = ln(132) / 2.
    x = list(range(1, 21))
    y = [v + 1 if v % 2 else v - 1 for v in x]
    result = spearman(x, y)
    assert result.n == 20
    assert result.reason is None
    assert result.rho == pytest.approx(393 / 399)
    half = Z_95 * 1.06 / math.sqrt(17)
    assert result.ci95 == pytest.approx(
        (math.tanh(math.log(132) / 2 - half), math.tanh(math.log(132) / 2 + half))
    )


def test_spearman_with_ties_matches_brute_force() -> None:
    rng = random.Random(7)
    x = [rng.randint(0, 5) for _ in range(40)]
    y = [rng.randint(0, 3) + v // 2 for v in x]
    result = spearman(x, y)
    assert result.rho == pytest.approx(brute_spearman(x, y), abs=1e-12)
    assert result.rho is not None
    assert result.rho > 0.3


def test_perfect_agreement_keeps_a_finite_interval() -> None:
    x = list(range(30))
    up = spearman(x, [2 * v for v in x])
    down = spearman(x, [-v for v in x])
    assert up.rho == 1.0
    assert down.rho == -1.0
    assert up.ci95 is not None
    assert down.ci95 is not None
    assert 0.99 < up.ci95[0] < up.ci95[1] == 1.0
    assert -1.0 == down.ci95[0] < down.ci95[1] < -0.99


def test_fisher_interval_hand_computed() -> None:
    # rho = 0.5, n = 28: atanh(0.5) = ln(3)/2, SE = 1.06/5
    low, high = fisher_interval(0.5, 28)
    half = Z_95 * 1.06 / 5
    assert low == pytest.approx(math.tanh(math.log(3) / 2 - half))
    assert high == pytest.approx(math.tanh(math.log(3) / 2 + half))
    assert low == pytest.approx(0.1330, abs=1e-4)
    assert high == pytest.approx(0.7464, abs=1e-4)


def test_fisher_interval_needs_more_than_three_pairs() -> None:
    with pytest.raises(ValueError, match="more than 3"):
        fisher_interval(0.5, 3)


def test_too_few_pairs_give_a_reason_not_a_number() -> None:
    result = spearman(list(range(12)), list(range(12)))
    assert result == Correlation(12, None, None, "not enough data: n = 12 of 20 needed")
    assert spearman(list(range(19)), list(range(19))).rho is None
    assert spearman(list(range(20)), list(range(20))).rho == 1.0


def test_constant_series_gives_a_reason() -> None:
    result = spearman([3] * 25, list(range(25)))
    assert result == Correlation(25, None, None, "one of the series is constant")
    assert spearman(list(range(25)), [0] * 25).reason == "one of the series is constant"


def test_paired_series_must_have_the_same_length() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        spearman([1, 2, 3], [1, 2])


def test_pearson_hand_computed() -> None:
    # x = 1, 2, 3; y = 1, 3, 2: Sxy = 1, Sxx = 2, Syy = 2 → r = 0.5
    assert pearson([1, 2, 3], [1, 3, 2]) == pytest.approx(0.5)
    assert pearson([1, 1, 1], [1, 2, 3]) is None


pair_lists = st.integers(min_value=20, max_value=60).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(-50, 50), min_size=n, max_size=n),
        st.lists(st.integers(-50, 50), min_size=n, max_size=n),
    )
)


@settings(max_examples=150)
@given(pair_lists)
def test_spearman_properties(pair: tuple[list[int], list[int]]) -> None:
    x, y = pair
    result = spearman(x, y)
    if result.rho is None:
        assert result.reason == "one of the series is constant"
        assert len(set(x)) == 1 or len(set(y)) == 1
        return
    assert -1.0 <= result.rho <= 1.0
    assert result.rho == pytest.approx(brute_spearman(x, y), abs=1e-9)
    assert result.ci95 is not None
    low, high = result.ci95
    assert -1.0 <= low <= result.rho <= high <= 1.0
    # symmetric
    assert spearman(y, x).rho == pytest.approx(result.rho, abs=1e-12)
    # invariant to strictly increasing transforms (exact in integers), negated by decreasing
    assert spearman([v**3 + 7 * v for v in x], y).rho == pytest.approx(result.rho, abs=1e-12)
    assert spearman([math.exp(v / 10) for v in x], y).rho == pytest.approx(result.rho, abs=1e-12)
    assert spearman([-v for v in x], y).rho == pytest.approx(-result.rho, abs=1e-12)


def test_interval_distance_from_zero() -> None:
    assert interval_distance_from_zero((0.2, 0.6)) == pytest.approx(0.2)
    assert interval_distance_from_zero((-0.6, -0.3)) == pytest.approx(0.3)
    assert interval_distance_from_zero((-0.1, 0.5)) == pytest.approx(-0.1)
    assert interval_distance_from_zero((-0.5, 0.05)) == pytest.approx(-0.05)


# --- pairing by lag ---------------------------------------------------------------------------


def _night(day: int, **fields: int | None) -> Night:
    return Night(dt.date(2024, 1, day), **fields)  # type: ignore[arg-type]


def _value(night: Night, name: str) -> float | None:
    value = night.get(name)
    return None if value is None else float(value)


def test_paired_by_lag_uses_calendar_days_and_skips_blanks() -> None:
    nights = [
        _night(6, caffeine_drinks=5, rls_severity=6),
        _night(1, caffeine_drinks=1, rls_severity=1),
        _night(2, caffeine_drinks=2, rls_severity=2),
        _night(3, caffeine_drinks=3, rls_severity=None),
        _night(5, caffeine_drinks=None, rls_severity=5),
    ]
    # lag 1: 1→2 (1, 2); 2→3 y blank; 3→4 no entry; 5→6 x blank; 6→7 no entry
    assert paired_by_lag(nights, "caffeine_drinks", "rls_severity", 1, _value) == ([1.0], [2.0])
    # lag 0: the same entry, in date order; blank on either side drops the entry
    assert paired_by_lag(nights, "caffeine_drinks", "rls_severity", 0, _value) == (
        [1.0, 2.0, 5.0],
        [1.0, 2.0, 6.0],
    )
    # lag 2: 1→3 y blank, 3→5 (3, 5)
    assert paired_by_lag(nights, "caffeine_drinks", "rls_severity", 2, _value) == ([3.0], [5.0])


def test_paired_by_lag_keeps_zero_values() -> None:
    nights = [_night(1, caffeine_drinks=0, rls_severity=0), _night(2, rls_severity=3)]
    assert paired_by_lag(nights, "caffeine_drinks", "rls_severity", 1, _value) == ([0.0], [3.0])


def test_paired_by_lag_refuses_two_entries_for_one_date() -> None:
    with pytest.raises(ValueError, match="2024-01-01"):
        paired_by_lag([_night(1), _night(1)], "caffeine_drinks", "rls_severity", 0, _value)


# --- bootstrap difference in medians ----------------------------------------------------------


def test_median_difference_of_constant_groups_is_exact() -> None:
    result = median_difference_bootstrap([5.0] * 12, [2.0] * 10)
    assert result == MedianDifference(3.0, (3.0, 3.0), 12, 10, None)


def test_median_difference_hand_computed() -> None:
    a = list(range(10, 40))  # median 24.5
    b = list(range(30))  # median 14.5
    result = median_difference_bootstrap(a, b)
    assert result.difference == 10.0
    assert (result.n_a, result.n_b) == (30, 30)
    assert result.ci95 is not None
    low, high = result.ci95
    assert low < 10.0 < high
    assert min(a) - max(b) <= low <= high <= max(a) - min(b)


def test_median_difference_is_seeded() -> None:
    rng = random.Random(1)
    a = [rng.gauss(5, 2) for _ in range(40)]
    b = [rng.gauss(4, 2) for _ in range(35)]
    first = median_difference_bootstrap(a, b, seed=0)
    assert median_difference_bootstrap(a, b, seed=0) == first
    assert median_difference_bootstrap(a, b, seed=1).ci95 != first.ci95


def test_median_difference_agrees_with_an_independent_bootstrap() -> None:
    rng = random.Random(11)
    a = [float(rng.randint(2, 9)) for _ in range(60)]
    b = [float(rng.randint(0, 6)) for _ in range(45)]
    ours = median_difference_bootstrap(a, b, resamples=4000)
    draws = random.Random(5)
    diffs = sorted(
        stdlib_statistics.median(draws.choices(a, k=len(a)))
        - stdlib_statistics.median(draws.choices(b, k=len(b)))
        for _ in range(4000)
    )
    assert ours.ci95 is not None
    assert ours.ci95[0] == pytest.approx(diffs[100], abs=0.6)  # 2.5 % of 4000
    assert ours.ci95[1] == pytest.approx(diffs[3899], abs=0.6)


def test_small_groups_give_a_difference_but_no_interval() -> None:
    result = median_difference_bootstrap([1.0, 2.0, 3.0] * 3, [0.0] * 12)
    assert result.difference == 2.0
    assert result.ci95 is None
    assert result.reason == "not enough data: n = 9 and 12, 10 needed in each group"
    assert median_difference_bootstrap([], [1.0]).difference is None


def test_bootstrap_needs_resamples() -> None:
    with pytest.raises(ValueError, match="resamples"):
        median_difference_bootstrap([1.0] * 10, [1.0] * 10, resamples=0)


def test_large_groups_of_few_levels_give_the_difference_inside_its_interval() -> None:
    a = [float(i % 11) for i in range(3000)]
    b = [float(i % 7) for i in range(2500)]
    result = median_difference_bootstrap(a, b, resamples=500)
    assert result.difference == 2.0
    assert result.ci95 is not None
    assert result.ci95[0] <= 2.0 <= result.ci95[1]


def test_importing_statistics_does_not_import_numpy() -> None:
    code = (
        "import sys, rls_diary.domain.statistics, rls_diary.services.stats; "
        "sys.exit(1 if 'numpy' in sys.modules or 'scipy' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


class _FixedCounts:
    """Stands in for numpy's Generator: each resample is the given count of each level."""

    def __init__(self, counts: list[list[int]]) -> None:
        self.counts = np.asarray(counts)

    def multinomial(self, n: int, shares: object, size: int) -> np.ndarray:
        assert self.counts.shape[0] == size and (self.counts.sum(axis=1) == n).all()
        return self.counts


@pytest.mark.parametrize(
    "counts",
    [
        [[3, 0, 0, 2], [0, 0, 5, 0], [1, 1, 1, 2], [2, 1, 2, 0]],  # n = 5: the middle value
        [[4, 0, 0, 2], [0, 3, 3, 0], [1, 2, 2, 1], [6, 0, 0, 0]],  # n = 6: mean of the two
    ],
)
def test_bootstrap_medians_are_the_medians_of_the_resamples_the_counts_stand_for(
    counts: list[list[int]],
) -> None:
    from rls_diary.domain.statistics import _bootstrap_medians

    levels = [0.0, 2.5, 3.0, 7.0]
    n = sum(counts[0])
    values = np.asarray([levels[i % 4] for i in range(n)])  # every level occurs
    medians = _bootstrap_medians(values, len(counts), _FixedCounts(counts))
    expected = [
        stdlib_statistics.median(
            v for level, c in zip(levels, row, strict=True) for v in [level] * c
        )
        for row in counts
    ]
    assert list(medians) == expected


def test_bootstrap_of_continuous_values_resamples_by_rank() -> None:
    rng = random.Random(4)
    a = [rng.gauss(0, 1) for _ in range(700)]  # 700 levels: too many to count per resample
    b = [rng.gauss(1, 1) for _ in range(600)]
    result = median_difference_bootstrap(a, b, resamples=2000)
    assert result.ci95 is not None
    assert result.ci95[0] < result.difference < result.ci95[1]  # type: ignore[operator]
    assert median_difference_bootstrap(a, b, resamples=2000) == result


@pytest.mark.parametrize("n", [7, 6])
def test_medians_by_rank_follow_the_exact_bootstrap_distribution(n: int) -> None:
    """Every one of the n**n equally likely resamples (by index) enumerated: the share of
    resamples whose median is at most each value, against 200,000 medians by rank."""
    from itertools import product

    from rls_diary.domain.statistics import _bootstrap_medians_by_rank

    ordered = np.arange(n, dtype=float) * 1.5  # distinct values, sorted
    exact: dict[float, int] = {}
    for indices in product(range(n), repeat=n):
        median = stdlib_statistics.median(ordered[i] for i in indices)
        exact[median] = exact.get(median, 0) + 1
    drawn = _bootstrap_medians_by_rank(ordered, 200_000, np.random.default_rng(3))
    assert set(np.unique(drawn)) <= set(exact)
    total, running = n**n, 0
    for value in sorted(exact):
        running += exact[value]
        assert float(np.mean(drawn <= value)) == pytest.approx(running / total, abs=0.006)


def test_many_levels_take_the_rank_path_and_few_the_counts() -> None:
    from rls_diary.domain import statistics as st

    class Refuses:
        def multinomial(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("counted")

        def beta(self, *args: object, **kwargs: object) -> None:
            raise AssertionError("by rank")

    with pytest.raises(AssertionError, match="by rank"):
        st._bootstrap_medians(np.arange(st._COUNTED_LEVELS + 1, dtype=float), 10, Refuses())
    with pytest.raises(AssertionError, match="counted"):
        st._bootstrap_medians(np.arange(st._COUNTED_LEVELS, dtype=float), 10, Refuses())
