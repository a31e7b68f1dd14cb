"""Sample diaries: seeded, valid night by night, and holding the effects they promise."""

from __future__ import annotations

import datetime as dt
import statistics as stdlib_statistics
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rls_diary.domain.clock import zone
from rls_diary.domain.demo import SCENARIOS, DemoDiary, generate
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import Night
from rls_diary.domain.statistics import paired_by_lag, spearman
from rls_diary.domain.validation import validate

END = dt.date(2024, 6, 30)
ZONES = ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC")


def year(seed: int = 0, scenario: str = "typical", tz: str = "Europe/Berlin") -> DemoDiary:
    return generate(365, seed, END, tz, scenario)


def values(nights: list[Night], name: str, keep: Callable[[Night], bool]) -> list[int]:
    return [n.get(name) for n in nights if keep(n) and n.get(name) is not None]


def raw(night: Night, name: str) -> float | None:
    value = night.get(name)
    return None if value is None else float(value)


def onset_minutes(nights: list[Night], first: dt.date, last: dt.date) -> list[int]:
    return [
        m for n in nights if first <= n.date <= last and (m := compute(n).rls_onset_min) is not None
    ]


# --- determinism and shape --------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_same_seed_same_diary_other_seed_other_diary(scenario: str) -> None:
    first = generate(120, 42, END, "Europe/Berlin", scenario)
    assert generate(120, 42, END, "Europe/Berlin", scenario) == first
    assert generate(120, 43, END, "Europe/Berlin", scenario).nights != first.nights


def test_dates_zone_and_missing_days() -> None:
    diary = year()
    dates = [n.date for n in diary.nights]
    assert dates == sorted(set(dates))
    assert dates[0] == END - dt.timedelta(days=364)
    assert dates[-1] == END
    missing = 365 - len(dates)
    assert 0.02 * 365 <= missing <= 0.09 * 365
    assert {n.timezone for n in diary.nights} == {"Europe/Berlin"}
    assert all(n.is_recorded for n in diary.nights)


def test_entered_in_the_morning_in_utc() -> None:
    diary = year(tz="America/New_York")
    tz = zone("America/New_York")
    for night in diary.nights:
        assert night.entered_at is not None
        assert night.updated_at is not None
        assert night.entered_at.utcoffset() == dt.timedelta(0)
        local = night.entered_at.astimezone(tz)
        assert local.date() == night.date
        assert 5 <= local.hour < 12
        assert night.entered_at <= night.updated_at
    assert any(n.updated_at != n.entered_at for n in diary.nights)


def test_no_nights_gives_an_empty_diary() -> None:
    assert generate(0, 1, END, "UTC") == DemoDiary([], [], [], [])


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="scenario"):
        generate(10, 1, END, "UTC", "unknown")
    with pytest.raises(ValueError, match="negative"):
        generate(-1, 1, END, "UTC")
    with pytest.raises(ValueError, match="time zone"):
        generate(10, 1, END, "Mars/Base")


# --- every night valid ------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", SCENARIOS)
@pytest.mark.parametrize("tz", ZONES)
def test_every_night_is_valid_for_many_seeds(scenario: str, tz: str) -> None:
    for seed in range(6):
        for night in generate(200, seed, END, tz, scenario).nights:
            assert validate(night, "UTC") == [], (seed, night)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    nights=st.integers(min_value=1, max_value=45),
    end=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)),
    tz=st.sampled_from(ZONES),
    scenario=st.sampled_from(SCENARIOS),
)
def test_any_diary_is_valid_and_ends_on_end(
    seed: int, nights: int, end: dt.date, tz: str, scenario: str
) -> None:
    diary = generate(nights, seed, end, tz, scenario)
    assert diary.nights[-1].date == end
    assert diary.nights[0].date == end - dt.timedelta(days=nights - 1)
    for night in diary.nights:
        assert validate(night, "UTC") == []
    for course in diary.medications:
        assert course.stop is None or course.start <= course.stop
    for test in diary.assessments:
        assert 0 <= test.irls_total <= 40


def test_blanks_appear_and_are_blank_not_zero() -> None:
    nights = year().nights
    for name in ("sleep_quality", "rls_severity", "caffeine_drinks", "anxiety", "awakenings"):
        blanks = sum(n.get(name) is None for n in nights)
        assert 1 <= blanks <= len(nights) // 10, name
    # a night without caffeine has no last caffeine time; with caffeine it usually has one
    assert all(n.last_caffeine is None for n in nights if n.caffeine_drinks == 0)
    with_caffeine = [n for n in nights if n.caffeine_drinks]
    assert sum(n.last_caffeine is not None for n in with_caffeine) > 0.85 * len(with_caffeine)


