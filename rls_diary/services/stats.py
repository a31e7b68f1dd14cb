"""The ``stats --json`` report (DESIGN §5): summaries of the night metrics and the Spearman
associations between symptoms, sleep, lifestyle and the next day.

Blank is never 0: a blank value (or a metric whose input is blank) is left out of every
summary and every pair. Associations are exploratory and ranked only by how far their interval
sits from 0 (:func:`rank_findings`), never by |rho|.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from rls_diary.domain.metrics import compute
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import (
    Correlation,
    Summary,
    interval_distance_from_zero,
    paired_by_lag,
    spearman,
    summary,
)

EXPLORATORY_NOTE: Final = "exploratory — not adjusted for multiple comparisons"

METRIC_NAMES: Final = (
    "sleep_quality",
    "rls_severity",
    "time_in_bed_min",
    "total_sleep_min",
    "sleep_efficiency_pct",
    "sleep_latency_min",
    "wake_after_sleep_onset_min",
    "rls_onset_min",
    "times_up_to_move",
)
DERIVED_NAMES: Final = frozenset(
    {"time_in_bed_min", "total_sleep_min", "sleep_efficiency_pct", "rls_onset_min"}
)
_LIFESTYLE: Final = ("caffeine_drinks", "alcohol_drinks", "exercise_min")
_NEXT_DAY: Final = ("daytime_sleepiness", "low_mood", "anxiety", "concentration_problems")
_TONIGHT: Final = ("sleep_quality", "total_sleep_min", "sleep_efficiency_pct")


@dataclass(frozen=True, slots=True)
class Pair:
    """One association: entry d's ``x`` against entry d + ``lag_nights``'s ``y``."""

    x: str
    y: str
    lag_nights: int


def _pairs() -> tuple[Pair, ...]:
    tonight = [Pair("rls_severity", y, 0) for y in _TONIGHT]
    lifestyle = [
        Pair(x, y, lag)
        for x in _LIFESTYLE
        for y in ("rls_severity", "sleep_quality")
        for lag in (0, 1)
    ]
    next_day = [Pair(x, y, 1) for x in ("rls_severity", "total_sleep_min") for y in _NEXT_DAY]
    return (*tonight, *lifestyle, *next_day)


# The reported associations, in the order they are reported.
CORRELATION_PAIRS: Final[tuple[Pair, ...]] = _pairs()
# Night fields read as they are (everything the report uses that compute() does not derive).
_RAW_NAMES: Final = tuple(
    sorted(
        {*METRIC_NAMES, *(p.x for p in CORRELATION_PAIRS), *(p.y for p in CORRELATION_PAIRS)}
        - DERIVED_NAMES
    )
)


def night_values(night: Night, default_zone: str) -> dict[str, float | None]:
    """The night's values that statistics use, at full precision; ``None`` where blank.

    Derived metrics come from :func:`metrics.compute`, except sleep efficiency, which compute
    rounds to one decimal for display: here it is TST / TIB × 100 unrounded.
    """
    metrics = compute(night, default_zone)
    tib, tst = metrics.time_in_bed_min, metrics.total_sleep_min
    values: dict[str, float | None] = {
        "time_in_bed_min": _number(tib),
        "total_sleep_min": _number(tst),
        "sleep_efficiency_pct": tst / tib * 100 if tst is not None and tib else None,
        "rls_onset_min": _number(metrics.rls_onset_min),
    }
    for name in _RAW_NAMES:
        values[name] = _number(night.get(name))
    return values


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def stats_report(
    nights: Sequence[Night],
    start: dt.date | None,
    end: dt.date | None,
    default_zone: str,
) -> dict[str, Any]:
    """The ``stats --json`` object for the nights from ``start`` to ``end`` (inclusive).

    A bound left ``None`` defaults to the first / last night in the data (``null`` in the
    report when there is none). Associations use only entries inside the range, on both sides
    of a lag. ``nights`` counts the entries that count as recorded (DESIGN §3).
    """
    if start is not None and end is not None and start > end:
        raise ValueError(
            f"the range starts ({start.isoformat()}) after it ends ({end.isoformat()})"
        )
    chosen = sorted(
        (n for n in nights if _within(n.date, start, end)), key=lambda night: night.date
    )
    first = start or (chosen[0].date if chosen else None)
    last = end or (chosen[-1].date if chosen else None)
    table = {night.date: night_values(night, default_zone) for night in chosen}
    return {
        "from": first.isoformat() if first else None,
        "to": last.isoformat() if last else None,
        "nights": sum(1 for night in chosen if night.is_recorded),
        "metrics": {
            name: summary_dict(summary(values[name] for values in table.values()))
            for name in METRIC_NAMES
        },
        "correlations": [
            correlation_dict(pair, _correlate(chosen, table, pair)) for pair in CORRELATION_PAIRS
        ],
    }


def _within(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def _correlate(
    nights: Sequence[Night], table: Mapping[dt.date, Mapping[str, float | None]], pair: Pair
) -> Correlation:
    xs, ys = paired_by_lag(
        nights, pair.x, pair.y, pair.lag_nights, lambda night, name: table[night.date][name]
    )
    return spearman(xs, ys)


def summary_dict(stats: Summary) -> dict[str, Any]:
    """A summary as the report writes it: n, mean, median, p25, p75, min, max."""
    return {
        "n": stats.n,
        "mean": stats.mean,
        "median": stats.median,
        "p25": stats.p25,
        "p75": stats.p75,
        "min": stats.min,
        "max": stats.max,
    }


def correlation_dict(pair: Pair, correlation: Correlation) -> dict[str, Any]:
    """An association as the report writes it, the interval as ``[lo, hi]``."""
    return {
        "x": pair.x,
        "y": pair.y,
        "lag_nights": pair.lag_nights,
        "n": correlation.n,
        "rho": correlation.rho,
        "ci95": list(correlation.ci95) if correlation.ci95 is not None else None,
        "reason": correlation.reason,
    }


def rank_findings(
    correlations: Iterable[Mapping[str, Any]], *, excluding_zero_only: bool = False
) -> list[Mapping[str, Any]]:
    """Associations with an interval, the one whose interval sits farthest from 0 first.

    Never ranked by |rho|: a large rho from few nights has a wide interval and ranks low.
    Entries without an interval (too little data, a constant series) are left out; with
    ``excluding_zero_only`` so are those whose interval contains 0. Ties keep report order.
    """
    ranked = [
        (interval_distance_from_zero((entry["ci95"][0], entry["ci95"][1])), entry)
        for entry in correlations
        if entry.get("ci95") is not None
    ]
    if excluding_zero_only:
        ranked = [(distance, entry) for distance, entry in ranked if distance > 0]
    ranked.sort(key=lambda item: item[0], reverse=True)
    return [entry for _, entry in ranked]
