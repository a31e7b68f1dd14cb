"""Validating the records besides nights (DESIGN §3): medication courses, labs, IRLS totals,
condition periods and doctor questions. Shared by the JSON reader and the Treatment tab's forms.

The ranges are those of the database's CHECK constraints, so a record that passes here can
always be stored. Each record type has a :class:`RecordRules`: its fields (named as the JSON
keys, ``class`` and ``end`` included), which of them are required, a check per field of a
typed value, and the rules that tie fields together. :func:`record_problems` returns every
problem, each naming its field, in field order; a blank value (``None`` or white space only)
is never checked against a range and is a problem only when the field is required.

Messages are English (the JSON reader prints them as they are). Like those of
:mod:`rls_diary.domain.validation`, each is a template with named placeholders, marked for
translation (here in the ``records`` context, :data:`CONTEXT`); a :class:`Problem` made here
keeps its template, values and context, so the Treatment tab can show it in the window's
language (:func:`rls_diary.ui.problem_text.problem_text`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rls_diary.domain.insights.augmentation import BASELINE_FROM_KEY, BASELINE_TO_KEY
from rls_diary.domain.records import (
    CONDITION_KINDS,
    IRLS_ITEMS,
    IRLS_MAX,
    MEDICATION_CLASSES,
    Assessment,
    Condition,
    Lab,
    Medication,
    Question,
)
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
from rls_diary.domain.validation import Problem, Values, render

CONTEXT: Final = "records"  # the translation context of every template below

# -- the templates of the messages (placeholders are filled with text) ------------------------
REQUIRED: Final = QT_TRANSLATE_NOOP("records", "is required and must not be blank")
NOT_A_NUMBER: Final = QT_TRANSLATE_NOOP("records", "{value} is not a number")
NOT_FINITE: Final = QT_TRANSLATE_NOOP("records", "{value} is not a finite number")
BELOW: Final = QT_TRANSLATE_NOOP("records", "{value} is below {low}")
ABOVE: Final = QT_TRANSLATE_NOOP("records", "{value} is above {high}")
NOT_A_WHOLE_NUMBER: Final = QT_TRANSLATE_NOOP(
    "records", "{value} is not a whole number ({low}–{high})"
)
OUTSIDE: Final = QT_TRANSLATE_NOOP("records", "{value} is outside {low}–{high}")
NOT_A_CHOICE: Final = QT_TRANSLATE_NOOP("records", "{value} is not one of {choices}")
NOT_A_DATE: Final = QT_TRANSLATE_NOOP("records", "{value} is not a date like 2024-03-31")
NOT_A_TIME: Final = QT_TRANSLATE_NOOP("records", "{value} is not a time like 7:30 or 23:05")
NOT_TRUE_OR_FALSE: Final = QT_TRANSLATE_NOOP("records", "{value} is not true or false")
NOT_TEXT: Final = QT_TRANSLATE_NOOP("records", "{value} is not text")
ZERO_DOSE: Final = QT_TRANSLATE_NOOP(
    "records", "0 is not a dose (leave it blank when you do not know it)"
)
NOT_ITEM_SCORES: Final = QT_TRANSLATE_NOOP(
    "records", "must be a list of the {count} item scores (0–{high})"
)
ITEM_BLANK: Final = QT_TRANSLATE_NOOP(
    "records", "item {number} is blank: give all {count} item scores or leave them all blank"
)
ITEM_NOT_A_WHOLE_NUMBER: Final = QT_TRANSLATE_NOOP(
    "records", "item {number}: {value} is not a whole number ({low}–{high})"
)
ITEM_OUTSIDE: Final = QT_TRANSLATE_NOOP("records", "item {number}: {value} is outside {low}–{high}")
BEFORE_START: Final = QT_TRANSLATE_NOOP("records", "{value} is before the start {start}")
ITEMS_DO_NOT_ADD_UP: Final = QT_TRANSLATE_NOOP(
    "records", "the item scores add up to {sum}, not the total {total}"
)
BOTH_DATES: Final = QT_TRANSLATE_NOOP("records", "give both dates, or leave both blank")
BEFORE_FIRST_NIGHT: Final = QT_TRANSLATE_NOOP(
    "records", "{value} is before the first night {first}"
)
# Every template above (each marked in :data:`CONTEXT`).
TEMPLATES: Final = frozenset(
    {
        REQUIRED,
        NOT_A_NUMBER,
        NOT_FINITE,
        BELOW,
        ABOVE,
        NOT_A_WHOLE_NUMBER,
        OUTSIDE,
        NOT_A_CHOICE,
        NOT_A_DATE,
        NOT_A_TIME,
        NOT_TRUE_OR_FALSE,
        NOT_TEXT,
        ZERO_DOSE,
        NOT_ITEM_SCORES,
        ITEM_BLANK,
        ITEM_NOT_A_WHOLE_NUMBER,
        ITEM_OUTSIDE,
        BEFORE_START,
        ITEMS_DO_NOT_ADD_UP,
        BOTH_DATES,
        BEFORE_FIRST_NIGHT,
    }
)
IRLS_ITEM_MAX: Final = 4

# Lowest and highest accepted lab values (the schema's CHECK constraints).
LAB_RANGES: Final[Mapping[str, tuple[float, float]]] = {
    "ferritin_ng_ml": (0, 10000),
    "tsat_pct": (0, 100),
    "hemoglobin_g_dl": (0, 30),
    "weight_kg": (0, 700),
}


@dataclass(frozen=True, slots=True)
class Message:
    """Why a value is not acceptable: a template and its values (``str()`` is the English)."""

    template: str
    values: Values = ()

    def __str__(self) -> str:
        return render(self.template, self.values)

    @classmethod
    def of(cls, template: str, /, **values: object) -> Message:
        return cls(template, tuple((name, str(value)) for name, value in values.items()))

    def problem(self, field_name: str) -> Problem:
        """The problem of ``field_name`` with this message (template and values kept)."""
        return Problem(field_name, str(self), False, self.template, self.values, CONTEXT)


def problem_of(field_name: str, template: str, /, **values: object) -> Problem:
    return Message.of(template, **values).problem(field_name)


# A check of one present (non-blank) value: why it is not acceptable, or None.
Check = Callable[[Any], Message | None]
# A rule over several fields of one record: its problems (only called when they all passed).
CrossRule = Callable[[Mapping[str, Any]], list[Problem]]


@dataclass(frozen=True, slots=True)
class RecordRules:
    fields: tuple[str, ...]
    required: frozenset[str] = frozenset()
    checks: Mapping[str, Check] = field(default_factory=dict)
    cross: tuple[CrossRule, ...] = ()

    def check(self, name: str, value: Any) -> str | None:
        """Why the value of field ``name`` is not acceptable on its own, or ``None``."""
        message = self.message(name, value)
        return None if message is None else str(message)

    def message(self, name: str, value: Any) -> Message | None:
        """:meth:`check` with the template and values of its message."""
        if is_blank(value):
            return Message(REQUIRED) if name in self.required else None
        checker = self.checks.get(name)
        return None if checker is None else checker(value)

    def cross_problems(self, values: Mapping[str, Any]) -> list[Problem]:
        """The problems of the rules that tie fields together."""
        found: list[Problem] = []
        for rule in self.cross:
            found.extend(rule(values))
        return found


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def record_problems(rules: RecordRules, values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of a record given as ``{field: typed value}`` (missing = blank).

    Rules over several fields are checked only when each field passed on its own, so that one
    mistake is reported once.
    """
    found = [
        message.problem(name)
        for name in rules.fields
        if (message := rules.message(name, values.get(name))) is not None
    ]
    if not found:
        found.extend(rules.cross_problems(values))
    else:
        failed = {p.field for p in found}
        found.extend(p for p in rules.cross_problems(values) if p.field not in failed)
    return found


