"""The night form: every field of a diary entry, a blank state for each, live metrics.

``set_night(night, date)`` loads an entry (or a blank one), ``night()`` reads the inputs back
(a blank input is ``None``, never 0), ``problems()`` lists what is wrong, field by field.
Times the patient usually writes appear as grey placeholders and are saved only when the
patient types them or presses "Use my usual times". A night inside a personal experiment
shows its condition and asks whether the plan was followed (``experiment_adherence``,
editable only there; see :mod:`.experiment`). Errors of a field being typed wait until
the patient leaves it; ``show_all_problems`` (a refused save) shows every one at once.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.clock import resolve, zone
from rls_diary.domain.metrics import NightMetrics, compute
from rls_diary.domain.night import Night
from rls_diary.domain.validation import FieldError, Problem, validate
from rls_diary.ui import i18n
from rls_diary.ui.diary import fields, marks, text
from rls_diary.ui.diary.fields import FORM_FIELD_NAMES, FORM_FIELDS, KEPT_FIELDS
from rls_diary.ui.diary.header import NightHeader
from rls_diary.ui.diary.inputs import NumberInput, RemediesInput, SetInput, TimeInput
from rls_diary.ui.diary.sections import FieldRow, Section, field_text, make_input, quiet
from rls_diary.ui.diary.usual import USUAL_FIELDS
from rls_diary.ui.problem_text import problem_text

if TYPE_CHECKING:  # the box (and the experiment code) loads for a night in an experiment
    from rls_diary.ui.diary.experiment import ConditionLookup, ExperimentBox

TIMES = ("bedtime", "lights_out", "final_wake", "out_of_bed", "rls_onset", "last_caffeine")


class NightForm(QWidget):
    """Every field of one night, grouped: last night's sleep, restless legs, yesterday."""

    dirtyChanged = Signal(bool)
    dateEdited = Signal(object, object)  # the user picked another date: (new, previous)
    changed = Signal()

    def __init__(
        self,
        default_zone: str = "UTC",
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        experiment_at: ConditionLookup | None = None,
        load: bool = True,
    ) -> None:
        """``load=False``: the owner loads a night at once (``set_night``), so the form
        does not first load a blank one."""
        super().__init__(parent)
        self.default_zone = default_zone
        self._today = today
        self._experiment_at = experiment_at
        self._experiment_date: dt.date | None = None  # the date the box was looked up for
        self._date = today()
        self._loaded: Night | None = None
        self._baseline: tuple[object, ...] = ()
        self._dirty = False
        self._loading = False
        self._show_all = False
        self._problems: list[Problem] = []
        self.rows: dict[str, FieldRow] = {}
        self._build()
        if load:
            self.set_night(None, self._date)
        else:
            self._baseline = self._snapshot()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.header = NightHeader(self)
        self.date_edit = self.header.date_edit
        self.date_edit.dateChanged.connect(self._on_date_edit)
        outer.addWidget(self.header)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(self.scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 0, 12, 12)
        self.sections = {
            key: Section(field_text(title), field_text(fields.MORE_TITLES.get(key, "")), body)
            for key, title in fields.SECTION_TITLES.items()
        }
        self._column = column
        self._experiment_box: ExperimentBox | None = None  # see experiment_box
        for section in self.sections.values():
            column.addWidget(section)
        column.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self.usual_button = QPushButton(self.tr("Use my &usual times"), self)
        self.usual_button.setAutoDefault(False)
        self.usual_button.setAccessibleName(self.tr("Use my usual times"))
        self.usual_button.clicked.connect(self.fill_usual_times)
        top = QHBoxLayout()
        top.addWidget(self.usual_button)
        top.addStretch(1)
        self.sections[fields.SLEEP].top.addLayout(top)

        for view in FORM_FIELDS:
            widget = make_input(view)
            row = self.sections[view.section].add_row(view, widget)
            self.rows[view.name] = row
            widget.changed.connect(self._on_changed)  # type: ignore[attr-defined]
            if hasattr(widget, "committed"):
                widget.committed.connect(self._refresh)
            if isinstance(widget, TimeInput | NumberInput):
                widget.returnPressed.connect(widget.focusNextChild)
        self.tracked_label = quiet(QLabel(self))
        self.tracked_label.setWordWrap(True)
        self.sections[fields.SLEEP].bottom.addWidget(self.tracked_label)
        self.adherence_label = quiet(QLabel(self))
        self.sections[fields.NOTES].bottom.addWidget(self.adherence_label)
        width = max(section.label_width() for section in self.sections.values())
        for section in self.sections.values():
            section.set_label_width(width)
        self._set_tab_order()
        self.set_usual_times({})

    def focus_chain(self) -> list[QWidget]:
        """Every Tab stop of the form in visual order."""
        box = [self._experiment_box.answer] if self._experiment_box is not None else []
        chain: list[QWidget] = [self.date_edit, *box, self.usual_button]
        for key, section in self.sections.items():
            rows = [r for r in self.rows.values() if r.view.section == key]
            core = [r for r in rows if not section.is_more(r)]
            more = [r for r in rows if section.is_more(r)]
            for row in core:
                chain.extend(_stops(row.widget))
            if section.more_button is not None:
                chain.append(section.more_button)
            for row in more:
                chain.extend(_stops(row.widget))
        return chain

    def _set_tab_order(self) -> None:
        chain = self.focus_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading and reading -----------------------------------------------------------

    @property
    def loaded_night(self) -> Night | None:
        """The stored entry the form was loaded from (None for a new one)."""
        return self._loaded

    @property
    def is_new(self) -> bool:
        return self._loaded is None

    @property
    def in_experiment(self) -> bool:
        """Whether the night shown is inside an experiment (the adherence can be edited)."""
        return self._experiment_box is not None and self._experiment_box.slot is not None

    @property
    def experiment_box(self) -> ExperimentBox:
        """The experiment box at the top of the form, made when first needed (hidden)."""
        if self._experiment_box is None:
            from rls_diary.ui.diary.experiment import ExperimentBox

            box = self._experiment_box = ExperimentBox(self._column.parentWidget())
            box.setVisible(False)
            loading, self._loading = self._loading, True
            try:
                box.answer.set_value(self._loaded.experiment_adherence if self._loaded else None)
            finally:
                self._loading = loading
            box.answer.changed.connect(self._on_changed)
            self._column.insertWidget(0, box)
            self._set_tab_order()
        return self._experiment_box

    @property
    def dirty(self) -> bool:
        return self._dirty

    def date(self) -> dt.date:
        return self._date

    def set_night(self, night: Night | None, date: dt.date | None = None) -> None:
        """Show ``night`` (or a blank entry for ``date``); this becomes the unmodified state."""
        date = night.date if night is not None and date is None else date or self._date
        self._loaded = night if night is not None and night.date == date else None
        self._loading = True
        try:
            for name, row in self.rows.items():
                row.input.set_value(self._loaded.get(name) if self._loaded else None)
            if self._experiment_box is not None:
                adherence = self._loaded.experiment_adherence if self._loaded else None
                self._experiment_box.answer.set_value(adherence)
        finally:
            self._loading = False
        self._show_all = False
        for section in self.sections.values():
            hidden = [r for r in self.rows.values() if r.section is section and section.is_more(r)]
            if any(r.input.raw_state() not in (None, "", ()) for r in hidden):
                section.set_expanded(True)
        self.set_date(date)
        self._baseline = self._snapshot()
        self._refresh()

    def set_stored(self, night: Night | None) -> None:
        """The stored entry changed underneath (undo): keep the typing, update what it edits."""
        self._loaded = night if night is not None and night.date == self._date else None
        self._refresh()

    def set_date(self, date: dt.date) -> None:
        """Move the form to ``date`` without loading anything (no ``dateEdited``)."""
        self._date = date
        self.header.set_date(date, self._today())
        self._look_up_experiment()
        self._refresh()

    def refresh_experiment(self) -> None:
        """Look the night's experiment up again (one was started or stopped); what is being
        typed stays, an unchanged form stays unchanged."""
        dirty = self._dirty
        self._experiment_date = None
        self._look_up_experiment()
        if not dirty:
            self._baseline = self._snapshot()
        self._refresh()

    def _look_up_experiment(self) -> None:
        """Show the experiment box when the night is inside an experiment."""
        if self._experiment_date == self._date:
            return
        self._experiment_date = self._date
        found = self._experiment_at(self._date) if self._experiment_at is not None else None
        if found is None and self._experiment_box is None:
            return
        box = self.experiment_box
        if found is None:
            box.experiment = box.slot = None
        else:
            box.show_plan(*found)
        box.setVisible(found is not None)

    def revert(self) -> None:
        """Back to the entry as loaded."""
        self.set_night(self._loaded, self._date if self._loaded is None else None)

    def night(self) -> Night:
        """The night the inputs describe; an unreadable input counts as blank here."""
        return self._read()[0]

    def problems(self) -> list[Problem]:
        """Errors and warnings, in the order of the fields on screen."""
        return list(self._problems)

    def errors(self) -> list[Problem]:
        return [p for p in self._problems if not p.warning]

    def _read(self) -> tuple[Night, list[Problem]]:
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, row in self.rows.items():
            try:
                values[name] = row.input.value()
            except FieldError as exc:
                problems.append(Problem.from_error(name, exc))
                values[name] = None
        loaded = self._loaded if self._loaded and self._loaded.date == self._date else None
        if loaded is not None:
            values.update({name: loaded.get(name) for name in KEPT_FIELDS})
            values.update(entered_at=loaded.entered_at, updated_at=loaded.updated_at)
        if self.in_experiment:  # asked about in the experiment box; elsewhere kept as stored
            values["experiment_adherence"] = self.experiment_box.answer.value()
        return Night(date=self._date, **values), problems

    def _snapshot(self) -> tuple[object, ...]:
        answer = self.experiment_box.answer.raw_state() if self.in_experiment else None
        return (*(row.input.raw_state() for row in self.rows.values()), answer)

    # -- live feedback -----------------------------------------------------------------

    def _on_changed(self) -> None:
        if not self._loading:
            self._refresh()
            self.changed.emit()

    def _on_date_edit(self, qdate: QDate) -> None:
        previous, self._date = self._date, qdate.toPython()
        self._look_up_experiment()
        self._refresh()
        if self._date != previous:
            self.dateEdited.emit(self._date, previous)

    def _refresh(self) -> None:
        if self._loading:
            return
        night, problems = self._read()
        unreadable = {p.field for p in problems}
        try:
            metrics = compute(night, self.default_zone)
            problems += [p for p in validate(night, self.default_zone) if p.field not in unreadable]
        except ValueError:  # an unknown stored zone
            metrics = NightMetrics()
        order = {name: i for i, name in enumerate(FORM_FIELD_NAMES)}
        self._problems = sorted(problems, key=lambda p: order.get(p.field, len(order)))
        self._show_header(night, metrics)
        self._show_hints(night)
        self._show_problems()
        dirty = self._snapshot() != self._baseline
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _show_header(self, night: Night, metrics: NightMetrics) -> None:
        self.header.show_night(night, metrics, self.default_zone, self._today().year)
        yesterday = text.short_date(self._date - dt.timedelta(days=1))
        self.sections[fields.DAY].title_label.setText(
            self.tr("Yesterday ({day})").format(day=yesterday)
        )
        tracked = []
        if night.tracked_sleep_min is not None:
            tracked.append(
                self.tr("Sleep measured by a device: {duration}").format(
                    duration=text.duration(night.tracked_sleep_min)
                )
            )
        if night.source:
            tracked.append(self.tr("imported from {source}").format(source=night.source))
        self.tracked_label.setText(", ".join(tracked))
        self.tracked_label.setVisible(bool(tracked))
        # outside an experiment a stored answer is shown (and kept) but not asked
        adherence = night.experiment_adherence
        self.adherence_label.setVisible(adherence is not None and not self.in_experiment)
        self.adherence_label.setText(
            self.tr("Followed the experiment: yes")
            if adherence
            else self.tr("Followed the experiment: no")
        )

    def _show_hints(self, night: Night) -> None:
        try:
            instants = resolve(night, self.default_zone)
            tz = zone(night.timezone or self.default_zone)
        except ValueError:
            return
        for name in TIMES:
            hint = self.rows[name].hint
            instant = getattr(instants, name)
            if hint is not None:
                hint.setText(
                    "" if instant is None else text.short_date(instant.astimezone(tz).date())
                )

    def _show_problems(self) -> None:
        shown: dict[str, Problem] = {}
        for problem in self._problems:
            row = self.rows.get(problem.field)
            if row is None or problem.field in shown:
                continue
            if self._show_all or not row.input.typing:
                shown[problem.field] = problem
        for name, row in self.rows.items():
            problem = shown.get(name)
            severity = "" if problem is None else "warning" if problem.warning else "error"
            message = (
                "" if problem is None else f"{field_text(row.view.label)}: {problem_text(problem)}"
            )
            if problem is not None and problem.warning:
                if i18n.language() == "en":  # "Check got into bed: …"; German nouns keep theirs
                    message = f"{message[0].lower()}{message[1:]}"
                message = self.tr("Check {problem} (saved anyway)").format(problem=message)
            marks.mark_problem(row.widget, severity)
            if problem is not None or row.has_problem_line:
                marks.colour_problem_text(row.problem, severity)
                row.problem.setText(message)
                row.problem.setVisible(problem is not None)
            row.input.set_problem_text(message or None)

    def show_all_problems(self) -> None:
        self._show_all = True
        self._refresh()

    def focus_first_problem(self) -> Problem | None:
        """Show every problem and put the cursor in the first invalid field."""
        self.show_all_problems()
        for problem in self.errors():
            row = self.rows.get(problem.field)
            if row is None:
                continue
            self.focus_field(problem.field)
            return problem
        return next(iter(self.errors()), None)

    def focus_field(self, name: str) -> None:
        row = self.rows[name]
        if row.section.is_more(row):
            row.section.set_expanded(True)
        target = row.input.focus_target()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(target)

    def focus_first_field(self) -> None:
        self.focus_field(FORM_FIELD_NAMES[0])

    # -- usual times -------------------------------------------------------------------

    def set_usual_times(self, usual: Mapping[str, dt.time]) -> None:
        for name in USUAL_FIELDS:
            widget = self.rows[name].widget
            assert isinstance(widget, TimeInput)
            widget.set_usual(usual.get(name))
        shown = [text.clock_text(usual[n]) for n in USUAL_FIELDS if n in usual]
        self.usual_button.setVisible(bool(shown))
        self.usual_button.setToolTip(
            self.tr("Fill in the empty bed and wake times with your usual ones: {times}").format(
                times=", ".join(shown)
            )
        )

    def reformat_times(self) -> None:
        """Show every time in the clock format now chosen (Settings: 24 h / 12 h)."""
        for row in self.rows.values():
            if isinstance(row.widget, TimeInput):
                row.widget.reformat()
        self.set_usual_times({n: w.usual for n in USUAL_FIELDS if (w := self._time(n)).usual})

    def _time(self, name: str) -> TimeInput:
        widget = self.rows[name].widget
        assert isinstance(widget, TimeInput)
        return widget

    def fill_usual_times(self) -> bool:
        """Accept the usual times in the empty time fields; True when any was filled."""
        filled = False
        for name in USUAL_FIELDS:
            widget = self.rows[name].widget
            assert isinstance(widget, TimeInput)
            filled = widget.accept_usual() or filled
        return filled

    def input(self, name: str) -> QWidget:
        """The widget that takes the keyboard for field ``name``."""
        return self.rows[name].input.focus_target()


def _stops(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, SetInput):
        return list(widget.boxes.values())
    if isinstance(widget, RemediesInput):
        return list(widget.rows.values())
    return [widget]
