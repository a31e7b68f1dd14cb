"""``import`` of other apps' exports: detection, ``--format``, fill blanks only, idempotence,
the summary (DESIGN §4.1, §5)."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cli_support import digest, run

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage.connection import db_path

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "foreign"
BERLIN = "Europe/Berlin"


def copy(name: str, tmp_path: Path, as_name: str = "export.dat") -> Path:
    """A sample under a neutral name: detection must not rely on the extension."""
    target = tmp_path / as_name
    shutil.copyfile(SAMPLES / name, target)
    return target


def backup_zip(tmp_path: Path) -> Path:
    target = tmp_path / "backup.bin"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("alarms.json", "[]")
        archive.write(SAMPLES / "sleep-export.csv", "sleep-export.csv")
    return target


@pytest.mark.parametrize(
    ("name", "title", "new"),
    [
        ("sleep-export.csv", "Sleep as Android", 5),
        ("plees-tracker.csv", "Plees Tracker", 3),
        ("plees-tracker-old.csv", "Plees Tracker", 2),
        ("sleep_history.csv", "Sleepmeter", 2),
        ("sleep-2024-03-24.json", "Fitbit", 4),
    ],
)
def test_each_format_is_detected_by_content_and_imported(
    name: str, title: str, new: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(copy(name, tmp_path)))
    assert code == 0, err
    assert f": {title}: {new} new, 0 filled, 0 unchanged nights, 0 skipped" in out
    with Diary.open_reader(folder, BERLIN) as diary:
        nights = diary.nights()
    assert len(nights) == new
    assert all(n.source == title for n in nights if n.tracked_sleep_min is not None)


def test_the_backup_zip_is_read_whatever_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(backup_zip(tmp_path)))
    assert code == 0, err
    assert "Sleep as Android: 5 new" in out


def test_reimporting_the_same_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    path = copy("sleep-export.csv", tmp_path)
    assert run(capsys, "--data-dir", str(folder), "import", str(path))[0] == 0
    before = digest(db_path(folder))
    backups = sorted((folder / "backups").iterdir())
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(path))
    assert code == 0
    assert "Sleep as Android: 0 new, 0 filled, 5 unchanged nights, 0 skipped" in out
    assert digest(db_path(folder)) == before
    assert sorted((folder / "backups").iterdir()) == backups  # not even a backup


def test_the_users_own_values_are_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    with Diary.open_writer(folder, BERLIN, "tests") as diary:
        diary.save_night(  # the user's own entry for the split night
            diary_night(
                dt.date(2024, 1, 15),
                bedtime=dt.time(22, 0),
                sleep_quality=1,
                rls_severity=7,
                notes="legs awful",
            )
        )
        diary.save_night(diary_night(dt.date(2024, 1, 16), rls_severity=2))
        mine = {n.date: n for n in diary.nights()}
    code, out, err = run(
        capsys, "--data-dir", str(folder), "import", str(copy("sleep-export.csv", tmp_path))
    )
    assert code == 0, err
    assert "Sleep as Android: 3 new, 2 filled, 0 unchanged nights, 0 skipped" in out
    with Diary.open_reader(folder, BERLIN) as diary:
        split = diary.night(dt.date(2024, 1, 15))
        after = diary.night(dt.date(2024, 1, 16))
    assert split is not None and after is not None
    # every value the user entered is kept; their own bedtime keeps the device's times out
    for name in ("bedtime", "sleep_quality", "rls_severity", "notes", "timezone"):
        assert split.get(name) == mine[dt.date(2024, 1, 15)].get(name)
    assert (split.lights_out, split.final_wake, split.awakenings) == (None, None, None)
    assert (split.tracked_sleep_min, split.source) == (430, "Sleep as Android")
    assert split.entered_at == mine[dt.date(2024, 1, 15)].entered_at
    # blanks are filled
    assert after.rls_severity == 2
    assert (after.bedtime, after.final_wake, after.nap_min) == (dt.time(23, 15), dt.time(7), 75)
    assert after.sleep_quality == 3


def diary_night(date: dt.date, **values: Any) -> Night:
    return Night(date, timezone=BERLIN, **values)


def test_format_option_overrides_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    empty = tmp_path / "empty.json"
    empty.write_text("[]\n")  # an empty Takeout file: too little to recognise
    code, _, err = run(capsys, "--data-dir", str(folder), "import", str(empty))
    assert code == 1
    assert "tried RLS Diary CSV, RLS Diary JSON, Sleep as Android, Plees Tracker" in err
    code, out, err = run(
        capsys, "--data-dir", str(folder), "import", str(empty), "--format", "fitbit"
    )
    assert code == 0, err
    assert "Fitbit: 0 new, 0 filled, 0 unchanged nights, 0 skipped" in out
    # the wrong format named explicitly: the parser says why, nothing is written
    plees = copy("plees-tracker.csv", tmp_path)
    code, _, err = run(
        capsys, "--data-dir", str(folder), "import", str(plees), "--format", "sleepmeter"
    )
    assert code == 1 and "not a Sleepmeter export" in err


def test_unknown_content_names_the_formats_tried(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.csv"
    path.write_text("when,what\n1,2\n")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(path))
    assert code == 1
    assert (
        "not a format RLS Diary knows (tried RLS Diary CSV, RLS Diary JSON, Sleep as Android, "
        "Plees Tracker, Sleepmeter, Fitbit)"
    ) in err
    code, _, err = run(capsys, "import", str(path), "--format", "sleep-cycle")
    assert code == 2  # not one of the choices


def test_a_damaged_file_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    assert (
        run(
            capsys,
            "--data-dir",
            str(folder),
            "import",
            str(copy("plees-tracker-old.csv", tmp_path)),
        )[0]
        == 0
    )
    before = digest(db_path(folder))
    damaged = tmp_path / "damaged.csv"
    good = (SAMPLES / "plees-tracker.csv").read_bytes()
    damaged.write_bytes(good + b'6,1705443000000,1705470000000,3,"open\r\n')
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(damaged))
    assert code == 1
    assert f"{damaged}:8: the line is not valid CSV" in err and "nothing was imported" in err
    assert "Traceback" not in err and out == ""
    assert digest(db_path(folder)) == before


def test_a_bad_record_skips_its_night_with_its_line_and_the_rest_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it used to refuse the whole file; DESIGN §4.1: bad nights are skipped and reported
    folder = tmp_path / "d"
    bad = tmp_path / "bad.csv"
    good = (SAMPLES / "plees-tracker.csv").read_bytes()
    bad.write_bytes(good + b"6,1705443000000,17054,3,,0\r\n")
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(bad))
    assert code == 0, err
    assert f"  skipped 2024-01-17: {bad}:8: stop: the sleep stops before it starts" in out
    code, again, _ = run(capsys, "--data-dir", str(folder), "import", str(bad))
    assert code == 0 and "0 new, 0 filled" in again  # re-importing changes nothing


def test_nights_that_cannot_be_imported_are_skipped_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plees.csv"
    start = int(dt.datetime(2024, 2, 1, 10, 0, tzinfo=dt.UTC).timestamp() * 1000)
    path.write_bytes(
        (SAMPLES / "plees-tracker-old.csv").read_bytes()
        + f"3,{start},{start + 21 * 3_600_000},3\n".encode()
    )
    folder = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(path))
    assert code == 0, err
    assert (
        "Plees Tracker: 2 new, 0 filled, 0 unchanged nights, 1 skipped "
        "(2024-02-01: a sleep of 21 h 00 min, more than 20 hours)"
    ) in out
    assert "  skipped 2024-02-01: a sleep of 21 h 00 min, more than 20 hours" in out
    with Diary.open_reader(folder, BERLIN) as diary:
        assert [n.date for n in diary.nights()] == [dt.date(2024, 1, 21), dt.date(2024, 1, 22)]


def test_replace_is_refused_for_other_apps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy("sleep_history.csv", tmp_path)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(path), "--replace")
    assert code == 1
    assert "--replace: Sleepmeter data only fills blanks" in err


def test_dry_run_and_timezone_for_records_without_a_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    path = copy("plees-tracker-old.csv", tmp_path)
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(path), "--dry-run")
    assert code == 0
    assert "dry run, nothing written: Plees Tracker: 2 new" in out
    assert not db_path(folder).exists()
    argv = ["--data-dir", str(folder), "import", str(path), "--timezone", "America/New_York"]
    assert run(capsys, *argv)[0] == 0
    with Diary.open_reader(folder, BERLIN) as diary:
        night = diary.night(dt.date(2024, 1, 21))
    assert night is not None and night.timezone == "America/New_York"
    assert (night.bedtime, night.final_wake) == (dt.time(17, 30), dt.time(1, 0))


def test_our_own_formats_are_still_recognised_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ours.txt"
    path.write_text("date,rls_severity\n2024-06-01,3\n", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(path))
    assert code == 0 and "CSV: 1 new" in out
