"""Setting up an experiment: the change, the outcome and the design, with the seeded schedule
shown as a calendar before anything is stored, together with the end date and the smallest p
the design can reach (so that a design that cannot answer the question is visible as such).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain import experiments as ex
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import StorageError
from rls_diary.ui.experiments import words
from rls_diary.ui.experiments.calendar import ScheduleCalendar, long_date

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

PROBLEM_STYLE = "color: #d32f2f;"
NO_FACTOR: Final = QT_TRANSLATE_NOOP(
    "SetupPanel", "Describe the change to test (or choose a suggestion) to start."
)


def outcome_title(outcome: str) -> str:
    """The outcome's name with a capital letter, in the window's language."""
    return words.outcome_title(outcome)


class SetupPanel(QWidget):
    """Emits ``started(Experiment)`` once an experiment was stored."""

    started = Signal(object)

    def __init__(
        self,
        diary: Diary,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
        *,
        seed: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._now = now
        # Drawn once per panel: the schedule shown is the one that will be stored.
        self.seed = service.new_seed() if seed is None else seed
        self.preview: Experiment | None = None
        self.problems: list[str] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("<b>New experiment</b>"), self)
        title.setObjectName("setupTitle")
        intro = QLabel(
            self.tr(
                "Test one change at a time. The nights are split into pairs of blocks: in one "
                "block of each pair you make the change (A), in the other you live as usual "
                "(B). Which comes first is drawn at random, so the comparison is fair."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.factor = QComboBox(self)
        self.factor.setEditable(True)
        self.factor.addItems([words.suggestion(f) for f in ex.FACTOR_SUGGESTIONS])
        self.factor.setCurrentIndex(-1)
        self.factor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.factor.lineEdit()
        assert line is not None  # the combo box is editable
        line.setPlaceholderText(self.tr("Type or choose the change, e.g. no caffeine after 12:00"))
        line.setMaxLength(ex.FACTOR_MAX_CHARS)
        self.factor.setAccessibleName(self.tr("The change to test"))
        self.factor.currentTextChanged.connect(self.refresh)

        self.outcome = QComboBox(self)
        for name in ex.OUTCOMES:
            self.outcome.addItem(outcome_title(name), name)
        self.outcome.setAccessibleName(self.tr("Outcome to compare"))
        self.outcome.currentIndexChanged.connect(self.refresh)

        self.block_nights = self._spin(*ex.BLOCK_NIGHTS_RANGE, ex.DEFAULT_BLOCK_NIGHTS)
        self.block_nights.setSuffix(self.tr(" nights"))
        self.block_nights.setAccessibleName(self.tr("Nights per block"))
        self.pairs = self._spin(*ex.PAIRS_RANGE, ex.DEFAULT_PAIRS)
        self.pairs.setAccessibleName(self.tr("Number of pairs"))
        self.washout = self._spin(0, ex.DEFAULT_BLOCK_NIGHTS - 1, ex.DEFAULT_WASHOUT)
        self.washout.setSuffix(self.tr(" nights"))
        self.washout.setAccessibleName(self.tr("Washout nights at the start of each block"))
        self.washout.setToolTip(
            self.tr(
                "The first nights of every block are left out of the result, in case the "
                "previous block still has an effect."
            )
        )
        self.first_night = QDateEdit(self)
        self.first_night.setCalendarPopup(True)
        # The Qt date format: German writes the day with a dot ("Di. 11. Juni 2024").
        self.first_night.setDisplayFormat(self.tr("ddd d MMM yyyy"))
        self.first_night.setAccessibleName(self.tr("Morning date of the first night"))
        self.first_night.setToolTip(self.tr("The morning date of the experiment's first night"))
        earliest = service.next_night(self._now())
        self.first_night.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.first_night.setDate(QDate(earliest.year, earliest.month, earliest.day))
        self.first_night.dateChanged.connect(self.refresh)

        form = QFormLayout()
        form.addRow(self.tr("&Change to test:"), self.factor)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("Nights per &block:"), self.block_nights)
        form.addRow(self.tr("&Pairs of blocks:"), self.pairs)
        form.addRow(self.tr("&Washout:"), self.washout)
        form.addRow(self.tr("&First night (morning):"), self.first_night)

        self.summary = QLabel(self)
        self.summary.setObjectName("experimentSummary")
        self.summary.setWordWrap(True)
        self.power_note = QLabel(self)
        self.power_note.setObjectName("experimentPowerNote")
        self.power_note.setWordWrap(True)
        self.calendar = ScheduleCalendar(self)
        legend = QLabel(
            self.tr(
                "A = with the change; B = as usual; washout nights are not counted. "
                "The order was drawn at random (seed {seed})."
            ).format(seed=self.seed),
            self,
        )
        legend.setWordWrap(True)
        legend.setObjectName("calendarLegend")
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("setupProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(PROBLEM_STYLE)
        self.start_button = QPushButton(self.tr("&Start experiment"), self)
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.power_note)
        layout.addWidget(self.calendar)
        layout.addWidget(legend)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.valueChanged.connect(self.refresh)
        return spin

    # -- state -----------------------------------------------------------------------------

    def start_date(self) -> dt.date:
        q = self.first_night.date()
        return dt.date(q.year(), q.month(), q.day())

    def refresh(self) -> None:
        """Recompute the preview, the summary and the problems from the inputs."""
        self.washout.setMaximum(self.block_nights.value() - 1)
        factor = self.factor.currentText().strip()
        outcome = str(self.outcome.currentData())
        block, pairs, washout = (
            self.block_nights.value(),
            self.pairs.value(),
            self.washout.value(),
        )
        self.preview = ex.new_experiment(
            0,
            factor or self.tr("the change"),
            outcome,
            self.start_date(),
            block_nights=block,
            pairs=pairs,
            washout_nights=washout,
            seed=self.seed,
        )
        self.problems = []
        no_factor = QCoreApplication.translate("SetupPanel", NO_FACTOR)
        if not factor:
            self.problems.append(no_factor)
        else:
            try:
                service.plan_experiment(
                    self.diary,
                    factor,
                    outcome,
                    block_nights=block,
                    pairs=pairs,
                    washout_nights=washout,
                    seed=self.seed,
                    start=self.start_date(),
                    now=self._now(),
                )
            except ex.ExperimentError as exc:
                self.problems.append(str(exc)[0].upper() + str(exc)[1:] + ".")
        if self.diary.read_only:
            self.problems.append(
                self.tr("This diary is open read-only: experiments cannot start here.")
            )
        self._show_summary(self.preview)
        self.calendar.show_experiment(self.preview, planned=True)
        self.problems_label.setText(" ".join(self.problems))
        # Only a missing factor: a hint, not an error.
        only_hint = self.problems == [no_factor]
        self.problems_label.setStyleSheet("" if only_hint else PROBLEM_STYLE)
        self.problems_label.setVisible(bool(self.problems))
        self.start_button.setEnabled(not self.problems)

    def _show_summary(self, e: Experiment) -> None:
        nights = ex.planned_nights(e)
        end = ex.end_date(e)
        counted = nights - 2 * e.pairs * e.washout_nights
        weeks, days = divmod(nights, 7)
        length = (self.tr("{weeks} week") if weeks == 1 else self.tr("{weeks} weeks")).format(
            weeks=weeks
        )
        if days:
            length += " " + (self.tr("{days} day") if days == 1 else self.tr("{days} days")).format(
                days=days
            )
        self.summary.setText(
            self.tr(
                "{nights} nights ({length}): from the night to {start} to the night to {end}. "
                "{counted} nights count towards the result."
            ).format(
                nights=nights,
                length=length,
                start=long_date(e.start),
                end=long_date(end),
                counted=counted,
            )
        )
        floor = ex.min_possible_p(e.pairs)
        text = self.tr(
            "The smallest p this design can reach is {p}, and only if every pair is complete."
        ).format(p=words.format_p(floor))
        if floor >= ex.SIGNIFICANCE:
            needed = next(k for k in range(2, 20) if ex.min_possible_p(k) < ex.SIGNIFICANCE)
            text += self.tr(
                " That is not below 0.05: with {pairs} pairs the experiment cannot tell a "
                "real effect from chance. Choose at least {needed} pairs for that."
            ).format(pairs=e.pairs, needed=needed)
            self.power_note.setStyleSheet(PROBLEM_STYLE)
        else:
            self.power_note.setStyleSheet("")
        self.power_note.setText(text)

    def start(self) -> Experiment | None:
        """Store the experiment shown (its seed, schedule and dates); None when refused."""
        self.refresh()
        if self.problems or self.preview is None:
            return None
        planned = self.preview
        if not self._start_ok(planned):
            return None
        try:
            started = service.start_experiment(
                self.diary,
                self.factor.currentText().strip(),
                planned.outcome,
                block_nights=planned.block_nights,
                pairs=planned.pairs,
                washout_nights=planned.washout_nights,
                seed=planned.seed,
                start=planned.start,
                now=self._now(),
            )
        except (ex.ExperimentError, StorageError) as exc:
            QMessageBox.critical(self, self.tr("Experiment not started"), str(exc))
            return None
        self.started.emit(started)
        return started

    def _start_ok(self, planned: Experiment) -> bool:
        """Ask before storing: what will happen, when, and that it can be stopped early
        (Cancel, also Escape, is the default and writes nothing)."""
        answer = QMessageBox.question(
            self,
            self.tr("Start the experiment?"),
            self.tr(
                "Start “{factor}”?\n\n"
                "It runs {nights} nights, from the night to {start} to the night to {end}, in "
                "{pairs} pairs of blocks of {block} nights: in one block of each pair you make "
                "the change, in the other you carry on as usual, in the order the calendar "
                "shows. The Diary shows each night's condition and asks whether you followed "
                "it.\n\nYou can stop the experiment early at any time; the nights recorded "
                "until then are kept."
            ).format(
                factor=self.factor.currentText().strip(),
                nights=ex.planned_nights(planned),
                start=long_date(planned.start),
                end=long_date(ex.end_date(planned)),
                pairs=planned.pairs,
                block=planned.block_nights,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
