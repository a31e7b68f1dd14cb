"""The tray's "Symptoms started now" asks before replacing an onset typed into the form and not
saved yet, as it does for a stored one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_support import Questions

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.ui.main_window import MainWindow

ZONE = "Europe/Berlin"
NOW = dt.datetime(2024, 3, 12, 23, 10, tzinfo=ZoneInfo(ZONE))  # the current entry: 13 March
NIGHT = dt.date(2024, 3, 13)
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    shown = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
    # Shut down before pytest-qt closes it: the form's unsaved edits are not asked about.
    qtbot.addWidget(shown, before_close_func=lambda widget: widget.shutdown())
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.tray is not None
    shown.tray.clock = lambda: NOW
    yield shown
    shown.shutdown()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "question", questions)
    return questions


def type_onset(window: MainWindow, text: str) -> None:
    window.diary_tab.open_date(NIGHT)
    window.diary_tab.form.rows["rls_onset"].input.setText(text)
    assert window.diary_tab.form.dirty


def test_keeping_the_typed_onset_writes_nothing_and_keeps_the_form(
    window: MainWindow, answers: Questions
) -> None:
    type_onset(window, "22:00")
    window.tray.onset_action.trigger()  # type: ignore[union-attr]
    questions = answers.asked
    assert len(questions) == 1
    title, text = questions[0]
    assert title == "Replace the time you typed?"
    assert "22:00" in text and "23:10" in text and "not saved yet" in text
    form = window.diary_tab.form
    assert form.night().rls_onset == dt.time(22, 0)
    assert form.dirty
    assert window.diary.night(NIGHT) is None
    assert window.undo_stack.count() == 0


def test_using_now_replaces_the_typed_onset_and_keeps_the_other_edits(
    window: MainWindow, answers: Questions
) -> None:
    answers.replies.append(Button.Yes)
    type_onset(window, "22:00")
    window.diary_tab.form.rows["rls_severity"].input.set_value(6)
    window.tray.onset_action.trigger()  # type: ignore[union-attr]
    assert len(answers.asked) == 1
    form = window.diary_tab.form
    assert (form.night().rls_onset, form.night().rls_severity) == (dt.time(23, 10), 6)
    stored = window.diary.night(NIGHT)
    assert stored is not None and stored.rls_onset == dt.time(23, 10)


def test_a_typed_onset_replacing_a_stored_one_is_asked_about_once(
    window: MainWindow, answers: Questions
) -> None:
    window.diary.save_night(Night(NIGHT, rls_onset=dt.time(21, 0), rls_severity=3))
    window.diary_tab.reload()
    type_onset(window, "22:00")
    window.tray.onset_action.trigger()  # type: ignore[union-attr]
    questions = answers.asked
    assert len(questions) == 1 and "22:00" in questions[0][1]
    stored = window.diary.night(NIGHT)
    assert stored is not None and stored.rls_onset == dt.time(21, 0)
    assert window.diary_tab.form.night().rls_onset == dt.time(22, 0)


def test_the_same_time_typed_or_other_edits_only_ask_nothing(
    window: MainWindow, answers: Questions
) -> None:
    type_onset(window, "23:10")
    window.tray.onset_action.trigger()  # type: ignore[union-attr]
    assert answers.asked == []
    stored = window.diary.night(NIGHT)
    assert stored is not None and stored.rls_onset == dt.time(23, 10)