def test_symptom_details_follow_severity() -> None:
    nights = year(3).nights
    calm = [n for n in nights if n.rls_severity == 0]
    assert calm
    assert all(n.rls_onset is None and n.remedies is None for n in calm)
    assert all(n.times_up_to_move in (0, None) for n in calm)
    bad = [n for n in nights if n.rls_severity is not None and n.rls_severity >= 6]
    assert sum(n.remedies is not None for n in bad) > 0.4 * len(bad)
    up_bad = values(nights, "times_up_to_move", lambda n: (n.rls_severity or 0) >= 6)
    up_mild = values(nights, "times_up_to_move", lambda n: n.rls_severity in (1, 2, 3))
    assert stdlib_statistics.mean(up_bad) > stdlib_statistics.mean(up_mild) + 1
    assert any(n.notes for n in nights)
    assert all(n.rls_areas is None or "legs" in n.rls_areas for n in nights)


# --- the effects the statistics should find ---------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_caffeine_alcohol_and_exercise_act_on_the_same_night(seed: int) -> None:
    nights = year(seed).nights
    with_caffeine = values(nights, "rls_severity", lambda n: (n.caffeine_drinks or 0) >= 2)
    no_caffeine = values(nights, "rls_severity", lambda n: n.caffeine_drinks == 0)
    assert len(no_caffeine) >= 10
    assert stdlib_statistics.median(with_caffeine) > stdlib_statistics.median(no_caffeine)
    drinking = values(nights, "rls_severity", lambda n: (n.alcohol_drinks or 0) >= 1)
    sober = values(nights, "rls_severity", lambda n: n.alcohol_drinks == 0)
    assert stdlib_statistics.mean(drinking) > stdlib_statistics.mean(sober) + 0.5
    active = values(nights, "rls_severity", lambda n: (n.exercise_min or 0) >= 30)
    still = values(nights, "rls_severity", lambda n: n.exercise_min == 0)
    assert stdlib_statistics.mean(active) < stdlib_statistics.mean(still) - 0.5


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_bad_nights_mean_poor_sleep_and_a_worse_next_day(scenario: str) -> None:
    nights = year(5, scenario).nights
    quality = spearman(*paired_by_lag(nights, "rls_severity", "sleep_quality", 0, raw))
    assert quality.ci95 is not None
    assert quality.ci95[1] < -0.3

    def with_tst(night: Night, name: str) -> float | None:
        if name != "total_sleep_min":
            return raw(night, name)
        value = compute(night).total_sleep_min
        return None if value is None else float(value)

    sleep = spearman(*paired_by_lag(nights, "rls_severity", "total_sleep_min", 0, with_tst))
    assert sleep.ci95 is not None
    assert sleep.ci95[1] < -0.3
    for name in ("daytime_sleepiness", "low_mood", "concentration_problems"):
        next_day = spearman(*paired_by_lag(nights, "rls_severity", name, 1, raw))
        assert next_day.ci95 is not None
        assert next_day.ci95[0] > 0.1, name
    sleepiness = spearman(*paired_by_lag(nights, "rls_severity", "daytime_sleepiness", 1, raw))
    assert sleepiness.rho is not None
    assert sleepiness.rho > 0.4


def test_weekend_rhythm() -> None:
    nights = year(2).nights

    def bed_position(night: Night) -> int:
        assert night.bedtime is not None
        minutes = night.bedtime.hour * 60 + night.bedtime.minute
        return minutes - 1440 if minutes >= 720 else minutes

    friday_saturday = [
        bed_position(n) for n in nights if (n.date - dt.timedelta(days=1)).weekday() in (4, 5)
    ]
    other = [bed_position(n) for n in nights if (n.date - dt.timedelta(days=1)).weekday() < 4]
    assert stdlib_statistics.median(friday_saturday) >= stdlib_statistics.median(other) + 40


def test_typical_onset_is_in_the_evening() -> None:
    onsets = onset_minutes(year(4).nights, END - dt.timedelta(days=400), END)
    median = stdlib_statistics.median(onsets)
    assert -180 <= median <= -30  # between 21:00 and 23:30
    assert min(onsets) < -150
    assert max(onsets) > -60


def test_typical_has_a_course_labs_and_irls() -> None:
    diary = year(6)
    assert [(m.name, m.drug_class) for m in diary.medications] == [("gabapentin", "alpha2delta")]
    assert 1 <= len(diary.labs) <= 3
    assert all(lab.ferritin_ng_ml is not None and lab.ferritin_ng_ml > 100 for lab in diary.labs)
    assert 1 <= len(diary.assessments) <= 3
    first = diary.assessments[0]
    assert first.items is not None
    assert len(first.items) == 10
    assert sum(first.items) == first.irls_total
    assert all(0 <= item <= 4 for item in first.items)
    # the course helps: severity is lower in the weeks after it started than before
    start = diary.medications[0].start
    before = values(
        diary.nights, "rls_severity", lambda n: start - dt.timedelta(28) <= n.date < start
    )
    after = values(
        diary.nights,
        "rls_severity",
        lambda n: start + dt.timedelta(14) <= n.date < start + dt.timedelta(42),
    )
    assert stdlib_statistics.median(after) < stdlib_statistics.median(before)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
