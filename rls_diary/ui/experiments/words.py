"""Words the experiments panel takes from the domain (no widgets): the outcomes' names and
units, the suggested changes, dates and decimals, in the window's language.

The domain's words are English (the CLI, the stored result sentences); the English texts here
repeat them, marked for translation in the ``experiments`` context (``QT_TRANSLATE_NOOP``), and
:func:`word` translates them when shown. Dates and the decimal sign follow the language of the
window (:mod:`rls_diary.ui.diary.text`), so English stays "Mon 7 Dec 2026" and "0.031".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from rls_diary.domain import experiments as ex
from rls_diary.ui.diary import text

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged
    from rls_diary.services.experiments import Tonight

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT: Final = "experiments"  # the translation context of every text below

# The domain's OutcomeInfo.label, unit, unit_one, lower and higher, word for word (marked
# here for lupdate: experiments.translated_difference translates units and directions).
OUTCOME_LABELS: Final = {
    "rls_severity": QT_TRANSLATE_NOOP("experiments", "RLS severity (0–10)"),
    "sleep_quality": QT_TRANSLATE_NOOP("experiments", "sleep quality (1–5)"),
    "total_sleep_min": QT_TRANSLATE_NOOP("experiments", "total sleep"),
    "sleep_efficiency_pct": QT_TRANSLATE_NOOP("experiments", "sleep efficiency"),
    "rls_onset_min": QT_TRANSLATE_NOOP("experiments", "time symptoms began"),
}
UNITS: Final = {
    "points": QT_TRANSLATE_NOOP("experiments", "points"),
    "point": QT_TRANSLATE_NOOP("experiments", "point"),
    "minutes": QT_TRANSLATE_NOOP("experiments", "minutes"),
    "minute": QT_TRANSLATE_NOOP("experiments", "minute"),
    "percentage points": QT_TRANSLATE_NOOP("experiments", "percentage points"),
    "percentage point": QT_TRANSLATE_NOOP("experiments", "percentage point"),
}
DIRECTIONS: Final = {
    "lower": QT_TRANSLATE_NOOP("experiments", "lower"),
    "higher": QT_TRANSLATE_NOOP("experiments", "higher"),
    "shorter": QT_TRANSLATE_NOOP("experiments", "shorter"),
    "longer": QT_TRANSLATE_NOOP("experiments", "longer"),
    "earlier": QT_TRANSLATE_NOOP("experiments", "earlier"),
    "later": QT_TRANSLATE_NOOP("experiments", "later"),
}
# The domain's FACTOR_SUGGESTIONS; a chosen suggestion is stored in the window's language.
SUGGESTIONS: Final = {
    "no caffeine after 12:00": QT_TRANSLATE_NOOP("experiments", "no caffeine after 12:00"),
    "no evening alcohol": QT_TRANSLATE_NOOP("experiments", "no evening alcohol"),
    "30-minute evening walk": QT_TRANSLATE_NOOP("experiments", "30-minute evening walk"),
    "compression stockings": QT_TRANSLATE_NOOP("experiments", "compression stockings"),
}


def word(source: str) -> str:
    """A text of this module in the window's language."""
    return QCoreApplication.translate(CONTEXT, source) if source else source


def outcome_label(outcome: str) -> str:
    """ "RLS severity (0–10)", "total sleep" (German "RLS-Stärke (0–10)", "Schlafdauer")."""
    return word(OUTCOME_LABELS.get(outcome, ex.OUTCOME_INFO[outcome].label))


def outcome_title(outcome: str) -> str:
    label = outcome_label(outcome)
    return label[0].upper() + label[1:]


def outcome_name(outcome: str) -> str:
    """The label without its range: "RLS severity", "sleep quality"."""
    return outcome_label(outcome).split(" (")[0]


def unit(outcome: str) -> str:
    info = ex.OUTCOME_INFO[outcome]
    return word(UNITS.get(info.unit, info.unit))


def suggestion(source: str) -> str:
    return word(SUGGESTIONS.get(source, source))


def decimal(number: str) -> str:
    """A number written by Python ("0.031") with the window's decimal sign ("0,031")."""
    return number.replace(".", text.date_words().decimal)


def format_p(p: float) -> str:
    return decimal(ex.format_p(p))


def describe_difference(value: float, outcome: str) -> str:
    """:func:`rls_diary.domain.experiments.describe_difference` in the window's language:
    "2 points lower", "35 minutes later", "about the same"."""
    return ex.translated_difference(value, outcome, QCoreApplication.translate, _decimal_sign())


def _decimal_sign() -> str:
    return text.date_words().decimal


def long_date(day: dt.date) -> str:
    """ "Mon 7 Dec 2026" (German "Mo. 7. Dez. 2026")."""
    return text.long_date(day)


def day_month(day: dt.date) -> str:
    """ "7 Nov" (German "7. Nov."): the day without a leading zero."""
    words = text.date_words()
    return f"{day.day}{words.day_suffix} {words.months[day.month - 1]}"


def weekday_month(day: dt.date) -> str:
    """ "Tue 11 Jun" (German "Di. 11. Juni")."""
    return text.day_month(day)


def weekdays() -> list[str]:
    """Short day names, Monday first."""
    return list(text.date_words().days)


def result_text(result: ex.Result) -> str:
    """The sentences of ``result`` (:attr:`~rls_diary.domain.experiments.Result.message`) in
    the window's language (:func:`rls_diary.domain.experiments.translated_reading`)."""
    return ex.translated_reading(result, QCoreApplication.translate, _decimal_sign())


def tonight_text(tonight: Tonight) -> str:
    """:attr:`rls_diary.services.experiments.Tonight.text` in the window's language (the
    English is the same, word for word)."""
    e, where = tonight.experiment, tonight.slot
    if where is None:
        return QCoreApplication.translate(
            "RunningPanel", "Experiment “{factor}” starts on the night to {date}."
        ).format(factor=e.factor, date=weekday_month(e.start))
    place = QCoreApplication.translate(
        "RunningPanel", "pair {pair} of {pairs}, night {night} of {nights} in this block"
    ).format(pair=where.pair + 1, pairs=e.pairs, night=where.index + 1, nights=e.block_nights)
    if where.washout:
        place += QCoreApplication.translate(
            "RunningPanel", "; a washout night, followed but not counted"
        )
    if tonight.condition == "A":
        return QCoreApplication.translate(
            "RunningPanel", "Tonight: {factor} (A) — {where}."
        ).format(factor=e.factor, where=place)
    return QCoreApplication.translate(
        "RunningPanel", "Tonight: as usual (B), without “{factor}” — {where}."
    ).format(factor=e.factor, where=place)
