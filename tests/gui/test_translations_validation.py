"""The night form's problem messages in German (and unchanged in English).

The messages come from :mod:`rls_diary.domain.validation` in English; the form shows them
through :func:`rls_diary.ui.problem_text.problem_text`, which translates their templates.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from rls_diary.domain.night import Night
from rls_diary.domain.validation import Problem, validate
from rls_diary.services.diary import Diary
from rls_diary.ui.diary.form import NightForm
from rls_diary.ui.diary.tab import DiaryTab
from rls_diary.ui.problem_text import problem_text

MORNING = dt.date(2024, 3, 13)  # no change of the clocks in this night


@pytest.fixture
def tab(qtbot: QtBot, diary: Diary) -> DiaryTab:
    shown = DiaryTab(diary, QUndoStack(), today=lambda: MORNING)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_in(qtbot: QtBot, form: NightForm, name: str, text: str) -> None:
    widget = form.input(name)
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def enter_an_error_and_a_warning(qtbot: QtBot, form: NightForm) -> None:
    type_in(qtbot, form, "bedtime", "18:00")
    type_in(qtbot, form, "lights_out", "7:75")  # not a time of day: an error
    type_in(qtbot, form, "out_of_bed", "10:30")  # 16 h 30 min in bed: a warning


def test_the_form_shows_problems_in_german(german: str, qtbot: QtBot, tab: DiaryTab) -> None:
    form = tab.form
    enter_an_error_and_a_warning(qtbot, form)
    error = form.rows["lights_out"]
    assert error.widget.property("problem") == "error"
    assert error.problem.text() == (
        "Einschlafversuch: '7:75' ist keine gültige Uhrzeit (00:00–23:59)"
    )
    assert error.problem.text() in form.input("lights_out").accessibleDescription()
    warning = form.rows["out_of_bed"]
    assert warning.widget.property("problem") == "warning"
    assert warning.problem.text() == (
        "Bitte prüfen – Aufgestanden: Zeit im Bett beträgt 16 h 30 min, mehr als 14 Stunden"
        " (trotzdem gespeichert)"
    )
    assert tab.save() is False
    assert tab.problems_label.text() == (
        "Nicht gespeichert: Einschlafversuch: '7:75' ist keine gültige Uhrzeit (00:00–23:59)"
    )
    said: list[str] = []
    tab.statusMessage.connect(said.append)
    type_in(qtbot, form, "lights_out", "18:30")
    assert tab.save() is True
    assert said[-1] == (
        "Nacht vom Di. 12. → Mi. 13. März gespeichert — bitte prüfen: "
        "Zeit im Bett beträgt 16 h 30 min, mehr als 14 Stunden"
    )


def test_a_message_naming_other_fields_names_them_in_german(
    german: str, qtbot: QtBot, tab: DiaryTab
) -> None:
    form = tab.form
    type_in(qtbot, form, "bedtime", "23:00")
    type_in(qtbot, form, "lights_out", "22:00")
    assert form.rows["lights_out"].problem.text() == (
        "Einschlafversuch: Einschlafversuch um 22:00 läge 23 h 00 min nach dem Zubettgehen"
        " um 23:00; bitte prüfen Sie die Uhrzeiten"
    )
    problem = Problem("x", "plain words")  # made without a template: shown as it is
    assert problem_text(problem) == "plain words"
    no_sleep = Night(MORNING, no_sleep=True, final_wake=dt.time(7))
    (blank,) = validate(no_sleep, "UTC")
    assert problem_text(blank) == (
        "muss leer bleiben, wenn Sie gar nicht geschlafen haben (Aufwachen)"
    )


def test_the_form_shows_problems_in_english_unchanged(qtbot: QtBot, tab: DiaryTab) -> None:
    form = tab.form
    enter_an_error_and_a_warning(qtbot, form)
    assert form.rows["lights_out"].problem.text() == (
        "Tried to sleep: '7:75' is not a time of day (00:00–23:59)"
    )
    assert form.rows["out_of_bed"].problem.text() == (
        "Check got out of bed: time in bed is 16 h 30 min, more than 14 hours (saved anyway)"
    )
    assert tab.save() is False
    assert tab.problems_label.text() == (
        "Not saved: Tried to sleep: '7:75' is not a time of day (00:00–23:59)"
    )
    type_in(qtbot, form, "bedtime", "23:00")
    type_in(qtbot, form, "lights_out", "22:00")
    assert form.rows["lights_out"].problem.text() == (
        "Tried to sleep: tried to sleep at 22:00 would be 23 h 00 min after into bed at 23:00;"
        " check the times"
    )
