"""The Treatment dialogs: a medication course, a dose change, stopping a course, a lab, an IRLS
total, a condition period and a question for the doctor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QWidget

from rls_diary.domain.record_validation import (
    ASSESSMENT_RULES,
    CONDITION_RULES,
    LAB_RULES,
    MEDICATION_RULES,
    QUESTION_RULES,
    REQUIRED,
    item_scores,
    medication_values,
)
from rls_diary.domain.records import (
    IRLS_MAX,
    Assessment,
    Condition,
    Lab,
    Medication,
    Question,
    irls_band,
)
from rls_diary.domain.validation import FieldError, Problem
from rls_diary.ui.diary.text import BLANK
from rls_diary.ui.treatment import text
from rls_diary.ui.treatment.dialog import RecordDialog
from rls_diary.ui.treatment.inputs import (
    CheckInput,
    ChoiceInput,
    DateInput,
    IntInput,
    ItemsInput,
    LineInput,
    NumberInput,
    TimeInput,
    YesNoInput,
)

ONE_DAY = dt.timedelta(days=1)
BAND_SCALE = QT_TRANSLATE_NOOP(
    "AssessmentDialog",
    "Severity: 0 none · 1–10 mild · 11–20 moderate · 21–30 severe · 31–40 very severe",
)
BAND_RANGES = {
    "none": "0",
    "mild": "1–10",
    "moderate": "11–20",
    "severe": "21–30",
    "very severe": "31–40",
}


def describe_course(course: Medication) -> str:
    """``pramipexole 0.125 mg, since Sun 5 Apr 2026``."""
    dose = text.dose_text(course.dose, course.unit)
    dose_part = "" if dose == BLANK else f" {dose}"
    since = QCoreApplication.translate("forms", "{course}, since {date}")
    return since.format(course=f"{course.name}{dose_part}", date=text.date_text(course.start))


def _options(labels: Mapping[str, str]) -> list[tuple[str, str]]:
    """A choice's (value, label) pairs, the labels in the window's language."""
    return [(value, text.word(label)) for value, label in labels.items()]


# --- medication course ----------------------------------------------------------------------------


class MedicationDialog(RecordDialog):
    """Add or edit one course (one drug at one dose)."""

    def __init__(
        self,
        course: Medication | None,
        today: dt.date,
        parent: QWidget | None = None,
        *,
        known_names: Iterable[str] = (),
    ) -> None:
        adding = course is None
        super().__init__(
            self.tr("Add a medicine")
            if adding
            else self.tr("Edit {name}").format(name=course.name),  # type: ignore[union-attr]
            self.tr(
                "One course is one medicine at one dose. When the dose changes, use "
                "“Change dose…” instead, so the diary can follow the treatment as a whole."
            ),
            MEDICATION_RULES,
            parent,
        )
        self.course = course
        self.name = LineInput(self, placeholder=self.tr("e.g. pramipexole"))
        names = sorted({n.strip() for n in known_names if n.strip()}, key=str.casefold)
        if names:
            completer = QCompleter(names, self.name)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.name.setCompleter(completer)
        self.drug_class = ChoiceInput(_options(text.MEDICATION_CLASS_LABELS), self)
        self.dose = NumberInput(self, placeholder=self.tr("e.g. 0.125 (blank if not known)"))
        self.unit = LineInput(self, placeholder=self.tr("e.g. mg"))
        self.time = TimeInput(self)
        self.start = DateInput(self)
        self.stop = DateInput(self, placeholder=self.tr("blank = still taking it"))
        self.add_field("name", self.tr("Medicine"), self.name, mnemonic=self.tr("&Medicine"))
        self.add_field("class", self.tr("Class"), self.drug_class, mnemonic=self.tr("C&lass"))
        self.add_field("dose", self.tr("Dose"), self.dose, mnemonic=self.tr("&Dose"))
        self.add_field("unit", self.tr("Unit"), self.unit, mnemonic=self.tr("&Unit"))
        self.add_field("time", self.tr("Usual time"), self.time, mnemonic=self.tr("Usual &time"))
        self.add_field("start", self.tr("First day"), self.start, mnemonic=self.tr("&First day"))
        self.add_field(
            "stop",
            self.tr("Last day"),
            self.stop,
            self.tr("Leave blank while you are still taking it."),
            mnemonic=self.tr("&Last day"),
        )
        self.iv_note = QLabel(
            self.tr("An iron infusion is a one-day course: the first day is the infusion day."),
            self,
        )
        self.iv_note.setWordWrap(True)
        self.iv_note.setVisible(False)
        self.form.addRow(self.iv_note)
        self.drug_class.changed.connect(self._class_changed)
        if course is None:
            self.start.set_value(today)
        else:
            self.set_values(medication_values(course))
        self._class_changed()

    def _class_changed(self) -> None:
        infusion = self.drug_class.value() == "iron_iv"
        self.stop.setEnabled(not infusion)
        self.iv_note.setVisible(infusion)

    def make_record(self, values: Mapping[str, Any]) -> Medication:
        stop = values["start"] if values["class"] == "iron_iv" else values["stop"]
        return Medication(
            name=values["name"],
            drug_class=values["class"],
            start=values["start"],
            dose=values["dose"],
            unit=values["unit"],
            time=values["time"],
            stop=stop,
            id=None if self.course is None else self.course.id,
        )


class ChangeDoseDialog(RecordDialog):
    """End the course the day before ``start`` and begin the next one at the new dose."""

    def __init__(self, course: Medication, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change the dose of {name}").format(name=course.name),
            self.tr(
                "Now: {course}. The current course ends the day before the first day at the "
                "new dose, and a new course starts that day. Only change a dose as your doctor "
                "advised."
            ).format(course=describe_course(course)),
            MEDICATION_RULES,
            parent,
            fixed={"name": course.name, "class": course.drug_class},
            save_text=self.tr("Change dose"),
        )
        self.course = course
        self.dose = NumberInput(self, placeholder=self.tr("e.g. 0.25"))
        self.unit = LineInput(self, placeholder=self.tr("e.g. mg"))
        self.time = TimeInput(self)
        self.start = DateInput(self)
        self.add_field("dose", self.tr("New dose"), self.dose, mnemonic=self.tr("New &dose"))
        self.add_field("unit", self.tr("Unit"), self.unit, mnemonic=self.tr("&Unit"))
        self.add_field("time", self.tr("Usual time"), self.time, mnemonic=self.tr("Usual &time"))
        self.add_field(
            "start",
            self.tr("First day at the new dose"),
            self.start,
            mnemonic=self.tr("&First day at the new dose"),
        )
        self.set_values({"unit": course.unit, "time": course.time})
        self.start.set_value(max(today, course.start + ONE_DAY))

    def extra_problems(self, values: Mapping[str, Any]) -> list[Problem]:
        found = []
        course = self.course
        if values.get("dose") is None:
            found.append(Problem("dose", REQUIRED))
        elif values["dose"] == course.dose and (values.get("unit") or "") == (course.unit or ""):
            found.append(Problem("dose", self.tr("is the same as the current dose")))
        start = values.get("start")
        if isinstance(start, dt.date):
            if start <= course.start:
                found.append(
                    Problem(
                        "start",
                        self.tr(
                            "must be after the current course began ({date})"
                            " — to correct that course, edit it instead"
                        ).format(date=text.date_text(course.start)),
                    )
                )
            elif course.stop is not None and start > course.stop + ONE_DAY:
                found.append(
                    Problem(
                        "start",
                        self.tr("the current course ended on {date}").format(
                            date=text.date_text(course.stop)
                        ),
                    )
                )
        return found

    def make_record(self, values: Mapping[str, Any]) -> tuple[Medication, Medication]:
        """The current course ended, and the next one."""
        start: dt.date = values["start"]
        ended = replace(self.course, stop=start - ONE_DAY)
        following = Medication(
            name=self.course.name,
            drug_class=self.course.drug_class,
            start=start,
            dose=values["dose"],
            unit=values["unit"],
            time=values["time"],
            stop=self.course.stop,
        )
        return ended, following


class StopDialog(RecordDialog):
    """Set the last day of an ongoing course."""

    def __init__(self, course: Medication, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Stop {name}").format(name=course.name),
            self.tr(
                "{course}. Enter the last day you took it. Stop or change a medicine only as "
                "agreed with your doctor."
            ).format(course=describe_course(course)),
            MEDICATION_RULES,
            parent,
            fixed=medication_values(course),
            save_text=self.tr("Stop"),
        )
        self.course = course
        self.stop = DateInput(self)
        self.add_field(
            "stop", self.tr("Last day taken"), self.stop, mnemonic=self.tr("&Last day taken")
        )
        self.stop.set_value(max(today, course.start))

    def extra_problems(self, values: Mapping[str, Any]) -> list[Problem]:
        return [] if values.get("stop") is not None else [Problem("stop", REQUIRED)]

    def make_record(self, values: Mapping[str, Any]) -> Medication:
        return replace(self.course, stop=values["stop"])


# --- lab ------------------------------------------------------------------------------------------


class LabDialog(RecordDialog):
    def __init__(self, lab: Lab | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a blood test") if lab is None else self.tr("Edit a blood test"),
            self.tr(
                "Everything but the date is optional; leave a value blank when it was not measured."
            ),
            LAB_RULES,
            parent,
        )
        self.lab = lab
        self.add_field("date", self.tr("Date"), DateInput(self), mnemonic=self.tr("D&ate"))
        self.add_field(
            "ferritin_ng_ml",
            self.tr("Ferritin (ng/mL)"),
            NumberInput(self, placeholder=self.tr("ng/mL, the same as µg/L")),
            mnemonic=self.tr("&Ferritin (ng/mL)"),
        )
        self.add_field(
            "tsat_pct",
            self.tr("TSAT (%)"),
            NumberInput(self, placeholder=self.tr("transferrin saturation, %")),
            mnemonic=self.tr("&TSAT (%)"),
        )
        self.add_field(
            "hemoglobin_g_dl",
            self.tr("Haemoglobin (g/dL)"),
            NumberInput(self, placeholder=self.tr("g/dL")),
            mnemonic=self.tr("&Haemoglobin (g/dL)"),
        )
        self.add_field(
            "weight_kg",
            self.tr("Weight (kg)"),
            NumberInput(self, placeholder=self.tr("kg")),
            mnemonic=self.tr("&Weight (kg)"),
        )
        self.add_field(
            "fasting_morning",
            self.tr("Fasting morning sample"),
            YesNoInput(self),
            self.tr(
                "Taken in the morning before eating (ferritin and TSAT are most reliable then)."
            ),
            mnemonic=self.tr("Fa&sting morning sample"),
        )
        self.add_field("note", self.tr("Note"), LineInput(self), mnemonic=self.tr("&Note"))
        if lab is None:
            self.inputs["date"].set_value(today)
        else:
            self.set_values(
                {
                    "date": lab.date,
                    "ferritin_ng_ml": lab.ferritin_ng_ml,
                    "tsat_pct": lab.tsat_pct,
                    "hemoglobin_g_dl": lab.hemoglobin_g_dl,
                    "weight_kg": lab.weight_kg,
                    "fasting_morning": lab.fasting_morning,
                    "note": lab.note,
                }
            )

    def make_record(self, values: Mapping[str, Any]) -> Lab:
        return Lab(
            date=values["date"],
            ferritin_ng_ml=values["ferritin_ng_ml"],
            tsat_pct=values["tsat_pct"],
            hemoglobin_g_dl=values["hemoglobin_g_dl"],
            weight_kg=values["weight_kg"],
            fasting_morning=values["fasting_morning"],
            note=values["note"],
            id=None if self.lab is None else self.lab.id,
        )


# --- IRLS total -----------------------------------------------------------------------------------


class AssessmentDialog(RecordDialog):
    def __init__(
        self, assessment: Assessment | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add an IRLS score") if assessment is None else self.tr("Edit an IRLS score"),
            self.tr(
                "The IRLS total (0–40) from the questionnaire you filled in, usually with your "
                "doctor. The ten item scores are optional; when you give them, they must add up "
                "to the total."
            ),
            ASSESSMENT_RULES,
            parent,
        )
        self.assessment = assessment
        self.total = IntInput(self, placeholder=f"0–{IRLS_MAX}", digits=2)
        self.band = QLabel(self)
        self.band.setObjectName("irlsBand")
        self.items = ItemsInput(self)
        self.add_field("date", self.tr("Date"), DateInput(self), mnemonic=self.tr("D&ate"))
        self.add_field(
            "irls_total", self.tr("IRLS total"), self.total, mnemonic=self.tr("IRLS &total")
        )
        self.form.addRow("", self.band)
        self.add_field("items", self.tr("Items 1–10"), self.items)
        self.total.changed.connect(self._show_band)
        if assessment is None:
            self.inputs["date"].set_value(today)
        else:
            self.set_values(
                {
                    "date": assessment.date,
                    "irls_total": assessment.irls_total,
                    "items": assessment.items,
                }
            )
        self._show_band()

    def _show_band(self) -> None:
        try:
            total = self.total.value()
        except FieldError:
            total = None
        if total is None or not 0 <= total <= IRLS_MAX:
            self.band.setText(QCoreApplication.translate("AssessmentDialog", BAND_SCALE))
            return
        band = irls_band(total)
        self.band.setText(
            self.tr("Severity: {band} ({range})").format(
                band=text.word(text.BAND_LABELS[band]), range=BAND_RANGES[band]
            )
        )

    def make_record(self, values: Mapping[str, Any]) -> Assessment:
        return Assessment(
            date=values["date"],
            irls_total=values["irls_total"],
            items=item_scores(values["items"]),
            id=None if self.assessment is None else self.assessment.id,
        )


# --- condition period -----------------------------------------------------------------------------


class ConditionDialog(RecordDialog):
    def __init__(
        self, condition: Condition | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add a condition period")
            if condition is None
            else self.tr("Edit a condition period"),
            self.tr(
                "Periods that change what the diary means, such as a pregnancy, kidney disease "
                "or a journey."
            ),
            CONDITION_RULES,
            parent,
        )
        self.condition = condition
        self.add_field(
            "kind",
            self.tr("Condition"),
            ChoiceInput(_options(text.CONDITION_LABELS), self),
            mnemonic=self.tr("&Condition"),
        )
        self.add_field(
            "start", self.tr("First day"), DateInput(self), mnemonic=self.tr("&First day")
        )
        self.add_field(
            "end",
            self.tr("Last day"),
            DateInput(self, placeholder=self.tr("blank = not over yet")),
            self.tr("Leave blank while it is not over."),
            mnemonic=self.tr("&Last day"),
        )
        if condition is None:
            self.inputs["start"].set_value(today)
        else:
            self.set_values(
                {"kind": condition.kind, "start": condition.start, "end": condition.end}
            )

    def make_record(self, values: Mapping[str, Any]) -> Condition:
        return Condition(
            kind=values["kind"],
            start=values["start"],
            end=values["end"],
            id=None if self.condition is None else self.condition.id,
        )


# --- question for the doctor ----------------------------------------------------------------------


class QuestionDialog(RecordDialog):
    def __init__(
        self, question: Question | None, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Add a question for your doctor")
            if question is None
            else self.tr("Edit a question"),
            "",
            QUESTION_RULES,
            parent,
        )
        self.question = question
        self.add_field(
            "text",
            self.tr("Question"),
            LineInput(self, placeholder=self.tr("e.g. Should my ferritin be checked again?")),
            mnemonic=self.tr("&Question"),
        )
        self.add_field(
            "created",
            self.tr("Written down on"),
            DateInput(self),
            mnemonic=self.tr("&Written down on"),
        )
        self.add_field(
            "done",
            self.tr("Done"),
            CheckInput(self.tr("Asked and answered"), self),
            mnemonic=self.tr("&Done"),
        )
        if question is None:
            self.inputs["created"].set_value(today)
        else:
            self.set_values(
                {"text": question.text, "created": question.created, "done": question.done}
            )

    def make_record(self, values: Mapping[str, Any]) -> Question:
        return Question(
            text=values["text"],
            created=values["created"],
            done=bool(values["done"]),
            id=None if self.question is None else self.question.id,
        )
