"""Sleep as Android: sleep-export.csv and the backup zip holding it (DESIGN §4.1)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from dataclasses import replace

import pytest
from foreign_helpers import clock, nights_of, sample

from rls_diary.domain.foreign import detect, sleep_as_android
from rls_diary.domain.foreign.common import ForeignRead
from rls_diary.domain.metrics import compute

BERLIN = "Europe/Berlin"
CSV = sample("sleep-export.csv")
D = dt.date


def backup_zip(csv: bytes = CSV, member: str = "sleep-export.csv") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("alarms.json", "[]")
        archive.writestr("prefs.xml", "<?xml version='1.0' encoding='utf-8' ?>\n<map></map>\n")
        archive.writestr(member, csv)
    return buffer.getvalue()


def read(data: bytes, zone: str = BERLIN) -> ForeignRead:
    return sleep_as_android.read(data, "sleep-export.csv", zone)


def test_recognised_by_content_alone() -> None:
    assert sleep_as_android.looks_like(CSV)
    assert sleep_as_android.looks_like(backup_zip())
    assert not sleep_as_android.looks_like(backup_zip(member="other.csv"))
    assert not sleep_as_android.looks_like(b"date,bedtime\n2024-01-01,23:00\n")
    detected = detect(backup_zip())
    assert detected is not None and detected.name == "sleep-as-android"


def test_every_record_is_read_whatever_its_header_and_noise_lines() -> None:
    result = read(CSV)
    assert result.problems == []
    # eight records, each under its own header; one has a third (noise) line, headers and
    # rows differ in length, events hold E notation — none of that is read
    assert len(result.records) == 8
    first = result.records[0]
    assert first.zone == "America/New_York" and first.source == "Sleep as Android"


def test_start_is_id_and_end_is_id_plus_hours_to_the_nearest_minute() -> None:
    by_start = {r.start: r for r in read(CSV).records}
    split = by_start[dt.datetime(2024, 1, 15, 0, 40, tzinfo=dt.UTC)]  # Id ends in .200 s
    # 4.833 h = 4 h 59.98 min: the end rounds to the next minute
    assert split.end == dt.datetime(2024, 1, 15, 5, 30, tzinfo=dt.UTC)
    assert split.sleep_min == 290  # Hours × 60 + LenAdjust (0)
    assert split.rating == 2.25


def test_the_nights_one_would_read_off_the_app() -> None:
    nights = nights_of(read(CSV), BERLIN)
    assert sorted(nights) == [
        D(2024, 1, 15),
        D(2024, 1, 16),
        D(2024, 1, 20),
        D(2024, 2, 11),
        D(2024, 3, 31),
    ]
    split = nights[D(2024, 1, 15)]  # 22:30–01:00 and 01:40–06:30 merged across midnight
    assert clock(split) == ("22:30", "06:30")
    assert (split.awakenings, split.wake_after_sleep_onset_min) == (1, 40)
    assert (split.tracked_sleep_min, split.sleep_quality) == (140 + 290, 2)
    assert split.notes == "legs jumpy #stress"  # the other comment is just " \n "
    assert split.nap_min is None and split.sleep_latency_min is None

    after = nights[D(2024, 1, 16)]
    assert clock(after) == ("23:15", "07:00")
    assert after.nap_min == 30 + 45  # the late-morning and the afternoon nap of 15 Jan
    assert after.sleep_quality == 3  # 2.5 stars, rounded half up
    assert after.tracked_sleep_min == 7 * 60 + 45 - 20
    assert after.notes == "nap after lunch / woke up twice\nmoved legs #snore_2x"
    assert after.awakenings is None  # one record: the app's awakenings are not invented

    late = nights[D(2024, 1, 20)]  # a late sleeper: the main sleep ends after noon
    assert clock(late) == ("03:10", "13:25")
    assert (late.sleep_quality, late.tracked_sleep_min) == (1, 615 - 30)  # 0.25 stars → 1

    travel = nights[D(2024, 2, 11)]  # the record's own zone
    assert travel.timezone == "America/New_York"
    assert clock(travel) == ("22:45", "06:45")

    dst = nights[D(2024, 3, 31)]  # clocks go forward that night in Berlin
    assert clock(dst) == ("23:00", "07:00")
    assert compute(dst, BERLIN).time_in_bed_min == 7 * 60
    assert dst.tracked_sleep_min == 420 and dst.sleep_quality == 5


def test_the_backup_zip_gives_the_same_records() -> None:
    zipped = sleep_as_android.read(backup_zip(), "backup.zip", BERLIN)
    assert zipped.records[0].where == "backup.zip[sleep-export.csv]:2"
    assert [replace(r, where="") for r in zipped.records] == [
        replace(r, where="") for r in read(CSV).records
    ]


def test_unrated_and_manual_records() -> None:
    text = (
        "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,"
        'LenAdjust,Geo\n"1606420800000","Europe/London","26. 11. 2020 20:00",'
        '"27. 11. 2020 7:00","27. 11. 2020 7:00","11.000","0.0","Manually added",'
        '"10007","-1","-1.0","-1","-1.0","-1.0",""\n'
    )
    [record] = read(text.encode()).records
    assert record.rating is None  # 0 = unrated
    assert record.sleep_min == 660  # LenAdjust -1.0 marks a manual record, not a minute
    assert record.zone == "Europe/London"


def test_an_unknown_zone_name_falls_back_to_the_import_zone() -> None:
    text = CSV.decode().replace("America/New_York", "Mars/Olympus_Mons")
    assert read(text.encode(), "Asia/Tokyo").records[0].zone == "Asia/Tokyo"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t + '"17000",",\n', "sleep-export.csv:18: the line is not valid CSV"),
        (lambda t: t.split("\n", 1)[1], "sleep-export.csv:1: a record without a header line"),
    ],
)
def test_a_damaged_file_is_reported_and_nothing_is_read(
    change: Callable[[str], str], expected: str
) -> None:
    result = read(change(CSV.decode()).encode())
    assert result.records == []
    assert result.problems and str(result.problems[0]).startswith(expected)


# Bad values in one record used to refuse the whole file; DESIGN §4.1 skips and reports bad
# nights while the rest imports (all or nothing is for unreadable files).
@pytest.mark.parametrize(
    ("change", "expected", "dated"),
    [
        (lambda t: t.replace('"1707623100000"', '"17x"'), "sleep-export.csv:2: Id: ", False),
        (
            lambda t: t.replace('"8.000"', '"-8"'),
            "sleep-export.csv:2: Hours: '-8' is negative",
            True,
        ),
        (
            lambda t: t.replace('"4.0"', '"6.5"'),
            "sleep-export.csv:2: Rating: '6.5' is outside",
            True,
        ),
        (
            lambda t: t[: t.rindex('"-10"')],
            "sleep-export.csv:17: the record has 14 cells, fewer",
            False,
        ),
    ],
)
def test_a_bad_record_is_skipped_with_its_line_and_the_rest_read(
    change: Callable[[str], str], expected: str, dated: bool
) -> None:
    result = read(change(CSV.decode()).encode())
    assert result.problems == []
    assert len(result.records) == len(read(CSV).records) - 1
    (skipped,) = result.skipped
    assert str(skipped.problem).startswith(expected)
    assert (skipped.night is not None) == dated


def test_a_damaged_zip_is_reported() -> None:
    broken = backup_zip()[:-40]
    result = sleep_as_android.read(broken, "backup.zip", BERLIN)
    assert result.records == []
    assert str(result.problems[0]).startswith("backup.zip: the zip file is damaged")
    empty = sleep_as_android.read(backup_zip(member="x.csv"), "backup.zip", BERLIN)
    assert [str(p) for p in empty.problems] == [
        "backup.zip: the zip file holds no sleep-export.csv"
    ]


def test_a_problem_inside_the_zip_names_the_member() -> None:
    result = sleep_as_android.read(
        backup_zip(CSV.replace(b'"8.000"', b'"x"')), "backup.zip", BERLIN
    )
    assert str(result.skipped[0].problem).startswith("backup.zip[sleep-export.csv]:2: Hours:")
