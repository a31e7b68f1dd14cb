"""Augmentation watch (DESIGN §6; MPI/IRLSSG criteria approximated from diary data).

For every ``dopamine_agonist`` or ``levodopa`` episode running at the diary's last night:

* baseline: the 14 calendar nights before the episode's first night (the entries S − 13 … S
  for a start on day S, see :mod:`episodes`), or the user-set baseline period in the settings
  ``augmentation_baseline_from`` / ``augmentation_baseline_to`` (ISO dates);
* current: the 14 calendar nights ending at the last night;
* each window needs at least 7 onsets, else the finding says "not enough data";
* possible augmentation when symptoms (severity ≥ 1) occurred on ≥ 5 of the last 7 nights
  AND the median onset moved ≥ 4 h earlier, or ≥ 2 h (and < 4 h) earlier together with a new
  spread to arms or trunk or a rise of the median severity by ≥ 2.

"New spread": an area among arms and trunk recorded on at least 2 nights of the current window
and on none of the baseline window, which must have areas recorded on at least one night
(a blank is not "legs only"). The paradoxical response after dose increases is in
:mod:`paradoxical`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.episodes import Episode
from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    AUGMENTATION_WARNING,
    NIGHT,
    NOT_ENOUGH_DATA,
    Finding,
    Joined,
    Text,
    Value,
    both,
    clock_text,
    counted,
    day_text,
    hours_figure,
    signed_figure,
)
from rls_diary.domain.insights.paradoxical import paradoxical_responses
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import quantile
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

BASELINE_FROM_KEY: Final = "augmentation_baseline_from"
BASELINE_TO_KEY: Final = "augmentation_baseline_to"
WINDOW_NIGHTS: Final = 14
MIN_WINDOW_VALUES: Final = 7  # onsets per window
RECENT_NIGHTS: Final = 7
MIN_SYMPTOMATIC_NIGHTS: Final = 5
MAJOR_SHIFT_MIN: Final = 240  # 4 h
MINOR_SHIFT_MIN: Final = 120  # 2 h
MIN_SEVERITY_RISE: Final = 2.0
SPREAD_AREAS: Final = ("arms", "trunk")
MIN_SPREAD_NIGHTS: Final = 2

POSSIBLE_AUGMENTATION: Final = "possible_augmentation"
AUGMENTATION_WATCH: Final = "augmentation_watch"
WARNING: Final = AUGMENTATION_WARNING

Period = series.Period

# -- the templates of the messages -----------------------------------------------------------
_SINCE_EARLIER: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Since starting {name} on {start}, symptoms begin {shift} earlier: median onset {now} "
    "in the 14 nights {current_from} to {current_to} (n = {n_now}) vs {then} in "
    "{baseline_from} to {baseline_to} (n = {n_before})",
)
_SINCE_LATER: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Since starting {name} on {start}, symptoms begin {shift} later: median onset {now} "
    "in the 14 nights {current_from} to {current_to} (n = {n_now}) vs {then} in "
    "{baseline_from} to {baseline_to} (n = {n_before})",
)
_SYMPTOMATIC: Final = QT_TRANSLATE_NOOP(
    "insights", "symptoms on {count} of the last {nights} nights"
)
_NEW_SPREAD: Final = QT_TRANSLATE_NOOP("insights", "new spread to {areas}")
_SEVERITY_RISE: Final = QT_TRANSLATE_NOOP("insights", "median severity {rise} since the baseline")
_AREA_WORDS: Final = {
    "arms": QT_TRANSLATE_NOOP("insights", "arms"),
    "trunk": QT_TRANSLATE_NOOP("insights", "trunk"),
}
_POSSIBLE: Final = QT_TRANSLATE_NOOP("insights", "{parts}. {warning}")
_NOT_MET: Final = QT_TRANSLATE_NOOP(
    "insights",
    "{parts}. These figures do not meet the augmentation watch's criteria. Tell your doctor "
    "if symptoms start earlier, spread or grow stronger; do not raise the dose yourself.",
)
_NOT_ENOUGH: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Augmentation watch for {name}: not enough data — onset times on {nights_before} of "
    "{baseline_from} to {baseline_to} and {nights_now} of the last 14 ({current_from} to "
    "{current_to}); {needed} needed in each. Recording when symptoms begin lets the diary "
    "compare; a baseline period of your own can be set. Tell your doctor if symptoms start "
    "earlier, spread or grow stronger.",
)


@dataclass(frozen=True, slots=True)
class Comparison:
    """The figures the verdict is made from (medians of minutes relative to midnight)."""

    baseline_onset: float
    current_onset: float
    symptomatic_recent: int
    new_areas: tuple[str, ...]
    severity_rise: float | None  # median now − median at baseline (None: a side is blank)

    @property
    def shift_min(self) -> float:
        """How much earlier symptoms start now (positive = earlier)."""
        return self.baseline_onset - self.current_onset


def is_possible_augmentation(figures: Comparison) -> bool:
    """The §6 rule: ≥ 5 of 7 symptomatic nights AND (≥ 4 h earlier, or 2–4 h earlier with new
    spread or a median severity rise ≥ 2)."""
    if figures.symptomatic_recent < MIN_SYMPTOMATIC_NIGHTS:
        return False
    shift = figures.shift_min
    if shift >= MAJOR_SHIFT_MIN:
        return True
    worse = bool(figures.new_areas) or (
        figures.severity_rise is not None and figures.severity_rise >= MIN_SEVERITY_RISE
    )
    return shift >= MINOR_SHIFT_MIN and worse


def user_baseline(settings: Mapping[str, str]) -> Period | None:
    """The user-set baseline period, when both settings are dates in order."""
    try:
        first = dt.date.fromisoformat(settings[BASELINE_FROM_KEY])
        last = dt.date.fromisoformat(settings[BASELINE_TO_KEY])
    except (KeyError, ValueError):
        return None
    return (first, last) if first <= last else None


def augmentation_findings(
    nights: Iterable[Night],
    episodes: Sequence[Episode],
    settings: Mapping[str, str],
    default_zone: str = "UTC",
) -> list[Finding]:
    """The watch result and any paradoxical responses of each dopaminergic episode running at
    the diary's last night."""
    table = series.by_date(nights)
    if not table:
        return []
    last = max(table)
    found: list[Finding] = []
    for episode in episodes:
        if episode.is_dopaminergic and episode.covers_night(last):
            found.append(watch(table, episode, last, settings, default_zone))
            found.extend(paradoxical_responses(table, episode, last))
    return found


