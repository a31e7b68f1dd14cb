"""Plees Tracker: old and new column sets, epoch milliseconds without a zone (DESIGN §4.1)."""

from __future__ import annotations

import datetime as dt

import pytest
from foreign_helpers import clock, nights_of, sample

from rls_diary.domain.foreign import detect, plees_tracker
from rls_diary.domain.foreign.common import ForeignRead
from rls_diary.domain.metrics import compute

BERLIN = "Europe/Berlin"
NEW = sample("plees-tracker.csv")
OLD = sample("plees-tracker-old.csv")
D = dt.date


def read(data: bytes, zone: str = BERLIN) -> ForeignRead:
    return plees_tracker.read(data, "plees.csv", zone)


def test_recognised_by_its_header() -> None:
    for data in (NEW, OLD):
        found = detect(data)
        assert found is not None and found.name == "plees-tracker"


def test_the_current_column_set() -> None:
    nights = nights_of(read(NEW), BERLIN)
    assert sorted(nights) == [D(2024, 1, 15), D(2024, 1, 16), D(2024, 1, 17)]
    first = nights[D(2024, 1, 15)]
    # 23:00:10 and 06:00:40 round to the nearest minute
    assert clock(first) == ("23:00", "06:01")
    assert (first.sleep_quality, first.notes, first.source) == (4, "slept ok", "Plees Tracker")
    assert first.tracked_sleep_min == 421
    assert first.awakenings is None  # "wakes" defaults to 0 in the app: not imported

    split = nights[D(2024, 1, 16)]  # 22:00–23:30 and 00:45–06:15
    assert clock(split) == ("22:00", "06:15")
    assert (split.awakenings, split.wake_after_sleep_onset_min) == (1, 75)
    assert split.sleep_quality == 3  # the longer record's rating; the other is unrated
    assert split.notes == 'legs "crawly",\nhad to walk'  # a quoted comment over two lines
    assert split.tracked_sleep_min == 90 + 330

    napped = nights[D(2024, 1, 17)]  # the nap of the 16th afternoon
    assert napped.nap_min == 30 and napped.sleep_quality == 5


def test_the_old_column_set() -> None:
    nights = nights_of(read(OLD), BERLIN)
    assert {d: clock(n) for d, n in nights.items()} == {
        D(2024, 1, 21): ("23:30", "07:00"),
        D(2024, 1, 22): ("00:10", "06:50"),
    }
    assert nights[D(2024, 1, 22)].notes is None


def test_records_carry_no_zone_so_the_import_zone_applies() -> None:
    nights = nights_of(read(OLD, "America/New_York"), "America/New_York")
    night = nights[D(2024, 1, 21)]
    assert night.timezone == "America/New_York"
    assert clock(night) == ("17:30", "01:00")
    assert compute(night, "America/New_York").time_in_bed_min == 450


def test_the_pretty_export_is_refused_with_a_reason() -> None:
    data = b"sid,start,stop,length,rating,comment,wakes\n1,Jan 1 23:00,Jan 2 07:00,8:00,3,,0\n"
    result = read(data)
    assert result.records == []
    assert "'pretty' export" in str(result.problems[0])


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'sid,start,stop,rating,comment\n1,1,2,0,"open\n', "plees.csv:2: the line is not"),
        (b"sid,start,stop,mood\n", "plees.csv:1: unknown column(s) 'mood'"),
        (b"", "plees.csv:1: the file is empty"),
        (b"\xff\xfe", "plees.csv: the file is not UTF-8 text"),
    ],
)
def test_a_damaged_file_is_reported_and_nothing_is_read(data: bytes, expected: str) -> None:
    result = read(data)
    assert result.records == []
    assert str(result.problems[0]).startswith(expected)


# Bad values in one record used to refuse the whole file; DESIGN §4.1 skips and reports bad
# nights while the rest imports (all or nothing is for unreadable files).
@pytest.mark.parametrize(
    ("row", "expected", "night"),
    [
        (b"1,1705269610000,abc,3\n", "plees.csv:2: stop: 'abc' is not", D(2024, 1, 15)),
        (b"1,1705269610000,1705269000000,3\n", "plees.csv:2: stop: the", D(2024, 1, 15)),
        (b"1,1705269610000,1705294840000,9\n", "plees.csv:2: rating:", D(2024, 1, 15)),
        (b"1,abc,1705294840000,3\n", "plees.csv:2: start: 'abc' is not", None),
    ],
)
def test_a_bad_record_is_skipped_with_its_line_and_night(
    row: bytes, expected: str, night: dt.date | None
) -> None:
    result = read(b"sid,start,stop,rating\n" + row)
    assert (result.records, result.problems) == ([], [])
    (skipped,) = result.skipped
    assert str(skipped.problem).startswith(expected)
    assert skipped.night == night


def test_one_bad_row_among_good_ones_is_skipped_and_the_rest_read() -> None:
    result = read(OLD + b"3,1705269610000,1705269000000,3\n")
    assert result.problems == []
    assert len(result.records) == len(read(OLD).records) > 0
    assert [str(s.problem) for s in result.skipped] == [
        "plees.csv:4: stop: the sleep stops before it starts"
    ]
