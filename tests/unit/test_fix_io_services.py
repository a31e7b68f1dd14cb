"""Services after the I/O audit: a foreign night with an unusable record is skipped whole and
named; a reversed export range is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_file
from rls_diary.services.foreign_import import plan_foreign

HEADER = b"sid,start,stop,rating\n"
NIGHT_1 = b"1,1705273200000,1705302000000,4\n"  # 2024-01-14 23:00 → 2024-01-15 07:00 UTC
NIGHT_2 = b"2,1705359600000,1705388400000,3\n"  # 2024-01-15 23:00 → 2024-01-16 07:00 UTC
BAD_NAP = b"3,1705316400000,1705320000000,9\n"  # 2024-01-15 11:00 → 12:00, rating 9


def test_a_night_with_an_unusable_record_is_skipped_whole_and_the_rest_planned() -> None:
    with Diary.in_memory("UTC") as diary:
        plan = plan_foreign(
            diary, "plees-tracker", HEADER + NIGHT_1 + NIGHT_2 + BAD_NAP, "p.csv", "UTC"
        )
    assert plan.problems == []
    assert [night.date for night in plan.added] == [dt.date(2024, 1, 16)]
    assert plan.skipped == [(dt.date(2024, 1, 15), "p.csv:4: rating: '9' is outside 0–5")]


def test_a_reversed_export_range_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with Diary.in_memory("UTC") as diary, pytest.raises(ValueError, match="ends before it starts"):
        export_file(diary, target, dt.date(2026, 10, 1), dt.date(2026, 9, 1))
    assert not target.exists()