# --- value checks -------------------------------------------------------------------------


def number_check(low: float, high: float | None) -> Check:
    """A finite number from ``low`` to ``high`` (``None``: no upper bound)."""

    def check(value: Any) -> Message | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return Message.of(NOT_A_NUMBER, value=repr(value))
        if not math.isfinite(value):
            return Message.of(NOT_FINITE, value=repr(value))
        if value < low:
            return Message.of(BELOW, value=_plain_number(value), low=_plain_number(low))
        if high is not None and value > high:
            return Message.of(ABOVE, value=_plain_number(value), high=_plain_number(high))
        return None

    return check


def int_check(low: int, high: int) -> Check:
    def check(value: Any) -> Message | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return Message.of(NOT_A_WHOLE_NUMBER, value=repr(value), low=low, high=high)
        if not low <= value <= high:
            return Message.of(OUTSIDE, value=value, low=low, high=high)
        return None

    return check


def choice_check(choices: Sequence[str]) -> Check:
    def check(value: Any) -> Message | None:
        if value not in choices:
            return Message.of(NOT_A_CHOICE, value=repr(value), choices=", ".join(choices))
        return None

    return check


def _type_check(kind: type, template: str) -> Check:
    def check(value: Any) -> Message | None:
        return None if isinstance(value, kind) else Message.of(template, value=repr(value))

    return check


