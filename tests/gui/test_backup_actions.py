"""File-menu backups in the window: hourly backup, back up now, restore, purge a deleted night."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage.backup import list_backups
from rls_diary.ui import backup_actions
from rls_diary.ui.diary.text import night_span
from rls_diary.ui.main_window import MainWindow

D = dt.date(2024, 3, 1)


class Chooser:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def open_backup_file(self, parent: object, folder: Path) -> Path | None:
        return self.path

    def save_backup_file(self, parent: object) -> Path | None:
        return self.path


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, "Europe/Berlin", "tests")
    diary.save_night(Night(D, rls_severity=4))
    with shown_window(qtbot, diary) as shown:
        yield shown


def answer(monkeypatch: pytest.MonkeyPatch, button: object) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(title)
        return button

    monkeypatch.setattr(backup_actions.QMessageBox, "question", question)
    return asked


def test_hourly_backup_runs_once_an_hour(window: MainWindow) -> None:
    window.hourly_backup()
    window.hourly_backup()
    assert len(list_backups(window.diary.data_dir)) == 1
    assert "Backed up" in window.statusBar().currentMessage()


def test_back_up_now_adds_a_verified_copy(window: MainWindow) -> None:
    window.back_up_now()
    window.back_up_now()
    assert len(list_backups(window.diary.data_dir)) == 2


def test_restore_replaces_the_diary_after_confirming(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.back_up_now()
    (backup,) = list_backups(window.diary.data_dir)
    window.diary.save_night(Night(D + dt.timedelta(days=1), rls_severity=7))
    window.diary_tab.reload()
    window.file_chooser = Chooser(backup)
    asked = answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Cancel)
    window.restore_backup()
    assert asked == ["Restore this backup?"]
    assert window.diary.night_count() == 2  # cancelled: unchanged
    answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Ok)
    window.restore_backup()
    assert window.diary.night_count() == 1
    assert "Restored 1 nights" in window.statusBar().currentMessage()
    assert window.diary_tab.model.rowCount() == 1  # the list was read again


def test_restore_of_a_bad_file_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    window.file_chooser = Chooser(junk)
    answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Ok)
    warned: list[str] = []
    monkeypatch.setattr(
        backup_actions.QMessageBox, "warning", lambda parent, title, text: warned.append(title)
    )
    window.restore_backup()
    assert warned == ["Restore failed"]
    assert window.diary.night_count() == 1


def test_a_deleted_night_can_be_purged_from_backups(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.back_up_now()
    window.diary_tab.open_date(D)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda *args, **kwargs: backup_actions.QMessageBox.StandardButton.Yes,
        raising=False,
    )
    window.diary_tab.delete_current()
    assert window.diary.night(D) is None
    assert window.last_deleted == D
    answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Ok)
    window.purge_deleted_night()
    assert "from 1 backup(s)" in window.statusBar().currentMessage()
    assert nights_in_the_backup(window) == 0


def nights_in_the_backup(window: MainWindow) -> int:
    (backup,) = list_backups(window.diary.data_dir)
    with contextlib.closing(sqlite3.connect(backup)) as copy:
        return int(copy.execute("SELECT count(*) FROM night").fetchone()[0])


def _delete_shown_night(window: MainWindow) -> None:
    window.diary_tab.open_date(D)
    window.diary_tab.delete_current()
    assert window.diary.night(D) is None


def test_deleting_offers_to_remove_the_night_from_backups_too(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.back_up_now()
    _delete_shown_night(window)
    bar = window.diary_tab.deleted_bar
    assert bar.isVisible()
    assert bar.label.text() == f"Deleted the night of {night_span(D)}."
    asked = answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(bar.purge_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove from backups?"]
    assert "from 1 backup(s)" in window.statusBar().currentMessage()
    assert nights_in_the_backup(window) == 0
    assert not bar.isVisible()


def test_cancelling_the_purge_keeps_the_backups_and_the_offer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.back_up_now()
    _delete_shown_night(window)
    bar = window.diary_tab.deleted_bar
    answer(monkeypatch, backup_actions.QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(bar.purge_button, Qt.MouseButton.LeftButton)
    assert nights_in_the_backup(window) == 1
    assert bar.isVisible()


def test_the_bar_undoes_the_delete_and_goes_away(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delete_shown_night(window)
    bar = window.diary_tab.deleted_bar
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    restored = window.diary.night(D)
    assert restored is not None and restored.rls_severity == 4
    assert not bar.isVisible()


def test_the_bar_does_not_undo_a_later_change(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _delete_shown_night(window)
    bar = window.diary_tab.deleted_bar
    other = D + dt.timedelta(days=3)
    window.diary_tab.open_date(other)
    window.diary_tab.form.rows["rls_severity"].input.set_value(2)
    assert window.diary_tab.save()
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert window.diary.night(D) is None  # the later save was not undone either
    assert window.diary.night(other) is not None
    assert "Edit ▸ Undo" in window.statusBar().currentMessage()
