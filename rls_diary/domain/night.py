"""The diary night: one entry per morning date, and the registry of its fields.

Every layer (validation, storage columns, CSV/JSON, the form) is driven by ``NIGHT_FIELDS`` so
that a field is described once. ``None`` always means *blank* (not recorded); it is never 0.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final


class Kind(Enum):
    """How a field's value is typed and written."""

    INT = "int"  # bounded integer
    TIME = "time"  # wall-clock time, "HH:MM"
    BOOL = "bool"  # yes / no
    CHOICE = "choice"  # one of ``choices``
    SET = "set"  # a subset of ``choices`` (";"-separated in CSV)
    RELIEF = "relief"  # remedies: mapping of choice -> relief 0..3
    TEXT = "text"  # free text
    ZONE = "zone"  # IANA time-zone name


RLS_AREAS: Final = ("legs", "arms", "trunk", "other")
REMEDIES: Final = (
    "walking",
    "stretching",
    "massage",
    "hot_bath",
    "cold",
    "compression",
    "mental_activity",
    "other",
)
TRIGGERS: Final = (
    "long_sitting",
    "travel",
    "antihistamine",
    "antiemetic",
    "antidepressant",
    "sleep_deprivation",
    "stress",
    "other",
)
MEDICATION_TAKEN: Final = ("as_planned", "missed", "extra", "none")
RELIEF_MAX: Final = 3


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    label: str
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    csv: bool = True  # part of the CSV exchange format

    def in_range(self, value: int) -> bool:
        assert self.low is not None and self.high is not None
        return self.low <= value <= self.high

    @property
    def range_text(self) -> str:
        return f"{self.low}–{self.high}"


def _int(name: str, label: str, low: int, high: int) -> FieldSpec:
    return FieldSpec(name, Kind.INT, label, low, high)


# In the CSV column order of DESIGN §4 (``date`` is the key and not listed here).
NIGHT_FIELDS: Final[tuple[FieldSpec, ...]] = (
    FieldSpec("timezone", Kind.ZONE, "time zone"),
    FieldSpec("bedtime", Kind.TIME, "into bed"),
    FieldSpec("lights_out", Kind.TIME, "tried to sleep"),
    _int("sleep_latency_min", "minutes to fall asleep", 0, 720),
    _int("awakenings", "awakenings", 0, 50),
    _int("wake_after_sleep_onset_min", "minutes awake during the night", 0, 720),
    FieldSpec("final_wake", Kind.TIME, "final awakening"),
    FieldSpec("out_of_bed", Kind.TIME, "out of bed"),
    FieldSpec("no_sleep", Kind.BOOL, "did not sleep at all"),
    _int("sleep_quality", "sleep quality", 1, 5),
    _int("rls_severity", "RLS severity", 0, 10),
    FieldSpec("rls_onset", Kind.TIME, "symptoms began"),
    FieldSpec("rls_areas", Kind.SET, "areas affected", choices=RLS_AREAS),
    _int("times_up_to_move", "times up to move", 0, 50),
    FieldSpec("medication_taken", Kind.CHOICE, "medication taken", choices=MEDICATION_TAKEN),
    FieldSpec("remedies", Kind.RELIEF, "remedies tried", 0, RELIEF_MAX, choices=REMEDIES),
    FieldSpec("triggers", Kind.SET, "possible triggers", choices=TRIGGERS),
    _int("caffeine_drinks", "caffeinated drinks", 0, 30),
    FieldSpec("last_caffeine", Kind.TIME, "last caffeine"),
    _int("alcohol_drinks", "alcoholic drinks", 0, 30),
    FieldSpec("nicotine", Kind.BOOL, "nicotine"),
    _int("exercise_min", "exercise minutes", 0, 600),
    _int("nap_min", "nap minutes", 0, 600),
    _int("daytime_sleepiness", "daytime sleepiness", 0, 4),
    _int("low_mood", "low mood", 0, 4),
    _int("anxiety", "anxiety", 0, 4),
    _int("concentration_problems", "concentration problems", 0, 4),
    _int("tracked_sleep_min", "tracked sleep minutes", 0, 1440),
    FieldSpec("source", Kind.TEXT, "source"),
    FieldSpec("notes", Kind.TEXT, "notes"),
    FieldSpec("experiment_adherence", Kind.BOOL, "followed the experiment", csv=False),
)
FIELDS_BY_NAME: Final[Mapping[str, FieldSpec]] = {f.name: f for f in NIGHT_FIELDS}
CSV_FIELDS: Final[tuple[FieldSpec, ...]] = tuple(f for f in NIGHT_FIELDS if f.csv)

# Fields whose presence makes a night "recorded" (DESIGN §3): sleep, severity, day-before.
_NOT_RECORDING: Final = frozenset(
    {"timezone", "rls_onset", "notes", "experiment_adherence", "source", "tracked_sleep_min"}
)
RECORDING_FIELDS: Final[tuple[str, ...]] = tuple(
    f.name for f in NIGHT_FIELDS if f.name not in _NOT_RECORDING
)

