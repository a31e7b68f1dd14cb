"""The Diary form's experiment box: the condition of the night being edited in a personal
experiment (DESIGN §6.1) and "Did you follow the plan?" (yes / no / blank).

Shown only for a night inside an experiment. The answer is the night's
``experiment_adherence``: "No" leaves the night out of the result; a blank answer counts as
followed, so someone who forgets to answer loses nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from rls_diary.domain.experiments import Slot
from rls_diary.domain.records import Experiment
from rls_diary.ui.diary.fields import YES_NO
from rls_diary.ui.diary.inputs import ChoiceRow
from rls_diary.ui.diary.sections import field_options, quiet, scaled_font

# The experiment (and the night's place in it) that covers a morning date, or None.
ConditionLookup = Callable[[dt.date], tuple[Experiment, Slot] | None]


def plan_text(experiment: Experiment, where: Slot) -> str:
    """What the plan was for this night: its condition and its place in the schedule."""
    factor = _escape(experiment.factor)
    if where.condition == "A":
        plan = f"<b>A</b> — {factor}"
    else:
        plan = "<b>B</b> — " + QCoreApplication.translate(
            "ExperimentBox", "as usual (without “{factor}”)"
        ).format(factor=factor)
    place = QCoreApplication.translate(
        "ExperimentBox", "pair {pair} of {pairs}, night {night} of {nights} in this block"
    ).format(
        pair=where.pair + 1,
        pairs=experiment.pairs,
        night=where.index + 1,
        nights=experiment.block_nights,
    )
    if where.washout:
        place += QCoreApplication.translate(
            "ExperimentBox", "; a washout night: follow the plan, it is not counted in the result"
        )
    return QCoreApplication.translate("ExperimentBox", "This night: {plan}<br>{place}.").format(
        plan=plan, place=place
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ExperimentBox(QFrame):
    """Tonight's condition of the experiment and the adherence answer (``answer``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName("experimentTitle")
        self.title.setFont(scaled_font(self, 1.1))
        self.title.setWordWrap(True)
        self.plan_label = QLabel(self)
        self.plan_label.setObjectName("experimentPlan")
        self.plan_label.setWordWrap(True)
        self.question = QLabel(self.tr("Did you follow the &plan?"), self)
        self.answer = ChoiceRow(
            self.tr("Did you follow the plan?"),
            field_options(YES_NO),
            blank_text=self.tr("not answered (counts as followed)"),
            parent=self,
        )
        self.answer.set_description(
            self.tr(
                "Whether you followed this night's plan. “No” leaves the night out of the "
                "experiment's result; blank counts as followed."
            )
        )
        self.question.setBuddy(self.answer)
        self.note = quiet(
            QLabel(self.tr("Answering “No” leaves this night out of the result."), self)
        )
        self.note.setWordWrap(True)
        for widget in (self.title, self.plan_label, self.question, self.answer, self.note):
            layout.addWidget(widget)
        self.experiment: Experiment | None = None
        self.slot: Slot | None = None

    def show_plan(self, experiment: Experiment, where: Slot) -> None:
        self.experiment, self.slot = experiment, where
        self.title.setText(self.tr("Your experiment: {factor}").format(factor=experiment.factor))
        self.plan_label.setText(plan_text(experiment, where))
