"""Iron (DESIGN §6; AASM 2024, IRLSSG 2018): what a ferritin or TSAT result means for RLS.

Only labs that something applies to give a finding (not every lab):

* ferritin ≤ 75 ng/mL or TSAT < 20 % → below the level at which guidelines suggest discussing
  iron treatment;
* 75 < ferritin ≤ 100 ng/mL (TSAT not low) → IV iron is sometimes considered at this level;
* a result from the day of an ``iron_iv`` infusion to 8 weeks after it is marked "may be
  raised by the infusion" (a finding of its own when no threshold applies);
* during a ``kidney_disease`` condition period the adult thresholds are not applied; a note
  says so instead;
* no iron test (a lab with ferritin or TSAT) in the 12 months up to ``today`` while symptoms
  (severity ≥ 1) were recorded in that time → a reminder dated ``today``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final

from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    DOCTOR,
    NIGHT,
    WEEK,
    Finding,
    Text,
    Value,
    both,
    counted,
    day_text,
    figure,
)
from rls_diary.domain.night import Night
from rls_diary.domain.records import Condition, Lab, Medication
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

FERRITIN_LOW: Final = 75.0  # ng/mL, at or below
FERRITIN_IV_BAND: Final = 100.0  # ng/mL, above 75 and at or below this
TSAT_LOW: Final = 20.0  # %, below
AFTER_INFUSION_DAYS: Final = 56  # 8 weeks
TEST_INTERVAL_MONTHS: Final = 12

IRON_LOW: Final = "iron_low"
IRON_IV_BAND: Final = "iron_iv_band"
AFTER_INFUSION: Final = "after_infusion"
KIDNEY_DISEASE: Final = "kidney_disease"
TEST_OVERDUE: Final = "iron_test_overdue"

_LOW_TEXT: Final = QT_TRANSLATE_NOOP(
    "insights",
    "below the level at which guidelines suggest discussing iron treatment "
    "(ferritin ≤ 75 ng/mL or TSAT < 20 %)",
)
_BAND_TEXT: Final = QT_TRANSLATE_NOOP(
    "insights",
    "IV iron is sometimes considered at this level (ferritin above 75 and up to 100 ng/mL)",
)
# -- the templates of the messages -----------------------------------------------------------
_FERRITIN: Final = QT_TRANSLATE_NOOP("insights", "Ferritin {value} ng/mL")
_TSAT: Final = QT_TRANSLATE_NOOP("insights", "TSAT {value} %")
_MARKING: Final = QT_TRANSLATE_NOOP(
    "insights",
    " This test was {weeks} after the iron infusion of {infusion} and may be raised by the "
    "infusion.",
)
_KIDNEY: Final = QT_TRANSLATE_NOOP(
    "insights",
    "{values} on {date}, during a kidney disease period: the adult thresholds (ferritin 75 "
    "and 100 ng/mL, TSAT 20 %) are not applied here, because kidney disease changes what "
    "these values mean.{marking} Discuss your iron results with your doctor.",
)
_AFTER_INFUSION: Final = QT_TRANSLATE_NOOP("insights", "{values} on {date}.{marking} {doctor}")
_MEANING: Final = QT_TRANSLATE_NOOP("insights", "{values} on {date}: {meaning}.{marking} {doctor}")
_NO_TEST: Final = QT_TRANSLATE_NOOP(
    "insights", "No iron test (ferritin or TSAT) is recorded in the diary"
)
_LAST_TEST: Final = QT_TRANSLATE_NOOP(
    "insights",
    "The last iron test (ferritin or TSAT) recorded is from {date}, more than 12 months ago",
)
_OVERDUE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "{tested}, and symptoms were recorded on {nights} in the 12 months to {today}. "
    "Guidelines suggest checking ferritin and TSAT regularly in RLS — ask your doctor about "
    "a test.",
)


def iron_findings(
    labs: Iterable[Lab],
    medications: Iterable[Medication],
    conditions: Iterable[Condition],
    nights: Iterable[Night],
    today: dt.date,
) -> list[Finding]:
    """Findings for the labs they apply to (by date), then the overdue-test reminder."""
    iron_labs = sorted(
        (lab for lab in labs if lab.ferritin_ng_ml is not None or lab.tsat_pct is not None),
        key=lambda lab: lab.date,
    )
    infusions = sorted(c.start for c in medications if c.drug_class == "iron_iv")
    kidney = [c for c in conditions if c.kind == "kidney_disease"]
    found = []
    for lab in iron_labs:
        finding = lab_finding(lab, _infusion_before(lab.date, infusions), _in_any(lab.date, kidney))
        if finding is not None:
            found.append(finding)
    reminder = overdue_reminder(iron_labs, nights, today)
    if reminder is not None:
        found.append(reminder)
    return found


def lab_finding(lab: Lab, infusion: dt.date | None, kidney_disease: bool) -> Finding | None:
    """The finding for one lab with ferritin or TSAT; ``None`` when nothing applies.

    ``infusion`` is the day of an IV iron infusion up to 8 weeks before the lab (or ``None``).
    """
    values = _values_text(lab)
    numbers: dict[str, object] = {
        "ferritin_ng_ml": lab.ferritin_ng_ml,
        "tsat_pct": lab.tsat_pct,
        "fasting_morning": lab.fasting_morning,
        "after_infusion": infusion is not None,
        "infusion_date": infusion,
    }
    marking: Value = ""
    if infusion is not None:
        weeks = (lab.date - infusion).days // 7
        marking = Text.of(_MARKING, weeks=counted(weeks, WEEK), infusion=day_text(infusion))
    day = day_text(lab.date)
    if kidney_disease:
        message = Text.of(_KIDNEY, values=values, date=day, marking=marking)
        return Finding.of(KIDNEY_DISEASE, message, numbers, date=lab.date)
    if is_low(lab):
        kind, meaning = IRON_LOW, _LOW_TEXT
    elif in_iv_band(lab):
        kind, meaning = IRON_IV_BAND, _BAND_TEXT
    elif infusion is not None:
        message = Text.of(
            _AFTER_INFUSION, values=values, date=day, marking=marking, doctor=Text(DOCTOR)
        )
        return Finding.of(AFTER_INFUSION, message, numbers, date=lab.date)
    else:
        return None
    message = Text.of(
        _MEANING,
        values=values,
        date=day,
        meaning=Text(meaning),
        marking=marking,
        doctor=Text(DOCTOR),
    )
    return Finding.of(kind, message, numbers, date=lab.date)


def is_low(lab: Lab) -> bool:
    """Ferritin ≤ 75 ng/mL or TSAT < 20 %."""
    ferritin, tsat = lab.ferritin_ng_ml, lab.tsat_pct
    return (ferritin is not None and ferritin <= FERRITIN_LOW) or (
        tsat is not None and tsat < TSAT_LOW
    )


def in_iv_band(lab: Lab) -> bool:
    """75 < ferritin ≤ 100 ng/mL."""
    ferritin = lab.ferritin_ng_ml
    return ferritin is not None and FERRITIN_LOW < ferritin <= FERRITIN_IV_BAND


def overdue_reminder(
    iron_labs: Sequence[Lab], nights: Iterable[Night], today: dt.date
) -> Finding | None:
    """A reminder when no iron test is recorded in the 12 months up to ``today`` although
    symptoms were recorded in that time."""
    since = series.add_months(today, -TEST_INTERVAL_MONTHS)
    test_dates = [lab.date for lab in iron_labs if lab.date <= today]
    last_test = max(test_dates) if test_dates else None
    if last_test is not None and last_test >= since:
        return None
    symptomatic = [n.date for n in nights if since < n.date <= today and series.is_symptomatic(n)]
    if not symptomatic:
        return None
    tested = Text.of(_LAST_TEST, date=day_text(last_test)) if last_test else Text(_NO_TEST)
    message = Text.of(
        _OVERDUE,
        tested=tested,
        nights=counted(len(symptomatic), NIGHT),
        today=day_text(today),
    )
    numbers = {
        "last_test": last_test,
        "symptomatic_nights": len(symptomatic),
        "months": TEST_INTERVAL_MONTHS,
    }
    return Finding.of(TEST_OVERDUE, message, numbers, date=today)


def _values_text(lab: Lab) -> Value:
    parts: list[Value] = []
    if lab.ferritin_ng_ml is not None:
        parts.append(Text.of(_FERRITIN, value=figure(lab.ferritin_ng_ml)))
    if lab.tsat_pct is not None:
        parts.append(Text.of(_TSAT, value=figure(lab.tsat_pct)))
    return both(tuple(parts))


def _infusion_before(day: dt.date, infusions: Sequence[dt.date]) -> dt.date | None:
    """The latest infusion from ``day`` − 8 weeks to ``day`` (same day included)."""
    within = [i for i in infusions if 0 <= (day - i).days <= AFTER_INFUSION_DAYS]
    return max(within) if within else None


def _in_any(day: dt.date, periods: Iterable[Condition]) -> bool:
    return any(p.start <= day and (p.end is None or day <= p.end) for p in periods)
