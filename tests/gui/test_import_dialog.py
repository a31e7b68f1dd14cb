"""File ▸ Import: a preview checked in a worker; nothing is written before Import is pressed."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import StorageError
from rls_diary.ui.dialogs import import_dialog
from rls_diary.ui.dialogs.import_dialog import ImportDialog
from rls_diary.ui.main_window import MainWindow

ZONE = "Europe/Berlin"
FOREIGN = Path(__file__).resolve().parent.parent / "data" / "foreign"


class FakeChooser:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def open_import_file(self, parent: object) -> Path | None:
        return self.path

    def save_export_file(self, parent: object, kind: str) -> Path | None:
        return self.path


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    shown = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.shutdown()


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("date,sleep_quality,rls_severity\n" + "".join(f"{r}\n" for r in rows))
    return path


def open_preview(qtbot, window: MainWindow, path: Path) -> ImportDialog:
    window.file_chooser = FakeChooser(path)
    dialog = window.import_file()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None or not dialog.busy.isVisible())
    return dialog


def backups(data_dir: Path) -> list[str]:
    folder = data_dir / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def problems(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_errors_are_listed_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "bad.csv", "2024-03-01,3,2", "2024-03-02,9,2", "2024-03-03,3,11")
    before = backups(data_dir)
    dialog = open_preview(qtbot, window, path)
    listed = problems(dialog)
    assert len(listed) == 2
    assert listed[0].startswith(f"{path}:3: sleep_quality: ")
    assert listed[1].startswith(f"{path}:4: rls_severity: ")
    assert not dialog.import_button.isEnabled()
    assert "2 problems found" in dialog.status.text()
    dialog.reject()
    assert window.diary.night_count() == 0
    assert backups(data_dir) == before


def test_good_import_adds_the_nights_only_after_import_is_pressed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reloaded: list[bool] = []
    monkeypatch.setattr(window.diary_tab, "reload", lambda: reloaded.append(True))
    threads: list[str] = []
    show_plan = ImportDialog._show_plan

    def record_thread(self: ImportDialog, *args: object) -> None:
        threads.append(threading.current_thread().name)
        show_plan(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ImportDialog, "_show_plan", record_thread)
    path = write_csv(tmp_path / "good.csv", "2024-03-01,3,2", "2024-03-02,4,")
    dialog = open_preview(qtbot, window, path)
    assert dialog.format_label.text() == "RLS Diary CSV"  # the format's name, as shown
    assert dialog.filled_label.text() == "0"
    assert dialog.affected_label.text() == "2024-03-01, 2024-03-02"
    assert dialog.replace_box.isEnabled()  # our own format: its nights can replace
    assert not dialog.skipped.isVisibleTo(dialog)
    assert dialog.added_label.text() == "2"
    assert problems(dialog) == []
    assert dialog.import_button.isEnabled()
    assert window.diary.night_count() == 0  # the preview wrote nothing
    assert threads == [threading.main_thread().name]  # the result arrived on the GUI thread

    dialog.import_button.click()
    assert [n.date for n in window.diary.nights()] == [dt.date(2024, 3, 1), dt.date(2024, 3, 2)]
    assert window.diary.night(dt.date(2024, 3, 2)).rls_severity is None  # blank stays blank
    assert not dialog.isVisible()
    assert reloaded == [True]
    assert "Imported" in window.statusBar().currentMessage()


def test_conflict_needs_replace(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.diary.save_night(Night(date=dt.date(2024, 3, 1), sleep_quality=2))
    path = write_csv(tmp_path / "newer.csv", "2024-03-01,4,1")
    dialog = open_preview(qtbot, window, path)
    assert "2024-03-01" in dialog.conflicts_label.text()
    assert not dialog.import_button.isEnabled()

    dialog.replace_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.replaced_label.text() == "1"
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert window.diary.night(dt.date(2024, 3, 1)).sleep_quality == 4  # type: ignore[union-attr]


def test_identical_file_has_nothing_to_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.diary.save_night(Night(date=dt.date(2024, 3, 1), sleep_quality=2, rls_severity=1))
    dialog = open_preview(qtbot, window, write_csv(tmp_path / "same.csv", "2024-03-01,2,1"))
    assert dialog.unchanged_label.text() == "1"
    assert not dialog.import_button.isEnabled()


def test_unknown_file_is_a_listed_problem(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello\n")
    dialog = open_preview(qtbot, window, path)
    assert "not a format RLS Diary knows" in problems(dialog)[0]
    assert not dialog.import_button.isEnabled()


def test_a_failing_check_is_reported_not_raised(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise StorageError("the diary file is busy")

    monkeypatch.setattr(import_dialog, "plan_import", explode)
    window.file_chooser = FakeChooser(write_csv(tmp_path / "x.csv"))
    dialog = window.import_file()
    assert dialog is not None
    with qtbot.waitSignal(dialog.planFailed) as failed:
        pass
    assert failed.args == ["the diary file is busy"]
    assert "could not be checked" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_failed_write_is_shown_and_the_dialog_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))

    def refuse(*args: object) -> None:
        raise StorageError("the disk is full")

    monkeypatch.setattr(import_dialog, "apply_import", refuse)
    dialog = open_preview(qtbot, window, write_csv(tmp_path / "ok.csv", "2024-03-01,3,2"))
    dialog.import_button.click()
    assert shown == ["Nothing was imported.\n\nthe disk is full"]
    assert dialog.isVisible()


def test_cancelled_file_choice_opens_nothing(window: MainWindow) -> None:
    window.file_chooser = FakeChooser(None)
    assert window.import_file() is None


def test_unsaved_changes_are_asked_about_when_the_import_is_confirmed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[bool] = []

    def confirm_discard() -> bool:  # the form's Save / Discard / Cancel question
        return answers.pop(0)

    monkeypatch.setattr(window.diary_tab, "confirm_discard", confirm_discard)
    path = write_csv(tmp_path / "x.csv", "2024-03-01,3,2")
    cancelled = open_preview(qtbot, window, path)
    cancelled.reject()  # a preview closed unused never asked: the edits are still there
    dialog = open_preview(qtbot, window, path)
    answers[:] = [False, True]
    dialog.import_button.click()  # "Cancel": nothing written, the preview stays
    assert window.diary.night_count() == 0
    assert dialog.isVisible()
    dialog.import_button.click()  # "Save" or "Discard": the import goes ahead
    assert window.diary.night_count() == 1
    assert answers == []


def test_a_closed_preview_ignores_its_late_result(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    real = import_dialog.plan_in_worker

    def slow(*args: object) -> object:
        gate.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_dialog, "plan_in_worker", slow)
    window.file_chooser = FakeChooser(write_csv(tmp_path / "x.csv", "2024-03-01,3,2"))
    first = window.import_file()
    assert first is not None
    first.reject()
    with qtbot.waitSignal(first.destroyed):
        second = window.import_file()  # replaces (and deletes) the first preview
    assert second is not None
    gate.set()
    qtbot.waitUntil(lambda: second.plan is not None)
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the first check's answer finds no receiver: no error
    assert second.added_label.text() == "1"


# --- other apps' exports (DESIGN §4.1) ---------------------------------------------------------


def test_sleep_as_android_preview_counts_fills_and_skips_before_writing(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    # a night with only a severity: the file fills in its sleep and keeps the severity
    window.diary.save_night(Night(date=dt.date(2024, 2, 11), rls_severity=3))
    # 600 minutes to fall asleep cannot fit the 465-minute sleep of the file: skipped
    window.diary.save_night(Night(date=dt.date(2024, 1, 16), sleep_latency_min=600))
    before = backups(data_dir)
    dialog = open_preview(qtbot, window, FOREIGN / "sleep-export.csv")
    assert dialog.format_label.text() == "Sleep as Android"
    assert dialog.added_label.text() == "3"
    assert dialog.filled_label.text() == "1"
    assert dialog.unchanged_label.text() == "0"
    assert dialog.skipped_label.text() == "1"
    assert dialog.replaced_label.text().startswith("0")
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert len(skipped) == 1
    assert skipped[0].startswith("2024-01-16: filling it would make the night invalid: ")
    assert "465 minutes" in skipped[0]
    assert dialog.skipped.isVisibleTo(dialog)
    assert dialog.affected_label.text() == "2024-01-15, 2024-01-20, 2024-02-11, 2024-03-31"
    # another app's data only fills blanks: nothing to replace
    assert not dialog.replace_box.isEnabled()
    assert "never replaces" in dialog.replace_box.toolTip()
    assert problems(dialog) == []
    assert "fills in only what is blank" in dialog.status.text()
    assert dialog.import_button.isEnabled()
    assert backups(data_dir) == before  # the preview wrote nothing
    assert window.diary.night(dt.date(2024, 1, 15)) is None

    dialog.import_button.click()
    filled = window.diary.night(dt.date(2024, 2, 11))
    assert filled is not None
    assert filled.rls_severity == 3  # the user's value stays
    # 22:45 in New York, written in the night's stored zone (Europe/Berlin)
    assert (filled.source, filled.bedtime) == ("Sleep as Android", dt.time(4, 45))
    kept = window.diary.night(dt.date(2024, 1, 16))
    assert kept is not None and kept.bedtime is None and kept.sleep_latency_min == 600
    assert window.diary.night(dt.date(2024, 3, 31)) is not None
    assert "Sleep as Android" in window.statusBar().currentMessage()


def test_reimporting_the_same_export_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_preview(qtbot, window, FOREIGN / "sleep-export.csv")
    dialog.import_button.click()
    again = open_preview(qtbot, window, FOREIGN / "sleep-export.csv")
    assert again.added_label.text() == "0"
    assert again.filled_label.text() == "0"
    assert again.unchanged_label.text() == "5"
    assert again.affected_label.text() == "none"
    assert "already in your diary" in again.status.text()
    assert not again.import_button.isEnabled()


def test_many_affected_nights_are_capped_with_a_count(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [f"2024-03-{day:02d},3,2" for day in range(1, 15)]
    dialog = open_preview(qtbot, window, write_csv(tmp_path / "many.csv", *rows))
    shown = ", ".join(f"2024-03-{day:02d}" for day in range(1, 11))
    assert dialog.affected_label.text() == f"{shown} and 4 more"


def test_a_record_on_no_night_is_listed_as_skipped_without_a_date(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "plees.csv"
    source.write_text("sid,start,stop,rating\n1,1700000000000,1700025000000,4\n2,abc,1,3\n")
    dialog = open_preview(qtbot, window, source)
    assert dialog.import_button.isEnabled()  # the good record still imports
    assert dialog.skipped_label.text() == "1"
    assert [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())] == [
        f"{source}:3: start: 'abc' is not a whole number"
    ]
