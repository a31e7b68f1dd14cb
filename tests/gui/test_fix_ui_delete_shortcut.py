"""Edit ▸ Delete night has a shortcut, Ctrl+Shift+Del, shown in the menu; it asks first (from
anywhere in the window), and Del / Ctrl+Del in a field still edit the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from window_support import Questions

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.ui.main_window import MainWindow

ZONE = "Europe/Berlin"
D = dt.date(2024, 3, 1)
Button = QMessageBox.StandardButton
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, ZONE, "tests")
    for offset in (0, 3):
        diary.save_night(Night(D + dt.timedelta(days=offset), rls_severity=4))
    shown = MainWindow(diary)
    # Shut down before pytest-qt closes it: unsaved edits left by a test are not asked about.
    qtbot.addWidget(shown, before_close_func=lambda widget: widget.shutdown())
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.shutdown()


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(QMessageBox, "question", asked)
    return asked


def delete_action(window: MainWindow) -> QAction:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    return next(a for a in menu.actions() if a.text() == "&Delete night")  # type: ignore[union-attr]


def onset_field(window: MainWindow) -> QLineEdit:
    field = window.diary_tab.form.rows["rls_onset"].input
    assert isinstance(field, QLineEdit)
    return field


def test_the_menu_shows_the_shortcut(window: MainWindow) -> None:
    assert delete_action(window).shortcut().toString() == "Ctrl+Shift+Del"


def test_the_shortcut_asks_from_a_field_and_no_keeps_the_night_and_the_typing(
    qtbot: QtBot, window: MainWindow, questions: Questions
) -> None:
    window.diary_tab.open_date(D)
    field = onset_field(window)
    field.setFocus()
    qtbot.keyClicks(field, "22:30")
    qtbot.keyClick(field, Qt.Key.Key_Delete, Ctrl | Shift)
    ((title, text),) = questions.asked
    assert title == "Delete the night?"
    assert "Thu 29 Feb → Fri 1 Mar" in text
    assert "not saved are lost" in text  # the typing in the form goes with it
    assert window.diary.night(D) is not None
    assert field.text() == "22:30"


def test_the_shortcut_deletes_after_yes_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, questions: Questions
) -> None:
    tab = window.diary_tab
    tab.open_date(D + dt.timedelta(days=3))
    tab.table.setFocus()
    questions.replies.append(Button.Yes)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete, Ctrl | Shift)
    assert len(questions.asked) == 1
    assert "not saved" not in questions.asked[0][1]
    assert window.diary.night(D + dt.timedelta(days=3)) is None
    window.undo_stack.undo()
    assert window.diary.night(D + dt.timedelta(days=3)) is not None


def test_the_menu_asks_too(window: MainWindow, questions: Questions) -> None:
    window.diary_tab.open_date(D)
    delete_action(window).trigger()
    assert [title for title, _ in questions.asked] == ["Delete the night?"]
    assert window.diary.night(D) is not None


def test_delete_and_ctrl_delete_in_a_field_still_edit_the_text(
    qtbot: QtBot, window: MainWindow, questions: Questions
) -> None:
    window.diary_tab.open_date(D)
    field = onset_field(window)
    field.setFocus()
    qtbot.keyClicks(field, "22:30")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "2:30"
    field.setText("10 pm")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete, Ctrl)  # deletes the word "10"
    assert field.text().strip() == "pm"
    assert questions.asked == []
    assert window.diary.night(D) is not None
