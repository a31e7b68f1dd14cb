"""Validating the records besides nights (DESIGN §3): medication courses, labs, IRLS totals,
condition periods and doctor questions. Shared by the JSON reader and the Treatment tab's forms.

The ranges are those of the database's CHECK constraints, so a record that passes here can
always be stored. Each record type has a :class:`RecordRules`: its fields (named as the JSON
keys, ``class`` and ``end`` included), which of them are required, a check per field of a
typed value, and the rules that tie fields together. :func:`record_problems` returns every
problem, each naming its field, in field order; a blank value (``None`` or white space only)
is never checked against a range and is a problem only when the field is required.
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
from rls_diary.domain.validation import Problem

REQUIRED: Final = "is required and must not be blank"
IRLS_ITEM_MAX: Final = 4

# Lowest and highest accepted lab values (the schema's CHECK constraints).
LAB_RANGES: Final[Mapping[str, tuple[float, float]]] = {
    "ferritin_ng_ml": (0, 10000),
    "tsat_pct": (0, 100),
    "hemoglobin_g_dl": (0, 30),
    "weight_kg": (0, 700),
}

# A check of one present (non-blank) value: why it is not acceptable, or None.
Check = Callable[[Any], str | None]
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
        if is_blank(value):
            return REQUIRED if name in self.required else None
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
        Problem(name, message)
        for name in rules.fields
        if (message := rules.check(name, values.get(name))) is not None
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

    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{value!r} is not a number"
        if not math.isfinite(value):
            return f"{value!r} is not a finite number"
        if value < low:
            return f"{_plain_number(value)} is below {_plain_number(low)}"
        if high is not None and value > high:
            return f"{_plain_number(value)} is above {_plain_number(high)}"
        return None

    return check


def int_check(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{value!r} is not a whole number ({low}–{high})"
        if not low <= value <= high:
            return f"{value} is outside {low}–{high}"
        return None

    return check


def choice_check(choices: Sequence[str]) -> Check:
    def check(value: Any) -> str | None:
        if value not in choices:
            return f"{value!r} is not one of {', '.join(choices)}"
        return None

    return check


def _type_check(kind: type, description: str) -> Check:
    def check(value: Any) -> str | None:
        return None if isinstance(value, kind) else f"{value!r} is not {description}"

    return check


def _plain_number(value: float) -> str:
    """``120`` for 120.0 (as typed), ``120.5`` otherwise."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _dose(value: Any) -> str | None:
    problem = number_check(0, None)(value)
    if problem is None and value == 0:
        return "0 is not a dose (leave it blank when you do not know it)"
    return problem


def _items(value: Any) -> str | None:
    """The ten item scores, each 0–4 (referred to by number only, never by wording)."""
    if not isinstance(value, list | tuple) or len(value) != IRLS_ITEMS:
        return f"must be a list of the {IRLS_ITEMS} item scores (0–{IRLS_ITEM_MAX})"
    blank = [number for number, score in enumerate(value, start=1) if score is None]
    if blank and len(blank) < IRLS_ITEMS:
        return (
            f"item {blank[0]} is blank: give all {IRLS_ITEMS} item scores or leave them all blank"
        )
    score_check = int_check(0, IRLS_ITEM_MAX)
    for number, score in enumerate(value, start=1):
        problem = None if score is None else score_check(score)
        if problem is not None:
            return f"item {number}: {problem}"
    return None


def item_scores(value: Sequence[int | None] | None) -> tuple[int, ...] | None:
    """Ten item scores as stored: ``None`` when every one is blank."""
    if value is None or all(score is None for score in value):
        return None
    return tuple(int(score) for score in value if score is not None)


# --- rules that tie fields together ---------------------------------------------------------


def _not_before(later: str, earlier: str) -> CrossRule:
    def rule(values: Mapping[str, Any]) -> list[Problem]:
        first, last = values.get(earlier), values.get(later)
        if isinstance(first, dt.date) and isinstance(last, dt.date) and last < first:
            return [Problem(later, f"{last} is before the {earlier} {first}")]
        return []

    return rule


def _items_add_up(values: Mapping[str, Any]) -> list[Problem]:
    total, items = values.get("irls_total"), item_scores(values.get("items"))
    if items is not None and isinstance(total, int) and sum(items) != total:
        return [Problem("items", f"the item scores add up to {sum(items)}, not the total {total}")]
    return []


_DATE: Final = _type_check(dt.date, "a date like 2024-03-31")
_TIME: Final = _type_check(dt.time, "a time like 7:30 or 23:05")
_BOOL: Final = _type_check(bool, "true or false")
_TEXT: Final = _type_check(str, "text")

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
    cross=(_not_before("stop", "start"),),
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
    cross=(_not_before("end", "start"),),
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
        return [Problem(BASELINE_FROM, "give both dates, or leave both blank")]
    if last is None:
        return [Problem(BASELINE_TO, "give both dates, or leave both blank")]
    if last < first:
        return [Problem(BASELINE_TO, f"{last} is before the first night {first}")]
    return []
