"""Treatment effect per episode (DESIGN §6): before vs nights 15–42 of the episode.

For an episode begun on day S, "before" is the 14 calendar nights before its first night (the
entries S − 13 … S) and nights 15–42 are the entries S + 15 … S + 42 (cut where the episode or
the diary ends). For median severity, sleep quality and total sleep the finding gives
median(nights 15–42) − median(before), n per side and a percentile-bootstrap 95 % interval
(2,000 resamples, seed 0) — only when each side has at least 10 recorded nights (§3). An
episode still running at the last night without enough data gets a "not enough data yet"
entry; other episodes without enough data are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.episodes import Episode
from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    DOCTOR,
    NOT_ENOUGH_DATA,
    Finding,
    Joined,
    Text,
    day_text,
    figure,
    interval_piece,
    signed_figure,
)
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import (
    MIN_GROUP_N,
    MedianDifference,
    median_difference_bootstrap,
    quantile,
)
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

BEFORE_NIGHTS: Final = 14
FIRST_NIGHT: Final = 15
LAST_NIGHT: Final = 42
MIN_RECORDED: Final = 10
RESAMPLES: Final = 2000
SEED: Final = 0

TREATMENT_EFFECT: Final = "treatment_effect"


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    label: str
    unit: str


OUTCOMES: Final = (
    Outcome("rls_severity", QT_TRANSLATE_NOOP("insights", "severity"), ""),
    Outcome("sleep_quality", QT_TRANSLATE_NOOP("insights", "sleep quality"), ""),
    Outcome("total_sleep_min", QT_TRANSLATE_NOOP("insights", "total sleep"), " min"),
)

# -- the templates of the messages -----------------------------------------------------------
_EFFECT: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Before and after starting {name} on {start}: nights 15–42 ({during_from} to "
    "{during_to}, {recorded_during} recorded) vs the 14 nights before ({before_from} to "
    "{before_to}, {recorded_before} recorded): {phrases}. A before/after difference in your "
    "diary, not proof that the treatment caused it. {doctor}",
)
_NOT_BOTH_SIDES: Final = QT_TRANSLATE_NOOP("insights", "{label} not recorded on both sides")
_TOO_FEW_VALUES: Final = QT_TRANSLATE_NOOP(
    "insights",
    "not enough data to compare {label} (n = {n_during} and {n_before}; {needed} needed on "
    "each side)",
)
_PHRASE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "median {label} {now}{unit} vs {then}{unit} ({difference}{unit}, {interval}; "
    "n = {n_during} and {n_before})",
)
_NOT_ENOUGH: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Before and after starting {name} on {start}: not enough data yet for a comparison — "
    "{recorded_before} recorded nights in the 14 before and {recorded_during} in nights "
    "15–42; {needed} needed on each side. {doctor}",
)


def windows(episode: Episode) -> tuple[series.Period, series.Period]:
    """The "before" nights and nights 15–42 of ``episode`` (the latter cut at its last night,
    so it may be empty when the episode was short)."""
    before = series.window_ending(episode.start, BEFORE_NIGHTS)
    end = episode.start + LAST_NIGHT * series.ONE_DAY
    if episode.last_night is not None:
        end = min(end, episode.last_night)
    return before, (episode.start + FIRST_NIGHT * series.ONE_DAY, end)


def treatment_effect_findings(
    nights: Iterable[Night], episodes: Sequence[Episode], default_zone: str = "UTC"
) -> list[Finding]:
    """One finding per episode with enough recorded nights on both sides (in episode order),
    and a "not enough data yet" entry for a running episode without them."""
    table = series.by_date(nights)
    if not table:
        return []
    last = max(table)
    found = []
    for episode in episodes:
        before, during = windows(episode)
        recorded_before = sum(n.is_recorded for n in series.entries(table, *before))
        recorded_during = sum(n.is_recorded for n in series.entries(table, *during))
        numbers: dict[str, object] = {
            "episode": episode.name,
            "drug_class": episode.drug_class,
            "episode_start": episode.start,
            "before_from": before[0],
            "before_to": before[1],
            "during_from": during[0],
            "during_to": during[1],
            "recorded_before": recorded_before,
            "recorded_during": recorded_during,
            "needed": MIN_RECORDED,
        }
        if min(recorded_before, recorded_during) >= MIN_RECORDED:
            found.append(_effect(table, episode, before, during, numbers, default_zone))
        elif episode.covers_night(last):
            found.append(_not_enough(episode, before, during, numbers))
    return found


def _effect(
    table: series.NightTable,
    episode: Episode,
    before: series.Period,
    during: series.Period,
    numbers: dict[str, object],
    default_zone: str,
) -> Finding:
    readers = {
        "rls_severity": series.severity,
        "sleep_quality": series.field_value("sleep_quality"),
        "total_sleep_min": series.total_sleep(default_zone),
    }
    outcomes: dict[str, object] = {}
    phrases: list[Text] = []
    for outcome in OUTCOMES:
        a = series.values(table, *during, readers[outcome.name])
        b = series.values(table, *before, readers[outcome.name])
        result = median_difference_bootstrap(a, b, RESAMPLES, SEED)
        outcomes[outcome.name] = _outcome_numbers(a, b, result)
        phrases.append(_phrase(outcome, a, b, result))
    message = Text.of(
        _EFFECT,
        name=episode.name,
        start=day_text(episode.start),
        during_from=day_text(during[0]),
        during_to=day_text(during[1]),
        recorded_during=str(numbers["recorded_during"]),
        before_from=day_text(before[0]),
        before_to=day_text(before[1]),
        recorded_before=str(numbers["recorded_before"]),
        phrases=Joined("; ", tuple(phrases)),
        doctor=Text(DOCTOR),
    )
    return Finding.of(
        TREATMENT_EFFECT,
        message,
        {**numbers, "outcomes": outcomes, "resamples": RESAMPLES, "seed": SEED},
        start=before[0],
        end=during[1],
    )


def _median(values: list[float]) -> float | None:
    return quantile(sorted(values), 0.5) if values else None


def _outcome_numbers(
    during: list[float], before: list[float], result: MedianDifference
) -> dict[str, object]:
    return {
        "median_before": _median(before),
        "median_during": _median(during),
        # no difference without its interval (a side with fewer than 10 values)
        "difference": result.difference if result.ci95 is not None else None,
        "ci95": result.ci95,
        "n_before": result.n_b,
        "n_during": result.n_a,
        "reason": result.reason,
    }


def _phrase(
    outcome: Outcome, during: list[float], before: list[float], result: MedianDifference
) -> Text:
    now, then = _median(during), _median(before)
    if now is None or then is None or result.difference is None:
        return Text.of(_NOT_BOTH_SIDES, label=Text(outcome.label))
    interval = interval_piece(result.ci95)
    if interval is None:  # a side with fewer than 10 values: no difference without its interval
        return Text.of(
            _TOO_FEW_VALUES,
            label=Text(outcome.label),
            n_during=str(result.n_a),
            n_before=str(result.n_b),
            needed=str(MIN_GROUP_N),
        )
    return Text.of(
        _PHRASE,
        label=Text(outcome.label),
        now=figure(now),
        unit=outcome.unit,
        then=figure(then),
        difference=signed_figure(result.difference),
        interval=interval,
        n_during=str(result.n_a),
        n_before=str(result.n_b),
    )


def _not_enough(
    episode: Episode, before: series.Period, during: series.Period, numbers: dict[str, object]
) -> Finding:
    message = Text.of(
        _NOT_ENOUGH,
        name=episode.name,
        start=day_text(episode.start),
        recorded_before=str(numbers["recorded_before"]),
        recorded_during=str(numbers["recorded_during"]),
        needed=str(MIN_RECORDED),
        doctor=Text(DOCTOR),
    )
    return Finding.of(NOT_ENOUGH_DATA, message, numbers, start=before[0], end=during[1])
