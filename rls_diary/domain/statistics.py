"""Honest statistics for a diary: summaries, Spearman associations, bootstrap differences.

Everything here is small, exact and pure Python except the ranks of Spearman's rho (scipy)
and the bootstrap (numpy), both imported lazily inside the functions (never at start-up).
Blanks (``None``) are skipped, never counted as 0. Every interval comes with the n it was
computed from, and a reason instead of a number when there is too little data (DESIGN §5, §6).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from rls_diary.domain.night import Night

Z_95: Final = 1.959963984540054  # standard normal 97.5 % quantile
MIN_CORRELATION_N: Final = 20
MIN_GROUP_N: Final = 10
FISHER_SE_FACTOR: Final = 1.06  # Fieller et al.: SE of atanh(Spearman rho) ≈ 1.06 / √(n − 3)
_RHO_CLIP: Final = 1.0 - 1e-12  # keeps atanh finite when rho is exactly ±1
_COUNTED_LEVELS: Final = 32  # more distinct values: bootstrap medians by rank, not by counts

Interval = tuple[float, float]
ValueFn = Callable[[Night, str], float | None]


@dataclass(frozen=True, slots=True)
class Summary:
    """n and the distribution of the non-blank values; every statistic ``None`` when n == 0."""

    n: int
    mean: float | None = None
    median: float | None = None
    p25: float | None = None
    p75: float | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True, slots=True)
class Correlation:
    """Spearman's rho with its Fisher-z 95 % interval, or a ``reason`` why there is none."""

    n: int
    rho: float | None
    ci95: Interval | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class MedianDifference:
    """median(a) − median(b) with a percentile-bootstrap 95 % interval and n per group."""

    difference: float | None
    ci95: Interval | None
    n_a: int
    n_b: int
    reason: str | None


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """The ``q`` quantile of ascending ``sorted_values`` by linear interpolation.

    Numpy's default method ("linear", type 7): position (n − 1)·q between the two nearest
    order statistics, interpolated the way numpy does it so the numbers agree to the last bit.
    """
    if not sorted_values:
        raise ValueError("quantile of no values")
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"quantile {q} is outside 0–1")
    position = (len(sorted_values) - 1) * q
    below = math.floor(position)
    above = min(below + 1, len(sorted_values) - 1)
    return _lerp(float(sorted_values[below]), float(sorted_values[above]), position - below)


def _lerp(a: float, b: float, t: float) -> float:
    """a + (b − a)·t, computed from the nearer end as numpy does (exact at t = 0 and 1)."""
    step = b - a
    return b - step * (1.0 - t) if t >= 0.5 else a + step * t


def summary(values: Iterable[float | None]) -> Summary:
    """n, mean, median, quartiles, min and max of ``values``; blanks are skipped."""
    present = sorted(float(v) for v in values if v is not None)
    if not present:
        return Summary(n=0)
    return Summary(
        n=len(present),
        mean=math.fsum(present) / len(present),
        median=quantile(present, 0.5),
        p25=quantile(present, 0.25),
        p75=quantile(present, 0.75),
        min=present[0],
        max=present[-1],
    )


def average_ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks of ``values``; tied values share the average of their positions.

    The pure-Python reference of what :func:`spearman_rho` gets from scipy's ``rankdata``.
    """
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        shared = (start + end) / 2 + 1
        for position in range(start, end + 1):
            ranks[order[position]] = shared
        start = end + 1
    return ranks


def pearson(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Pearson's r of paired values, clipped to [−1, 1]; ``None`` when a series is constant."""
    _check_paired(x, y)
    if not x:
        return None
    mean_x = math.fsum(x) / len(x)
    mean_y = math.fsum(y) / len(y)
    dx = [v - mean_x for v in x]
    dy = [v - mean_y for v in y]
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    if sxx == 0.0 or syy == 0.0:
        return None
    r = math.fsum(a * b for a, b in zip(dx, dy, strict=True)) / math.sqrt(sxx * syy)
    return max(-1.0, min(1.0, r))


