"""The tray: the reminder's schedule (fake clock), its text, and "Symptoms started now"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.domain.night import Night
from rls_diary.services import experiments
from rls_diary.services.diary import Diary
from rls_diary.ui.main_window import MainWindow
from rls_diary.ui.settings import Preferences
from rls_diary.ui.tray import MAX_WAIT_MS, DiaryTray, milliseconds_until, next_occurrence

ZONE = "Europe/Berlin"
BERLIN = ZoneInfo(ZONE)
HALF_PAST_EIGHT = dt.time(8, 30)
REMINDER = Preferences(reminder=True, reminder_time=HALF_PAST_EIGHT)


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(2024, 3, 12, 7, 0))


@pytest.fixture
def tray(qtbot: QtBot, diary: Diary, clock: FakeClock) -> Iterator[DiaryTray]:
    made = DiaryTray(diary, clock=clock, tray_available=lambda: False)
    yield made
    made.stop()


class Questions:
    """The questions asked (``asked``), each answered with ``reply`` (No unless changed)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.reply = QMessageBox.StandardButton.No

    def __call__(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.asked.append(text)
        return self.reply


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    monkeypatch.setattr(QMessageBox, "question", questions)
    return questions


# -- the next reminder ----------------------------------------------------------------------


def test_next_occurrence_is_later_today_or_tomorrow() -> None:
    assert next_occurrence(local(2024, 3, 12, 7, 0), HALF_PAST_EIGHT) == local(2024, 3, 12, 8, 30)
    assert next_occurrence(local(2024, 3, 12, 8, 30), HALF_PAST_EIGHT) == local(2024, 3, 12, 8, 30)
    assert next_occurrence(local(2024, 3, 12, 8, 31), HALF_PAST_EIGHT) == local(2024, 3, 13, 8, 30)
    assert next_occurrence(local(2024, 3, 12, 23, 59), HALF_PAST_EIGHT) == local(2024, 3, 13, 8, 30)


def test_the_wait_is_real_time_across_a_daylight_saving_change() -> None:
    before_spring = local(2024, 3, 30, 9, 0)  # the clocks go forward in the night to the 31st
    due = next_occurrence(before_spring, HALF_PAST_EIGHT)
    assert due == local(2024, 3, 31, 8, 30)
    assert milliseconds_until(before_spring, due) == 22.5 * 3600 * 1000
    before_autumn = local(2024, 10, 26, 9, 0)
    due = next_occurrence(before_autumn, HALF_PAST_EIGHT)
    assert milliseconds_until(before_autumn, due) == 24.5 * 3600 * 1000


def test_the_reminder_is_off_by_default(tray: DiaryTray) -> None:
    tray.apply(Preferences())
    assert tray.due is None
    assert not tray.timer.isActive()
    assert not tray.icon_visible


def test_the_timer_waits_for_the_next_occurrence_and_then_reminds(
    qtbot: QtBot, tray: DiaryTray, clock: FakeClock
) -> None:
    clock.now = local(2024, 3, 12, 8, 20)
    tray.apply(REMINDER)
    assert tray.due == local(2024, 3, 12, 8, 30)
    assert tray.timer.isActive()
    assert tray.timer.interval() == 10 * 60 * 1000

    clock.now = local(2024, 3, 12, 8, 30)
    with qtbot.waitSignal(tray.reminderShown) as shown:
        tray.timer.timeout.emit()
    assert shown.args == ["How did last night go?"]
    assert tray.due == local(2024, 3, 13, 8, 30)
    assert tray.timer.interval() == MAX_WAIT_MS  # a long wait is cut into 15-minute looks


def test_a_long_wait_checks_the_clock_again_without_reminding_early(
    qtbot: QtBot, tray: DiaryTray, clock: FakeClock
) -> None:
    clock.now = local(2024, 3, 12, 9, 0)
    tray.apply(REMINDER)
    assert tray.timer.interval() == MAX_WAIT_MS
    clock.now = local(2024, 3, 12, 9, 15)
    with qtbot.assertNotEmitted(tray.reminderShown):
        tray.check()
    assert tray.due == local(2024, 3, 13, 8, 30)


def test_a_reminder_missed_by_hours_is_skipped_and_the_next_day_kept(
    qtbot: QtBot, tray: DiaryTray, clock: FakeClock
) -> None:
    clock.now = local(2024, 3, 12, 8, 0)
    tray.apply(REMINDER)
    clock.now = local(2024, 3, 12, 14, 0)  # the laptop slept through the morning
    with qtbot.assertNotEmitted(tray.reminderShown):
        tray.check()
    assert tray.due == local(2024, 3, 13, 8, 30)


def test_a_changed_time_reschedules(tray: DiaryTray, clock: FakeClock) -> None:
    clock.now = local(2024, 3, 12, 8, 0)
    tray.apply(REMINDER)
    tray.apply(Preferences(reminder=True, reminder_time=dt.time(21, 0)))
    assert tray.due == local(2024, 3, 12, 21, 0)
    tray.apply(Preferences(reminder=False, reminder_time=dt.time(21, 0)))
    assert tray.due is None
    assert not tray.timer.isActive()


# -- what the reminder says -------------------------------------------------------------------


def test_the_reminder_does_not_ask_about_a_night_already_recorded(
    tray: DiaryTray, diary: Diary
) -> None:
    now = local(2024, 3, 12, 8, 30)
    assert tray.reminder_text(now) == "How did last night go?"
    diary.save_night(Night(dt.date(2024, 3, 12), rls_onset=dt.time(23, 0)))
    assert tray.reminder_text(now) == "How did last night go?"  # an onset alone: not recorded
    diary.save_night(Night(dt.date(2024, 3, 12), rls_severity=3))
    assert tray.reminder_text(now) == ""


def test_the_reminder_names_tonights_experiment_condition(
    tray: DiaryTray, diary: Diary, clock: FakeClock
) -> None:
    started = experiments.start_experiment(
        diary,
        "no caffeine after 12:00",
        "rls_severity",
        block_nights=2,
        pairs=2,
        seed=0,
        start=dt.date(2024, 3, 13),
        now=local(2024, 3, 12, 9, 0),
    )
    for now in (local(2024, 3, 12, 8, 30), local(2024, 3, 12, 7, 30)):
        message = tray.reminder_text(now)
        coming = experiments.tonight(diary, local(2024, 3, 12, 9, 0))
        assert coming is not None and coming.entry == dt.date(2024, 3, 13)
        lines = message.splitlines()
        assert lines[0] == "How did last night go?"
        assert lines[1] == coming.text  # the night ahead, even before 08:00
        assert started.factor in lines[1]
        assert ("(A)" in lines[1]) == (coming.condition == "A")


# -- "Symptoms started now" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "entry"),
    [
        (local(2024, 3, 12, 23, 40), dt.date(2024, 3, 13)),  # evening: tomorrow's entry
        (local(2024, 3, 13, 2, 15), dt.date(2024, 3, 13)),  # after midnight: today's
        (local(2024, 3, 13, 7, 59), dt.date(2024, 3, 13)),  # before 08:00: today's
        (local(2024, 3, 13, 8, 0), dt.date(2024, 3, 14)),  # from 08:00: tomorrow's
    ],
)
def test_symptoms_started_now_fills_the_current_entry(
    tray: DiaryTray, diary: Diary, clock: FakeClock, now: dt.datetime, entry: dt.date
) -> None:
    clock.now = now.replace(second=42)
    saved = tray.record_onset_now()
    assert saved is not None
    assert saved.date == entry
    assert saved.rls_onset == dt.time(now.hour, now.minute)
    stored = diary.night(entry)
    assert stored is not None and stored.rls_onset == dt.time(now.hour, now.minute)
    assert not stored.is_recorded  # an onset alone does not count as a recorded night
    assert diary.dates() == [entry]