Remedies = tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Night:
    """One diary entry, keyed by the morning date. Every ``None`` is a blank."""

    date: dt.date
    timezone: str | None = None
    bedtime: dt.time | None = None
    lights_out: dt.time | None = None
    sleep_latency_min: int | None = None
    awakenings: int | None = None
    wake_after_sleep_onset_min: int | None = None
    final_wake: dt.time | None = None
    out_of_bed: dt.time | None = None
    no_sleep: bool | None = None
    sleep_quality: int | None = None
    rls_severity: int | None = None
    rls_onset: dt.time | None = None
    rls_areas: tuple[str, ...] | None = None
    times_up_to_move: int | None = None
    medication_taken: str | None = None
    remedies: Remedies | None = None
    triggers: tuple[str, ...] | None = None
    caffeine_drinks: int | None = None
    last_caffeine: dt.time | None = None
    alcohol_drinks: int | None = None
    nicotine: bool | None = None
    exercise_min: int | None = None
    nap_min: int | None = None
    daytime_sleepiness: int | None = None
    low_mood: int | None = None
    anxiety: int | None = None
    concentration_problems: int | None = None
    tracked_sleep_min: int | None = None
    source: str | None = None
    notes: str | None = None
    experiment_adherence: bool | None = None
    entered_at: dt.datetime | None = None  # UTC, None when unknown (imported)
    updated_at: dt.datetime | None = None  # UTC

    def get(self, name: str) -> Any:
        return getattr(self, name)

    def replace(self, **changes: Any) -> Night:
        return dataclasses.replace(self, **changes)

    @property
    def is_recorded(self) -> bool:
        """Holds any sleep, severity or day-before field (an onset alone does not count)."""
        return any(getattr(self, name) is not None for name in RECORDING_FIELDS)

    def content(self) -> dict[str, Any]:
        """The user-entered values (everything but the date and the timestamps)."""
        return {f.name: getattr(self, f.name) for f in NIGHT_FIELDS}

    def same_content(self, other: Night) -> bool:
        return self.date == other.date and self.content() == other.content()


# Night's slots in constructor order (date, NIGHT_FIELDS…, entered_at, updated_at).
_SLOTS: Final = tuple(Night.__dict__[f.name] for f in dataclasses.fields(Night))


def nights_from_columns(columns: Sequence[Iterable[Any]], count: int) -> list[Night]:
    """``count`` nights from one column of values per field, in constructor order.

    The same as ``[Night(*row) for row in zip(*columns)]`` (the values must already be the
    typed, checked values of the fields: nothing is converted), about twice as fast for the
    thousands of nights of a load or an import: the frozen instances' slots are filled
    column by column in C loops, as the dataclass's own ``__init__`` fills them. Every
    column must hold ``count`` values.
    """
    if len(columns) != len(_SLOTS):
        raise ValueError(f"{len(columns)} columns for the {len(_SLOTS)} fields of a night")
    nights: list[Night] = list(map(object.__new__, itertools.repeat(Night, count)))
    for slot, column in zip(_SLOTS, columns, strict=True):
        collections.deque(map(slot.__set__, nights, column), maxlen=0)
    return nights


NIGHT_ATTRIBUTES: Final = tuple(f.name for f in dataclasses.fields(Night))  # constructor order


class NightColumns:
    """Nights held column by column: one sequence of values per attribute of :class:`Night`,
    in constructor order (``NIGHT_ATTRIBUTES``), each ``count`` long. The form a bulk read
    produces and a bulk write takes: an import of thousands of nights into an empty diary
    checks and stores them without building a :class:`Night` each. :meth:`nights` builds
    them (once) for whoever needs them.

    The values must be the typed, checked values of the fields (nothing is converted), and
    the columns must not change afterwards.
    """

    __slots__ = ("_built", "columns", "count")

    def __init__(self, columns: Sequence[Sequence[Any]], count: int) -> None:
        if len(columns) != len(_SLOTS):
            raise ValueError(f"{len(columns)} columns for the {len(_SLOTS)} fields of a night")
        if any(len(column) != count for column in columns):
            raise ValueError(f"every column must hold {count} values")
        self.columns: tuple[Sequence[Any], ...] = tuple(columns)
        self.count = count
        self._built: list[Night] | None = None

    def __len__(self) -> int:
        return self.count

    def column(self, name: str) -> Sequence[Any]:
        """The values of attribute ``name``, night by night."""
        return self.columns[_POSITION[name]]

    def night(self, row: int) -> Night:
        """The night in row ``row`` (built alone)."""
        return Night(*(column[row] for column in self.columns))

    def nights(self) -> list[Night]:
        """Every night, built once (:func:`nights_from_columns`)."""
        if self._built is None:
            self._built = nights_from_columns(self.columns, self.count)
        return self._built


_POSITION: Final = {name: index for index, name in enumerate(NIGHT_ATTRIBUTES)}


def canonical_set(values: object, choices: tuple[str, ...]) -> tuple[str, ...]:
    """Members in the registry's order, without duplicates (callers validate membership)."""
    seen = set(values)  # type: ignore[call-overload]
    return tuple(c for c in choices if c in seen)


def canonical_remedies(values: Mapping[str, int]) -> Remedies:
    return tuple((name, values[name]) for name in REMEDIES if name in values)
