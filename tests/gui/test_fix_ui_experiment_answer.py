"""An experiment answer given in Treatment ▸ My experiments survives a later save of the Diary
form holding unsaved edits of the same night: the form takes the answer over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.domain.experiments import new_experiment
from rls_diary.domain.night import Night
from rls_diary.services import experiments
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui.experiments.running import RunningPanel
from rls_diary.ui.main_window import MainWindow

ZONE = "Europe/Berlin"


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, ZONE, "tests")
    today = experiments.local_now(diary).date()
    experiment = new_experiment(
        1,
        "no coffee",
        "rls_severity",
        today - dt.timedelta(days=2),
        block_nights=3,
        pairs=2,
        seed=1,
    )
    with diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, experiment)
    shown = MainWindow(diary)
    # Shut down before pytest-qt closes it: no question about the form's edits if a test fails.
    qtbot.addWidget(shown, before_close_func=lambda widget: widget.shutdown())
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.shutdown()


def running_panel(window: MainWindow) -> RunningPanel:
    window.show_tab(2)
    treatment = window.treatment.content
    treatment.show_section("experiments")  # type: ignore[union-attr]
    return treatment.experiments.running  # type: ignore[union-attr]


@pytest.mark.parametrize("stored_before", [False, True])
def test_the_panels_answer_survives_a_later_save_of_the_form(
    window: MainWindow, stored_before: bool
) -> None:
    running = running_panel(window)
    night = running.selected
    assert night is not None
    if stored_before:
        window.diary.save_night(Night(night, rls_severity=2, experiment_adherence=True))
        window.diary_tab.reload()
    tab = window.diary_tab
    tab.open_date(night)
    assert tab.form.in_experiment
    tab.form.rows["rls_severity"].input.set_value(7)  # typed, not saved
    running.answer_buttons[1].click()  # "No, not followed" for the same night
    assert tab.form.dirty  # the typing stays
    assert tab.form.experiment_box.answer.value() is False
    assert tab.save()
    stored = window.diary.night(night)
    assert stored is not None
    assert (stored.experiment_adherence, stored.rls_severity) == (False, 7)
    window.undo_stack.undo()  # the form's save only: the panel's answer stays
    stored = window.diary.night(night)
    assert stored is not None and stored.experiment_adherence is False


def test_an_unchanged_form_shows_the_panels_answer(window: MainWindow) -> None:
    running = running_panel(window)
    night = running.selected
    assert night is not None
    window.diary_tab.open_date(night)
    running.answer_buttons[1].click()
    form = window.diary_tab.form
    assert not form.dirty
    assert form.experiment_box.answer.value() is False
