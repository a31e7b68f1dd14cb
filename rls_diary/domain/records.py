"""Everything in the diary besides nights: medication courses, labs, IRLS totals, conditions,
the doctor-questions list and n-of-1 experiments (DESIGN §3, §6.1). ``None`` is blank."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

MEDICATION_CLASSES: Final = (
    "dopamine_agonist",
    "levodopa",
    "alpha2delta",
    "iron_oral",
    "iron_iv",
    "opioid",
    "benzodiazepine",
    "other",
)
CONDITION_KINDS: Final = (
    "pregnancy",
    "kidney_disease",
    "iron_deficiency",
    "neuropathy",
    "travel",
    "other",
)
EXPERIMENT_OUTCOMES: Final = (
    "rls_severity",
    "sleep_quality",
    "total_sleep_min",
    "sleep_efficiency_pct",
    "rls_onset_min",
)
IRLS_ITEMS: Final = 10
IRLS_MAX: Final = 40


@dataclass(frozen=True, slots=True)
class Medication:
    """One course: a drug at one dose from ``start`` to ``stop`` (``None`` = ongoing)."""

    name: str
    drug_class: str
    start: dt.date
    dose: float | None = None
    unit: str | None = None
    time: dt.time | None = None
    stop: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Lab:
    date: dt.date
    ferritin_ng_ml: float | None = None
    tsat_pct: float | None = None
    hemoglobin_g_dl: float | None = None
    weight_kg: float | None = None
    fasting_morning: bool | None = None
    note: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """An IRLS total (items referred to by number only; their sum must equal the total)."""

    date: dt.date
    irls_total: int
    items: tuple[int, ...] | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    kind: str
    start: dt.date
    end: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    created: dt.date
    done: bool = False
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Experiment:
    id: int
    factor: str
    outcome: str
    start: dt.date
    block_nights: int
    pairs: int
    washout_nights: int
    seed: int
    schedule: tuple[str, ...]  # "AB" or "BA" per pair
    stopped: dt.date | None = None


def irls_band(total: int) -> str:
    """The IRLS severity band of a total (0 none, 1–10 mild … 31–40 very severe)."""
    if total <= 0:
        return "none"
    if total <= 10:
        return "mild"
    if total <= 20:
        return "moderate"
    if total <= 30:
        return "severe"
    return "very severe"
