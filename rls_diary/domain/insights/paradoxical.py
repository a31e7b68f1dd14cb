"""Paradoxical response (DESIGN §6, MPI/IRLSSG criterion B approximated from diary data).

For each dose increase of a dopaminergic episode running at the diary's last night: median
severity higher in the 14 nights after it (entries D + 1 … D + 14 for a new dose from day D,
cut at the last night) than in the 14 before (D − 13 … D), each side with at least 7
recorded severities.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from rls_diary.domain.episodes import DoseChange, Episode
from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    AUGMENTATION_WARNING,
    Finding,
    Text,
    day_text,
    figure,
)
from rls_diary.domain.statistics import quantile
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

WINDOW_NIGHTS: Final = 14
MIN_SEVERITIES: Final = 7
PARADOXICAL_RESPONSE: Final = "paradoxical_response"
_MESSAGE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "After the {name} dose went from {dose_before} to {dose_after}{unit} on {date}, median "
    "severity was {median_after} in the nights after (n = {n_after}) vs {median_before} in "
    "the 14 nights before (n = {n_before}). Symptoms that worsen after a dose increase can "
    "be a sign of augmentation. {warning}",
)


def paradoxical_responses(
    table: series.NightTable, episode: Episode, last: dt.date
) -> list[Finding]:
    """Dose increases after which median severity was higher than before."""
    found = []
    for change in episode.dose_increases():
        before_period = series.window_ending(change.date, WINDOW_NIGHTS)
        after_period = (
            change.date + series.ONE_DAY,
            min(last, change.date + WINDOW_NIGHTS * series.ONE_DAY),
        )
        before = sorted(series.values(table, *before_period, series.severity))
        after = sorted(series.values(table, *after_period, series.severity))
        if min(len(before), len(after)) < MIN_SEVERITIES:
            continue
        median_before, median_after = quantile(before, 0.5), quantile(after, 0.5)
        if median_after > median_before:
            found.append(_paradoxical(episode, change, after_period, before, after, median_before))
    return found


def _paradoxical(
    episode: Episode,
    change: DoseChange,
    after_period: series.Period,
    before: list[float],
    after: list[float],
    median_before: float,
) -> Finding:
    median_after = quantile(after, 0.5)
    unit = f" {change.unit}" if change.unit else ""
    assert change.before is not None and change.after is not None
    message = Text.of(
        _MESSAGE,
        name=episode.name,
        dose_before=figure(change.before, 3),
        dose_after=figure(change.after, 3),
        unit=unit,
        date=day_text(change.date),
        median_after=figure(median_after),
        n_after=str(len(after)),
        median_before=figure(median_before),
        n_before=str(len(before)),
        warning=Text(AUGMENTATION_WARNING),
    )
    numbers = {
        "episode": episode.name,
        "increase_date": change.date,
        "dose_before": change.before,
        "dose_after": change.after,
        "unit": change.unit,
        "median_severity_before": median_before,
        "median_severity_after": median_after,
        "n_before": len(before),
        "n_after": len(after),
    }
    return Finding.of(
        PARADOXICAL_RESPONSE, message, numbers, start=after_period[0], end=after_period[1]
    )