def spearman_rho(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rho (Pearson's r of average ranks) with no minimum n; ``None`` if constant.

    The ranks come from ``scipy.stats.rankdata`` (average ranks for ties, identical to
    :func:`average_ranks`), imported here so that importing this module stays cheap. r is
    :func:`pearson` of those ranks rather than ``scipy.stats.spearmanr``: spearmanr computes
    r with numpy's corrcoef, which puts a perfect agreement at 0.9999999999999998, while the
    fsum-based Pearson keeps ±1 exact and agrees with spearmanr to about 1e-16 otherwise.
    """
    _check_paired(x, y)
    if _is_constant(x) or _is_constant(y):
        return None
    from scipy.stats import rankdata  # lazy: scipy takes about a second to import

    return pearson(rankdata(x).tolist(), rankdata(y).tolist())


def fisher_interval(rho: float, n: int) -> Interval:
    """Fisher-z 95 % interval of a Spearman rho from ``n`` pairs (SE 1.06/√(n − 3)).

    At rho = ±1, atanh is infinite: rho is clipped a hair inside and the interval's end at
    rho is rho itself, so the interval always contains rho.
    """
    if n <= 3:
        raise ValueError(f"a Fisher interval needs more than 3 pairs, got {n}")
    z = math.atanh(max(-_RHO_CLIP, min(_RHO_CLIP, rho)))
    half_width = Z_95 * FISHER_SE_FACTOR / math.sqrt(n - 3)
    return (min(rho, math.tanh(z - half_width)), max(rho, math.tanh(z + half_width)))


def spearman(x: Sequence[float], y: Sequence[float]) -> Correlation:
    """Spearman's rho of paired values with a Fisher-z 95 % interval.

    rho and the interval are ``None``, with a reason, when there are fewer than 20 pairs or
    one of the series is constant.
    """
    _check_paired(x, y)
    n = len(x)
    if n < MIN_CORRELATION_N:
        return Correlation(n, None, None, f"not enough data: n = {n} of {MIN_CORRELATION_N} needed")
    rho = spearman_rho(x, y)
    if rho is None:
        return Correlation(n, None, None, "one of the series is constant")
    return Correlation(n, rho, fisher_interval(rho, n), None)


def interval_distance_from_zero(interval: Interval) -> float:
    """How far an interval sits from 0: positive when it excludes 0 (the gap to 0), negative
    when it contains 0 (minus the distance from 0 to its nearer end). Ranks findings; |rho|
    never does."""
    low, high = interval
    return max(low, -high)


def paired_by_lag(
    nights: Iterable[Night],
    x_name: str,
    y_name: str,
    lag_nights: int,
    value_fn: ValueFn,
) -> tuple[list[float], list[float]]:
    """Pairs (entry d's ``x``, entry d + lag's ``y``), d + lag in calendar days, in date order.

    Only pairs where both values exist are used; a missing entry or a blank value drops the
    pair. ``value_fn(night, name)`` gives a night's value, ``None`` for blank.
    """
    by_date: dict[dt.date, Night] = {}
    for night in nights:
        if night.date in by_date:
            raise ValueError(f"two entries for {night.date.isoformat()}")
        by_date[night.date] = night
    lag = dt.timedelta(days=lag_nights)
    xs: list[float] = []
    ys: list[float] = []
    for day in sorted(by_date):
        later = by_date.get(day + lag)
        if later is None:
            continue
        x = value_fn(by_date[day], x_name)
        y = value_fn(later, y_name)
        if x is not None and y is not None:
            xs.append(float(x))
            ys.append(float(y))
    return xs, ys


def median_difference_bootstrap(
    a: Sequence[float],
    b: Sequence[float],
    resamples: int = 2000,
    seed: int = 0,
) -> MedianDifference:
    """median(a) − median(b) with a percentile-bootstrap 95 % interval.

    Each resample draws both groups with replacement (numpy ``default_rng(seed)``, so the
    result is reproducible; see :func:`_bootstrap_medians` for how). The interval is
    ``None``, with a reason, when a group has fewer than 10 values; the difference itself is
    given whenever both groups have values.
    """
    n_a, n_b = len(a), len(b)
    difference = None
    if n_a and n_b:
        difference = quantile(sorted(a), 0.5) - quantile(sorted(b), 0.5)
    if min(n_a, n_b) < MIN_GROUP_N:
        reason = f"not enough data: n = {n_a} and {n_b}, {MIN_GROUP_N} needed in each group"
        return MedianDifference(difference, None, n_a, n_b, reason)
    if resamples < 1:
        raise ValueError("resamples must be at least 1")
    diffs = sorted(_bootstrap_median_differences(a, b, resamples, seed))
    interval = (quantile(diffs, 0.025), quantile(diffs, 0.975))
    return MedianDifference(difference, interval, n_a, n_b, None)


def _bootstrap_median_differences(
    a: Sequence[float], b: Sequence[float], resamples: int, seed: int
) -> list[float]:
    """``resamples`` bootstrap values of median(a*) − median(b*)."""
    import numpy as np  # lazy: statistics must not slow down start-up

    rng = np.random.default_rng(seed)
    medians_a = _bootstrap_medians(np.asarray(a, dtype=float), resamples, rng)
    medians_b = _bootstrap_medians(np.asarray(b, dtype=float), resamples, rng)
    return [float(d) for d in medians_a - medians_b]


def _bootstrap_medians(values: Any, resamples: int, rng: Any) -> Any:
    """The medians of ``resamples`` resamples of ``values`` drawn with replacement.

    Diary values take few distinct levels (a 0–10 score, a count), and a resample is
    determined by how often it draws each level: multinomial counts with the levels' shares,
    the exact distribution of a resample with replacement. So each resample costs one count
    per level instead of n draws and a sort, and its median is read off the cumulative
    counts. Values with many distinct levels (minutes, percentages) take
    :func:`_bootstrap_medians_by_rank`, whose cost does not grow with n.
    """
    import numpy as np

    n = len(values)
    levels, counts = np.unique(values, return_counts=True)
    if len(levels) > _COUNTED_LEVELS:
        return _bootstrap_medians_by_rank(levels.repeat(counts), resamples, rng)
    drawn = rng.multinomial(n, counts / n, size=resamples)  # (resamples, levels)
    cumulative = np.cumsum(drawn, axis=1)
    # the middle order statistics (0-based positions (n-1)//2 and n//2, one when n is odd):
    # the first level whose cumulative count passes the position
    low = levels[np.argmax(cumulative > (n - 1) // 2, axis=1)]
    high = levels[np.argmax(cumulative > n // 2, axis=1)]
    return (low + high) / 2.0


def _bootstrap_medians_by_rank(ordered: Any, resamples: int, rng: Any) -> Any:
    """Bootstrap medians of the sorted array ``ordered``, drawn through the order statistics
    of uniforms instead of n draws each.

    A resample draws n indices ⌊n·U⌋ with U uniform on [0, 1); the map from U to the value
    ``ordered[⌊n·U⌋]`` never decreases, so the resample's k-th smallest value is that of the
    k-th smallest of the n uniforms, U₍ₖ₎ ~ Beta(k, n + 1 − k). The median needs the middle
    one or two: U₍ₘ₎, and for even n also U₍ₘ₊₁₎ = U₍ₘ₎ + (1 − U₍ₘ₎)·V with V ~ Beta(1, n − m)
    (the smallest of the n − m uniforms above U₍ₘ₎). Exactly the bootstrap distribution, two
    draws per resample whatever n is.
    """
    import numpy as np

    n = len(ordered)
    m = (n + 1) // 2  # 1-based rank of the (lower) middle value
    lower = rng.beta(m, n + 1 - m, size=resamples)
    low = ordered[np.minimum((lower * n).astype(np.int64), n - 1)]
    if n % 2:
        return low
    upper = lower + (1.0 - lower) * rng.beta(1, n - m, size=resamples)
    high = ordered[np.minimum((upper * n).astype(np.int64), n - 1)]
    return (low + high) / 2.0


def _check_paired(x: Sequence[float], y: Sequence[float]) -> None:
    if len(x) != len(y):
        raise ValueError(f"paired series differ in length: {len(x)} and {len(y)}")


def _is_constant(values: Sequence[float]) -> bool:
    return all(v == values[0] for v in values)