def _plain_number(value: float) -> str:
    """``120`` for 120.0 (as typed), ``120.5`` otherwise."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _dose(value: Any) -> Message | None:
    problem = number_check(0, None)(value)
    if problem is None and value == 0:
        return Message(ZERO_DOSE)
    return problem


# The message of one item score's check, given the item's number.
_ITEM_TEMPLATES: Final = {
    NOT_A_WHOLE_NUMBER: ITEM_NOT_A_WHOLE_NUMBER,
    OUTSIDE: ITEM_OUTSIDE,
}


def _items(value: Any) -> Message | None:
    """The ten item scores, each 0–4 (referred to by number only, never by wording)."""
    if not isinstance(value, list | tuple) or len(value) != IRLS_ITEMS:
        return Message.of(NOT_ITEM_SCORES, count=IRLS_ITEMS, high=IRLS_ITEM_MAX)
    blank = [number for number, score in enumerate(value, start=1) if score is None]
    if blank and len(blank) < IRLS_ITEMS:
        return Message.of(ITEM_BLANK, number=blank[0], count=IRLS_ITEMS)
    score_check = int_check(0, IRLS_ITEM_MAX)
    for number, score in enumerate(value, start=1):
        problem = None if score is None else score_check(score)
        if problem is not None:
            return Message(
                _ITEM_TEMPLATES[problem.template], (("number", str(number)), *problem.values)
            )
    return None


def item_scores(value: Sequence[int | None] | None) -> tuple[int, ...] | None:
    """Ten item scores as stored: ``None`` when every one is blank."""
    if value is None or all(score is None for score in value):
        return None
    return tuple(int(score) for score in value if score is not None)


# --- rules that tie fields together ---------------------------------------------------------


def _not_before_start(later: str) -> CrossRule:
    def rule(values: Mapping[str, Any]) -> list[Problem]:
        first, last = values.get("start"), values.get(later)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            return [problem_of(later, BEFORE_START, value=last, start=first)]
        return []

    return rule


def _items_add_up(values: Mapping[str, Any]) -> list[Problem]:
    total, items = values.get("irls_total"), item_scores(values.get("items"))
    if items is not None and isinstance(total, int) and sum(items) != total:
        return [problem_of("items", ITEMS_DO_NOT_ADD_UP, sum=sum(items), total=total)]
    return []


_DATE: Final = _type_check(dt.date, NOT_A_DATE)
_TIME: Final = _type_check(dt.time, NOT_A_TIME)
_BOOL: Final = _type_check(bool, NOT_TRUE_OR_FALSE)
_TEXT: Final = _type_check(str, NOT_TEXT)

MEDICATION_RULES: Final = RecordRules(
    fields=("name", "class", "dose", "unit", "time", "start", "stop"),
    required=frozenset({"name", "class", "start"}),
    checks={
        "name": _TEXT,
        "class": choice_check(MEDICATION_CLASSES),
        "dose": _dose,
        "unit": _TEXT,
        "time": _TIME,
        "start": _DATE,
        "stop": _DATE,
    },
    cross=(_not_before_start("stop"),),
)
LAB_RULES: Final = RecordRules(
    fields=(
        "date",
        "ferritin_ng_ml",
        "tsat_pct",
        "hemoglobin_g_dl",
        "weight_kg",
        "fasting_morning",
        "note",
    ),
    required=frozenset({"date"}),
    checks={
        "date": _DATE,
        **{key: number_check(*limits) for key, limits in LAB_RANGES.items()},
        "fasting_morning": _BOOL,
        "note": _TEXT,
    },
)
ASSESSMENT_RULES: Final = RecordRules(
    fields=("date", "irls_total", "items"),
    required=frozenset({"date", "irls_total"}),
    checks={"date": _DATE, "irls_total": int_check(0, IRLS_MAX), "items": _items},
    cross=(_items_add_up,),
)
CONDITION_RULES: Final = RecordRules(
    fields=("kind", "start", "end"),
    required=frozenset({"kind", "start"}),
    checks={"kind": choice_check(CONDITION_KINDS), "start": _DATE, "end": _DATE},
    cross=(_not_before_start("end"),),
)
QUESTION_RULES: Final = RecordRules(
    fields=("text", "created", "done"),
    required=frozenset({"text", "created"}),
    checks={"text": _TEXT, "created": _DATE, "done": _BOOL},
)


# --- typed records --------------------------------------------------------------------------


def medication_values(m: Medication) -> dict[str, Any]:
    return {
        "name": m.name,
        "class": m.drug_class,
        "dose": m.dose,
        "unit": m.unit,
        "time": m.time,
        "start": m.start,
        "stop": m.stop,
    }


def lab_values(lab: Lab) -> dict[str, Any]:
    return {
        "date": lab.date,
        "ferritin_ng_ml": lab.ferritin_ng_ml,
        "tsat_pct": lab.tsat_pct,
        "hemoglobin_g_dl": lab.hemoglobin_g_dl,
        "weight_kg": lab.weight_kg,
        "fasting_morning": lab.fasting_morning,
        "note": lab.note,
    }


def assessment_values(a: Assessment) -> dict[str, Any]:
    return {"date": a.date, "irls_total": a.irls_total, "items": a.items}


def condition_values(c: Condition) -> dict[str, Any]:
    return {"kind": c.kind, "start": c.start, "end": c.end}


def question_values(q: Question) -> dict[str, Any]:
    return {"text": q.text, "created": q.created, "done": q.done}


def medication_problems(m: Medication) -> list[Problem]:
    return record_problems(MEDICATION_RULES, medication_values(m))


def lab_problems(lab: Lab) -> list[Problem]:
    return record_problems(LAB_RULES, lab_values(lab))


def assessment_problems(a: Assessment) -> list[Problem]:
    return record_problems(ASSESSMENT_RULES, assessment_values(a))


def condition_problems(c: Condition) -> list[Problem]:
    return record_problems(CONDITION_RULES, condition_values(c))


def question_problems(q: Question) -> list[Problem]:
    return record_problems(QUESTION_RULES, question_values(q))


# --- the augmentation baseline period (two settings) ----------------------------------------

BASELINE_FROM: Final = BASELINE_FROM_KEY  # setting keys, morning dates of the first/last night
BASELINE_TO: Final = BASELINE_TO_KEY


def baseline_problems(first: dt.date | None, last: dt.date | None) -> list[Problem]:
    """The user-set baseline of the augmentation watch: both dates in order, or neither."""
    if first is None and last is None:
        return []
    if first is None:
        return [problem_of(BASELINE_FROM, BOTH_DATES)]
    if last is None:
        return [problem_of(BASELINE_TO, BOTH_DATES)]
    if last < first:
        return [problem_of(BASELINE_TO, BEFORE_FIRST_NIGHT, value=last, first=first)]
    return []
