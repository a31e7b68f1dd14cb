"""``rls-diary experiment start|status|stop|result`` (DESIGN §5, §6.1)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cli_support import run

from rls_diary.domain import experiments as ex
from rls_diary.domain.night import Night
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.storage import records

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2024, 6, 10, 21, 0, tzinfo=BERLIN)  # tonight is the entry of 2024-06-11


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "local_now", lambda diary: NOW)


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    with Diary.open_writer(path, "Europe/Berlin", "tests"):
        pass
    return path


def test_start_status_stop(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(folder)]
    code, out, err = run(
        capsys, *d, "experiment", "start", "--factor", "no caffeine after 12:00",
        "--outcome", "rls_severity", "--seed", "7",
    )  # fmt: skip
    assert code == 0, err
    assert "started experiment 1" in out
    assert "2024-06-11 to 2024-07-28" in out  # default: the next night, 6 pairs of 4
    assert "smallest p this design can reach: 0.031" in out

    status = run_json(capsys, *d, "experiment", "status", "--json")
    schedule = list(ex.make_schedule(7, 6))
    assert status == {
        "id": 1,
        "factor": "no caffeine after 12:00",
        "outcome": "rls_severity",
        "start": "2024-06-11",
        "end": "2024-07-28",
        "block_nights": 4,
        "pairs": 6,
        "washout_nights": 0,
        "schedule": schedule,
        "tonight": schedule[0][0],
    }
    code, out, _ = run(capsys, "experiment", "status", "--data-dir", str(folder))
    assert code == 0 and "Tonight:" in out

    code, _, err = run(
        capsys, *d, "experiment", "start", "--factor", "walk", "--outcome", "sleep_quality"
    )
    assert code == 1
    assert err.count("\n") == 1 and "one experiment runs at a time" in err

    code, out, _ = run(capsys, *d, "experiment", "stop")
    assert code == 0 and "stopped experiment 1" in out and "had not begun" in out
    assert run_json(capsys, *d, "experiment", "status", "--json") is None
    code, _, err = run(capsys, *d, "experiment", "stop")
    assert code == 1 and "no experiment is running" in err


def test_start_options_and_refusals(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(folder)]
    code, _, err = run(capsys, *d, "experiment", "start", "--factor", "x", "--outcome", "mood")
    assert code == 2 and "invalid choice: 'mood'" in err
    code, _, err = run(
        capsys, *d, "experiment", "start", "--factor", "x", "--outcome", "rls_severity",
        "--pairs", "13", "--block-nights", "3", "--washout", "3",
    )  # fmt: skip
    assert code == 1
    assert "pairs must be 2–12" in err and "washout nights must be 0–2" in err
    code, _, err = run(
        capsys, *d, "experiment", "start", "--factor", "x", "--outcome", "rls_severity",
        "--start", "2024-06-10",
    )  # fmt: skip
    assert code == 1 and "already begun or passed" in err
    with Diary.open_reader(folder, "Europe/Berlin") as diary:
        assert service.experiments(diary) == []

    code, _, err = run(
        capsys, *d, "experiment", "start", "--factor", "stockings", "--outcome",
        "total_sleep_min", "--block-nights", "3", "--pairs", "2", "--washout", "1",
        "--start", "2024-07-01", "--seed", "1",
    )  # fmt: skip
    assert code == 0, err
    status = run_json(capsys, *d, "experiment", "status", "--json")
    assert (status["start"], status["end"], status["washout_nights"]) == (
        "2024-07-01",
        "2024-07-12",
        1,
    )
    assert status["tonight"] is None  # it has not begun


def test_start_needs_the_lock_and_status_does_not(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ["--data-dir", str(folder)]
    with Diary.open_writer(folder, "Europe/Berlin", "the window") as window:
        service.start_experiment(window, "walk", "rls_severity", seed=1, now=NOW)
        code, _, err = run(
            capsys, *d, "experiment", "start", "--factor", "x", "--outcome", "rls_severity"
        )
        assert code == 1 and "the window" in err
        assert run_json(capsys, *d, "experiment", "status", "--json")["factor"] == "walk"
        assert run_json(capsys, *d, "experiment", "result", "--json")["pairs_complete"] == 0


def past_experiment(folder: Path) -> tuple[Night, ...]:
    """A finished experiment from May with its nights (written as an import would)."""
    e = ex.new_experiment(
        4, "no evening alcohol", "rls_severity", dt.date(2024, 5, 1),
        block_nights=2, pairs=6, washout_nights=0, seed=11,
    )  # fmt: skip
    nights = []
    for s in ex.slots(e):
        value = 3 if s.condition == "A" else 5
        if s.pair == 5 and s.condition == "A":
            value = 6  # one pair goes the other way
        nights.append(Night(s.date, timezone="Europe/Berlin", rls_severity=value))
    nights[0] = nights[0].replace(experiment_adherence=False, rls_severity=10)
    with Diary.open_writer(folder, "Europe/Berlin", "tests") as diary:
        with diary.transaction() as conn:
            records.EXPERIMENTS.insert(conn, e)
        for night in nights:
            diary.save_night(night)
    return tuple(nights)


def test_result_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    past_experiment(folder)
    d = ["--data-dir", str(folder)]
    result = run_json(capsys, *d, "experiment", "result", "--json")
    assert result["id"] == 4 and result["outcome"] == "rls_severity"
    assert result["pairs_complete"] == 6
    assert (result["nights_a"], result["nights_b"]) == (11, 12)  # one night not followed
    assert result["pair_differences"] == [-2.0] * 5 + [1.0]
    assert result["mean_difference"] == pytest.approx(-1.5)
    assert result["p_value"] == ex.randomisation_p([-2, -2, -2, -2, -2, 1])
    assert result["p_value"] == 4 / 64
    assert result["min_possible_p"] == 2 / 64
    low, high = result["ci95"]
    assert low < -1.5 < high
    assert "1.5 points lower" in result["message"]
    assert run_json(capsys, *d, "experiment", "result", "4", "--json") == result

    code, out, _ = run(capsys, *d, "experiment", "result")
    assert code == 0 and "complete pairs 6 of 6" in out and "p = 0.062" in out
    code, _, err = run(capsys, *d, "experiment", "result", "99", "--json")
    assert code == 1 and "there is no experiment 99" in err


def test_result_without_experiments(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(folder), "experiment", "result", "--json")
    assert code == 1 and "there is no experiment yet" in err
    assert run_json(capsys, "--data-dir", str(folder), "experiment", "status", "--json") is None


def test_experiment_needs_an_action(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(folder), "experiment")
    assert code == 2 and "usage" in err