def test_a_blank_onset_is_filled_and_everything_else_kept(
    tray: DiaryTray, diary: Diary, clock: FakeClock, answers: Questions
) -> None:
    night = Night(
        dt.date(2024, 3, 13),
        caffeine_drinks=2,
        rls_severity=6,
        rls_areas=("legs",),
        notes="long drive",
    )
    night = diary.save_night(night).night
    clock.now = local(2024, 3, 12, 22, 5)
    saved = tray.record_onset_now()
    assert answers.asked == []  # nothing to replace: no question
    assert saved is not None
    stored = diary.night(dt.date(2024, 3, 13))
    assert stored is not None
    assert stored.rls_onset == dt.time(22, 5)
    assert stored.content() == night.replace(rls_onset=dt.time(22, 5)).content()


def test_a_recorded_onset_is_replaced_only_after_asking(
    tray: DiaryTray, diary: Diary, clock: FakeClock, answers: Questions
) -> None:
    diary.save_night(Night(dt.date(2024, 3, 13), rls_onset=dt.time(21, 30), rls_severity=4))
    clock.now = local(2024, 3, 12, 23, 10)

    assert tray.record_onset_now() is None  # answered No
    assert len(answers.asked) == 1
    assert "21:30" in answers.asked[0] and "23:10" in answers.asked[0]
    kept = diary.night(dt.date(2024, 3, 13))
    assert kept is not None and kept.rls_onset == dt.time(21, 30)

    answers.reply = QMessageBox.StandardButton.Yes
    saved = tray.record_onset_now()
    assert saved is not None and saved.rls_onset == dt.time(23, 10)
    stored = diary.night(dt.date(2024, 3, 13))
    assert stored is not None
    assert stored.rls_onset == dt.time(23, 10)
    assert stored.rls_severity == 4


