"""Clock resolution and Consensus Sleep Diary metrics (DESIGN §3.1–3.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import SWITCH_MORNINGS, SWITCH_ZONES

from rls_diary.domain.clock import (
    current_entry_date,
    resolve,
    resolve_exactly,
    steady_offset,
    to_instant,
    wall_minutes,
    zone,
)
from rls_diary.domain.metrics import compute, compute_resolved
from rls_diary.domain.night import Night
from rls_diary.domain.validation import cross_field_problems

T = dt.time
D = dt.date


def night(day: D, tz: str = "Europe/Berlin", **values: object) -> Night:
    return Night(day, timezone=tz, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("tz", "morning", "expected"),
    [
        ("Europe/Berlin", D(2024, 3, 31), 420),  # spring forward: 23:00 -> 07:00 is 7 h
        ("Europe/Berlin", D(2024, 10, 27), 540),  # autumn back: 9 h
        ("America/New_York", D(2024, 3, 10), 420),
        ("America/New_York", D(2024, 11, 3), 540),
        ("Europe/Berlin", D(2024, 6, 15), 480),  # an ordinary night
    ],
)
def test_time_in_bed_counts_real_minutes_across_dst(tz: str, morning: D, expected: int) -> None:
    n = night(morning, tz, bedtime=T(23), out_of_bed=T(7))
    assert compute(n).time_in_bed_min == expected


def test_full_night_metrics_across_midnight() -> None:
    n = night(
        D(2024, 6, 15),
        bedtime=T(22, 30),
        lights_out=T(23),
        sleep_latency_min=30,
        wake_after_sleep_onset_min=45,
        final_wake=T(6, 15),
        out_of_bed=T(6, 45),
    )
    m = compute(n)
    assert m.time_in_bed_min == 495  # 22:30 -> 06:45
    assert m.total_sleep_min == 435 - 30 - 45  # (06:15 - 23:00) - SOL - WASO
    assert m.sleep_efficiency_pct == round(360 / 495 * 100, 1) == 72.7


def test_bedtime_after_midnight_stays_on_the_morning_date() -> None:
    n = night(D(2024, 6, 15), bedtime=T(1, 30), out_of_bed=T(9))
    at = resolve(n)
    assert at.bedtime == to_instant(D(2024, 6, 15), T(1, 30), zone("Europe/Berlin"))
    assert compute(n).time_in_bed_min == 450


def test_lights_out_after_midnight_follows_an_evening_bedtime() -> None:
    n = night(D(2024, 6, 15), bedtime=T(23, 30), lights_out=T(0, 15), final_wake=T(7))
    at = resolve(n)
    assert at.lights_out is not None and at.bedtime is not None
    assert (at.lights_out - at.bedtime) == dt.timedelta(minutes=45)


def test_no_sleep_night_has_zero_sleep_and_full_time_in_bed() -> None:
    n = night(D(2024, 6, 15), bedtime=T(23), lights_out=T(23), out_of_bed=T(6), no_sleep=True)
    m = compute(n)
    assert m.total_sleep_min == 0
    assert m.time_in_bed_min == 420
    assert m.sleep_efficiency_pct == 0.0


@pytest.mark.parametrize(
    "blank", ["lights_out", "final_wake", "sleep_latency_min", "wake_after_sleep_onset_min"]
)
def test_a_blank_input_blanks_total_sleep_never_zero(blank: str) -> None:
    values: dict[str, object] = {
        "bedtime": T(23),
        "lights_out": T(23),
        "sleep_latency_min": 10,
        "wake_after_sleep_onset_min": 20,
        "final_wake": T(6),
        "out_of_bed": T(6, 30),
    }
    values[blank] = None
    m = compute(night(D(2024, 6, 15), **values))
    assert m.total_sleep_min is None
    assert m.sleep_efficiency_pct is None
    assert m.time_in_bed_min == 450


def test_empty_night_has_only_blank_metrics() -> None:
    m = compute(Night(D(2024, 6, 15)))
    assert (m.time_in_bed_min, m.total_sleep_min, m.sleep_efficiency_pct, m.rls_onset_min) == (
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("onset", "final_wake", "expected"),
    [
        (T(21, 30), T(7), -150),
        (T(2), T(7), 120),
        (T(11), None, -780),  # 11:00 the day before: the augmentation signal
        (T(7, 30), None, 450),  # before the 08:00 anchor: this morning
        (T(8, 0), None, -960),  # at or after 08:00 without final wake: the day before
        (T(7, 30), T(7), -990),  # after the final awakening: the day before
        (T(23, 59), None, -1),
        (T(0, 0), None, 0),
    ],
)
def test_onset_minutes_relative_to_midnight(onset: T, final_wake: T | None, expected: int) -> None:
    n = night(D(2024, 6, 15), rls_onset=onset, final_wake=final_wake, lights_out=T(23))
    assert compute(n).rls_onset_min == expected


def test_onset_on_dst_night_keeps_wall_clock_position() -> None:
    n = night(D(2024, 3, 31), rls_onset=T(1, 30), final_wake=T(7))
    assert compute(n).rls_onset_min == 90


def test_nonexistent_time_resolves_forward_and_ambiguous_to_first() -> None:
    berlin = zone("Europe/Berlin")
    gap = to_instant(D(2024, 3, 31), T(2, 30), berlin)
    assert gap == dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.UTC)  # = 03:30 CEST
    repeated = to_instant(D(2024, 10, 27), T(2, 30), berlin)
    assert repeated == dt.datetime(2024, 10, 27, 0, 30, tzinfo=dt.UTC)  # first 02:30 (CEST)


def test_last_caffeine_is_on_the_day_before() -> None:
    n = night(D(2024, 6, 15), last_caffeine=T(15))
    assert resolve(n).last_caffeine == dt.datetime(2024, 6, 14, 13, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (dt.datetime(2024, 6, 15, 7, 59), D(2024, 6, 15)),
        (dt.datetime(2024, 6, 15, 8, 0), D(2024, 6, 16)),
        (dt.datetime(2024, 6, 15, 23, 30), D(2024, 6, 16)),
    ],
)
def test_current_entry_switches_at_eight(now: dt.datetime, expected: D) -> None:
    assert current_entry_date(now) == expected


times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
zones = st.sampled_from(["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"])
days = st.dates(min_value=D(2000, 1, 2), max_value=D(2037, 12, 31))


@given(day=days, tz=zones, bed=times, out=times)
def test_time_in_bed_is_between_zero_and_a_day_plus_dst(day: D, tz: str, bed: T, out: T) -> None:
    m = compute(night(day, tz, bedtime=bed, out_of_bed=out))
    assert m.time_in_bed_min is not None
    assert 0 <= m.time_in_bed_min <= 24 * 60 + 60


@given(day=days, tz=zones, bed=times, lights=times, wake=times, out=times)
def test_chain_is_ordered(day: D, tz: str, bed: T, lights: T, wake: T, out: T) -> None:
    at = resolve(night(day, tz, bedtime=bed, lights_out=lights, final_wake=wake, out_of_bed=out))
    assert at.bedtime is not None and at.lights_out is not None
    assert at.final_wake is not None and at.out_of_bed is not None
    assert at.bedtime <= at.lights_out <= at.final_wake <= at.out_of_bed


@given(day=days, tz=zones, onset=times, wake=st.none() | times)
def test_onset_is_never_after_the_final_awakening(
    day: D, tz: str, onset: T, wake: T | None
) -> None:
    at = resolve(night(day, tz, rls_onset=onset, final_wake=wake, lights_out=T(23)))
    assert at.rls_onset is not None
    anchor = at.final_wake or to_instant(day, T(8), zone(tz))
    assert at.rls_onset <= anchor
    assert anchor - at.rls_onset < dt.timedelta(hours=26)


# --- the fast path (wall-clock minutes where the zone's offset is steady) ------------------

maybe_times = st.none() | times
# zones with daylight saving (north and south), a 30-minute one, a midnight switch, none
fast_zones = st.sampled_from([z for z in SWITCH_ZONES if z != "Pacific/Apia"])
# mornings around the 2024 switches of those zones, and any day in general
SWITCHES = tuple(d for d in SWITCH_MORNINGS if d.year == 2024)
near_switch = st.builds(
    lambda day, shift: day + dt.timedelta(days=shift),
    st.sampled_from(SWITCHES),
    st.integers(-6, 6),
)


@given(
    day=days | near_switch,
    tz=fast_zones,
    bed=maybe_times,
    lights=maybe_times,
    wake=maybe_times,
    out=maybe_times,
    onset=maybe_times,
    caffeine=maybe_times,
)
def test_the_fast_path_gives_the_exact_instants_and_metrics(
    day: D, tz: str, bed: T, lights: T, wake: T, out: T, onset: T, caffeine: T
) -> None:
    n = night(
        day,
        tz,
        bedtime=bed,
        lights_out=lights,
        final_wake=wake,
        out_of_bed=out,
        rls_onset=onset,
        last_caffeine=caffeine,
        sleep_latency_min=15,
        wake_after_sleep_onset_min=20,
    )
    exact = resolve_exactly(n)
    assert resolve(n) == exact
    assert compute(n) == compute_resolved(n, exact)


@pytest.mark.parametrize(
    ("tz", "morning", "steady"),
    [
        ("Europe/Berlin", D(2024, 6, 15), True),
        ("Europe/Berlin", D(2024, 3, 31), False),  # spring forward that night
        ("Europe/Berlin", D(2024, 3, 28), False),  # a chain can reach the switch
        ("Europe/Berlin", D(2024, 4, 6), True),
        ("America/New_York", D(2024, 11, 3), False),
        ("UTC", D(2024, 3, 31), True),
    ],
)
def test_the_fast_path_steps_aside_near_an_offset_change(tz: str, morning: D, steady: bool) -> None:
    assert (steady_offset(tz, morning) is not None) is steady
    n = night(morning, tz, bedtime=T(23), out_of_bed=T(7))
    assert (wall_minutes(n) is not None) is steady


def test_times_with_seconds_take_the_exact_path() -> None:
    n = night(D(2024, 6, 15), bedtime=T(23, 0, 30), out_of_bed=T(7))
    assert wall_minutes(n) is None
    assert compute(n).time_in_bed_min == 479  # 7 h 59 min 30 s, whole minutes


def test_an_unknown_zone_is_still_refused_on_the_fast_path() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        compute(night(D(2024, 6, 15), "Mars/Olympus", bedtime=T(23), out_of_bed=T(7)))
    with pytest.raises(ValueError, match="unknown time zone"):
        steady_offset("Mars/Olympus", D(1, 1, 1))


@given(day=days | near_switch, tz=fast_zones, bed=times, lights=times, wake=times, out=times)
def test_validation_is_the_same_on_both_paths(
    day: D, tz: str, bed: T, lights: T, wake: T, out: T
) -> None:
    n = night(day, tz, bedtime=bed, lights_out=lights, final_wake=wake, out_of_bed=out)
    n = n.replace(sleep_latency_min=30, wake_after_sleep_onset_min=600)
    fast = cross_field_problems(n, "UTC")
    # the same night read one minute off its seconds goes the exact path for every time
    exact = cross_field_problems(
        n.replace(
            bedtime=bed.replace(second=0, microsecond=1),
            lights_out=lights.replace(second=0, microsecond=1),
            final_wake=wake.replace(second=0, microsecond=1),
            out_of_bed=out.replace(second=0, microsecond=1),
        ),
        "UTC",
    )
    assert [(p.field, p.warning) for p in fast] == [(p.field, p.warning) for p in exact]
