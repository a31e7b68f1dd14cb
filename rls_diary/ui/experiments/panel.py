"""Personal experiments in one widget: set-up (or the running experiment) on the left, results
on the right. The main window places it in a tab and listens to ``experimentChanged`` to
refresh what shows tonight's condition or shades the blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QStackedWidget, QWidget

from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.ui.experiments.result import ResultPanel
from rls_diary.ui.experiments.running import RunningPanel
from rls_diary.ui.experiments.setup import SetupPanel


class ExperimentsPanel(QWidget):
    """``ExperimentsPanel(diary)``; ``now`` gives the local time (default: the clock in the
    diary's zone), ``seed`` fixes the set-up schedule's seed (tests, screenshots).

    ``experimentChanged`` is emitted after a start, a stop or an adherence answer (the
    answer may have created a night entry, so the Diary list should reload); ``nightSaved``
    (the night before, after) after an answer, for the undo history."""

    experimentChanged = Signal()
    nightSaved = Signal(object, object)  # an answer saved: the night before, the night after

    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._now = now or (lambda: service.local_now(diary))
        self._seed = seed
        self.stack = QStackedWidget(self)
        self.setup = self._new_setup()
        self.running = RunningPanel(diary, self._now, self.stack)
        self.running.changed.connect(self._on_adherence)
        self.running.nightSaved.connect(self.nightSaved)
        self.running.stopped.connect(self._on_stopped)
        self.stack.addWidget(self.setup)
        self.stack.addWidget(self.running)
        self.results = ResultPanel(diary, self._now, self)

        left = QScrollArea(self)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setWidget(self.stack)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 3)
        layout.addWidget(self.results, 2)
        self.refresh()

    def _new_setup(self) -> SetupPanel:
        panel = SetupPanel(self.diary, self._now, self.stack, seed=self._seed)
        panel.started.connect(self._on_started)
        return panel

    @property
    def current(self) -> Experiment | None:
        return service.current_experiment(self.diary, self._now())

    def refresh(self) -> None:
        """Show the running (or planned) experiment, else the set-up; reload the results."""
        found = self.current
        if found is None:
            self.setup.refresh()
            self.stack.setCurrentWidget(self.setup)
        else:
            self.running.show_experiment(found)
            self.stack.setCurrentWidget(self.running)
        self.results.reload()

    def _on_started(self, experiment: Experiment) -> None:
        self.refresh()
        self.experimentChanged.emit()

    def _on_stopped(self, experiment: Experiment) -> None:
        # A fresh set-up for the next experiment, with a newly drawn schedule.
        old = self.setup
        self.setup = self._new_setup()
        self.stack.insertWidget(0, self.setup)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.refresh()
        self.results.reload(select=experiment.id)
        self.experimentChanged.emit()

    def _on_adherence(self) -> None:
        self.results.reload()
        self.experimentChanged.emit()
