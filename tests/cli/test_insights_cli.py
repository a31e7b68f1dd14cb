"""``rls-diary insights --json``: exit codes, the JSON shape, and that it never writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import digest, run

from rls_diary.storage.connection import db_path

SECTIONS = ["augmentation", "iron", "remission", "treatment_effects", "lifestyle", "safety"]
DATA = Path(__file__).resolve().parent.parent / "data"


def test_insights_of_an_augmentation_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "aug")
    demo = ("demo", "--scenario", "augmentation", "--nights", "120", "--seed", "2")
    assert run(capsys, "--data-dir", folder, *demo)[0] == 0
    before = digest(db_path(Path(folder)))
    code, out, err = run(capsys, "--data-dir", folder, "insights", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert list(report) == SECTIONS
    for findings in report.values():
        for finding in findings:
            assert {"kind", "message", "numbers"} <= set(finding)
            assert ("date" in finding) != ("from" in finding and "to" in finding)
    flag = next(f for f in report["augmentation"] if f["kind"] == "possible_augmentation")
    assert flag["numbers"]["shift_hours"] >= 4
    assert isinstance(flag["numbers"]["baseline_median_onset_min"], float)
    assert digest(db_path(Path(folder))) == before  # read-only


def test_insights_of_an_imported_diary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "imported")
    source = str(DATA / "augmentation_course.json")
    assert run(capsys, "--data-dir", folder, "import", source)[0] == 0
    code, out, _ = run(capsys, "--data-dir", folder, "insights", "--json")
    assert code == 0
    report = json.loads(out)
    flag = next(f for f in report["augmentation"] if f["kind"] == "possible_augmentation")
    assert (flag["from"], flag["to"]) == ("2024-09-17", "2024-09-30")
    assert flag["numbers"]["shift_hours"] == 5.0
    effect = report["treatment_effects"][0]["numbers"]["outcomes"]["rls_severity"]
    assert isinstance(effect["ci95"], list) and len(effect["ci95"]) == 2


def test_no_diary_exits_1_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing-here"
    code, out, err = run(capsys, "--data-dir", str(missing), "insights", "--json")
    assert code == 1
    assert out == ""
    assert err.startswith("rls-diary: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert not missing.exists()


def test_json_flag_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "insights")
    assert code == 2
    assert "--json" in err
