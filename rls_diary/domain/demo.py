"""Seeded, realistic sample diaries for "Explore sample data" and ``rls-diary demo``.

A small day-by-day simulation of one patient. Each entry (morning date *D*) describes the day
before (*D* − 1: caffeine, alcohol, exercise, and how that day felt after the night to *D* − 1)
and the night *D* − 1 → *D*. The built-in effects are the ones the statistics should find:

* caffeine and alcohol raise that night's severity, exercise lowers it (lag 0, same entry);
* worse symptoms mean longer latency, more and longer awakenings, less sleep, lower quality;
* a bad night makes the next day sleepier, lower in mood, more anxious and less concentrated,
  which the *next* entry records (lag 1);
* Friday and Saturday evenings go to bed later; weekend mornings wake later.

Scenarios: ``typical`` (gabapentin started halfway helps), ``augmentation`` (pramipexole helps,
then symptoms start ever earlier, spread to the arms and grow stronger, and the dose is raised)
and ``iron-deficiency`` (ferritin at or below 75 ng/mL and falling while symptoms rise, then
oral iron: symptoms ease and ferritin recovers).

Every night passes :func:`validation.validate` without a problem; ~5 % of days are missing
and some fields are blank, as in a real diary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeVar
from zoneinfo import ZoneInfo

from rls_diary.domain import clock
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import (
    REMEDIES,
    TRIGGERS,
    Night,
    Remedies,
    canonical_remedies,
    canonical_set,
)
from rls_diary.domain.records import IRLS_ITEMS, IRLS_MAX, Assessment, Lab, Medication

SCENARIOS: Final = ("typical", "augmentation", "iron-deficiency")
MISSING_SHARE: Final = 0.05  # days without any entry
ONE_DAY: Final = dt.timedelta(days=1)
_T = TypeVar("_T")

_MIN_SLEEP_MIN: Final = 90  # latency + WASO always leave at least this much sleep
_AUGMENTATION_SHIFT_MIN: Final = 330  # onset 5.5 h earlier once augmentation is full
_REMEDY_WEIGHTS: Final = (4.0, 3.0, 2.0, 1.0, 1.0, 1.0, 1.0, 0.3)  # in the order of REMEDIES
_NOTES: Final = (
    "Hot bath before bed helped a bit",
    "Legs started while watching a film on the sofa",
    "Busy day at work",
    "Legs calmer after the evening walk",
    "Neighbours were noisy",
    "Slept in the guest room",
    "Long meeting in the afternoon, legs restless in the evening",
)


@dataclass(frozen=True, slots=True)
class DemoDiary:
    """A generated diary: nights in date order, plus the records that go with them."""

    nights: list[Night]
    medications: list[Medication]
    labs: list[Lab]
    assessments: list[Assessment]


@dataclass(frozen=True, slots=True)
class _Effect:
    """What the scenario adds to one night."""

    severity: float = 0.0  # added to the latent severity
    onset_min: float = 0.0  # added to the onset position (negative = earlier)
    arms: float = 0.02  # chance that symptoms reach the arms on a bad night
    trunk: float = 0.0
    medicated: bool = False  # a course is running: the evening dose is recorded
    missed_rebound: float = 1.5  # extra severity when that dose is missed


@dataclass(frozen=True, slots=True)
class _Timeline:
    """A scenario laid out over the diary: courses, labs, and the effect on each entry."""

    medications: list[Medication]
    labs: list[Lab]
    effect: Callable[[int], _Effect]  # by entry index 0 … n − 1


@dataclass(frozen=True, slots=True)
class _Persona:
    base_severity: float
    caffeine_habit: float
    smoker: bool
    weight_kg: float


@dataclass(frozen=True, slots=True)
class _Yesterday:
    """The latent state the next entry's "day before" fields follow from."""

    severity: float
    sleep_min: float


@dataclass(frozen=True, slots=True)
class _Day:
    """The day before an entry (its lifestyle and how it felt)."""

    caffeine: int
    last_caffeine: dt.time | None
    alcohol: int
    nicotine: bool
    exercise: int
    nap: int
    sleepiness: int
    low_mood: int
    anxiety: int
    concentration: int


