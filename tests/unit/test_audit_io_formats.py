"""Hostile exchange files that used to crash the readers or pass them and break later."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from rls_diary.domain.csv_format import read_csv
from rls_diary.domain.json_format import read_json
from rls_diary.services.diary import Diary
from rls_diary.services.importing import plan_import
from rls_diary.storage.files import write_atomic

ZONE = "Europe/Berlin"
CLOCKS = "bedtime,lights_out,final_wake,out_of_bed,rls_onset,last_caffeine"


def doc_text(**sections: Any) -> str:
    return json.dumps({"format": "rls-diary", "version": 1, **sections})


def json_problems(text: str) -> list[str]:
    return [str(problem) for problem in read_json(text, "x.json", ZONE)[1]]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
def test_csv_dates_at_the_ends_of_the_calendar_are_a_located_problem(day: str) -> None:
    # 0001-01-01 with an evening bedtime and 9999-12-31 with a morning one raised
    # OverflowError; 9999-12-31 with an evening bedtime imported and broke stats/insights
    text = f"date,{CLOCKS}\n2024-03-30,23:00,23:10,07:00,07:10,22:00,15:00\n"
    text += f"{day},23:00,23:10,07:00,07:10,22:00,15:00\n{day[:4]}-12-30,10:00,,,,,\n"
    result = read_csv(text, "f.csv", ZONE)
    assert f"f.csv:3: date: {day} is not a date between 1900-01-01 and 2200-12-31" in [
        str(p) for p in result.problems
    ]
    assert [night.date for _, night in result.nights] == [dt.date(2024, 3, 30)]


def test_csv_dates_at_the_ends_of_the_range_read() -> None:
    text = f"date,{CLOCKS}\n1900-01-01,23:00,23:10,07:00,07:10,22:00,15:00\n"
    text += "2200-12-31,23:00,23:10,07:00,07:10,22:00,15:00\n"
    result = read_csv(text, "f.csv", ZONE)
    assert result.problems == []
    assert [night.date for _, night in result.nights] == [
        dt.date(1900, 1, 1),
        dt.date(2200, 12, 31),
    ]


@pytest.mark.parametrize(
    ("sections", "where"),
    [
        ({"nights": [{"date": "9999-12-31", "bedtime": "23:00"}]}, "nights[0].date"),
        ({"nights": [{"date": "0001-01-01", "bedtime": "23:00"}]}, "nights[0].date"),
        (
            {"medications": [{"name": "x", "class": "levodopa", "start": "9999-12-31"}]},
            "medications[0].start",
        ),
        ({"labs": [{"date": "0001-01-01", "ferritin_ng_ml": 30}]}, "labs[0].date"),
        (
            {"conditions": [{"kind": "travel", "start": "2024-01-01", "end": "9999-12-31"}]},
            "conditions[0].end",
        ),
        ({"questions": [{"text": "q", "created": "9999-12-31"}]}, "questions[0].created"),
        (
            {
                "experiments": [
                    {
                        "id": 1,
                        "factor": "x",
                        "outcome": "rls_severity",
                        "start": "9999-12-01",
                        "block_nights": 14,
                        "pairs": 2,
                        "washout_nights": 0,
                        "seed": 1,
                        "schedule": ["AB", "BA"],
                    }
                ]
            },
            "experiments[0].start",
        ),
    ],
)
def test_json_dates_out_of_range_are_problems_at_their_path(
    sections: dict[str, Any], where: str
) -> None:
    problems = json_problems(doc_text(**sections))
    assert len(problems) == 1
    assert problems[0].startswith(f"x.json: {where}: ")
    assert "is not a date between 1900-01-01 and 2200-12-31" in problems[0]


@pytest.mark.parametrize(
    "stamp", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+01:00", "1850-06-01T00:00:00Z"]
)
def test_json_stamps_beyond_the_calendar_are_problems_not_overflow(stamp: str) -> None:
    problems = json_problems(doc_text(nights=[{"date": "2024-03-31", "entered_at": stamp}]))
    assert problems == [
        f"x.json: nights[0].entered_at: {stamp!r} is not a time between 1900-01-01 and 2200-12-31"
    ]


def test_json_lone_surrogates_are_problems_at_their_paths() -> None:
    # json.loads turns "\ud800" into a lone surrogate, which UTF-8 and SQLite cannot hold:
    # the dry run said "1 new" and the import then failed with a bare UnicodeEncodeError
    text = (
        '{"format": "rls-diary", "version": 1, "nights": ['
        '{"date": "2024-03-30", "notes": "pair \\ud83d\\ude00 is fine"},'
        '{"date": "2024-03-31", "notes": "a\\ud800b"}],'
        '"questions": [{"text": "\\udfff", "created": "2024-03-31"}],'
        '"settings": {"crisis_numbers": "112 \\udc00", "k\\ud800": "x"}}'
    )
    problems = json_problems(text)
    assert [p.split(": ")[1] for p in problems] == [
        "nights[1].notes",
        "questions[0].text",
        "settings",
        "settings.crisis_numbers",
        "settings",  # "k\ud800" is not a setting the app knows either
    ]
    assert all("surrogate" in p for p in problems[:4])
    assert "unknown key 'k\\ud800'" in problems[4]


def test_json_surrogate_pairs_still_read() -> None:
    text = doc_text(nights=[{"date": "2024-03-31", "notes": "\U0001f600 ok"}])
    assert "\\ud83d" in json.dumps(json.loads(text))  # ascii escapes: a pair, not lone
    doc, problems = read_json(json.dumps(json.loads(text)), "x.json", ZONE)
    assert problems == []
    assert doc.nights[0].notes == "\U0001f600 ok"


def test_import_of_a_lone_surrogate_is_refused_at_planning(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        '{"format": "rls-diary", "version": 1, "nights": [{"date": "2024-03-31", '
        '"notes": "a\\ud800b"}]}',
        encoding="utf-8",
    )
    with Diary.in_memory(ZONE) as diary:
        plan = plan_import(diary, path)
    assert not plan.report.ok
    assert str(plan.report.problems[0]).startswith(f"{path}: nights[0].notes: ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b" \r\n\n", "the file is empty"),
        ("date,notes\n2024-03-31,é\n".encode("utf-16"), "the file is UTF-16 text"),
        ("date,notes\n2024-03-31,é\n".encode("utf-16-be"), "not a format"),
        (b"date,notes\n2024-03-30,a\n2024-03-31,caf\xe9\n", ":3: not UTF-8 text (byte 38)"),
        (
            b"\xef\xbb\xbfdate,notes\n2024-03-30,a\n2024-03-31,\xe9\n",
            ":3: not UTF-8 text (byte 38)",
        ),
    ],
)
def test_import_says_what_is_wrong_with_the_encoding(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    with Diary.in_memory(ZONE) as diary:
        plan = plan_import(diary, path)
    assert [expected in str(p) for p in plan.report.problems] == [True]


def test_write_atomic_names_the_target_not_its_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    with pytest.raises(IsADirectoryError) as caught:
        write_atomic(folder, b"x")
    assert caught.value.filename == str(folder)
    with pytest.raises(FileNotFoundError) as missing:
        write_atomic(tmp_path / "gone" / "x.csv", b"x")
    assert missing.value.filename == str(tmp_path / "gone" / "x.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]  # no temporary left
