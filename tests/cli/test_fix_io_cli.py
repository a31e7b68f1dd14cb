"""The command line after the I/O audit: repeated JSON keys and unknown settings refused,
newer backups listed as such, one quarantine copy per content, reversed ranges, foreign
records skipped with their line."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_support import digest, run

from rls_diary.storage.connection import QUARANTINE_DIR, db_path
from rls_diary.storage.files import BACKUP_DIR


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--nights", "30", "--seed", "3")
    assert code == 0, out
    return folder


# --- 1, 2: JSON ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"nights": [{"date": "2024-01-01", "rls_severity": 3, "rls_severity": 4}]',
            ": nights[0]: 'rls_severity' appears twice",
        ),
        ('"settings": {"xxxxxxxxxx": "y"}', ": settings: unknown key 'xxxxxxxxxx'"),
    ],
)
def test_json_import_refuses_repeated_keys_and_unknown_settings(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, expected: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text('{"format": "rls-diary", "version": 1, ' + body + "}")
    before = digest(db_path(demo_dir))
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "import", str(source))
    assert code == 1, out
    assert f"{source}{expected}" in err and "nothing was imported" in err
    assert digest(db_path(demo_dir)) == before


# --- 3: a backup from a newer app ----------------------------------------------------------


def test_a_backup_of_a_newer_schema_is_listed_and_checked_as_not_restorable(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "backup")
    assert code == 0, err
    (made,) = (demo_dir / BACKUP_DIR).glob("diary-*.sqlite3")
    newer = made.with_name("diary-20240101-000000-000000-manual.sqlite3")
    shutil.copy(made, newer)
    with contextlib.closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version=99")
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "backups")
    assert code == 0
    (listed,) = [line for line in out.splitlines() if newer.name in line]
    assert "nights" not in listed.split("CANNOT")[0]
    assert "CANNOT BE RESTORED (it comes from a newer version of RLS Diary" in listed
    assert "cannot be restored by this one" in listed
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 1
    assert f"PROBLEM: {newer}: comes from a newer version of RLS Diary (schema 99" in err
    assert f"ok: {made}: integrity ok" in out
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "restore", newer.name)
    assert code == 1 and "newer RLS Diary" in err


# --- 4: quarantine -------------------------------------------------------------------------


def quarantined(folder: Path) -> list[Path]:
    return sorted((folder / QUARANTINE_DIR).glob("diary-*.sqlite3"))


def test_refused_writes_on_a_damaged_diary_keep_one_copy_per_content(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = db_path(demo_dir)
    raw = bytearray(path.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(raw))
    damaged = digest(path)
    source = tmp_path / "f.csv"
    source.write_text("date,rls_severity\n2024-01-01,3\n")
    for _ in range(3):
        code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(source))
        assert code == 1 and "damaged" in err
    (copy,) = quarantined(demo_dir)
    assert digest(copy) == damaged
    assert f"a copy is in {copy}" in err  # the copy already there is named
    assert digest(path) == damaged  # the damaged original is never touched
    raw[middle : middle + 4096] = b"\x5a" * 4096  # damaged differently: another copy
    path.write_bytes(bytes(raw))
    code, _, _ = run(capsys, "--data-dir", str(demo_dir), "import", str(source))
    assert code == 1
    assert sorted(map(digest, quarantined(demo_dir))) == sorted([damaged, digest(path)])


# --- 5: reversed ranges ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("export", "OUT/out.csv"),
        ("export", "OUT/out.json"),
        ("stats", "--json"),
        ("report", "--out", "OUT/out.pdf"),
    ],
)
def test_a_reversed_range_is_a_usage_error_naming_both_dates(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [part.replace("OUT", str(out_dir)) for part in command]
    code, out, err = run(
        capsys,
        *("--data-dir", str(demo_dir), *args),
        *("--from", "2026-10-01", "--to", "2026-09-01"),
    )
    assert code == 2
    assert "--from 2026-10-01 is after --to 2026-09-01" in err
    assert out == "" and list(out_dir.iterdir()) == []


def test_a_range_of_one_day_is_fine(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "one.csv"
    args = ("--from", "2026-09-01", "--to", "2026-09-01")
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", str(target), *args)
    assert code == 0, err


# --- 6: foreign records ----------------------------------------------------------------------


def test_a_plees_record_that_stops_before_it_starts_is_skipped_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    source = tmp_path / "plees.csv"
    source.write_text(
        "sid,start,stop,rating\n"
        "1,1700000000000,1700025000000,4\n"  # 2023-11-14 22:13 → 05:10 UTC
        "2,1700100000000,1700000000000,3\n"  # starts 2023-11-16 02:13 UTC, stops before
    )
    code, out, err = run(
        capsys, "--data-dir", str(folder), "import", str(source), "--timezone", "UTC"
    )
    assert code == 0, err
    assert "1 new, 0 filled, 0 unchanged nights, 1 skipped" in out
    assert f"  skipped 2023-11-16: {source}:3: stop: the sleep stops before it starts" in out
    code, out, _ = run(capsys, "--data-dir", str(folder), "export", str(tmp_path / "x.csv"))
    assert code == 0 and "exported 1 nights" in out


def test_a_foreign_record_without_a_readable_start_is_skipped_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it belongs to no night: reported with its line, and the other records import
    folder = tmp_path / "d"
    source = tmp_path / "plees.csv"
    source.write_text("sid,start,stop,rating\n1,1700000000000,1700025000000,4\n2,abc,1,3\n")
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(source))
    assert code == 0, err
    assert "1 new, 0 filled, 0 unchanged nights, 1 skipped" in out
    assert f"  skipped {source}:3: start: 'abc' is not a whole number" in out
    code, out, err = run(capsys, "--data-dir", str(folder), "import", str(source))
    assert code == 0 and "0 new, 0 filled, 1 unchanged nights, 1 skipped" in out