@dataclass(frozen=True, slots=True)
class _Sleep:
    """The sleep part of one entry as recorded, and the latent sleep it stands for."""

    bedtime: dt.time
    lights_out: dt.time
    final_wake: dt.time | None
    out_of_bed: dt.time
    latency: int | None = None
    awakenings: int | None = None
    waso: int | None = None
    no_sleep: bool = False
    sleep_min: int = 0  # latent total sleep


def generate(
    nights: int, seed: int, end: dt.date, zone: str, scenario: str = "typical"
) -> DemoDiary:
    """A sample diary of ``nights`` calendar nights whose last morning date is ``end``.

    Deterministic for a given seed; about 5 % of the days (never the first or the last) have
    no entry. Clock times are wall times in ``zone``.
    """
    if nights < 0:
        raise ValueError("the number of nights cannot be negative")
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r} (known: {', '.join(SCENARIOS)})")
    tz = clock.zone(zone)
    if nights == 0:
        return DemoDiary([], [], [], [])
    rng = random.Random(seed)
    first = end - (nights - 1) * ONE_DAY
    persona = _persona(rng, scenario)
    timeline = _TIMELINES[scenario](rng, first, nights, persona)
    entries: list[Night] = []
    severities: list[float] = []
    yesterday = _Yesterday(severity=persona.base_severity, sleep_min=420.0)
    for index in range(nights):
        day = first + index * ONE_DAY
        missing = 0 < index < nights - 1 and rng.random() < MISSING_SHARE
        night, yesterday = _simulate(rng, day, zone, tz, persona, timeline.effect(index), yesterday)
        severities.append(yesterday.severity)
        if not missing:
            entries.append(night)
    assessments = _assessments(rng, first, severities)
    return DemoDiary(entries, timeline.medications, timeline.labs, assessments)


# --- one entry -------------------------------------------------------------------------------


def _simulate(
    rng: random.Random,
    day: dt.date,
    zone_name: str,
    tz: ZoneInfo,
    persona: _Persona,
    effect: _Effect,
    yesterday: _Yesterday,
) -> tuple[Night, _Yesterday]:
    """The entry for morning ``day`` and the latent state the next entry follows from."""
    before = _day_before(rng, day - ONE_DAY, persona, yesterday)
    triggers, trigger_effect, trigger_note = _triggers(rng, yesterday)
    taken, dose_effect = _medication_taken(rng, effect)
    latent = (
        persona.base_severity
        + effect.severity
        + 0.75 * before.caffeine
        + 0.8 * before.alcohol
        - 0.03 * before.exercise
        + trigger_effect
        + dose_effect
        + rng.gauss(0.0, 1.1)
    )
    severity = _clamp(round(latent), 0, 10)
    sleep = _sleep(rng, day, zone_name, severity)
    entered_at, updated_at = _timestamps(rng, day, sleep.out_of_bed, tz)
    night = Night(
        date=day,
        timezone=zone_name,
        bedtime=sleep.bedtime,
        lights_out=sleep.lights_out,
        sleep_latency_min=_blank(rng, sleep.latency, 0.02),
        awakenings=_blank(rng, sleep.awakenings, 0.02),
        wake_after_sleep_onset_min=_blank(rng, sleep.waso, 0.02),
        final_wake=sleep.final_wake,
        out_of_bed=sleep.out_of_bed,
        no_sleep=sleep.no_sleep or None,  # a box ticked only when it applies
        sleep_quality=_blank(rng, _quality(rng, severity, sleep.sleep_min), 0.02),
        rls_severity=_blank(rng, severity, 0.015),
        rls_onset=_onset(rng, severity, effect),
        rls_areas=_areas(rng, severity, effect),
        times_up_to_move=_blank(rng, _times_up(rng, severity), 0.04),
        medication_taken=taken,
        remedies=_remedies(rng, severity),
        triggers=triggers,
        notes=_note(rng, trigger_note, effect),
        entered_at=entered_at,
        updated_at=updated_at,
        **_day_fields(rng, before),
    )
    return night, _Yesterday(severity=float(severity), sleep_min=float(sleep.sleep_min))


