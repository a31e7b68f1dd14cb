"""Schema versions and the transactional migrations between them.

The version lives in ``PRAGMA user_version`` and our files carry ``APPLICATION_ID``. Each
migration's SQL is frozen once released: later changes add a migration, never edit one.
"""

from __future__ import annotations

from typing import Final

APPLICATION_ID: Final = 0x524C5344  # "RLSD"


def _time(col: str) -> str:
    return (
        f"{col} TEXT CHECK ({col} IS NULL OR ({col} GLOB '[0-2][0-9]:[0-5][0-9]' "
        f"AND {col} <= '23:59'))"
    )


def _date(col: str, *, null: bool = False) -> str:
    not_null = "" if null else " NOT NULL"
    return f"{col} TEXT{not_null} CHECK ({col} IS NULL OR date({col}, '+0 days') IS {col})"


def _int(col: str, low: int, high: int) -> str:
    return f"{col} INTEGER CHECK ({col} BETWEEN {low} AND {high})"


def _bool(col: str) -> str:
    return f"{col} INTEGER CHECK ({col} IN (0, 1))"


def _one_of(col: str, choices: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{c}'" for c in choices)
    return f"{col} TEXT CHECK ({col} IN ({listed}))"


def _subset(col: str, choices: tuple[str, ...]) -> str:
    """A ';'-joined subset of ``choices`` without repeats (each replaced once must leave ';')."""
    expr = f"';' || {col} || ';'"
    for choice in choices:
        expr = f"replace({expr}, ';{choice};', ';')"
    return f"{col} TEXT CHECK ({col} IS NULL OR ({col} <> '' AND {expr} = ';'))"


_AREAS = ("legs", "arms", "trunk", "other")
_REMEDIES = (
    "walking",
    "stretching",
    "massage",
    "hot_bath",
    "cold",
    "compression",
    "mental_activity",
    "other",
)
_TRIGGERS = (
    "long_sitting",
    "travel",
    "antihistamine",
    "antiemetic",
    "antidepressant",
    "sleep_deprivation",
    "stress",
    "other",
)
_MED_CLASSES = (
    "dopamine_agonist",
    "levodopa",
    "alpha2delta",
    "iron_oral",
    "iron_iv",
    "opioid",
    "benzodiazepine",
    "other",
)
_CONDITIONS = ("pregnancy", "kidney_disease", "iron_deficiency", "neuropathy", "travel", "other")
_OUTCOMES = (
    "rls_severity",
    "sleep_quality",
    "total_sleep_min",
    "sleep_efficiency_pct",
    "rls_onset_min",
)
_UTC_STAMP = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'"
_IRLS_ITEMS = [f"irls_item{i}" for i in range(1, 11)]

SCHEMA_V1: Final = f"""
CREATE TABLE night (
    id INTEGER PRIMARY KEY,
    {_date("date")} UNIQUE,
    timezone TEXT NOT NULL CHECK (timezone <> ''),
    {_time("bedtime")},
    {_time("lights_out")},
    {_int("sleep_latency_min", 0, 720)},
    {_int("awakenings", 0, 50)},
    {_int("wake_after_sleep_onset_min", 0, 720)},
    {_time("final_wake")},
    {_time("out_of_bed")},
    {_bool("no_sleep")},
    {_int("sleep_quality", 1, 5)},
    {_int("rls_severity", 0, 10)},
    {_time("rls_onset")},
    {_subset("rls_areas", _AREAS)},
    {_int("times_up_to_move", 0, 50)},
    {_one_of("medication_taken", ("as_planned", "missed", "extra", "none"))},
    {_subset("triggers", _TRIGGERS)},
    {_int("caffeine_drinks", 0, 30)},
    {_time("last_caffeine")},
    {_int("alcohol_drinks", 0, 30)},
    {_bool("nicotine")},
    {_int("exercise_min", 0, 600)},
    {_int("nap_min", 0, 600)},
    {_int("daytime_sleepiness", 0, 4)},
    {_int("low_mood", 0, 4)},
    {_int("anxiety", 0, 4)},
    {_int("concentration_problems", 0, 4)},
    {_int("tracked_sleep_min", 0, 1440)},
    source TEXT,
    notes TEXT,
    {_bool("experiment_adherence")},
    entered_at TEXT CHECK (entered_at IS NULL OR entered_at {_UTC_STAMP}),
    updated_at TEXT CHECK (updated_at IS NULL OR updated_at {_UTC_STAMP}),
    CHECK (no_sleep IS NOT 1 OR (sleep_latency_min IS NULL AND final_wake IS NULL))
) STRICT;

CREATE TABLE night_remedy (
    night_id INTEGER NOT NULL REFERENCES night(id) ON DELETE CASCADE,
    {_one_of("remedy", _REMEDIES)} NOT NULL,
    relief INTEGER NOT NULL CHECK (relief BETWEEN 0 AND 3),
    PRIMARY KEY (night_id, remedy)
) STRICT, WITHOUT ROWID;

CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    {_one_of("class", _MED_CLASSES)} NOT NULL,
    dose REAL CHECK (dose IS NULL OR dose > 0),
    unit TEXT,
    {_time("time")},
    {_date("start")},
    {_date("stop", null=True)},
    CHECK (stop IS NULL OR stop >= start)
) STRICT;
CREATE INDEX medication_start ON medication(start);

CREATE TABLE lab (
    id INTEGER PRIMARY KEY,
    {_date("date")},
    ferritin_ng_ml REAL CHECK (ferritin_ng_ml IS NULL OR ferritin_ng_ml BETWEEN 0 AND 10000),
    tsat_pct REAL CHECK (tsat_pct IS NULL OR tsat_pct BETWEEN 0 AND 100),
    hemoglobin_g_dl REAL CHECK (hemoglobin_g_dl IS NULL OR hemoglobin_g_dl BETWEEN 0 AND 30),
    weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg BETWEEN 0 AND 700),
    {_bool("fasting_morning")},
    note TEXT
) STRICT;
CREATE INDEX lab_date ON lab(date);

CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    {_date("date")},
    irls_total INTEGER NOT NULL CHECK (irls_total BETWEEN 0 AND 40),
    {", ".join(_int(c, 0, 4) for c in _IRLS_ITEMS)},
    CHECK (({" IS NULL AND ".join(_IRLS_ITEMS)} IS NULL)
        OR ({" + ".join(_IRLS_ITEMS)}) = irls_total)
) STRICT;

CREATE TABLE condition_period (
    id INTEGER PRIMARY KEY,
    {_one_of("kind", _CONDITIONS)} NOT NULL,
    {_date("start")},
    {_date("end_date", null=True)},
    CHECK (end_date IS NULL OR end_date >= start)
) STRICT;

CREATE TABLE doctor_question (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL CHECK (trim(text) <> ''),
    {_date("created")},
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
) STRICT;

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE experiment (
    id INTEGER PRIMARY KEY,
    factor TEXT NOT NULL CHECK (trim(factor) <> ''),
    {_one_of("outcome", _OUTCOMES)} NOT NULL,
    {_date("start")},
    block_nights INTEGER NOT NULL CHECK (block_nights BETWEEN 2 AND 14),
    pairs INTEGER NOT NULL CHECK (pairs BETWEEN 2 AND 12),
    washout_nights INTEGER NOT NULL CHECK (washout_nights BETWEEN 0 AND block_nights - 1),
    seed INTEGER NOT NULL,
    schedule TEXT NOT NULL CHECK (schedule <> ''),
    {_date("stopped", null=True)}
) STRICT;
"""

# version -> SQL bringing the schema from version-1 to version (run in one transaction).
MIGRATIONS: Final[dict[int, str]] = {1: SCHEMA_V1}
LATEST_VERSION: Final = max(MIGRATIONS)
