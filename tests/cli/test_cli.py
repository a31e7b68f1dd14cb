"""The command line: exit codes 0/1/2, one clear line per problem, nothing written on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import digest, run

from rls_diary import __version__
from rls_diary.services.diary import Diary
from rls_diary.storage.connection import db_path


@pytest.fixture
def demo_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "demo"
    code, out, _ = run(capsys, "--data-dir", str(folder), "demo", "--nights", "90", "--seed", "3")
    assert code == 0, out
    return folder


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"rls-diary {__version__}"


def test_python_dash_m_runs_without_qt_for_commands(tmp_path: Path) -> None:
    script = (
        "import sys, runpy; sys.argv = ['rls_diary', '--data-dir', sys.argv[1], 'check'];"
        "code = 0\n"
        "try:\n runpy.run_module('rls_diary', run_name='__main__')\n"
        "except SystemExit as e:\n code = e.code\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'scipy'))]\n"
        "print('LOADED', bad); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "none")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1  # there is no diary there
    assert "LOADED []" in done.stdout
    assert "Traceback" not in done.stderr


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export")
    assert code == 2
    assert "usage" in err
    code, _, _ = run(capsys, "demo", "--nights", "0")
    assert code == 2


def test_demo_refuses_a_diary_with_nights(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(db_path(demo_dir))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "demo")
    assert code == 1
    assert "already has" in err and "Traceback" not in err
    assert digest(db_path(demo_dir)) == before


def test_demo_export_import_round_trip(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "x.csv"
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "export", str(csv_file))
    assert code == 0
    count = int(out.split()[1])
    assert 80 <= count <= 90  # some days are missing, as in real diaries
    empty = tmp_path / "fresh"
    code, out, err = run(capsys, "import", str(csv_file), "--data-dir", str(empty))
    assert code == 0, err
    assert f"{count} new" in out
    again = tmp_path / "again.csv"
    assert run(capsys, "--data-dir", str(empty), "export", str(again))[0] == 0
    assert again.read_bytes() == csv_file.read_bytes()
    # re-import changes nothing
    before = digest(db_path(empty))
    code, out, _ = run(capsys, "--data-dir", str(empty), "import", str(csv_file))
    assert code == 0
    assert f"{count} unchanged" in out
    assert digest(db_path(empty)) == before


def test_json_round_trip_is_byte_identical_across_zones(
    demo_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "first.json"
    assert run(capsys, "--data-dir", str(demo_dir), "export", str(first))[0] == 0
    monkeypatch.setenv("TZ", "America/New_York")
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", str(other), "import", str(first))[0] == 0
    second = tmp_path / "second.json"
    assert run(capsys, "--data-dir", str(other), "export", str(second))[0] == 0
    assert second.read_bytes() == first.read_bytes()
    document = json.loads(first.read_text())
    assert document["format"] == "rls-diary"
    assert document["medications"], "the demo diary has a medication course"


def bad_csv(tmp_path: Path) -> Path:
    rows = ["date,timezone,rls_severity,sleep_quality"]
    rows += [f"2024-06-{day:02d},Europe/Berlin,3,4" for day in range(1, 6)]
    rows.append("2024-06-06,Europe/Berlin,eleven,4")  # line 7
    rows.append("2024-06-07,Europe/Berlin,2,3")
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_bad_cell_on_line_7_names_line_and_column_and_writes_nothing(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(db_path(demo_dir))
    path = bad_csv(tmp_path)
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(path))
    assert code == 1
    assert f"{path}:7: rls_severity: " in err
    assert "Traceback" not in err
    assert digest(db_path(demo_dir)) == before


def test_dry_run_reports_counts_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("date,rls_severity\n2024-06-01,3\n2024-06-02,0\n", encoding="utf-8")
    folder = tmp_path / "d"
    with Diary.open_writer(folder, "UTC", "setup"):
        pass
    before = digest(db_path(folder))
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(path), "--dry-run")
    assert code == 0
    assert "2 new" in out and "nothing written" in out
    assert digest(db_path(folder)) == before


def test_conflict_needs_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    first = tmp_path / "a.csv"
    first.write_text("date,rls_severity\n2024-06-01,3\n", encoding="utf-8")
    second = tmp_path / "b.csv"
    second.write_text("date,rls_severity\n2024-06-01,5\n", encoding="utf-8")
    assert run(capsys, "--data-dir", str(folder), "import", str(first))[0] == 0
    code, _, err = run(capsys, "--data-dir", str(folder), "import", str(second))
    assert code == 1
    assert "2024-06-01 already has a different entry" in err
    code, out, _ = run(capsys, "--data-dir", str(folder), "import", str(second), "--replace")
    assert code == 0 and "1 replaced" in out
    with Diary.open_reader(folder, "UTC") as diary:
        night = diary.night(__import__("datetime").date(2024, 6, 1))
        assert night is not None and night.rls_severity == 5


def test_timezone_option_sets_the_zone_of_rows_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "z.csv"
    path.write_text("date,bedtime,out_of_bed\n2024-03-31,23:00,07:00\n", encoding="utf-8")
    folder = tmp_path / "d"
    code, _, err = run(
        capsys, "--data-dir", str(folder), "import", str(path), "--timezone", "Europe/Berlin"
    )
    assert code == 0, err
    code, out, _ = run(capsys, "--data-dir", str(folder), "stats", "--json")
    assert json.loads(out)["metrics"]["time_in_bed_min"]["median"] == 420
    code, _, err = run(capsys, "--data-dir", str(folder), "import", str(path), "--timezone", "X/Y")
    assert code == 1 and "unknown time zone" in err


def test_import_of_a_missing_or_unknown_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(tmp_path / "no"))
    assert code == 1 and "no such file" in err
    odd = tmp_path / "odd.txt"
    odd.write_text("hello world\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(odd))
    assert code == 1 and "not a format RLS Diary knows" in err


def test_stats_json_shape(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert {"from", "to", "nights", "metrics", "correlations"} <= set(stats)
    assert stats["nights"] > 60
    severity = stats["metrics"]["rls_severity"]
    assert severity["min"] <= severity["p25"] <= severity["median"] <= severity["p75"]
    assert any(c["x"] == "caffeine_drinks" and c["lag_nights"] == 0 for c in stats["correlations"])


def test_stats_and_export_work_while_a_writer_holds_the_lock(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Diary.open_writer(demo_dir, "UTC", "the window"):
        assert run(capsys, "--data-dir", str(demo_dir), "stats", "--json")[0] == 0
        assert run(capsys, "--data-dir", str(demo_dir), "export", str(tmp_path / "e.json"))[0] == 0
        path = tmp_path / "one.csv"
        path.write_text("date,rls_severity\n2030-01-01,3\n", encoding="utf-8")
        code, _, err = run(capsys, "--data-dir", str(demo_dir), "import", str(path))
        assert code == 1
        assert "the window" in err


def test_export_to_a_missing_folder_or_odd_extension(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", str(tmp_path / "no/x.csv"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "export", str(tmp_path / "x.xlsx"))
    assert code == 1 and ".csv or .json" in err


def test_check_reports_database_and_backups(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 0
    assert "integrity ok" in out
    db_path(demo_dir).write_bytes(b"garbage" * 1000)
    for companion in ("diary.sqlite3-wal", "diary.sqlite3-shm"):
        (demo_dir / companion).unlink(missing_ok=True)
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "check")
    assert code == 1 and "PROBLEM" in err
