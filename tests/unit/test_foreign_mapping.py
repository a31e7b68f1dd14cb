"""Other apps' records → diary entries → filled nights (DESIGN §4.1), on hand-made records."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from rls_diary.domain.foreign.common import (
    SleepRecord,
    build_entries,
    entry_date,
    instant_from_ms,
    nearest_minute,
    quality_from_rating,
)
from rls_diary.domain.foreign.filling import Status, fill
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import Night

BERLIN = "Europe/Berlin"
T = dt.time


def at(day: str, clock: str, zone: str = BERLIN) -> dt.datetime:
    local = dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))
    return local.astimezone(dt.UTC)


def rec(
    day: str,
    start: str,
    end_day: str,
    end: str,
    *,
    sleep_min: int | None = None,
    rating: float | None = None,
    comment: str | None = None,
    zone: str = BERLIN,
) -> SleepRecord:
    begin, finish = at(day, start, zone), at(end_day, end, zone)
    return SleepRecord(
        start=begin,
        end=finish,
        zone=zone,
        source="Test app",
        sleep_min=sleep_min if sleep_min is not None else int((finish - begin).seconds // 60),
        rating=rating,
        comment=comment,
    )


def test_rounding_helpers() -> None:
    assert quality_from_rating(None) is None
    assert [quality_from_rating(r) for r in (0.25, 0.5, 1.25, 2.5, 3.75, 5.0)] == [1, 1, 1, 3, 4, 5]
    assert instant_from_ms(1_705_269_629_999) == dt.datetime(2024, 1, 14, 22, 0, tzinfo=dt.UTC)
    assert instant_from_ms(1_705_269_630_000) == dt.datetime(2024, 1, 14, 22, 1, tzinfo=dt.UTC)
    assert nearest_minute(at("2024-01-14", "23:00:29")) == at("2024-01-14", "23:00")
    assert nearest_minute(at("2024-01-14", "23:00:30")) == at("2024-01-14", "23:01")


@pytest.mark.parametrize(
    ("start", "expected"),
    [("11:59", "2024-05-10"), ("12:00", "2024-05-11"), ("00:30", "2024-05-10")],
)
def test_a_record_belongs_to_the_entry_its_start_resolves_to(start: str, expected: str) -> None:
    record = rec("2024-05-10", start, "2024-05-10", "23:59")
    assert entry_date(record) == dt.date.fromisoformat(expected)


def test_a_split_night_across_midnight_merges_with_one_awakening() -> None:
    first = rec("2024-01-14", "22:30", "2024-01-15", "01:00", sleep_min=140, comment="legs")
    second = rec(
        "2024-01-15", "01:40", "2024-01-15", "06:30", sleep_min=290, rating=2.25, comment="ok"
    )
    [entry] = build_entries([second, first])
    assert entry.date == dt.date(2024, 1, 15)
    main = entry.main
    assert main is not None
    assert (main.start, main.end) == (first.start, second.end)
    assert (main.awakenings, main.awake_min, main.tracked_min) == (1, 40, 430)
    assert main.quality == 2  # the longest record's rating
    assert entry.notes == ("legs", "ok")
    night = fill(entry, None, BERLIN).night
    assert night is not None
    assert (night.bedtime, night.lights_out, night.final_wake, night.out_of_bed) == (
        T(22, 30),
        T(22, 30),
        T(6, 30),
        T(6, 30),
    )
    assert (night.awakenings, night.wake_after_sleep_onset_min) == (1, 40)
    assert night.sleep_latency_min is None  # nothing invented
    assert (night.tracked_sleep_min, night.source, night.notes) == (430, "Test app", "legs / ok")


def test_touching_and_overlapping_records_merge_without_an_awakening() -> None:
    records = [
        rec("2024-01-14", "23:00", "2024-01-15", "02:00"),
        rec("2024-01-15", "02:00", "2024-01-15", "04:00"),
        rec("2024-01-15", "03:30", "2024-01-15", "07:00"),
    ]
    [entry] = build_entries(records)
    assert entry.main is not None
    assert entry.main.awakenings == 0
    assert entry.main.end == at("2024-01-15", "07:00")
    night = fill(entry, None, BERLIN).night
    assert night is not None
    assert night.awakenings is None and night.wake_after_sleep_onset_min is None


def test_gaps_over_three_hours_make_naps_for_this_entry_or_the_next() -> None:
    night = rec("2024-01-14", "23:00", "2024-01-15", "06:00", sleep_min=400)
    morning_nap = rec("2024-01-15", "09:01", "2024-01-15", "09:31", sleep_min=25, comment="m")
    afternoon_nap = rec("2024-01-15", "14:00", "2024-01-15", "14:45", sleep_min=40)
    next_night = rec("2024-01-15", "23:30", "2024-01-16", "07:00")
    entries = {e.date: e for e in build_entries([night, morning_nap, afternoon_nap, next_night])}
    assert entries[dt.date(2024, 1, 15)].nap_min is None
    assert entries[dt.date(2024, 1, 15)].main.tracked_min == 400  # type: ignore[union-attr]
    # the morning nap starts > 3 h after waking: it counts for the next entry, like the
    # afternoon nap (which starts after 12:00 and so belongs to the next entry anyway)
    assert entries[dt.date(2024, 1, 16)].nap_min == 25 + 40
    assert entries[dt.date(2024, 1, 16)].notes == ("m",)


def test_a_gap_of_exactly_three_hours_still_merges() -> None:
    records = [
        rec("2024-01-14", "22:00", "2024-01-15", "00:00"),
        rec("2024-01-15", "03:00", "2024-01-15", "09:00"),
    ]
    [entry] = build_entries(records)
    assert entry.main is not None and entry.main.awake_min == 180


def test_a_late_sleeper_whose_sleep_ends_after_noon() -> None:
    [entry] = build_entries([rec("2024-01-20", "03:10", "2024-01-20", "13:25", rating=0.25)])
    night = fill(entry, None, BERLIN).night
    assert night is not None and night.date == dt.date(2024, 1, 20)
    assert (night.bedtime, night.final_wake, night.sleep_quality) == (T(3, 10), T(13, 25), 1)
    assert compute(night, BERLIN).time_in_bed_min == 615


@pytest.mark.parametrize(("morning", "tib"), [("2024-03-31", 7 * 60), ("2024-10-27", 9 * 60)])
def test_daylight_saving_nights_keep_their_real_length(morning: str, tib: int) -> None:
    eve = (dt.date.fromisoformat(morning) - dt.timedelta(days=1)).isoformat()
    [entry] = build_entries([rec(eve, "23:00", morning, "07:00")])
    night = fill(entry, None, BERLIN).night
    assert night is not None
    assert (night.bedtime, night.final_wake) == (T(23, 0), T(7, 0))
    assert compute(night, BERLIN).time_in_bed_min == tib


def test_a_night_longer_than_20_hours_is_skipped_with_the_reason() -> None:
    [entry] = build_entries([rec("2024-01-14", "10:00", "2024-01-15", "06:30")])
    outcome = fill(entry, None, BERLIN)
    assert outcome.status is Status.SKIPPED
    assert outcome.reason == "a sleep of 20 h 30 min, more than 20 hours"


def test_fill_blanks_only_never_overwrites_the_users_values() -> None:
    [entry] = build_entries(
        [rec("2024-01-14", "23:00", "2024-01-15", "06:00", rating=4, comment="from app")]
    )
    mine = Night(
        dt.date(2024, 1, 15),
        timezone=BERLIN,
        sleep_quality=2,
        rls_severity=6,
        notes="my own words",
        nap_min=20,
    )
    outcome = fill(entry, mine, BERLIN)
    assert outcome.status is Status.FILLED and outcome.night is not None
    night = outcome.night
    assert (night.sleep_quality, night.rls_severity, night.notes, night.nap_min) == (
        2,
        6,
        "my own words",
        20,
    )
    assert (night.bedtime, night.final_wake, night.tracked_sleep_min) == (T(23, 0), T(6, 0), 420)
    # filling again finds nothing blank: unchanged (a re-import changes nothing)
    assert fill(entry, night, BERLIN).status is Status.UNCHANGED


def test_the_users_own_clock_times_are_never_mixed_with_a_devices() -> None:
    [entry] = build_entries([rec("2024-01-14", "23:00", "2024-01-15", "06:00", rating=3)])
    mine = Night(dt.date(2024, 1, 15), timezone=BERLIN, bedtime=T(22, 15))
    night = fill(entry, mine, BERLIN).night
    assert night is not None
    assert (night.bedtime, night.lights_out, night.final_wake) == (T(22, 15), None, None)
    assert (night.sleep_quality, night.tracked_sleep_min) == (3, 420)


def test_an_existing_night_keeps_its_zone_and_the_instants_are_converted() -> None:
    record = rec("2024-02-10", "22:45", "2024-02-11", "06:45", zone="America/New_York")
    [entry] = build_entries([record])
    assert entry.date == dt.date(2024, 2, 11)
    new = fill(entry, None, BERLIN).night
    assert new is not None and new.timezone == "America/New_York"
    assert (new.bedtime, new.final_wake) == (T(22, 45), T(6, 45))
    stored = Night(dt.date(2024, 2, 11), timezone="Europe/London", rls_severity=1)
    filled = fill(entry, stored, BERLIN).night
    assert filled is not None and filled.timezone == "Europe/London"
    assert (filled.bedtime, filled.final_wake) == (T(3, 45), T(11, 45))


def test_times_that_do_not_fit_the_stored_zone_are_skipped() -> None:
    # 07:00 in New York is 13:00 in Berlin: as a Berlin bedtime it would mean the day before
    record = rec("2024-02-11", "07:00", "2024-02-11", "11:00", zone="America/New_York")
    [entry] = build_entries([record])
    stored = Night(dt.date(2024, 2, 11), timezone=BERLIN, rls_severity=2)
    outcome = fill(entry, stored, BERLIN)
    assert outcome.status is Status.SKIPPED
    assert "does not fit this night's clock times" in (outcome.reason or "")


def test_a_fill_that_would_make_the_night_invalid_is_skipped() -> None:
    [entry] = build_entries(
        [
            rec("2024-01-15", "12:00", "2024-01-15", "18:00", sleep_min=601),  # a long nap
            rec("2024-01-15", "22:00", "2024-01-16", "07:00"),
        ]
    )
    assert entry.nap_min == 601
    outcome = fill(entry, None, BERLIN)
    assert outcome.status is Status.SKIPPED
    assert outcome.reason is not None
    assert outcome.reason.startswith("filling it would make the night invalid: nap_min:")


def test_a_lone_afternoon_record_is_the_main_sleep_of_the_next_entry() -> None:
    [entry] = build_entries([rec("2024-01-15", "14:00", "2024-01-15", "15:00")])
    assert entry.date == dt.date(2024, 1, 16)
    assert entry.main is not None and entry.nap_min is None


def test_exact_duplicates_count_once() -> None:
    record = rec("2024-01-14", "23:00", "2024-01-15", "06:00", sleep_min=400)
    [entry] = build_entries([record, record])
    assert entry.main is not None and entry.main.tracked_min == 400