def watch(
    table: series.NightTable,
    episode: Episode,
    last: dt.date,
    settings: Mapping[str, str],
    default_zone: str = "UTC",
) -> Finding:
    """The augmentation watch of one running ``episode`` at the last night ``last``."""
    chosen = user_baseline(settings)
    baseline = chosen or series.window_ending(episode.start, WINDOW_NIGHTS)
    current = series.window_ending(last, WINDOW_NIGHTS)
    onset = series.onset_minutes(default_zone)
    before = sorted(series.values(table, *baseline, onset))
    now = sorted(series.values(table, *current, onset))
    recent = series.entries(table, *series.window_ending(last, RECENT_NIGHTS))
    symptomatic = sum(series.is_symptomatic(night) for night in recent)
    numbers: dict[str, object] = {
        "episode": episode.name,
        "drug_class": episode.drug_class,
        "episode_start": episode.start,
        "baseline_source": "user_set" if chosen else "before_episode",
        "baseline_from": baseline[0],
        "baseline_to": baseline[1],
        "current_from": current[0],
        "current_to": current[1],
        "baseline_onsets": len(before),
        "current_onsets": len(now),
        "onsets_needed": MIN_WINDOW_VALUES,
        "symptomatic_nights": symptomatic,
        "of_last_nights": RECENT_NIGHTS,
    }
    if min(len(before), len(now)) < MIN_WINDOW_VALUES:
        return _not_enough(episode, baseline, current, before, now, numbers)
    severity_before = _median(series.values(table, *baseline, series.severity))
    severity_now = _median(series.values(table, *current, series.severity))
    rise = None
    if severity_before is not None and severity_now is not None:
        rise = severity_now - severity_before
    figures = Comparison(
        baseline_onset=quantile(before, 0.5),
        current_onset=quantile(now, 0.5),
        symptomatic_recent=symptomatic,
        new_areas=new_spread(table, baseline, current),
        severity_rise=rise,
    )
    possible = is_possible_augmentation(figures)
    numbers |= {
        "baseline_median_onset_min": figures.baseline_onset,
        "current_median_onset_min": figures.current_onset,
        "shift_hours": figures.shift_min / 60,
        "new_areas": list(figures.new_areas),
        "baseline_median_severity": severity_before,
        "current_median_severity": severity_now,
        "severity_rise": figures.severity_rise,
        "possible_augmentation": possible,
    }
    kind = POSSIBLE_AUGMENTATION if possible else AUGMENTATION_WATCH
    message = _watch_message(episode, baseline, current, figures, len(before), len(now))
    return Finding.of(kind, message, numbers, start=current[0], end=current[1])


