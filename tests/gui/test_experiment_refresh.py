"""Starting or stopping an experiment in the Treatment tab refreshes what shows it: the Charts
tab (its A/B blocks) when it is next shown, and the Diary form's question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.domain.experiments import slot
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.ui.lazy_tab import LazyTab
from rls_diary.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

ZONE = "Europe/Berlin"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, Diary.open_writer(data_dir, ZONE, "tests")) as shown:
        yield shown


def built(window: MainWindow, index: int) -> object:
    window.tabs.setCurrentIndex(index)
    lazy = window.tabs.widget(index)
    assert isinstance(lazy, LazyTab) and lazy.content is not None
    return lazy.content


def test_starting_an_experiment_refreshes_the_charts_when_next_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    charts = built(window, 1)
    reloaded: list[bool] = []
    monkeypatch.setattr(charts, "reload", lambda: reloaded.append(True))
    treatment = built(window, 2)
    panel = treatment.experiments  # type: ignore[attr-defined]
    panel.setup.factor.setCurrentText("no coffee after 12:00")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.experimentChanged):
        panel.setup.start_button.click()  # (the section is not the one in front)
    (started,) = service.experiments(window.diary)
    assert reloaded == []  # not shown: waits
    window.tabs.setCurrentIndex(1)
    assert reloaded == [True]
    window.tabs.setCurrentIndex(2)
    window.tabs.setCurrentIndex(1)
    assert reloaded == [True]  # once per change

    # the Diary form asks about the experiment's first night
    window.tabs.setCurrentIndex(0)
    window.diary_tab.open_date(started.start)
    form = window.diary_tab.form
    assert form.in_experiment
    assert form.experiment_box.slot == slot(started, started.start)


def test_stopping_an_experiment_refreshes_a_shown_charts_tab_at_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    treatment = built(window, 2)
    charts = built(window, 1)
    reloaded: list[bool] = []
    monkeypatch.setattr(charts, "reload", lambda: reloaded.append(True))
    panel = treatment.experiments  # type: ignore[attr-defined]
    panel.experimentChanged.emit()  # what a stop does (while the Charts tab is in front)
    assert reloaded == [True]


def test_an_unbuilt_charts_tab_is_left_alone(window: MainWindow) -> None:
    treatment = built(window, 2)
    treatment.experiments.experimentChanged.emit()  # type: ignore[attr-defined]
    charts = window.tabs.widget(1)
    assert isinstance(charts, LazyTab) and not charts.built
    assert charts not in window._stale
    window.tabs.setCurrentIndex(1)  # built fresh: it reads the diary as it is now
    assert charts.built
    assert charts not in window._stale
