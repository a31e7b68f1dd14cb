"""Words the Treatment tab shows (Qt-free): names of medicine classes and condition kinds,
dates, doses and the IRLS band. Items of the IRLS are referred to by number only."""

from __future__ import annotations

import datetime as dt
from typing import Final

from rls_diary.domain.records import CONDITION_KINDS, MEDICATION_CLASSES, irls_band
from rls_diary.ui.diary.text import BLANK, long_date

MEDICATION_CLASS_LABELS: Final = {
    "dopamine_agonist": "Dopamine agonist",
    "levodopa": "Levodopa",
    "alpha2delta": "Alpha-2-delta ligand (e.g. gabapentin, pregabalin)",
    "iron_oral": "Iron tablets or syrup",
    "iron_iv": "Iron infusion (IV)",
    "opioid": "Opioid",
    "benzodiazepine": "Benzodiazepine",
    "other": "Other",
}
MEDICATION_CLASS_SHORT: Final = {
    "dopamine_agonist": "Dopamine agonist",
    "levodopa": "Levodopa",
    "alpha2delta": "Alpha-2-delta",
    "iron_oral": "Oral iron",
    "iron_iv": "IV iron",
    "opioid": "Opioid",
    "benzodiazepine": "Benzodiazepine",
    "other": "Other",
}
CONDITION_LABELS: Final = {
    "pregnancy": "Pregnancy",
    "kidney_disease": "Kidney disease",
    "iron_deficiency": "Iron deficiency",
    "neuropathy": "Neuropathy",
    "travel": "Travel",
    "other": "Other",
}
assert set(MEDICATION_CLASS_LABELS) == set(MEDICATION_CLASSES)
assert set(CONDITION_LABELS) == set(CONDITION_KINDS)

BAND_LABELS: Final = {
    "none": "None",
    "mild": "Mild",
    "moderate": "Moderate",
    "severe": "Severe",
    "very severe": "Very severe",
}
ONGOING: Final = "ongoing"


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
    return BLANK if value is None else ("Yes" if value else "No")


def class_label(drug_class: str) -> str:
    return MEDICATION_CLASS_SHORT.get(drug_class, drug_class)


def condition_label(kind: str) -> str:
    return CONDITION_LABELS.get(kind, kind)