def test_the_same_minute_again_asks_nothing(
    tray: DiaryTray, diary: Diary, clock: FakeClock, answers: Questions
) -> None:
    clock.now = local(2024, 3, 12, 23, 10)
    first = tray.record_onset_now()
    again = tray.record_onset_now()
    assert answers.asked == []
    assert first is not None and again is not None and again.rls_onset == first.rls_onset


# -- in the window ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, Diary.open_writer(data_dir, ZONE, "tests")) as shown:
        yield shown


def test_the_window_lists_a_night_recorded_from_the_tray(window: MainWindow) -> None:
    assert window.tray is not None
    window.tray.clock = FakeClock(local(2024, 3, 12, 23, 10))
    assert window.diary_tab.model.row_of(dt.date(2024, 3, 13)) is None
    window.tray.onset_action.trigger()
    assert window.diary_tab.model.row_of(dt.date(2024, 3, 13)) is not None
    assert "23:10" in window.statusBar().currentMessage()


def test_an_onset_from_the_tray_joins_unsaved_edits_of_that_night(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.tray is not None
    window.tray.clock = FakeClock(local(2024, 3, 12, 23, 10))
    window.diary_tab.open_date(dt.date(2024, 3, 13))
    form = window.diary_tab.form
    severity = form.rows["rls_severity"].input
    severity.set_value(5)
    assert form.dirty
    window.tray.record_onset_now()
    assert form.dirty  # what was typed stays
    assert form.night().rls_onset == dt.time(23, 10)
    assert window.diary_tab.save()
    stored = window.diary.night(dt.date(2024, 3, 13))
    assert stored is not None
    assert (stored.rls_onset, stored.rls_severity) == (dt.time(23, 10), 5)


def test_without_a_tray_the_reminder_shows_in_the_status_bar(window: MainWindow) -> None:
    assert window.tray is not None
    window.tray.clock = FakeClock(local(2024, 3, 12, 8, 30))
    window.tray.apply(REMINDER)
    assert not window.tray.icon_visible  # offscreen: no system tray
    window.tray.check()
    assert window.statusBar().currentMessage() == "How did last night go?"


def test_the_sample_window_has_no_tray(qtbot: QtBot, tmp_path: Path) -> None:
    sample = MainWindow(Diary.open_writer(tmp_path / "sample", ZONE, "tests"), sample=True)
    qtbot.addWidget(sample)
    assert sample.tray is None
    sample.shutdown()
