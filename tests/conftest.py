"""Shared fixtures. Tests never touch the real user folders (DESIGN §9)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rls_diary.services.diary import Diary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME, the XDG folders and the data-folder variable at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("RLS_DIARY_DATA_DIR", str(home / "rls-diary-data"))
    monkeypatch.setenv("TZ", "Europe/Berlin")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def diary(data_dir: Path) -> Iterator[Diary]:
    """A writer session on an empty diary in a temporary folder (zone Europe/Berlin)."""
    with Diary.open_writer(data_dir, "Europe/Berlin", "tests") as opened:
        yield opened
