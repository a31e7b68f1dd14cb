"""The experiments panel driven through its widgets: set-up with the schedule preview,
running (tonight, adherence, stop) and the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rls_diary.domain import experiments as ex
from rls_diary.domain.night import Night
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui.experiments import ExperimentsPanel
from rls_diary.ui.experiments.calendar import ScheduleCalendar
from rls_diary.ui.experiments.setup import SetupPanel

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2024, 6, 10, 21, 0, tzinfo=BERLIN)  # tonight: the entry of 2024-06-11
Button = QMessageBox.StandardButton


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def unexpected(*args: object, **kwargs: object) -> Button:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_panel(qtbot, diary: Diary, clock: Clock) -> Callable[[], ExperimentsPanel]:  # type: ignore[no-untyped-def]
    def make() -> ExperimentsPanel:
        panel = ExperimentsPanel(diary, now=clock, seed=7)
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def cell_text(calendar: ScheduleCalendar, date: dt.date) -> str:
    item = calendar.item_for(date)
    assert item is not None
    return item.text()


def test_setup_previews_the_seeded_schedule(
    make_panel: Callable[[], ExperimentsPanel], diary: Diary
) -> None:
    panel = make_panel()
    setup = panel.setup
    assert panel.stack.currentWidget() is setup
    assert not setup.start_button.isEnabled()  # no factor yet
    assert "Describe the change" in setup.problems_label.text()

    setup.factor.setCurrentText("no caffeine after 12:00")
    assert setup.start_button.isEnabled()
    assert setup.problems_label.isHidden()
    preview = setup.preview
    assert preview is not None
    assert preview.schedule == ex.make_schedule(7, 6)
    assert preview.start == dt.date(2024, 6, 11)
    # The calendar shows every night with its condition; the week starts on Monday 06-10.
    first = dt.date(2024, 6, 11)
    assert cell_text(setup.calendar, first).startswith(f"11 Jun\n{preview.schedule[0][0]}")
    for s in ex.slots(preview, planned=True):
        assert f"\n{s.condition}" in cell_text(setup.calendar, s.date)
    assert not setup.calendar.item_for(dt.date(2024, 6, 10)).flags() & Qt.ItemFlag.ItemIsEnabled  # type: ignore[union-attr]
    assert "Sun 28 Jul 2024" in setup.summary.text()
    assert "0.031" in setup.power_note.text()
    assert "cannot" not in setup.power_note.text()

    setup.pairs.setValue(4)
    assert "0.125" in setup.power_note.text()
    assert "cannot tell a real effect from chance" in setup.power_note.text()
    assert "at least 6 pairs" in setup.power_note.text()
    assert setup.preview is not None and setup.preview.schedule == ex.make_schedule(7, 4)

    setup.block_nights.setValue(3)
    assert setup.washout.maximum() == 2
    setup.washout.setValue(2)
    # 4 pairs × 2 blocks × 3 nights, of which the first 2 of each block are washout.
    assert "24 nights (3 weeks 3 days)" in setup.summary.text()
    assert "8 nights count towards the result" in setup.summary.text()
    assert "washout" in cell_text(setup.calendar, first)
    assert service.experiments(diary) == []  # nothing stored by previewing


def test_starting_stores_what_was_shown(
    make_panel: Callable[[], ExperimentsPanel],
    diary: Diary,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)  # confirmed
    panel = make_panel()
    panel.setup.factor.setCurrentText("30-minute evening walk")
    panel.setup.outcome.setCurrentIndex(panel.setup.outcome.findData("sleep_quality"))
    panel.setup.pairs.setValue(8)
    shown = panel.setup.preview
    with qtbot.waitSignal(panel.experimentChanged):
        qtbot.mouseClick(panel.setup.start_button, Qt.MouseButton.LeftButton)
    stored = service.experiments(diary)
    assert len(stored) == 1
    e = stored[0]
    assert shown is not None
    assert (e.factor, e.outcome, e.pairs, e.seed, e.schedule, e.start) == (
        "30-minute evening walk",
        "sleep_quality",
        8,
        7,
        shown.schedule,
        shown.start,
    )
    running = panel.running
    assert panel.stack.currentWidget() is running
    assert running.badge.text() == e.schedule[0][0]
    assert "pair 1 of 8, night 1 of 4" in running.tonight_label.text()
    assert "tonight" in cell_text(running.calendar, e.start)
    assert running.question.isHidden()  # no night of it has begun yet


def test_setup_refuses_an_overlapping_experiment(
    qtbot,
    diary: Diary,
    clock: Clock,  # type: ignore[no-untyped-def]
) -> None:
    service.start_experiment(
        diary, "stockings", "rls_severity", start=dt.date(2024, 7, 1), seed=1, now=NOW
    )
    setup = SetupPanel(diary, clock, seed=3)
    qtbot.addWidget(setup)
    setup.factor.setCurrentText("no evening alcohol")
    assert not setup.start_button.isEnabled()
    assert "overlap experiment 1" in setup.problems_label.text()
    assert setup.start() is None
    assert len(service.experiments(diary)) == 1


def test_adherence_answers_and_stopping(
    make_panel: Callable[[], ExperimentsPanel],
    diary: Diary,
    clock: Clock,
    qtbot,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    e = service.start_experiment(
        diary, "no caffeine after 12:00", "rls_severity", block_nights=2, pairs=3, seed=7, now=NOW
    )
    for i in range(3):
        diary.save_night(Night(e.start + dt.timedelta(days=i), rls_severity=3 + i))
    clock.now = NOW + dt.timedelta(days=3, hours=-11)  # 10:00 on 06-13: nights to 06-13 slept
    panel = make_panel()
    running = panel.running
    assert panel.stack.currentWidget() is running
    assert running.selected == dt.date(2024, 6, 13)
    assert "Did you follow it?" in running.question.text()
    assert "3 counted" in running.progress.text()

    # Answer for the first night: not followed.
    first = e.start
    item = running.calendar.item_for(first)
    assert item is not None
    rect = running.calendar.visualItemRect(item)
    qtbot.mouseClick(running.calendar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert running.selected == first
    assert "11 Jun" in running.question.text()
    assert running.answer_buttons[2].isChecked()  # not answered yet
    with qtbot.waitSignal(panel.experimentChanged):
        running.answer_buttons[1].click()
    stored = diary.night(first)
    assert stored is not None and stored.experiment_adherence is False
    assert stored.rls_severity == 3  # the rest of the night is kept
    assert "✗" in cell_text(running.calendar, first)
    assert "1 not followed" in running.progress.text()
    # A future night cannot be answered for.
    running.select_night(e.start + dt.timedelta(days=5))
    assert running.selected == first

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.No)
    assert running.stop() is None
    assert service.current_experiment(diary, clock.now) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    with qtbot.waitSignal(panel.experimentChanged):
        qtbot.mouseClick(running.stop_button, Qt.MouseButton.LeftButton)
    stopped = service.get_experiment(diary, e.id)
    assert stopped.stopped == dt.date(2024, 6, 13)
    assert panel.stack.currentWidget() is panel.setup
    assert panel.results.chooser.currentData() == e.id


def test_the_result_panel_shows_the_reading_and_the_numbers(
    make_panel: Callable[[], ExperimentsPanel],
    diary: Diary,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    e = ex.new_experiment(
        3, "no evening alcohol", "rls_severity", dt.date(2024, 4, 1),
        block_nights=2, pairs=6, washout_nights=0, seed=11,
    )  # fmt: skip
    with diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, e)
    for s in ex.slots(e):
        if s.pair == 5 and s.condition == "B":
            continue  # the last pair is incomplete
        diary.save_night(Night(s.date, rls_severity=3 if s.condition == "A" else 5))
    panel = make_panel()
    results = panel.results
    qtbot.waitUntil(lambda: results.result is not None, timeout=20_000)
    result = results.result
    assert result is not None and result.experiment == e
    assert results.reading.text() == result.message
    assert "2 points lower" in result.message and "p = 0.062" in result.message
    assert results.numbers["pairs"].text() == "5 of 6"
    assert results.numbers["p"].text() == "0.0625"
    assert results.numbers["floor"].text() == "0.0625"
    assert results.pairs_table.rowCount() == 6
    assert results.pairs_table.item(5, 6).text() == "–"  # type: ignore[union-attr]
    assert results.pairs_table.item(0, 6).text() == "−2.00"  # type: ignore[union-attr]
    assert not results.empty.isVisibleTo(results)
    results.plot.grab()  # paints without warnings


def test_an_empty_diary_says_there_is_no_result_yet(
    make_panel: Callable[[], ExperimentsPanel],
) -> None:
    panel = make_panel()
    assert panel.results.empty.isVisibleTo(panel.results)
    assert not panel.results.details.isVisibleTo(panel.results)
    assert panel.results.result is None
