"""``rls-diary tips --json``: the JSON shape, ranking by the diary, no diary needed, never
writes, and the same order as the Lifestyle tips tab."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from cli_support import run

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.services.tips import load_tips
from rls_diary.storage import nights as night_store
from rls_diary.storage.connection import db_path

ZONE = "Europe/Berlin"
KEYS = ["id", "title", "text", "source", "topics", "rank"]


def tips_of(capsys: pytest.CaptureFixture[str], folder: Path) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "--data-dir", str(folder), "tips", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert list(report) == ["tips"]
    tips: list[dict[str, Any]] = report["tips"]
    return tips


def exercise_diary(folder: Path) -> Diary:
    """A writer on a diary where exercise clearly lowers severity (nothing else recorded)."""
    diary = Diary.open_writer(folder, ZONE, "tests")
    first = dt.date(2024, 3, 1)
    with diary.transaction() as conn:
        for i in range(40):
            moved = i % 3 == 0
            night = Night(
                date=first + dt.timedelta(days=i),
                timezone=ZONE,
                exercise_min=45 if moved else 0,
                rls_severity=(2 if moved else 6) + i % 2,
            )
            night_store.put(conn, night)
    return diary


def test_the_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    assert run(capsys, "--data-dir", str(folder), "demo", "--nights", "60")[0] == 0
    before = hashlib.sha256(db_path(folder).read_bytes()).hexdigest()
    tips = tips_of(capsys, folder)
    assert len(tips) == len(load_tips())
    for position, tip in enumerate(tips, start=1):
        assert list(tip) == KEYS
        assert tip["rank"] == position
        assert all(isinstance(tip[key], str) and tip[key] for key in KEYS[:4])
        assert re.search(r"\b(19|20)\d\d\b", tip["source"])
        assert tip["topics"] and all(isinstance(t, str) for t in tip["topics"])
    assert len({tip["id"] for tip in tips}) == len(tips)
    assert hashlib.sha256(db_path(folder).read_bytes()).hexdigest() == before  # read-only


def test_works_without_a_diary_in_the_default_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing-here"
    tips = tips_of(capsys, missing)
    assert [tip["id"] for tip in tips] == [tip.id for tip in load_tips()]
    assert not missing.exists()  # nothing created


def test_ranked_by_the_diary_while_the_writer_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "moving"
    with exercise_diary(folder):  # the window would hold the lock; tips only reads
        tips = tips_of(capsys, folder)
    assert tips[0]["id"] == "exercise"


def test_json_flag_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--data-dir", str(tmp_path), "tips")
    assert code == 2


def test_a_damaged_diary_is_reported_not_ranked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "damaged"
    folder.mkdir()
    db_path(folder).write_bytes(b"this is not a database" * 100)
    code, out, err = run(capsys, "--data-dir", str(folder), "tips", "--json")
    assert (code, out) == (1, "")
    assert err.startswith("rls-diary: ") and err.count("\n") == 1


@pytest.mark.gui
def test_same_order_as_the_tab(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    qtbot: Any,
) -> None:
    from rls_diary.ui.tips import TipsTab

    folder = tmp_path / "moving"
    with exercise_diary(folder) as diary:
        tab = TipsTab(diary)
        qtbot.addWidget(tab)
        qtbot.waitUntil(lambda: tab.personal is not None, timeout=20_000)
        tab.shutdown()
        shown = tab.tip_ids()
        tips = tips_of(capsys, folder)
    assert shown == [tip["id"] for tip in tips]
    assert shown[0] == "exercise"
