"""Hostile files on the command line: exit 1, one line naming the file, nothing changed."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from cli_support import digest, run

from rls_diary.storage import backup as backup_module
from rls_diary.storage.connection import db_path


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--nights", "30", "--seed", "3")
    assert code == 0, out
    return folder


def test_import_of_a_year_9999_night_is_refused_and_stats_keep_working(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it used to import, after which stats, insights and tips died with OverflowError
    source = tmp_path / "typo.csv"
    source.write_text("date,bedtime,out_of_bed\n2024-03-31,23:00,07:00\n9999-12-31,23:00,07:00\n")
    before = digest(db_path(demo_dir))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(source))
    assert code == 1
    assert f"{source}:3: date: 9999-12-31 is not a date between" in err
    assert "Traceback" not in err and "nothing was imported" in err
    assert digest(db_path(demo_dir)) == before
    assert run(capsys, "--data-dir", str(demo_dir), "stats", "--json")[0] == 0


def test_import_of_a_stamp_beyond_the_calendar_exits_1_without_traceback(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stamp.json"
    source.write_text(
        '{"format": "rls-diary", "version": 1, "nights": [{"date": "2024-03-31", '
        '"entered_at": "9999-12-31T23:59:59-01:00"}]}'
    )
    before = digest(db_path(demo_dir))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(source))
    assert code == 1
    assert f"{source}: nights[0].entered_at: " in err
    assert digest(db_path(demo_dir)) == before


def test_import_of_a_folder_says_it_is_a_folder(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "nights.csv"
    folder.mkdir()
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(folder))
    assert code == 1
    assert err.strip() == f"rls-diary: {folder} is a folder, not a file; nothing was imported"


def test_export_to_a_folder_says_so(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", str(folder))
    assert code == 1
    assert err.strip() == f"rls-diary: {folder} is a folder; give a file name"
    assert list(tmp_path.glob(".out.csv.*")) == []


def _refuse(name: str) -> Any:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", name)

    return refuse


def test_export_into_a_folder_it_may_not_write_names_the_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    target = tmp_path / "out.csv"
    monkeypatch.setattr(tempfile, "mkstemp", _refuse(str(tmp_path / ".out.csv.abc.tmp")))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", str(target))
    assert code == 1
    assert err.strip() == f"rls-diary: {target}: Permission denied; nothing was exported"
    assert not target.exists()


def test_backup_into_a_folder_it_may_not_write_names_the_file(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    target = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(
        backup_module, "create_private_file", _refuse(str(tmp_path / ".copy.sqlite3.1.tmp"))
    )
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "backup", str(target))
    assert code == 1
    assert err.startswith(f"rls-diary: {target} cannot be written")
    assert ".tmp" not in err
    assert not target.exists()


def test_check_explains_a_diary_from_a_newer_app(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(db_path(demo_dir))) as conn:
        conn.execute("PRAGMA user_version=99")
    before = digest(db_path(demo_dir))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 1
    assert f"PROBLEM: {db_path(demo_dir)}: written by a newer RLS Diary (schema 99" in err
    assert digest(db_path(demo_dir)) == before
