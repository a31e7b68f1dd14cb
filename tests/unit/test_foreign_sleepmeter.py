"""Sleepmeter: sections, +hhmm offsets, unescaped quotes and line breaks (DESIGN §4.1)."""

from __future__ import annotations

import datetime as dt

import pytest
from foreign_helpers import clock, nights_of, sample

from rls_diary.domain.foreign import detect, sleepmeter
from rls_diary.domain.foreign.common import ForeignRead
from rls_diary.domain.metrics import compute

BERLIN = "Europe/Berlin"
DATA = sample("sleep_history.csv")
HEADER = sleepmeter.DIARY_HEADER
D = dt.date


def read(data: bytes, zone: str = BERLIN) -> ForeignRead:
    return sleepmeter.read(data, "sleep_history.csv", zone)


def test_recognised_by_its_first_section_header() -> None:
    found = detect(DATA)
    assert found is not None and found.name == "sleepmeter"
    assert sleepmeter.looks_like(f"{HEADER}\n".encode())


def test_custom_sections_are_passed_over_and_records_read() -> None:
    result = read(DATA)
    assert result.problems == []
    assert len(result.records) == 3
    night = next(r for r in result.records if r.awake)
    # the notes hold unescaped quotes, commas and a line break
    assert night.comment == 'legs "jumpy", got up\nwalked, back to bed'
    # bedtime 23:05, asleep 23:20, awake 01:20–01:50 and 04:20–04:30, up 06:45
    assert night.sleep_min == (7 * 60 + 25) - 30 - 10
    assert night.rating == 3.5


def test_the_nights_one_would_read_off_the_app() -> None:
    nights = nights_of(read(DATA), BERLIN)
    assert sorted(nights) == [D(2024, 1, 15), D(2024, 1, 20)]
    night = nights[D(2024, 1, 15)]
    assert clock(night) == ("23:05", "06:45")  # into bed, not asleep: latency stays blank
    assert night.sleep_latency_min is None
    assert (night.awakenings, night.wake_after_sleep_onset_min) == (2, 40)
    assert night.sleep_quality == 4  # 7 of 10 → 3.5 → 4
    assert night.nap_min == 40  # the afternoon nap of 14 Jan (asleep 15:00–15:40)
    assert night.tracked_sleep_min == 405
    assert night.notes == 'legs "jumpy", got up\nwalked, back to bed'

    trip = nights[D(2024, 1, 20)]  # +0500 is not Berlin's offset: the clock of the trip
    assert trip.timezone == "Etc/GMT-5"
    assert clock(trip) == ("23:55", "07:30")
    assert (trip.sleep_quality, trip.notes) == (1, "trip")  # 0 of 10 → the lowest, 1


def test_an_offset_matching_the_import_zone_keeps_that_zone() -> None:
    records = read(DATA, "Asia/Karachi").records  # UTC+5 all year
    assert {r.zone for r in records} == {"Asia/Karachi", "Etc/GMT-1"}


def test_a_dst_night_in_the_records_offsets() -> None:
    data = (
        f"{HEADER}\n"
        '"2024-03-31 07:00+0200","2024-03-30 23:10+0100","2024-03-30 23:00+0100",,'
        'NIGHT_SLEEP,NONE,NONE,NONE,NONE,6,""\n'
    ).encode()
    [record] = read(data).records
    assert record.zone == BERLIN  # +0100 is Berlin's offset at bedtime
    night = nights_of(read(data), BERLIN)[D(2024, 3, 31)]
    assert clock(night) == ("23:00", "07:00")
    assert compute(night, BERLIN).time_in_bed_min == 7 * 60


def test_a_file_without_a_diary_section_has_no_records() -> None:
    result = read(b'custom_tag_id,name\nCUSTOM_0001,"x"\n')
    assert result.problems == [] and result.records == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            '"2024-01-15 06:45+0100","2024-01-14 23:20+0100","2024-01-14 23:05+0100",,'
            'NIGHT_SLEEP,NONE,NONE,NONE,NONE,5,"cut sho',
            "sleep_history.csv:2: notes: the notes are not closed",
        ),
        (
            '"2024-01-15 06:45+0100","2024-01-15 23:20+0100","2024-01-14 23:05+0100",,'
            'NIGHT_SLEEP,NONE,NONE,NONE,NONE,5,""',
            "sleep_history.csv:2: wake: bedtime, sleep and wake are not in order",
        ),
        (
            '"2024-02-30 06:45+0100","2024-01-14 23:20+0100","2024-01-14 23:05+0100",,'
            'NIGHT_SLEEP,NONE,NONE,NONE,NONE,5,""',
            "sleep_history.csv:2: wake: 2024-2-30 6:45 is not a time",
        ),
        (
            '"2024-01-15 06:45+0100","2024-01-14 23:20+0100","2024-01-14 23:05+0100",5--9,'
            'NIGHT_SLEEP,NONE,NONE,NONE,NONE,5,""',
            "sleep_history.csv:2: holes: '5--9' is not a hole",
        ),
        (
            '"2024-01-15 06:45+0100","2024-01-14 23:20+0100","2024-01-14 23:05+0100",,'
            'NIGHT_SLEEP,NONE,NONE,NONE,NONE,11,""',
            "sleep_history.csv:2: quality: '11' is outside 0–10",
        ),
    ],
)
def test_a_bad_record_is_skipped_with_its_line_and_night(record: str, expected: str) -> None:
    # it used to refuse the whole file; DESIGN §4.1 skips and reports bad nights while the
    # rest imports (all or nothing is for unreadable files)
    result = read(f"{HEADER}\n{record}\n".encode())
    assert (result.records, result.problems) == ([], [])
    (skipped,) = result.skipped
    assert str(skipped.problem).startswith(expected)
    assert skipped.night == dt.date(2024, 1, 15)  # bedtime 2024-01-14 23:05


def test_a_stray_line_before_the_first_record_refuses_the_file() -> None:
    result = read(f"{HEADER}\ngarbage\n".encode())
    assert result.records == []
    assert str(result.problems[0]).startswith("sleep_history.csv:2: not a Sleepmeter diary record")


def test_not_sleepmeter_at_all() -> None:
    result = read(b"hello\n")
    assert [str(p) for p in result.problems] == [
        "sleep_history.csv:1: not a Sleepmeter export (it starts with a section header)"
    ]