def _day_before(rng: random.Random, day: dt.date, persona: _Persona, yesterday: _Yesterday) -> _Day:
    """Lifestyle of ``day`` and how it felt after the night before it."""
    short_night = yesterday.sleep_min < 360
    caffeine = 0
    if rng.random() >= 0.2:
        habit = persona.caffeine_habit + (0.7 if short_night else 0.0)
        caffeine = _clamp(round(rng.gauss(habit, 0.9)), 1, 12)
    last_caffeine = None
    if caffeine:
        minutes = _clamp(_round5(480 + 80 * caffeine + rng.gauss(0.0, 40.0)), 420, 1170)
        last_caffeine = _clock(minutes)
    weekend_evening = day.weekday() in (4, 5)
    alcohol = 0
    if rng.random() < (0.55 if weekend_evening else 0.12):
        alcohol = rng.randint(1, 3) if weekend_evening else 1
    exercise = 0
    if rng.random() >= 0.45:
        exercise = rng.choice((45, 60, 90, 120) if day.weekday() >= 5 else (20, 30, 30, 45, 60))
    deficit = (420.0 - yesterday.sleep_min) / 120.0
    severity = yesterday.severity
    sleepiness = _scale(rng, 0.8 + 0.18 * severity + 0.7 * deficit, 0.6)
    nap = 0
    if sleepiness >= 3 and rng.random() < 0.35:
        nap = rng.choice((20, 30, 45, 60))
    elif rng.random() < 0.04:
        nap = rng.choice((15, 20, 30))
    return _Day(
        caffeine=caffeine,
        last_caffeine=last_caffeine,
        alcohol=alcohol,
        nicotine=persona.smoker and rng.random() < 0.95,
        exercise=exercise,
        nap=nap,
        sleepiness=sleepiness,
        low_mood=_scale(rng, 0.3 + 0.13 * severity + 0.3 * deficit, 0.7),
        anxiety=_scale(rng, 0.5 + 0.1 * severity, 0.8),
        concentration=_scale(rng, 0.4 + 0.15 * severity + 0.4 * deficit, 0.7),
    )


def _day_fields(rng: random.Random, before: _Day) -> dict[str, Any]:
    """The "day before" fields of an entry; sometimes all blank, sometimes a few."""
    if rng.random() < 0.02:  # forgot to fill in yesterday's part
        return {}
    values: dict[str, Any] = {
        "caffeine_drinks": before.caffeine,
        "last_caffeine": before.last_caffeine,
        "alcohol_drinks": before.alcohol,
        "nicotine": before.nicotine,
        "exercise_min": before.exercise,
        "nap_min": before.nap,
        "daytime_sleepiness": before.sleepiness,
        "low_mood": before.low_mood,
        "anxiety": before.anxiety,
        "concentration_problems": before.concentration,
    }
    return {name: _blank(rng, value, 0.03) for name, value in values.items()}


def _triggers(
    rng: random.Random, yesterday: _Yesterday
) -> tuple[tuple[str, ...] | None, float, str | None]:
    """Possible triggers of the evening, their effect on severity, and a note about them."""
    found: list[str] = []
    effect = 0.0
    note = None
    if rng.random() < 0.02:
        found += ["travel", "long_sitting"]
        effect += 1.5
        note = "Long drive to visit family"
    elif rng.random() < 0.07:
        found.append("long_sitting")
        effect += 1.0
    if rng.random() < 0.08:
        found.append("stress")
        effect += 0.8
    if rng.random() < 0.01:
        found.append("antihistamine")
        effect += 2.5
        note = "Took an antihistamine for hay fever"
    if yesterday.sleep_min < 330 and rng.random() < 0.5:
        found.append("sleep_deprivation")
        effect += 0.6
    return canonical_set(found, TRIGGERS) or None, effect, note


def _medication_taken(rng: random.Random, effect: _Effect) -> tuple[str | None, float]:
    """What the diary records about the evening dose, and the severity that adds."""
    if not effect.medicated:
        return ("none" if rng.random() < 0.7 else None), 0.0
    draw = rng.random()
    if draw < 0.04:
        return "missed", effect.missed_rebound
    taken = "extra" if draw < 0.07 else "as_planned"
    return _blank(rng, taken, 0.03), 0.0