def new_spread(table: series.NightTable, baseline: Period, current: Period) -> tuple[str, ...]:
    """Arms/trunk recorded on ≥ 2 current nights and on no baseline night (which must have
    areas recorded at least once)."""
    before = [n.rls_areas for n in series.entries(table, *baseline) if n.rls_areas]
    now = [n.rls_areas for n in series.entries(table, *current) if n.rls_areas]
    if not before:
        return ()
    return tuple(
        area
        for area in SPREAD_AREAS
        if not any(area in areas for areas in before)
        and sum(area in areas for areas in now) >= MIN_SPREAD_NIGHTS
    )


def _median(values: list[float]) -> float | None:
    return quantile(sorted(values), 0.5) if values else None


def _watch_message(
    episode: Episode,
    baseline: Period,
    current: Period,
    figures: Comparison,
    n_before: int,
    n_now: int,
) -> Text:
    shift = figures.shift_min
    parts: list[Value] = [
        Text.of(
            _SINCE_EARLIER if shift >= 0 else _SINCE_LATER,
            name=episode.name,
            start=day_text(episode.start),
            shift=hours_figure(abs(shift)),
            now=clock_text(figures.current_onset),
            current_from=day_text(current[0]),
            current_to=day_text(current[1]),
            n_now=str(n_now),
            then=clock_text(figures.baseline_onset),
            baseline_from=day_text(baseline[0]),
            baseline_to=day_text(baseline[1]),
            n_before=str(n_before),
        ),
        Text.of(_SYMPTOMATIC, count=str(figures.symptomatic_recent), nights=str(RECENT_NIGHTS)),
    ]
    if figures.new_areas:
        areas = tuple(Text(_AREA_WORDS.get(area, area)) for area in figures.new_areas)
        parts.append(Text.of(_NEW_SPREAD, areas=both(areas)))
    if figures.severity_rise is not None:
        parts.append(Text.of(_SEVERITY_RISE, rise=signed_figure(figures.severity_rise)))
    joined = Joined("; ", tuple(parts))
    if is_possible_augmentation(figures):
        return Text.of(_POSSIBLE, parts=joined, warning=Text(WARNING))
    return Text.of(_NOT_MET, parts=joined)


def _not_enough(
    episode: Episode,
    baseline: Period,
    current: Period,
    before: list[float],
    now: list[float],
    numbers: dict[str, object],
) -> Finding:
    message = Text.of(
        _NOT_ENOUGH,
        name=episode.name,
        nights_before=counted(len(before), NIGHT),
        baseline_from=day_text(baseline[0]),
        baseline_to=day_text(baseline[1]),
        nights_now=counted(len(now), NIGHT),
        current_from=day_text(current[0]),
        current_to=day_text(current[1]),
        needed=str(MIN_WINDOW_VALUES),
    )
    return Finding.of(NOT_ENOUGH_DATA, message, numbers, start=current[0], end=current[1])
