"""The Diary form during a personal experiment (DESIGN §6.1): the night's condition, and
"Did you follow the plan?" (yes / no / blank) saved with the night as experiment_adherence —
editable only for nights inside an experiment."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.domain.experiments import new_experiment, slot
from rls_diary.domain.night import Night
from rls_diary.domain.records import Experiment
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui.diary.tab import DiaryTab

pytestmark = pytest.mark.gui

TODAY = dt.date(2024, 3, 31)
START = dt.date(2024, 3, 20)
FACTOR = "no coffee after 12:00"


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot: QtBot, diary: Diary, stack: QUndoStack) -> DiaryTab:
    shown = DiaryTab(diary, stack, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def add_experiment(diary: Diary, **design: int) -> Experiment:
    experiment = new_experiment(
        1, FACTOR, "rls_severity", START, block_nights=3, pairs=2, seed=5, **design
    )
    with diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, experiment)
    return experiment


def night_with(date: dt.date, **values: object) -> Night:
    return Night(date, timezone="Europe/Berlin", **values)  # type: ignore[arg-type]


def answer_buttons(tab: DiaryTab):  # type: ignore[no-untyped-def]
    answer = tab.form.experiment_box.answer
    return answer.button(True), answer.button(False)


def test_a_night_in_an_experiment_shows_its_condition_and_asks(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    experiment = add_experiment(diary)
    tab.reload()
    day = START + dt.timedelta(days=1)
    where = slot(experiment, day)
    assert where is not None
    tab.open_date(day)
    box = tab.form.experiment_box
    assert box.isVisible()
    assert tab.form.in_experiment
    assert FACTOR in box.title.text()
    plan = box.plan_label.text()
    if where.condition == "A":
        assert f"<b>A</b> — {FACTOR}" in plan
    else:
        assert "<b>B</b> — as usual" in plan
    assert "pair 1 of 2, night 2 of 3 in this block" in plan
    assert box.question.text().replace("&", "") == "Did you follow the plan?"
    assert box.question.buddy() is box.answer
    assert box.answer.value() is None  # blank: counts as followed
    assert "counts as followed" in box.answer.blank_label.text()
    assert not tab.form.dirty


def test_the_answer_is_saved_with_the_night_and_can_be_undone(
    qtbot: QtBot, tab: DiaryTab, diary: Diary, stack: QUndoStack
) -> None:
    add_experiment(diary)
    day = START + dt.timedelta(days=2)
    diary.save_night(night_with(day, rls_severity=4))
    tab.reload()
    tab.open_date(day)
    _yes, no = answer_buttons(tab)
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert tab.form.dirty
    assert tab.form.night().experiment_adherence is False
    assert tab.save()
    stored = diary.night(day)
    assert stored is not None
    assert (stored.rls_severity, stored.experiment_adherence) == (4, False)
    assert not tab.form.dirty
    assert tab.form.experiment_box.answer.value() is False  # shown as saved

    stack.undo()
    assert diary.night(day).experiment_adherence is None  # type: ignore[union-attr]
    assert tab.form.experiment_box.answer.value() is None
    stack.redo()
    assert diary.night(day).experiment_adherence is False  # type: ignore[union-attr]


def test_clearing_the_answer_saves_a_blank(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    add_experiment(diary)
    day = START
    diary.save_night(night_with(day, sleep_quality=3, experiment_adherence=True))
    tab.reload()
    tab.open_date(day)
    box = tab.form.experiment_box
    assert box.answer.value() is True
    qtbot.mouseClick(box.answer.clear_button, Qt.MouseButton.LeftButton)
    assert tab.save()
    assert diary.night(day).experiment_adherence is None  # type: ignore[union-attr]


def test_an_answer_alone_makes_an_entry(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    add_experiment(diary)
    day = START + dt.timedelta(days=4)
    tab.reload()
    tab.open_date(day)
    assert tab.form.is_new
    yes, _no = answer_buttons(tab)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert tab.save()
    stored = diary.night(day)
    assert stored is not None and stored.experiment_adherence is True
    assert stored.rls_severity is None


def test_a_washout_night_says_it_is_not_counted(tab: DiaryTab, diary: Diary) -> None:
    add_experiment(diary, washout_nights=1)
    tab.reload()
    tab.open_date(START)
    assert "washout night" in tab.form.experiment_box.plan_label.text()
    tab.open_date(START + dt.timedelta(days=1))
    assert "washout" not in tab.form.experiment_box.plan_label.text()


def test_outside_an_experiment_nothing_is_asked_and_a_stored_answer_is_kept(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    add_experiment(diary)
    before = START - dt.timedelta(days=3)
    diary.put_night_exactly(night_with(before, sleep_quality=2, experiment_adherence=False))
    tab.reload()
    tab.open_date(before)
    assert not tab.form.experiment_box.isVisible()
    assert not tab.form.in_experiment
    assert tab.form.adherence_label.isVisible()  # read-only
    assert tab.form.adherence_label.text() == "Followed the experiment: no"
    qtbot.mouseClick(tab.form.rows["sleep_quality"].widget.button(4), Qt.MouseButton.LeftButton)
    assert tab.save()
    assert diary.night(before).experiment_adherence is False  # type: ignore[union-attr]
    after = START + dt.timedelta(days=12)  # 2 pairs of 2 blocks of 3 nights: over
    tab.open_date(after)
    assert not tab.form.experiment_box.isVisible()


def test_a_stopped_experiment_asks_only_up_to_its_stop(tab: DiaryTab, diary: Diary) -> None:
    experiment = add_experiment(diary)
    with diary.transaction() as conn:
        conn.execute("UPDATE experiment SET stopped = ? WHERE id = ?", ("2024-03-22", 1))
    tab.reload()
    tab.open_date(dt.date(2024, 3, 22))
    assert tab.form.in_experiment
    tab.open_date(dt.date(2024, 3, 23))
    assert not tab.form.in_experiment
    assert experiment.stopped is None  # the stored row changed, not the object


def test_starting_an_experiment_shows_the_question_after_reload(
    tab: DiaryTab, diary: Diary
) -> None:
    tab.open_date(START)
    assert not tab.form.experiment_box.isVisible()
    add_experiment(diary)
    tab.reload()  # what the main window does when an experiment starts or stops
    assert tab.form.experiment_box.isVisible()
    assert not tab.form.dirty


def test_the_answer_is_a_tab_stop_after_the_date(tab: DiaryTab, diary: Diary) -> None:
    add_experiment(diary)
    tab.reload()
    tab.open_date(START)
    chain = tab.form.focus_chain()
    assert chain[:2] == [tab.form.date_edit, tab.form.experiment_box.answer]
    assert tab.form.experiment_box.answer.accessibleName() == "Did you follow the plan?"
