"""Fitbit: Google Takeout sleep JSON, classic and stages logs (DESIGN §4.1)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from foreign_helpers import clock, nights_of, sample

from rls_diary.domain.foreign import detect, fitbit
from rls_diary.domain.foreign.common import ForeignRead
from rls_diary.domain.metrics import compute

BERLIN = "Europe/Berlin"
DATA = sample("sleep-2024-03-24.json")
D = dt.date


def read(data: bytes, zone: str = BERLIN) -> ForeignRead:
    return fitbit.read(data, "sleep-2024-03-24.json", zone)


def log(start: str, end: str, asleep: int, **extra: object) -> dict[str, object]:
    return {"logId": 1, "startTime": start, "endTime": end, "minutesAsleep": asleep, **extra}


def test_recognised_by_content() -> None:
    found = detect(DATA)
    assert found is not None and found.name == "fitbit"
    assert fitbit.looks_like(json.dumps({"sleep": [log("x", "y", 1)]}).encode())
    assert not fitbit.looks_like(b'{"format": "rls-diary", "version": 1, "nights": []}')


def test_classic_and_stages_logs_give_the_nights_one_would_read_off_the_app() -> None:
    nights = nights_of(read(DATA), BERLIN)
    assert sorted(nights) == [D(2024, 3, 24), D(2024, 3, 29), D(2024, 3, 30), D(2024, 3, 31)]

    late = nights[D(2024, 3, 24)]  # a late sleeper: ends after noon
    assert clock(late) == ("04:30", "13:15")
    assert (late.tracked_sleep_min, late.source) == (490, "Fitbit")

    split = nights[D(2024, 3, 29)]  # 22:30–00:10 and 01:00–06:45 merged across midnight
    assert clock(split) == ("22:30", "06:45")
    assert (split.awakenings, split.wake_after_sleep_onset_min) == (1, 50)
    assert split.tracked_sleep_min == 90 + 320

    napped = nights[D(2024, 3, 30)]  # the afternoon nap of the 29th belongs to this entry
    assert clock(napped) == ("23:30", "07:10")
    assert napped.nap_min == 40

    dst = nights[D(2024, 3, 31)]  # clocks go forward in Berlin
    assert clock(dst) == ("23:00", "07:00")
    assert compute(dst, BERLIN).time_in_bed_min == 7 * 60
    for night in nights.values():  # nothing Fitbit does not record is invented
        assert night.sleep_latency_min is None and night.sleep_quality is None
        assert night.notes is None


def test_the_api_shape_is_read_too() -> None:
    data = json.dumps({"sleep": [log("2024-03-09T23:00:00.000", "2024-03-10T06:30:00.000", 400)]})
    [record] = read(data.encode()).records
    assert record.sleep_min == 400


def test_the_length_decides_an_ambiguous_time_when_clocks_go_back() -> None:
    # 02:30 happens twice in Berlin on 27 Oct 2024 (CEST, then CET)
    def start_of(duration_h: float) -> dt.datetime:
        data = json.dumps(
            [
                log(
                    "2024-10-27T02:30:00.000",
                    "2024-10-27T07:00:00.000",
                    200,
                    duration=int(duration_h * 3_600_000),
                )
            ]
        )
        return read(data.encode()).records[0].start

    assert start_of(5.5) == dt.datetime(2024, 10, 27, 0, 30, tzinfo=dt.UTC)
    assert start_of(4.5) == dt.datetime(2024, 10, 27, 1, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"logId": 1, "startTime": "2024-03-', "sleep-2024-03-24.json:1: not valid JSON"),
        ('{"nights": []}', "sleep-2024-03-24.json: not a Fitbit sleep file"),
        ("[" * 100_000, "sleep-2024-03-24.json: not readable JSON"),
    ],
)
def test_a_damaged_file_is_reported_and_nothing_is_read(text: str, expected: str) -> None:
    result = read(text.encode())
    assert result.records == []
    assert str(result.problems[0]).startswith(expected)


# Bad values in one log used to refuse the whole file; DESIGN §4.1 skips and reports bad
# nights while the rest imports (all or nothing is for unreadable files).
@pytest.mark.parametrize(
    ("bad", "expected", "night"),
    [
        (5, "sleep-2024-03-24.json: [1]: is not a sleep log", None),
        (
            log("2024-03-09T23:00:00.000", "2024-03-10 06:30", 400),
            "sleep-2024-03-24.json: [1].endTime: '2024-03-10 06:30' is not a local time",
            dt.date(2024, 3, 10),
        ),
        (
            log("2024-03-09T23:00:00.000", "2024-03-09T22:00:00.000", 0),
            "sleep-2024-03-24.json: [1].endTime: the sleep ends before it starts",
            dt.date(2024, 3, 10),
        ),
        (
            log("2024-03-09T23:00:00.000", "2024-03-10T06:00:00.000", -3),
            "sleep-2024-03-24.json: [1].minutesAsleep: -3 is not a whole number",
            dt.date(2024, 3, 10),
        ),
    ],
)
def test_a_bad_log_is_skipped_with_its_path_and_night(
    bad: object, expected: str, night: dt.date | None
) -> None:
    good = log("2024-03-11T23:00:00.000", "2024-03-12T06:00:00.000", 400)
    result = read(json.dumps([good, bad]).encode())
    assert result.problems == []
    assert len(result.records) == 1
    (skipped,) = result.skipped
    assert str(skipped.problem).startswith(expected)
    assert skipped.night == night
