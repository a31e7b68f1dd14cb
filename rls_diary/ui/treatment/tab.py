"""The Treatment tab: a list of sections on the left, the chosen one on the right.

Sections: Insights (cards from the insights engine, computed in a worker), Medicines (courses
and the episode time line; add, edit, change dose, stop, delete), Blood tests, IRLS scores,
Conditions, Questions for my doctor, and the augmentation baseline period.

Every change is written in one transaction and pushed on the shared ``QUndoStack`` as a
command that can put the records back exactly. Storage errors appear in the dialog that asked
for the change (which stays open with what was typed), or in a message box; never as a
traceback. The main window shows ``statusMessage`` texts and calls :meth:`reload` after the
diary changed elsewhere (an import, a restore) and :meth:`shutdown` before closing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.episodes import episodes
from rls_diary.domain.record_validation import BASELINE_FROM, BASELINE_TO
from rls_diary.domain.records import Assessment, Condition, Lab, Medication, Question
from rls_diary.services.diary import Contents, Diary
from rls_diary.services.insights import local_today
from rls_diary.ui.diary.text import BLANK
from rls_diary.ui.models.record_tables import (
    AssessmentTableModel,
    ConditionTableModel,
    LabTableModel,
    MedicationTableModel,
    QuestionTableModel,
    RecordTableModel,
)
from rls_diary.ui.treatment import forms, text
from rls_diary.ui.treatment.commands import (
    STORAGE_ERRORS,
    Change,
    ChangeCommand,
    SettingState,
    Step,
    perform,
)
from rls_diary.ui.treatment.dialog import RecordDialog
from rls_diary.ui.treatment.insights import Findings, InsightsPage, load_insights
from rls_diary.ui.treatment.pages import BaselinePage, RecordPage
from rls_diary.ui.treatment.timeline import EpisodeTimeline

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

MAX_TIMELINE_ROWS: Final = 4  # more episodes scroll
INFUSION_TEXT: Final = QT_TRANSLATE_NOOP(
    "TreatmentTab", "An iron infusion is a one-day course: add another infusion as a new course"
)
NOTHING_CHANGED: Final = QT_TRANSLATE_NOOP(
    "TreatmentTab", "Nothing was changed; what you typed is still here."
)
# Section titles and record nouns (translated when shown, context "TreatmentTab").
SECTIONS: Final = (
    ("insights", QT_TRANSLATE_NOOP("TreatmentTab", "Insights")),
    ("medications", QT_TRANSLATE_NOOP("TreatmentTab", "Medicines")),
    ("labs", QT_TRANSLATE_NOOP("TreatmentTab", "Blood tests")),
    ("assessments", QT_TRANSLATE_NOOP("TreatmentTab", "IRLS scores")),
    ("conditions", QT_TRANSLATE_NOOP("TreatmentTab", "Conditions")),
    ("questions", QT_TRANSLATE_NOOP("TreatmentTab", "Questions for my doctor")),
    ("baseline", QT_TRANSLATE_NOOP("TreatmentTab", "Augmentation baseline")),
    ("experiments", QT_TRANSLATE_NOOP("TreatmentTab", "My experiments")),
)
NOUNS: Final = {
    "medications": QT_TRANSLATE_NOOP("TreatmentTab", "course"),
    "labs": QT_TRANSLATE_NOOP("TreatmentTab", "blood test"),
    "assessments": QT_TRANSLATE_NOOP("TreatmentTab", "IRLS score"),
    "conditions": QT_TRANSLATE_NOOP("TreatmentTab", "condition period"),
    "questions": QT_TRANSLATE_NOOP("TreatmentTab", "question"),
}


def describe(table: str, record: Any) -> str:
    """A few words naming a record in the undo history and the status bar (translated)."""
    if isinstance(record, Medication):
        dose = text.dose_text(record.dose, record.unit)
        return record.name if dose == BLANK else f"{record.name} {dose}"
    if isinstance(record, Lab):
        return QCoreApplication.translate("TreatmentTab", "blood test of {0}").format(
            text.date_text(record.date)
        )
    if isinstance(record, Assessment):
        return QCoreApplication.translate("TreatmentTab", "IRLS score of {0}").format(
            text.date_text(record.date)
        )
    if isinstance(record, Condition):
        source = text.condition_label(record.kind)
        kind = text.word(source)
        kind = kind.lower() if kind == source else kind  # English: "travel"; German: "Reise"
        return QCoreApplication.translate("TreatmentTab", "{kind} from {date}").format(
            kind=kind, date=text.date_text(record.start)
        )
    if isinstance(record, Question):
        words = record.text.strip()
        return QCoreApplication.translate("TreatmentTab", "question “{0}”").format(
            f"{words[:40]}{'…' if len(words) > 40 else ''}"
        )
    return _tr(NOUNS.get(table, QT_TRANSLATE_NOOP("TreatmentTab", "record")))


def _tr(source: str) -> str:
    """A section title or a record noun in the window's language."""
    return QCoreApplication.translate("TreatmentTab", source)