@pytest.mark.parametrize("days", [120, 365])
def test_augmentation_shifts_onset_at_least_four_hours_earlier(seed: int, days: int) -> None:
    diary = generate(days, seed, END, "Europe/Berlin", "augmentation")
    agonists = [m for m in diary.medications if m.drug_class == "dopamine_agonist"]
    assert agonists
    began = agonists[0].start
    assert agonists[-1].stop is None  # still running at the end
    baseline_window = (began - dt.timedelta(days=14), began - dt.timedelta(days=1))
    current_window = (END - dt.timedelta(days=13), END)
    baseline = onset_minutes(diary.nights, *baseline_window)
    current = onset_minutes(diary.nights, *current_window)
    assert len(baseline) >= 7
    assert len(current) >= 7
    shift = stdlib_statistics.median(baseline) - stdlib_statistics.median(current)
    assert shift >= 240
    # symptoms on at least 5 of the last 7 nights, severity up, spread to the arms
    last_week = [n for n in diary.nights if n.date > END - dt.timedelta(days=7)]
    assert sum((n.rls_severity or 0) >= 1 for n in last_week) >= 5

    def within(window: tuple[dt.date, dt.date]) -> Callable[[Night], bool]:
        return lambda n: window[0] <= n.date <= window[1]

    severity_then = values(diary.nights, "rls_severity", within(baseline_window))
    severity_now = values(diary.nights, "rls_severity", within(current_window))
    assert stdlib_statistics.median(severity_now) >= stdlib_statistics.median(severity_then) + 2
    arms_now = [n for n in diary.nights if within(current_window)(n) and n.rls_areas]
    assert sum("arms" in (n.rls_areas or ()) for n in arms_now) >= len(arms_now) // 2


def test_augmentation_first_helps_then_the_dose_is_raised() -> None:
    diary = year(1, "augmentation")
    first, second = diary.medications
    assert (first.name, second.name) == ("pramipexole", "pramipexole")
    assert first.stop == second.start - dt.timedelta(days=1)
    assert second.dose is not None
    assert first.dose is not None
    assert second.dose > first.dose
    before = values(
        diary.nights,
        "rls_severity",
        lambda n: first.start - dt.timedelta(14) <= n.date < first.start,
    )
    early = values(
        diary.nights,
        "rls_severity",
        lambda n: first.start + dt.timedelta(7) <= n.date < first.start + dt.timedelta(35),
    )
    assert stdlib_statistics.median(early) <= stdlib_statistics.median(before) - 2


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("days", [30, 365, 2000])
def test_iron_deficiency_labs_are_low_and_falling_then_recover(seed: int, days: int) -> None:
    diary = generate(days, seed, END, "UTC", "iron-deficiency")
    (course,) = diary.medications
    assert (course.drug_class, course.stop) == ("iron_oral", None)
    before = [lab for lab in diary.labs if lab.date < course.start]
    after = [lab for lab in diary.labs if lab.date >= course.start]
    assert len(before) >= 2
    assert before[-1].date == course.start - dt.timedelta(days=3)  # iron follows a low test
    ferritin = [lab.ferritin_ng_ml for lab in before if lab.ferritin_ng_ml is not None]
    assert len(ferritin) == len(before)
    assert all(8 <= f <= 75 for f in ferritin)
    assert ferritin == sorted(ferritin, reverse=True)
    assert len(set(ferritin)) == len(ferritin)
    assert all(lab.tsat_pct is not None and lab.tsat_pct < 20 for lab in before)
    recovered = [lab.ferritin_ng_ml for lab in after]
    assert recovered == sorted(f or 0.0 for f in recovered)
    assert all(f is not None and f > ferritin[-1] for f in recovered)
    assert len(after) == (0 if days < 120 else min(3, (days - 1 - days // 2) // 90))
    dates = [lab.date for lab in diary.labs]
    assert dates == sorted(dates)
    assert END - dt.timedelta(days=days - 1) <= dates[0]
    assert dates[-1] <= END


def test_iron_deficiency_symptoms_rise_then_ease_on_iron() -> None:
    diary = year(8, "iron-deficiency")
    began = diary.medications[0].start
    nights = diary.nights
    early = values(nights, "rls_severity", lambda n: n.date < began - dt.timedelta(days=150))
    late_before = values(
        nights, "rls_severity", lambda n: began - dt.timedelta(days=30) < n.date <= began
    )
    on_iron = values(nights, "rls_severity", lambda n: n.date > began + dt.timedelta(days=42))
    assert stdlib_statistics.mean(late_before) > stdlib_statistics.mean(early) + 1
    assert stdlib_statistics.mean(on_iron) < stdlib_statistics.mean(late_before) - 2
