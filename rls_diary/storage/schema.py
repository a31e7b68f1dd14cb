"""Schema versions and the transactional migrations between them.

The version lives in ``PRAGMA user_version`` and our files carry ``APPLICATION_ID``. Each
migration's SQL is frozen once released: later changes add a migration, never edit one.
"""

from __future__ import annotations

import sqlite3
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


# --- v2: the same night tables with cheaper, exactly equivalent checks ----------------------
#
# Rows are checked on every insert, so an import of 10,000 nights runs each check 10,000
# times. v2 accepts and refuses exactly the values v1 does (tests/unit/test_schema_v2.py
# feeds the same values to both), only faster:
# - ``x IN ('a', 'b', 'c', …)`` with three or more choices makes SQLite build a temporary
#   index of the choices for every row; ``(x = 'a' OR x = 'b' OR …)`` compares in place and
#   gives the same true, false or NULL (a NULL passes a CHECK either way);
# - a list cell that is a single member (the usual entry) is accepted by one comparison
#   before the chain of ``replace`` calls, which accepts every single member too.


def _one_of_v2(col: str, choices: tuple[str, ...]) -> str:
    """:func:`_one_of` without ``IN`` (the same answer for every value, NULL included)."""
    alternatives = " OR ".join(f"{col} = '{c}'" for c in choices)
    return f"{col} TEXT CHECK ({alternatives})"


def _subset_v2(col: str, choices: tuple[str, ...]) -> str:
    """:func:`_subset`, with a single member accepted at once (it passes the chain too)."""
    expr = f"';' || {col} || ';'"
    for choice in choices:
        expr = f"replace({expr}, ';{choice};', ';')"
    singles = " OR ".join(f"{col} = '{c}'" for c in choices)
    return f"{col} TEXT CHECK ({col} IS NULL OR {singles} OR ({col} <> '' AND {expr} = ';'))"


NIGHT_COLUMNS_V1: Final = (
    "id",
    "date",
    "timezone",
    "bedtime",
    "lights_out",
    "sleep_latency_min",
    "awakenings",
    "wake_after_sleep_onset_min",
    "final_wake",
    "out_of_bed",
    "no_sleep",
    "sleep_quality",
    "rls_severity",
    "rls_onset",
    "rls_areas",
    "times_up_to_move",
    "medication_taken",
    "triggers",
    "caffeine_drinks",
    "last_caffeine",
    "alcohol_drinks",
    "nicotine",
    "exercise_min",
    "nap_min",
    "daytime_sleepiness",
    "low_mood",
    "anxiety",
    "concentration_problems",
    "tracked_sleep_min",
    "source",
    "notes",
    "experiment_adherence",
    "entered_at",
    "updated_at",
)
NIGHT_REMEDY_COLUMNS_V1: Final = ("night_id", "remedy", "relief")

NIGHT_TABLES_V2: Final = f"""
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
    {_subset_v2("rls_areas", _AREAS)},
    {_int("times_up_to_move", 0, 50)},
    {_one_of_v2("medication_taken", ("as_planned", "missed", "extra", "none"))},
    {_subset_v2("triggers", _TRIGGERS)},
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
    {_one_of_v2("remedy", _REMEDIES)} NOT NULL,
    relief INTEGER NOT NULL CHECK (relief BETWEEN 0 AND 3),
    PRIMARY KEY (night_id, remedy)
) STRICT, WITHOUT ROWID;
"""


def _copy(source: str, target: str, columns: tuple[str, ...]) -> str:
    listed = ", ".join(columns)
    return f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {source};"


# The tables are rebuilt: their rows are copied aside, the tables dropped (the remedies
# first: dropping ``night`` while they refer to it would delete them), created anew and
# filled again, ids and all. Every row passes the new checks, which accept what v1 accepted.
MIGRATION_V2: Final = f"""
CREATE TABLE migration_night AS SELECT * FROM night;
CREATE TABLE migration_night_remedy AS SELECT * FROM night_remedy;
DROP TABLE night_remedy;
DROP TABLE night;
{NIGHT_TABLES_V2}
{_copy("migration_night", "night", NIGHT_COLUMNS_V1)}
{_copy("migration_night_remedy", "night_remedy", NIGHT_REMEDY_COLUMNS_V1)}
DROP TABLE migration_night;
DROP TABLE migration_night_remedy;
"""

# version -> SQL bringing the schema from version-1 to version (run in one transaction).
MIGRATIONS: Final[dict[int, str]] = {1: SCHEMA_V1, 2: MIGRATION_V2}
LATEST_VERSION: Final = max(MIGRATIONS)


def newer_schema(version: int) -> str:
    """What a message about a file of a newer app says of its schema ("schema 99, this app
    knows up to 2")."""
    return f"schema {version}, this app knows up to {LATEST_VERSION}"


def holds_rows(conn: sqlite3.Connection, table: str) -> bool:
    """Whether ``table`` (one of the tables above) holds a row: cheaper than reading them."""
    return bool(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0])
