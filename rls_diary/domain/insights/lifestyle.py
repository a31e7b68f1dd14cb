"""Lifestyle differences (DESIGN §6): nights after a habit vs nights without it.

Contrasts: caffeine_drinks ≥ 2 vs 0, alcohol_drinks ≥ 1 vs 0, exercise_min ≥ 30 vs 0,
nicotine yes vs no (values in between, such as 1 caffeinated drink, are in neither group).
Outcomes: rls_severity and sleep_quality of the same entry (lag 0: the day's habit and the
night that followed). Each finding is median(with) − median(without) with a percentile-
bootstrap 95 % interval (2,000 resamples, seed 0), only when each group has at least 10
nights; otherwise a "not enough data yet (n = 7 and 31; 10 needed in each group)" entry.
Findings are ranked by how far their interval sits from 0 (never by the size of the
difference), the entries without enough data last. All of it is exploratory and describes
associations, not causes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.insights.finding import (
    DOCTOR,
    NOT_ENOUGH_DATA,
    Finding,
    Text,
    figure,
    interval_piece,
    signed_figure,
)
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import (
    MIN_GROUP_N,
    interval_distance_from_zero,
    median_difference_bootstrap,
    quantile,
)
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

RESAMPLES: Final = 2000
SEED: Final = 0
LAG_NIGHTS: Final = 0
EXPLORATORY: Final = QT_TRANSLATE_NOOP(
    "insights", "exploratory — not adjusted for multiple comparisons"
)
# -- the templates of the messages -----------------------------------------------------------
_SUBJECT: Final = QT_TRANSLATE_NOOP("insights", "{label} after {with_label} vs {without_label}")
_NOT_ENOUGH: Final = QT_TRANSLATE_NOOP(
    "insights",
    "{subject}: not enough data yet (n = {n_with} and {n_without}; {needed} needed in each "
    "group). {doctor}",
)
_DIFFERENCE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Median {label} {median_with} on nights after {with_label} (n = {n_with}) vs "
    "{median_without} after {without_label} (n = {n_without}): {difference}, {interval}. "
    "An association in your diary, not proof of cause ({exploratory}). {doctor}",
)

LIFESTYLE_DIFFERENCE: Final = "lifestyle_difference"


@dataclass(frozen=True, slots=True)
class Contrast:
    """A habit split into two groups of nights by the value of a "day before" field."""

    exposure: str
    with_label: str
    without_label: str
    is_with: Callable[[object], bool]
    is_without: Callable[[object], bool]


def _at_least(low: int) -> Callable[[object], bool]:
    return lambda value: isinstance(value, int) and value >= low


def _equals(expected: object) -> Callable[[object], bool]:
    return lambda value: type(value) is type(expected) and value == expected


CONTRASTS: Final = (
    Contrast(
        "caffeine_drinks",
        QT_TRANSLATE_NOOP("insights", "2 or more caffeinated drinks"),
        QT_TRANSLATE_NOOP("insights", "none"),
        _at_least(2),
        _equals(0),
    ),
    Contrast(
        "alcohol_drinks",
        QT_TRANSLATE_NOOP("insights", "1 or more alcoholic drinks"),
        "none",
        _at_least(1),
        _equals(0),
    ),
    Contrast(
        "exercise_min",
        QT_TRANSLATE_NOOP("insights", "30 or more minutes of exercise"),
        "none",
        _at_least(30),
        _equals(0),
    ),
    Contrast(
        "nicotine",
        QT_TRANSLATE_NOOP("insights", "nicotine"),
        QT_TRANSLATE_NOOP("insights", "no nicotine"),
        _equals(True),
        _equals(False),
    ),
)
OUTCOMES: Final = (
    ("rls_severity", QT_TRANSLATE_NOOP("insights", "RLS severity")),
    ("sleep_quality", QT_TRANSLATE_NOOP("insights", "sleep quality")),
)


def lifestyle_findings(nights: Iterable[Night]) -> list[Finding]:
    """Every contrast × outcome, ranked: intervals farthest from 0 first, then the entries
    without enough data (in contrast order). An empty diary has none."""
    ordered = sorted(nights, key=lambda n: n.date)
    if not ordered:
        return []
    ranked: list[tuple[float, Finding]] = []
    waiting: list[Finding] = []
    for contrast in CONTRASTS:
        for outcome, label in OUTCOMES:
            finding, distance = difference(ordered, contrast, outcome, label)
            if distance is None:
                waiting.append(finding)
            else:
                ranked.append((distance, finding))
    ranked.sort(key=lambda item: item[0], reverse=True)
    return [finding for _, finding in ranked] + waiting


def difference(
    nights: list[Night], contrast: Contrast, outcome: str, label: str
) -> tuple[Finding, float | None]:
    """The finding for one contrast and outcome, and how far its interval sits from 0
    (``None`` when there is not enough data)."""
    with_nights = [n for n in nights if contrast.is_with(n.get(contrast.exposure))]
    without_nights = [n for n in nights if contrast.is_without(n.get(contrast.exposure))]
    a = [float(n.get(outcome)) for n in with_nights if n.get(outcome) is not None]
    b = [float(n.get(outcome)) for n in without_nights if n.get(outcome) is not None]
    used = [n.date for n in with_nights + without_nights if n.get(outcome) is not None]
    numbers: dict[str, object] = {
        "exposure": contrast.exposure,
        "outcome": outcome,
        "group_with": contrast.with_label,
        "group_without": contrast.without_label,
        "lag_nights": LAG_NIGHTS,
        "n_with": len(a),
        "n_without": len(b),
        "needed": MIN_GROUP_N,
        "exploratory": True,
        "note": EXPLORATORY,
    }
    start, end = (min(used), max(used)) if used else (None, None)
    words = {
        "label": Text(label),
        "with_label": Text(contrast.with_label),
        "without_label": Text(contrast.without_label),
    }
    if min(len(a), len(b)) < MIN_GROUP_N:
        message = Text.of(
            _NOT_ENOUGH,
            subject=Text(_SUBJECT, tuple(words.items()), capitalize=True),
            n_with=str(len(a)),
            n_without=str(len(b)),
            needed=str(MIN_GROUP_N),
            doctor=Text(DOCTOR),
        )
        return Finding.of(NOT_ENOUGH_DATA, message, numbers, start=start, end=end), None
    result = median_difference_bootstrap(a, b, RESAMPLES, SEED)
    assert result.ci95 is not None and result.difference is not None
    median_with, median_without = quantile(sorted(a), 0.5), quantile(sorted(b), 0.5)
    numbers |= {
        "median_with": median_with,
        "median_without": median_without,
        "difference": result.difference,
        "ci95": result.ci95,
        "resamples": RESAMPLES,
        "seed": SEED,
    }
    interval = interval_piece(result.ci95)
    message = Text.of(
        _DIFFERENCE,
        **words,
        median_with=figure(median_with),
        n_with=str(len(a)),
        median_without=figure(median_without),
        n_without=str(len(b)),
        difference=signed_figure(result.difference),
        interval=interval if interval is not None else "",
        exploratory=Text(EXPLORATORY),
        doctor=Text(DOCTOR),
    )
    finding = Finding.of(LIFESTYLE_DIFFERENCE, message, numbers, start=start, end=end)
    return finding, interval_distance_from_zero(result.ci95)