def _open(dialog: QDialog) -> None:
    dialog.open()


class TreatmentTab(QWidget):
    """The Treatment tab on ``diary`` (the writer), with changes on ``undo_stack``.

    ``today`` gives the date used for defaults and the insights (the date in the diary's zone
    by default); ``open_dialog`` shows a form dialog (``QDialog.open``, window-modal and not
    blocking, by default) and ``insights_loader`` computes the findings in the worker.
    """

    statusMessage = Signal(str)

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] | None = None,
        open_dialog: Callable[[QDialog], None] = _open,
        insights_loader: Callable[[Any, str, dt.date], Findings] = load_insights,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("treatmentTab")
        self.diary = diary
        self.undo_stack = undo_stack
        self._today = today or (lambda: local_today(diary.default_zone))
        self._open_dialog = open_dialog
        self.dialog: RecordDialog | None = None
        self.settings: dict[str, str] = {}

        self.medication_model = MedicationTableModel(self)
        self.lab_model = LabTableModel(self)
        self.assessment_model = AssessmentTableModel(self)
        self.condition_model = ConditionTableModel(self)
        self.question_model = QuestionTableModel(self)
        self.models: dict[str, RecordTableModel[Any]] = {
            "medications": self.medication_model,
            "labs": self.lab_model,
            "assessments": self.assessment_model,
            "conditions": self.condition_model,
            "questions": self.question_model,
        }
        self.question_model.doneToggled.connect(self.set_question_done)
        self._build(insights_loader)
        self.reload()

    # -- layout --------------------------------------------------------------------------------

    def _build(self, insights_loader: Callable[[Any, str, dt.date], Findings]) -> None:
        self.insights = InsightsPage(
            self.diary.data_dir, self.diary.default_zone, self._today, loader=insights_loader
        )
        self.timeline = EpisodeTimeline()
        self.medications = RecordPage(
            self.tr("Medicines"),
            self.tr(
                "Each row is one course: one medicine at one dose. A dose change ends a course "
                "and starts the next; the time line shows the courses of one medicine as one "
                "bar, with a tick at each dose change and a dot for an iron infusion."
            ),
            self.medication_model,
            noun="course",
            add_text=self.tr("&Add medicine…"),
            empty_text=self.tr("No medicines yet."),
            sort_column=MedicationTableModel.START,
        )
        timeline_scroll = QScrollArea()
        timeline_scroll.setWidget(self.timeline)
        timeline_scroll.setWidgetResizable(True)
        timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        timeline_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        timeline_scroll.setObjectName("timelineScroll")
        timeline_scroll.setAccessibleName(self.tr("Medicine time line"))
        # A Tab stop only when it scrolls (the arrow keys then show the other episodes).
        timeline_scroll.setStyleSheet(
            "#timelineScroll:focus { border: 1px solid palette(highlight); }"
        )
        self.timeline_scroll = timeline_scroll
        self.medications.layout_.insertWidget(2, timeline_scroll)
        self.change_dose_button = QPushButton(self.tr("Change &dose…"))
        self.change_dose_button.setToolTip(
            self.tr("End the selected course the day before and start the next one at a new dose")
        )
        self.stop_button = QPushButton(self.tr("&Stop…"))
        self.stop_button.setToolTip(self.tr("Set the last day of the selected course"))
        self.medications.add_action_button(self.stop_button)
        self.medications.add_action_button(self.change_dose_button)
        self.change_dose_button.clicked.connect(self._change_dose_selected)
        self.stop_button.clicked.connect(self._stop_selected)
        self.medications.selectionChanged.connect(self._course_selected)

        self.labs = RecordPage(
            self.tr("Blood tests"),
            self.tr(
                "Ferritin and transferrin saturation (TSAT) matter for RLS: results at which RLS "
                "guidelines suggest discussing iron treatment (ferritin ≤ 75 ng/mL, TSAT < 20 %) "
                "are marked “⚠ low”."
            ),
            self.lab_model,
            noun="blood test",
            add_text=self.tr("&Add blood test…"),
            empty_text=self.tr("No blood tests yet."),
            stretch_column=LabTableModel.NOTE,
        )
        self.assessments = RecordPage(
            self.tr("IRLS scores"),
            self.tr(
                "The International RLS Rating Scale total, 0–40: 0 none, 1–10 mild, 11–20 "
                "moderate, 21–30 severe, 31–40 very severe. Item scores are optional."
            ),
            self.assessment_model,
            noun="IRLS score",
            add_text=self.tr("&Add IRLS score…"),
            empty_text=self.tr("No IRLS scores yet."),
        )
        self.conditions = RecordPage(
            self.tr("Conditions"),
            self.tr(
                "Periods that change what the diary means: a pregnancy, kidney disease (the iron "
                "thresholds are then not applied), iron deficiency, neuropathy, travel."
            ),
            self.condition_model,
            noun="condition period",
            add_text=self.tr("&Add condition…"),
            empty_text=self.tr("No condition periods."),
            sort_column=ConditionTableModel.START,
        )
        self.questions = RecordPage(
            self.tr("Questions for my doctor"),
            self.tr(
                "Write questions down when they come up and take the list to your next "
                "appointment. Tick a question once it is answered."
            ),
            self.question_model,
            noun="question",
            add_text=self.tr("&Add question…"),
            empty_text=self.tr("No questions yet."),
            sort_column=QuestionTableModel.CREATED,
            stretch_column=QuestionTableModel.TEXT,
        )
        self.baseline = BaselinePage()
        self.baseline.saveRequested.connect(self.save_baseline)

        self.pages: dict[str, RecordPage] = {
            "medications": self.medications,
            "labs": self.labs,
            "assessments": self.assessments,
            "conditions": self.conditions,
            "questions": self.questions,
        }
        for table, page in self.pages.items():
            page.addRequested.connect(lambda table=table: self.add(table))
            page.editRequested.connect(lambda record, table=table: self.edit(table, record))
            page.deleteRequested.connect(lambda record, table=table: self.delete(table, record))

        from rls_diary.ui.experiments import ExperimentsPanel

        self.experiments = ExperimentsPanel(self.diary, self)
        self.section_list = QListWidget(self)
        self.section_list.setObjectName("treatmentSections")
        self.section_list.setAccessibleName(self.tr("Treatment sections"))
        self.section_list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        widgets: dict[str, QWidget] = {
            "insights": self.insights,
            **self.pages,
            "baseline": self.baseline,
            "experiments": self.experiments,
        }
        for key, title in SECTIONS:
            self.section_list.addItem(_tr(title))
            self.stack.addWidget(widgets[key])
        self.section_keys = [key for key, _ in SECTIONS]
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_section_list()
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.section_list.setCurrentRow(0)

        right = QVBoxLayout()
        right.setContentsMargins(8, 0, 0, 0)
        right.addWidget(self.stack)
        layout = QHBoxLayout(self)
        layout.addWidget(self.section_list)
        layout.addLayout(right, 1)

    def _fit_section_list(self) -> None:
        """As wide as the longest title, but at most a fifth of the tab (titles then wrap)."""
        metrics = self.section_list.fontMetrics()
        natural = max(metrics.horizontalAdvance(_tr(title)) for _, title in SECTIONS)
        natural += metrics.averageCharWidth() * 4 + 24
        narrowest = metrics.horizontalAdvance("Augmentation") + metrics.averageCharWidth() * 4 + 24
        width = min(natural, max(self.width() // 5, narrowest)) if self.width() > 0 else natural
        self.section_list.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_section_list()

    def show_section(self, key: str) -> None:
        self.section_list.setCurrentRow(self.section_keys.index(key))

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every record again (after an import, a restore, an undo of a night) and
        recalculate; the experiment shown follows too (its answers live in the nights)."""
        try:
            contents = self.diary.contents()
        except STORAGE_ERRORS as exc:
            self._show_error(self.tr("Could not read the treatment records"), exc)
            return
        self._set_contents(contents)
        self.insights.refresh()
        self.experiments.refresh()

    def shutdown(self) -> None:
        self.insights.shutdown()

    def _set_contents(self, contents: Contents) -> None:
        self.medication_model.set_records(contents.medications)
        self.lab_model.set_records(contents.labs)
        self.assessment_model.set_records(contents.assessments)
        self.condition_model.set_records(contents.conditions)
        self.question_model.set_records(contents.questions)
        self.settings = dict(contents.settings)
        self._derived_changed()
        self._show_baseline()

    def _derived_changed(self) -> None:
        """The time line and the lab markings follow the courses and conditions."""
        self.timeline.set_episodes(episodes(self.medication_model.records()), self._today())
        self.timeline_scroll.setFixedHeight(self.timeline.visible_height(MAX_TIMELINE_ROWS) + 2)
        scrolls = len(self.timeline.episodes) > MAX_TIMELINE_ROWS
        self.timeline_scroll.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus
        )
        self.timeline_scroll.setAccessibleDescription(
            self.tr("{0} — scroll with the arrow keys").format(
                self.timeline.accessibleDescription()
            )
            if scrolls
            else self.timeline.accessibleDescription()
        )
        conditions = self.condition_model.records()
        self.lab_model.set_kidney_periods(
            [(c.start, c.end) for c in conditions if c.kind == "kidney_disease"]
        )
        self._course_selected(self.medications.selected_record())

    def _show_baseline(self) -> None:
        first: dt.date | None
        last: dt.date | None
        try:
            first = dt.date.fromisoformat(self.settings[BASELINE_FROM])
            last = dt.date.fromisoformat(self.settings[BASELINE_TO])
        except (KeyError, ValueError):
            first = last = None
        self.baseline.set_period(first, last)

    # -- actions -----------------------------------------------------------------------------

    def add(self, table: str) -> RecordDialog:
        """Open the form for a new record of ``table``."""
        dialog = self._dialog(table, None)
        dialog.save_handler = lambda record: self._save(table, None, record, self.tr("Add {0}"))
        return self._show(dialog)

    def edit(self, table: str, record: Any) -> RecordDialog:
        dialog = self._dialog(table, record)
        dialog.save_handler = lambda changed: self._save(
            table, record, changed, self.tr("Edit {0}")
        )
        return self._show(dialog)

    def delete(self, table: str, record: Any) -> bool:
        what = self.tr("Delete {0}").format(describe(table, record))
        try:
            change = perform(self.diary, what, [Step(table, record, None)])
        except STORAGE_ERRORS as exc:
            self._show_error(self.tr("Could not delete the {0}").format(_tr(NOUNS[table])), exc)
            return False
        self._push(change)
        self.statusMessage.emit(
            self.tr("Deleted the {0} — Undo (Ctrl+Z) brings it back").format(
                describe(table, record)
            )
        )
        return True

    def change_dose(self, course: Medication) -> RecordDialog | None:
        """Open the dose change of ``course`` (not for an infusion, a one-day course)."""
        if course.drug_class == "iron_iv":
            self.statusMessage.emit(_tr(INFUSION_TEXT))
            return None
        dialog: RecordDialog = forms.ChangeDoseDialog(course, self._today(), self)

        def save(records: tuple[Medication, Medication]) -> str | None:
            ended, following = records
            dose = text.dose_text(following.dose, following.unit)
            what = self.tr("Change the dose of {name} to {dose}").format(
                name=course.name, dose=dose
            )
            steps = [Step("medications", course, ended), Step("medications", None, following)]
            return self._perform(what, steps, select=("medications", None))

        dialog.save_handler = save
        return self._show(dialog)

    def stop(self, course: Medication) -> RecordDialog | None:
        """Open the form that sets the last day of ``course`` (not for an infusion)."""
        if course.drug_class == "iron_iv":
            self.statusMessage.emit(_tr(INFUSION_TEXT))
            return None
        dialog: RecordDialog = forms.StopDialog(course, self._today(), self)
        dialog.save_handler = lambda changed: self._perform(
            self.tr("Stop {0}").format(course.name),
            [Step("medications", course, changed)],
            select=("medications", course.id),
        )
        return self._show(dialog)

    def set_question_done(self, question: Question, done: bool) -> bool:
        named = describe("questions", question)
        if done:
            what = self.tr("Mark the {0} as done").format(named)
            shown = self.tr("Marked the {0} as done").format(named)
        else:
            what = self.tr("Mark the {0} as open").format(named)
            shown = self.tr("Marked the {0} as open").format(named)
        steps = [Step("questions", question, replace(question, done=done))]
        try:
            change = perform(self.diary, what, steps)
        except STORAGE_ERRORS as exc:
            self._show_error(self.tr("Could not change the question"), exc)
            return False
        self._push(change)
        self.statusMessage.emit(shown)
        return True

    def save_baseline(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Store the baseline period (both None: back to the automatic one)."""
        after_from = None if first is None else first.isoformat()
        after_to = None if last is None else last.isoformat()
        before_from = self.settings.get(BASELINE_FROM)
        before_to = self.settings.get(BASELINE_TO)
        if (before_from, before_to) == (after_from, after_to):
            self.statusMessage.emit(self.tr("The augmentation baseline is unchanged"))
            return True
        what = (
            self.tr("Use the automatic augmentation baseline")
            if first is None
            else self.tr("Set the augmentation baseline to {0}").format(
                text.period_text(first, last)
            )
        )
        settings = [
            SettingState(BASELINE_FROM, before_from, after_from),
            SettingState(BASELINE_TO, before_to, after_to),
        ]
        try:
            change = perform(self.diary, what, settings=settings)
        except STORAGE_ERRORS as exc:
            self._show_error(self.tr("Could not save the baseline period"), exc)
            return False
        self._push(change)
        self.statusMessage.emit(self.tr("{0} — the insights are being recalculated").format(what))
        return True

    # -- internals ---------------------------------------------------------------------------------

    def _dialog(self, table: str, record: Any) -> RecordDialog:
        today = self._today()
        if table == "medications":
            names = [m.name for m in self.medication_model.records()]
            return forms.MedicationDialog(record, today, self, known_names=names)
        factories: dict[str, Callable[[Any, dt.date, QWidget], RecordDialog]] = {
            "labs": forms.LabDialog,
            "assessments": forms.AssessmentDialog,
            "conditions": forms.ConditionDialog,
            "questions": forms.QuestionDialog,
        }
        return factories[table](record, today, self)

    def _show(self, dialog: RecordDialog) -> RecordDialog:
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.deleteLater()
        self.dialog = dialog
        self._open_dialog(dialog)
        return dialog

    def _save(self, table: str, before: Any | None, after: Any, verb: str) -> str | None:
        """``verb``: the translated "Add {0}" or "Edit {0}"."""
        if before is not None and after == before:
            return None  # nothing changed: close without a command
        what = verb.format(describe(table, after))
        return self._perform(what, [Step(table, before, after)], select=(table, None))

    def _perform(
        self, what: str, steps: Sequence[Step], *, select: tuple[str, int | None]
    ) -> str | None:
        """Make the change; ``None`` when done, else the message for the dialog."""
        try:
            change = perform(self.diary, what, steps)
        except STORAGE_ERRORS as exc:
            self.statusMessage.emit(self.tr("Not saved: {0}").format(exc))
            return self.tr("Could not save: {0}").format(exc) + "\n" + _tr(NOTHING_CHANGED)
        self._push(change)
        table, record_id = select
        if record_id is None and change.records:
            record_id = change.records[-1].record_id
        if record_id is not None:
            self.pages[table].select_id(record_id)
        self.statusMessage.emit(self.tr("{0} — saved").format(what))
        return None

    def _push(self, change: Change) -> None:
        self._apply(change, forward=True)
        command = ChangeCommand(self.diary, change, self._undone_or_redone, self._failed)
        self.undo_stack.push(command)

    def _apply(self, change: Change, *, forward: bool) -> None:
        """Show the records of ``change`` in their after (or before) state, then recalculate."""
        for state in change.records:
            model = self.models[state.table]
            target = state.after if forward else state.before
            if target is None:
                model.remove(state.record_id)
            else:
                model.upsert(target)
        for setting in change.settings:
            value = setting.after if forward else setting.before
            if value is None:
                self.settings.pop(setting.key, None)
            else:
                self.settings[setting.key] = value
        tables = {state.table for state in change.records}
        if tables & {"medications", "conditions"}:
            self._derived_changed()
        if change.settings:
            self._show_baseline()
        self.insights.refresh()

    def _undone_or_redone(self, change: Change, forward: bool) -> None:
        self._apply(change, forward=forward)
        done = self.tr("Redone: {0}") if forward else self.tr("Undone: {0}")
        self.statusMessage.emit(done.format(change.text))

    def _failed(self, what: str, exc: Exception) -> None:
        self._show_error(what, exc)

    def _show_error(self, title: str, exc: BaseException) -> None:
        QMessageBox.critical(
            self, title, self.tr("{0}.\n\n{1}\n\nNothing was changed.").format(title, exc)
        )
        self.statusMessage.emit(f"{title}: {exc}")

    def _course_selected(self, course: object) -> None:
        usable = isinstance(course, Medication) and course.drug_class != "iron_iv"
        self.change_dose_button.setEnabled(usable)
        running = isinstance(course, Medication) and course.stop is None
        self.stop_button.setEnabled(usable and running)

    def _change_dose_selected(self) -> None:
        course = self.medications.selected_record()
        if isinstance(course, Medication):
            self.change_dose(course)

    def _stop_selected(self) -> None:
        course = self.medications.selected_record()
        if isinstance(course, Medication):
            self.stop(course)