def _sleep(rng: random.Random, day: dt.date, zone_name: str, severity: int) -> _Sleep:
    """Clock times and CSD answers of the night to ``day``; minutes are relative to midnight."""
    late_evening = (day - ONE_DAY).weekday() in (4, 5)
    bed = _clamp(_round5(rng.gauss(-15 if late_evening else -75, 25)), -150, 90)
    lights = bed + rng.choice((0, 5, 10, 15, 20, 30))
    weekend_morning = day.weekday() >= 5
    wake = _clamp(_round5(rng.gauss(480 if weekend_morning else 405, 20)), 300, 570)
    out = wake + rng.choice((0, 5, 10, 15, 20, 30, 45))
    times = _Sleep(_clock(bed), _clock(lights), _clock(wake), _clock(out))
    if severity >= 9 and rng.random() < 0.08:
        return dataclasses.replace(times, final_wake=None, no_sleep=True)
    night = Night(
        day,
        timezone=zone_name,
        bedtime=times.bedtime,
        lights_out=times.lights_out,
        final_wake=times.final_wake,
        out_of_bed=times.out_of_bed,
    )
    window = compute(night).sleep_window_min  # real minutes: DST nights are 1 h shorter/longer
    assert window is not None
    latency = max(0, round(rng.gauss(12 + 6 * severity, 8)))
    awakenings = _clamp(round(rng.gauss(1 + 0.4 * severity, 1.0)), 0, 50)
    waso = sum(rng.randint(3, 8 + 3 * severity) for _ in range(awakenings))
    spare = window - _MIN_SLEEP_MIN
    latency = min(latency, spare // 2)
    waso = min(waso, spare - latency)
    return dataclasses.replace(
        times,
        latency=latency,
        awakenings=awakenings,
        waso=waso,
        sleep_min=window - latency - waso,
    )


def _quality(rng: random.Random, severity: int, sleep_min: int) -> int:
    mean = 3.2 + 0.7 * (sleep_min - 400) / 100 - 0.25 * (severity - 3)
    return _clamp(round(rng.gauss(mean, 0.6)), 1, 5)


def _onset(rng: random.Random, severity: int, effect: _Effect) -> dt.time | None:
    """Evening onset around 21:00–23:30, earlier on bad nights and as augmentation grows."""
    if severity < 1 or rng.random() < 0.05:
        return None
    position = rng.gauss(-100 - 6 * (severity - 4), 35) + effect.onset_min
    return _clock(_clamp(_round5(position), -720, 90))


def _areas(rng: random.Random, severity: int, effect: _Effect) -> tuple[str, ...] | None:
    if severity < 1 or rng.random() < 0.04:
        return None
    weight = 1.0 if severity >= 5 else 0.3
    areas = ["legs"]
    if rng.random() < effect.arms * weight:
        areas.append("arms")
    if rng.random() < effect.trunk * weight:
        areas.append("trunk")
    return tuple(areas)


def _times_up(rng: random.Random, severity: int) -> int:
    if severity <= 1:
        return 0
    return _clamp(round(rng.gauss(severity / 1.6 - 1.0, 1.2)), 0, 50)


def _remedies(rng: random.Random, severity: int) -> Remedies | None:
    """Remedies tried on bad nights; walking helps most, nothing helps much on the worst."""
    if severity < 3 or rng.random() >= 0.15 + 0.08 * severity:
        return None
    count = rng.choice((1, 1, 2, 2, 3))
    chosen = set(rng.choices(REMEDIES, weights=_REMEDY_WEIGHTS, k=count))
    return canonical_remedies({name: _relief(rng, name, severity) for name in sorted(chosen)})


def _relief(rng: random.Random, remedy: str, severity: int) -> int:
    """Relief 0–3: less on worse nights, a little more from walking."""
    mean = 2.0 - 0.12 * severity + (0.3 if remedy == "walking" else 0.0)
    return _clamp(round(rng.gauss(mean, 0.8)), 0, 3)


def _note(rng: random.Random, trigger_note: str | None, effect: _Effect) -> str | None:
    if trigger_note is not None:
        return trigger_note
    if effect.onset_min <= -180 and rng.random() < 0.15:
        return "Symptoms started in the afternoon yesterday"
    if rng.random() < 0.05:
        return rng.choice(_NOTES)
    return None


def _timestamps(
    rng: random.Random, day: dt.date, out_of_bed: dt.time, tz: ZoneInfo
) -> tuple[dt.datetime, dt.datetime]:
    """Entered in the morning, a little after getting up; now and then edited soon after."""
    up = out_of_bed.hour * 60 + out_of_bed.minute
    entered = clock.to_instant(day, _clock(min(up + rng.randint(5, 90), 715)), tz)
    updated = entered
    if rng.random() < 0.08:
        updated = entered + dt.timedelta(minutes=rng.randint(2, 120))
    return entered, updated


# --- scenarios -------------------------------------------------------------------------------


def _persona(rng: random.Random, scenario: str) -> _Persona:
    base = {"typical": 3.0, "augmentation": 4.0, "iron-deficiency": 2.5}[scenario]
    return _Persona(
        base_severity=base + rng.uniform(-0.5, 0.5),
        caffeine_habit=rng.uniform(1.6, 2.6),
        smoker=rng.random() < 0.15,
        weight_kg=round(rng.uniform(58.0, 95.0), 1),
    )


def _typical(rng: random.Random, first: dt.date, n: int, persona: _Persona) -> _Timeline:
    """Gabapentin from about halfway, easing symptoms within a week; normal iron."""
    start = round(0.45 * n)
    course = Medication(
        "gabapentin", "alpha2delta", first + start * ONE_DAY, 300.0, "mg", dt.time(20, 0)
    )

    def effect(index: int) -> _Effect:
        days_on = index - start
        if days_on < 1:
            return _Effect()
        return _Effect(severity=-1.8 * min(1.0, days_on / 7), medicated=True)

    lab_days = [round(0.1 * n)] + ([n - 30] if n >= 180 else [])
    labs = [_lab(rng, first + i * ONE_DAY, rng.uniform(105, 190), persona) for i in lab_days]
    return _Timeline([course], labs, effect)


def _augmentation(rng: random.Random, first: dt.date, n: int, persona: _Persona) -> _Timeline:
    """Pramipexole helps at first; then onset drifts ≥ 4 h earlier, spreads and worsens.

    The drift starts after 40 % of the time on the drug and is complete three weeks before
    the end; halfway through it the dose is doubled (a paradoxical response follows).
    """
    start = min(max(14, round(0.35 * n)), max(n - 1, 0))
    drift_start = start + round(0.4 * (n - start))
    drift_end = max(drift_start + 1, n - 21)
    increase = drift_start + (drift_end - drift_start) // 2

    def effect(index: int) -> _Effect:
        days_on = index - start
        if days_on < 1:
            return _Effect()
        drift = min(1.0, max(0.0, (index - drift_start) / (drift_end - drift_start)))
        return _Effect(
            severity=-3.0 * min(1.0, days_on / 5) + 6.0 * drift,
            onset_min=-_AUGMENTATION_SHIFT_MIN * drift,
            arms=0.02 + 0.8 * drift,
            trunk=0.3 * drift,
            medicated=True,
            missed_rebound=2.0,
        )

    def course(dose: float, begin: int, stop: int | None) -> Medication:
        stop_date = None if stop is None else first + stop * ONE_DAY
        return Medication(
            "pramipexole",
            "dopamine_agonist",
            first + begin * ONE_DAY,
            dose,
            "mg",
            dt.time(21, 0),
            stop_date,
        )

    if start < increase < n:
        courses = [course(0.125, start, increase - 1), course(0.25, increase, None)]
    else:
        courses = [course(0.125, start, None)]
    labs = [_lab(rng, first + max(0, start - 10) * ONE_DAY, rng.uniform(80, 115), persona)]
    return _Timeline(courses, labs, effect)


def _iron_deficiency(rng: random.Random, first: dt.date, n: int, persona: _Persona) -> _Timeline:
    """Ferritin at or below 75 ng/mL and falling while symptoms rise; oral iron from halfway
    (three days after a low test) eases them within about four weeks, and follow-up tests
    every 90 days show ferritin recovering."""
    iron_start = max(3, round(0.5 * n))
    count = min(6, max(2, iron_start // 60))
    span = max(iron_start - 3 - round(0.05 * n), 0)
    lab_days = sorted(
        {round(0.05 * n + j * span / (count - 1)) for j in range(count)} | {iron_start - 3}
    )
    ferritin = rng.uniform(58.0, 72.0)
    labs = []
    for step, index in enumerate(lab_days):
        if step:
            ferritin -= rng.uniform(4.0, 7.0)  # stays above 8 over at most 7 tests
        labs.append(_lab(rng, first + index * ONE_DAY, ferritin, persona, tsat=18.5 - 2.0 * step))
    for index in range(iron_start + 90, min(n, iron_start + 271), 90):
        ferritin += (150.0 - ferritin) * rng.uniform(0.25, 0.35)
        labs.append(_lab(rng, first + index * ONE_DAY, ferritin, persona))
    courses = []
    if iron_start < n:
        courses.append(
            Medication(
                "ferrous sulfate",
                "iron_oral",
                first + iron_start * ONE_DAY,
                325.0,
                "mg",
                dt.time(8, 0),
            )
        )

    def effect(index: int) -> _Effect:
        rise = 2.5 * min(index, iron_start) / iron_start
        relief = 3.5 * min(1.0, max(0.0, (index - iron_start - 5) / 21))
        return _Effect(
            severity=rise - relief,
            medicated=index > iron_start,
            missed_rebound=0.0,
        )

    return _Timeline(courses, labs, effect)


_TIMELINES: Final[dict[str, Callable[[random.Random, dt.date, int, _Persona], _Timeline]]] = {
    "typical": _typical,
    "augmentation": _augmentation,
    "iron-deficiency": _iron_deficiency,
}


def _lab(
    rng: random.Random, day: dt.date, ferritin: float, persona: _Persona, tsat: float | None = None
) -> Lab:
    """A fasting morning blood test; TSAT (± 1) follows ferritin unless given."""
    if tsat is None:
        tsat = 18.0 + ferritin / 10 + rng.uniform(-3.0, 3.0)
    return Lab(
        date=day,
        ferritin_ng_ml=float(round(ferritin)),
        tsat_pct=round(max(5.0, tsat + rng.uniform(-1.0, 1.0)), 1),
        hemoglobin_g_dl=round(rng.uniform(12.0, 14.8) - (0.8 if ferritin < 50 else 0.0), 1),
        weight_kg=round(persona.weight_kg + rng.uniform(-1.5, 1.5), 1),
        fasting_morning=True,
    )


def _assessments(
    rng: random.Random, first: dt.date, severities: Sequence[float]
) -> list[Assessment]:
    """IRLS totals early on and near the end, following the past week's severity; the first
    one with its ten item scores."""
    n = len(severities)
    if n == 0:
        return []
    days = sorted({min(n - 1, max(6, round(0.08 * n)))} | ({n - 2} if n >= 60 else set()))
    result = []
    for number, index in enumerate(days):
        week = severities[max(0, index - 6) : index + 1]
        total = _clamp(round(2.4 * sum(week) / len(week) + 6 + rng.gauss(0.0, 2.0)), 0, IRLS_MAX)
        items = _irls_items(rng, total) if number == 0 else None
        result.append(Assessment(first + index * ONE_DAY, total, items))
    return result


def _irls_items(rng: random.Random, total: int) -> tuple[int, ...]:
    """Ten item scores 0–4 that sum to ``total`` (referred to by number only)."""
    items = [0] * IRLS_ITEMS
    for _ in range(total):
        item = rng.choice([i for i, score in enumerate(items) if score < 4])
        items[item] += 1
    return tuple(items)


# --- small helpers ---------------------------------------------------------------------------


def _clock(minutes: int) -> dt.time:
    """The wall time of a position in minutes relative to midnight (-90 → 22:30)."""
    minutes %= 1440
    return dt.time(minutes // 60, minutes % 60)


def _round5(minutes: float) -> int:
    return 5 * round(minutes / 5)


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def _scale(rng: random.Random, mean: float, spread: float) -> int:
    """A 0–4 rating (none … severe) around ``mean``."""
    return _clamp(round(rng.gauss(mean, spread)), 0, 4)


def _blank(rng: random.Random, value: _T, share: float) -> _T | None:
    return None if rng.random() < share else value
