"""The experiment that is running: tonight's condition, whether each night was followed, and
stopping early (the nights so far are kept)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain import experiments as ex
from rls_diary.domain.clock import current_entry_date
from rls_diary.domain.night import Night
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary, InvalidNight
from rls_diary.storage.errors import StorageError
from rls_diary.ui.experiments import words
from rls_diary.ui.experiments.calendar import A_COLOUR, B_COLOUR, ScheduleCalendar, long_date

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

FOLLOWED: Final = (True, False, None)
FOLLOWED_TEXT: Final = (
    QT_TRANSLATE_NOOP("RunningPanel", "&Yes, followed"),
    QT_TRANSLATE_NOOP("RunningPanel", "&No, not followed"),
    QT_TRANSLATE_NOOP("RunningPanel", "Not &answered"),
)


def marks_for(nights: list[Night]) -> dict[dt.date, str]:
    """A calendar mark per night entry: followed / not followed / recorded."""
    marks = {}
    for night in nights:
        if night.experiment_adherence is True:
            marks[night.date] = "followed"
        elif night.experiment_adherence is False:
            marks[night.date] = "not followed"
        elif night.is_recorded:
            marks[night.date] = "recorded"
    return marks


class RunningPanel(QWidget):
    """Emits ``changed`` after an adherence answer was saved, ``stopped(Experiment)`` after
    a stop."""

    changed = Signal()
    nightSaved = Signal(object, object)  # an answer saved: the night before (or None), after
    stopped = Signal(object)

    def __init__(
        self, diary: Diary, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self._now = now
        self.experiment: Experiment | None = None
        self.selected: dt.date | None = None
        self._filling = False
        self._build()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setObjectName("experimentTitle")
        self.title.setWordWrap(True)
        self.badge = QLabel(self)
        self.badge.setObjectName("tonightBadge")
        self.badge.setFixedSize(56, 56)
        self.tonight_label = QLabel(self)
        self.tonight_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tonight_label.setObjectName("tonightText")
        self.tonight_label.setWordWrap(True)
        tonight_row = QHBoxLayout()
        tonight_row.addWidget(self.badge)
        tonight_row.addWidget(self.tonight_label, 1)

        self.progress = QLabel(self)
        self.progress.setObjectName("experimentProgress")
        self.progress.setWordWrap(True)
        self.calendar = ScheduleCalendar(self)
        self.calendar.nightClicked.connect(self.select_night)
        legend = QLabel(
            self.tr(
                "A = with the change; B = as usual; ✓ followed; ✗ not followed (left out); "
                "○ recorded, not answered. Click a past night to answer for it."
            ),
            self,
        )
        legend.setWordWrap(True)

        self.question = QLabel(self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setObjectName("adherenceQuestion")
        self.question.setWordWrap(True)
        self.answers = QButtonGroup(self)
        answers_row = QHBoxLayout()
        self.answer_buttons: list[QRadioButton] = []
        for index, text in enumerate(FOLLOWED_TEXT):
            button = QRadioButton(QCoreApplication.translate("RunningPanel", text), self)
            self.answers.addButton(button, index)
            self.answer_buttons.append(button)
            answers_row.addWidget(button)
        answers_row.addStretch(1)
        self.answers.idClicked.connect(self._on_answer)

        self.stop_button = QPushButton(self.tr("S&top experiment early…"), self)
        self.stop_button.setAutoDefault(False)
        self.stop_button.setToolTip(self.tr("End it today; the nights recorded so far are kept"))
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(tonight_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.calendar)
        layout.addWidget(legend)
        layout.addWidget(self.question)
        layout.addLayout(answers_row)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- showing ---------------------------------------------------------------------------

    def show_experiment(self, e: Experiment) -> None:
        self.experiment = e
        now = self._now()
        entry = current_entry_date(now)
        self.title.setText(
            self.tr(
                "<b>Experiment {id}: {factor}</b> — outcome: {outcome}; {pairs} pairs of "
                "{nights}-night blocks, {start} to {end}"
            ).format(
                id=e.id,
                factor=_escape(e.factor),
                outcome=_escape(words.outcome_label(e.outcome)),
                pairs=e.pairs,
                nights=e.block_nights,
                start=long_date(e.start),
                end=long_date(ex.end_date(e)),
            )
        )
        tonight = service.tonight(self.diary, now)
        condition = tonight.condition if tonight is not None else None
        self.badge.setText(condition or "–")
        colour = A_COLOUR if condition == "A" else B_COLOUR
        self.badge.setStyleSheet(
            f"background: {colour.name() if condition else 'transparent'}; color: "
            f"{'#ffffff' if condition else 'palette(text)'}; font-size: 28px; "
            "font-weight: bold; border-radius: 8px; qproperty-alignment: AlignCenter;"
        )
        self.tonight_label.setText(words.tonight_text(tonight) if tonight is not None else "")
        nights = self.diary.nights(e.start, ex.end_date(e))
        self.calendar.show_experiment(e, planned=False, marks=marks_for(nights), today=entry)
        self._show_progress(e, nights, entry)
        default = self._default_night(e, now)
        if self.selected is None or ex.slot(e, self.selected) is None or self.selected > entry:
            self.selected = default
        self._show_question()
        self.calendar.select_date(self.selected)
        self.stop_button.setEnabled(not self.diary.read_only)

    def _show_progress(self, e: Experiment, nights: list[Night], entry: dt.date) -> None:
        uses = ex.night_uses(e, nights, self.diary.default_zone)
        complete = sum(1 for p in ex.pair_results(e, uses) if p.complete)
        past = [u for u in uses if u.slot.date < entry]
        counted = sum(1 for u in past if u.counted)
        left_out = {
            reason: sum(1 for u in past if u.reason == reason)
            for reason in ("washout", "not followed", "not recorded", "no value")
        }
        parts = [self.tr("{count} counted").format(count=counted)]
        names = {
            "washout": self.tr("{count} washout"),
            "not followed": self.tr("{count} not followed"),
            "not recorded": self.tr("{count} without an entry"),
            "no value": self.tr("{count} without {outcome}"),
        }
        outcome = words.outcome_name(e.outcome)
        parts += [names[r].format(count=n, outcome=outcome) for r, n in left_out.items() if n]
        self.progress.setText(
            self.tr(
                "Nights so far: {nights} of {planned} ({parts}). Complete pairs: {complete} of "
                "{pairs}."
            ).format(
                nights=len(past),
                planned=ex.planned_nights(e),
                parts=", ".join(parts),
                complete=complete,
                pairs=e.pairs,
            )
        )

    @staticmethod
    def _default_night(e: Experiment, now: dt.datetime) -> dt.date | None:
        """The latest night of ``e`` that has been slept or is under way (today's morning
        date or before); ``None`` before the first night."""
        last = ex.last_night(e)
        if last is None:
            return None
        candidate = min(now.date(), last)
        return candidate if candidate >= e.start else None

    def select_night(self, date: dt.date) -> None:
        """Ask about the night ``date`` (only nights up to the current entry)."""
        e = self.experiment
        if e is None or ex.slot(e, date) is None or date > current_entry_date(self._now()):
            return
        self.selected = date
        self._show_question()
        self.calendar.select_date(date)

    def _show_question(self) -> None:
        e, date = self.experiment, self.selected
        visible = e is not None and date is not None
        self.question.setVisible(visible)
        for button in self.answer_buttons:
            button.setVisible(visible)
            button.setEnabled(visible and not self.diary.read_only)
        if e is None or date is None:
            return
        where = ex.slot(e, date)
        assert where is not None
        if where.condition == "A":
            what = e.factor
        else:
            what = self.tr("as usual (without “{factor}”)").format(factor=e.factor)
        self.question.setText(
            self.tr(
                "The night to {date} was an {condition} night — {what}. Did you follow it?"
            ).format(date=words.weekday_month(date), condition=where.condition, what=what)
        )
        night = self.diary.night(date)
        answer = night.experiment_adherence if night is not None else None
        self._filling = True
        self.answer_buttons[FOLLOWED.index(answer)].setChecked(True)
        self._filling = False

    # -- changing --------------------------------------------------------------------------

    def _on_answer(self, index: int) -> None:
        if self._filling or self.selected is None or self.experiment is None:
            return
        try:
            before = self.diary.night(self.selected)
            saved = service.set_adherence(self.diary, self.selected, FOLLOWED[index])
        except (InvalidNight, StorageError) as exc:
            QMessageBox.critical(self, self.tr("Answer not saved"), str(exc))
            return
        self.show_experiment(self.experiment)
        self.nightSaved.emit(before, saved)
        self.changed.emit()

    def stop(self) -> Experiment | None:
        e = self.experiment
        if e is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Stop the experiment?"),
            self.tr(
                "Stop “{factor}” today? The nights recorded so far are kept and the result "
                "uses the complete pairs. A stopped experiment cannot be resumed."
            ).format(factor=e.factor),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            stopped = service.stop_experiment(self.diary, self._now())
        except (ex.ExperimentError, StorageError) as exc:
            QMessageBox.critical(self, self.tr("Experiment not stopped"), str(exc))
            return None
        self.experiment = None
        self.stopped.emit(stopped)
        return stopped


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
