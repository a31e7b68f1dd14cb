"""Words the Treatment tab shows (no widgets): names of medicine classes and condition kinds,
dates, doses and the IRLS band. Items of the IRLS are referred to by number only.

The names are English, marked for translation in the ``treatment`` context
(``QT_TRANSLATE_NOOP``); what shows them translates them then (:func:`word`). The functions
here return English (the undo history and status messages name records in English).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from rls_diary.domain.records import CONDITION_KINDS, MEDICATION_CLASSES, irls_band
from rls_diary.ui.diary.text import BLANK, long_date

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT: Final = "treatment"  # the translation context of every text below


def word(source: str) -> str:
    """A text of this module (or a record table's cell) in the window's language."""
    return QCoreApplication.translate(CONTEXT, source) if source else source


MEDICATION_CLASS_LABELS: Final = {
    "dopamine_agonist": QT_TRANSLATE_NOOP("treatment", "Dopamine agonist"),
    "levodopa": QT_TRANSLATE_NOOP("treatment", "Levodopa"),
    "alpha2delta": QT_TRANSLATE_NOOP(
        "treatment", "Alpha-2-delta ligand (e.g. gabapentin, pregabalin)"
    ),
    "iron_oral": QT_TRANSLATE_NOOP("treatment", "Iron tablets or syrup"),
    "iron_iv": QT_TRANSLATE_NOOP("treatment", "Iron infusion (IV)"),
    "opioid": QT_TRANSLATE_NOOP("treatment", "Opioid"),
    "benzodiazepine": QT_TRANSLATE_NOOP("treatment", "Benzodiazepine"),
    "other": QT_TRANSLATE_NOOP("treatment", "Other"),
}
MEDICATION_CLASS_SHORT: Final = {
    "dopamine_agonist": QT_TRANSLATE_NOOP("treatment", "Dopamine agonist"),
    "levodopa": QT_TRANSLATE_NOOP("treatment", "Levodopa"),
    "alpha2delta": QT_TRANSLATE_NOOP("treatment", "Alpha-2-delta"),
    "iron_oral": QT_TRANSLATE_NOOP("treatment", "Oral iron"),
    "iron_iv": QT_TRANSLATE_NOOP("treatment", "IV iron"),
    "opioid": QT_TRANSLATE_NOOP("treatment", "Opioid"),
    "benzodiazepine": QT_TRANSLATE_NOOP("treatment", "Benzodiazepine"),
    "other": QT_TRANSLATE_NOOP("treatment", "Other"),
}
CONDITION_LABELS: Final = {
    "pregnancy": QT_TRANSLATE_NOOP("treatment", "Pregnancy"),
    "kidney_disease": QT_TRANSLATE_NOOP("treatment", "Kidney disease"),
    "iron_deficiency": QT_TRANSLATE_NOOP("treatment", "Iron deficiency"),
    "neuropathy": QT_TRANSLATE_NOOP("treatment", "Neuropathy"),
    "travel": QT_TRANSLATE_NOOP("treatment", "Travel"),
    "other": QT_TRANSLATE_NOOP("treatment", "Other"),
}
assert set(MEDICATION_CLASS_LABELS) == set(MEDICATION_CLASSES)
assert set(CONDITION_LABELS) == set(CONDITION_KINDS)

BAND_LABELS: Final = {
    "none": QT_TRANSLATE_NOOP("treatment", "None"),
    "mild": QT_TRANSLATE_NOOP("treatment", "Mild"),
    "moderate": QT_TRANSLATE_NOOP("treatment", "Moderate"),
    "severe": QT_TRANSLATE_NOOP("treatment", "Severe"),
    "very severe": QT_TRANSLATE_NOOP("treatment", "Very severe"),
}
ONGOING: Final = QT_TRANSLATE_NOOP("treatment", "ongoing")
YES: Final = QT_TRANSLATE_NOOP("treatment", "Yes")
NO: Final = QT_TRANSLATE_NOOP("treatment", "No")


def date_text(day: dt.date | None) -> str:
    """``27 Nov 2026``; a blank is ``–``."""
    return BLANK if day is None else _medium(day)


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """``3 Mar 2026 – 14 Mar 2026``, one date when they are equal."""
    if start is None and end is None:
        return ""
    if start is None or end is None or start == end:
        return _medium(start or end)  # type: ignore[arg-type]
    return f"{_medium(start)} – {_medium(end)}"


def _medium(day: dt.date) -> str:
    return long_date(day).split(" ", 1)[1]  # without the weekday


def number_text(value: float | None, unit: str | None = None) -> str:
    """``0.125 mg``, ``48``; a blank is ``–``."""
    if value is None:
        return BLANK
    text = f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return f"{text} {unit}".strip() if unit else text


def dose_text(dose: float | None, unit: str | None) -> str:
    if dose is None:
        return unit.strip() if unit and unit.strip() else BLANK
    return number_text(dose, unit.strip() if unit else None)


def band_text(total: int) -> str:
    return BAND_LABELS[irls_band(total)]


def yes_no(value: bool | None) -> str:
    return BLANK if value is None else (YES if value else NO)


def class_label(drug_class: str) -> str:
    return MEDICATION_CLASS_SHORT.get(drug_class, drug_class)


def condition_label(kind: str) -> str:
    return CONDITION_LABELS.get(kind, kind)
