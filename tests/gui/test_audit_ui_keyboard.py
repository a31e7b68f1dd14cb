"""Audit of the window as a keyboard user and a morning diary-keeper meets it: no input is
lost on the way out, every stored change undoes and redoes, the shortcuts do what the menus
say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.domain.experiments import new_experiment
from rls_diary.domain.night import Night
from rls_diary.services import experiments
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.storage.errors import LockedError
from rls_diary.ui.main_window import MainWindow

ZONE = "Europe/Berlin"
Button = QMessageBox.StandardButton
D = dt.date(2024, 3, 1)
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, ZONE, "tests")
    for offset, severity in ((0, 2), (3, 4), (5, 6)):
        diary.save_night(Night(D + dt.timedelta(days=offset), rls_severity=severity))
    with shown_window(qtbot, diary) as shown:
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)
        yield shown


def questions(monkeypatch: pytest.MonkeyPatch, *replies: Button) -> list[str]:
    """Every QMessageBox.question answered in turn with ``replies``; the titles asked."""
    asked: list[str] = []
    left = list(replies)

    def question(_parent: QWidget, title: str, *_args: object, **_kwargs: object) -> Button:
        asked.append(title)
        return left.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def severity(window: MainWindow, date: dt.date) -> int | None:
    night = window.diary.night(date)
    return None if night is None else night.rls_severity


def test_ctrl_shift_z_redoes_as_well_as_ctrl_y(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.diary_tab
    tab.open_date(D)
    tab.form.rows["rls_severity"].input.set_value(9)
    assert tab.save()
    tab.table.setFocus()
    for redo in ((Qt.Key.Key_Z, Ctrl | Shift), (Qt.Key.Key_Y, Ctrl)):
        qtbot.keyClick(tab.table, Qt.Key.Key_Z, Ctrl)
        assert severity(window, D) == 2
        qtbot.keyClick(tab.table, *redo)
        assert severity(window, D) == 9, redo


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise
def test_quitting_with_a_treatment_form_open_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.show_tab(2)
    treatment = window.treatment.content
    assert treatment is not None
    dialog = treatment.add("questions")  # type: ignore[attr-defined]
    dialog.inputs["text"].set_value("Is my iron all right?")
    window.quit_all()  # the tray's Quit reaches the window past the modal form
    assert window.isVisible() and dialog.isVisible()
    assert not window.is_shut_down
    assert "First finish or cancel" in window.statusBar().currentMessage()
    with pytest.raises(LockedError):  # the diary is still open for the form's Save
        Diary.open_writer(data_dir, ZONE, "second")
    dialog.accept()  # saved
    assert [q.text for q in records.QUESTIONS.load(window.diary.conn)] == ["Is my iron all right?"]
    window.quit_all()
    assert not window.isVisible() and window.is_shut_down


def test_an_onset_from_the_tray_survives_undo_and_redo_of_an_earlier_save(
    window: MainWindow,
) -> None:
    tab, tray = window.diary_tab, window.tray
    assert tray is not None
    now = dt.datetime(2024, 3, 5, 23, 10, tzinfo=ZoneInfo(ZONE))
    tray.clock = lambda: now
    tab.open_date(D + dt.timedelta(days=5))  # the current entry of 5 March, 23:10
    tab.form.rows["rls_severity"].input.set_value(7)
    assert tab.save()
    tray.record_onset_now()
    assert window.undo_stack.count() == 2  # the onset is a step of its own
    window.undo_stack.undo()  # takes back the onset only
    night = window.diary.night(D + dt.timedelta(days=5))
    assert night is not None and (night.rls_onset, night.rls_severity) == (None, 7)
    window.undo_stack.undo()
    window.undo_stack.redo()
    window.undo_stack.redo()
    night = window.diary.night(D + dt.timedelta(days=5))
    assert night is not None and (night.rls_onset, night.rls_severity) == (dt.time(23, 10), 7)


def test_an_experiment_answer_is_undone_and_redone_and_the_panel_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = experiments.local_now(window.diary).date()
    experiment = new_experiment(
        1,
        "no coffee",
        "rls_severity",
        today - dt.timedelta(days=2),
        block_nights=3,
        pairs=2,
        seed=1,
    )
    with window.diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, experiment)
    window.show_tab(2)
    treatment = window.treatment.content
    running = treatment.experiments.running  # type: ignore[attr-defined]
    treatment.show_section("experiments")  # type: ignore[attr-defined]
    answered = running.selected
    assert answered is not None
    running.answer_buttons[1].click()  # "No, not followed"
    stored = window.diary.night(answered)
    assert stored is not None and stored.experiment_adherence is False
    window.undo_stack.undo()
    assert window.diary.night(answered) is None  # the entry held only the answer
    assert running.answer_buttons[2].isChecked()  # blank again, as stored
    window.undo_stack.redo()
    stored = window.diary.night(answered)
    assert stored is not None and stored.experiment_adherence is False
    assert running.answer_buttons[1].isChecked()


def test_discard_then_cancelling_the_restore_keeps_the_typing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.back_up_now()
    backup = next((window.diary.data_dir / "backups").glob("*.sqlite3"))
    window.file_chooser = type(  # type: ignore[assignment]
        "Chooser", (), {"open_backup_file": lambda self, parent, folder: backup}
    )()
    tab = window.diary_tab
    tab.open_date(D)
    tab.form.rows["rls_severity"].input.set_value(8)
    asked = questions(monkeypatch, Button.Cancel)
    window.restore_backup()  # "Restore this backup?" → Cancel: nothing else is asked
    assert asked == ["Restore this backup?"]
    assert tab.form.dirty and tab.form.night().rls_severity == 8
    asked = questions(monkeypatch, Button.Ok, Button.Cancel)
    window.restore_backup()  # confirmed, then Cancel at the unsaved question
    assert asked == ["Restore this backup?", "Unsaved changes"]
    assert tab.form.dirty and tab.form.night().rls_severity == 8
    tab.revert()  # the window closes without asking at the end of the test


def test_previous_and_next_night_shortcuts_open_the_neighbours(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.diary_tab
    tab.open_date(D + dt.timedelta(days=3))
    window.show_tab(3)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_PageDown, Ctrl)
    assert window.tabs.currentIndex() == 0
    assert tab.form.date() == D + dt.timedelta(days=5)
    qtbot.keyClick(tab.table, Qt.Key.Key_PageDown, Ctrl)
    assert tab.form.date() == D + dt.timedelta(days=5)  # the last night
    assert window.statusBar().currentMessage() == "No later night in the diary"
    tab.form.rows["rls_severity"].input.set_value(1)
    asked = questions(monkeypatch, Button.Cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_PageUp, Ctrl)
    assert asked == ["Unsaved changes"]
    assert tab.form.date() == D + dt.timedelta(days=5) and tab.form.dirty
    questions(monkeypatch, Button.Discard)
    qtbot.keyClick(tab.table, Qt.Key.Key_PageUp, Ctrl)
    assert tab.form.date() == D + dt.timedelta(days=3)
    assert tab.nights.selected_date() == D + dt.timedelta(days=3)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown["&Previous night"] == "Ctrl+PgUp" and shown["&Next night"] == "Ctrl+PgDown"


@pytest.mark.parametrize("table", ["medications", "labs", "assessments", "conditions", "questions"])
def test_a_treatment_form_starts_in_its_first_field_and_tabs_down_its_rows(
    qtbot: QtBot, window: MainWindow, table: str
) -> None:
    window.show_tab(2)
    treatment = window.treatment.content
    dialog = treatment.add(table)  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isActiveWindow)
    fields = list(dialog.inputs.values())
    assert QApplication.focusWidget() is fields[0].focus_target()
    reached: list[QWidget] = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is dialog.save_button:
            break
    row_of = [
        next(i for i, f in enumerate(fields) if f is w or f.isAncestorOf(w)) for w in reached[:-1]
    ]
    assert row_of == sorted(row_of) and row_of[-1] == len(fields) - 1  # down the rows
    assert reached[-1] is dialog.save_button  # the buttons come after every field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.undo_stack.count() == 0
