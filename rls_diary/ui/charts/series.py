"""Chart data prepared without Qt: numpy arrays over every calendar day of the diary.

The arrays run over *every* calendar day from the first entry to the last, so a missing entry
or a blank field is a NaN (a gap in the line), never a 0, and "the next night" is simply the
next element. Values come from :func:`rls_diary.services.stats.night_values`, the function the
``stats --json`` report uses, so a chart and the report never disagree about a night.

x positions are seconds since 1970-01-01 at midnight UTC of each morning date (what
``pyqtgraph.DateAxisItem(utcOffset=0)`` labels as that date).

Sleep measured by another app or device (``tracked_sleep_min``) is kept apart from the diary's
total sleep: one column per source (:func:`tracked_key`), charted as its own series. The A/B
blocks of personal experiments (:func:`experiment_lane`) and the augmentation and iron flags of
the insights (:func:`insight_marks`) are prepared here too, in the workers, so that the GUI
thread only hands ready arrays to pyqtgraph.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from rls_diary.domain.episodes import DOPAMINERGIC, episodes
from rls_diary.domain.experiments import Block
from rls_diary.domain.insights.augmentation import POSSIBLE_AUGMENTATION
from rls_diary.domain.insights.finding import Finding
from rls_diary.domain.insights.iron import AFTER_INFUSION_DAYS, TEST_OVERDUE
from rls_diary.domain.insights.paradoxical import PARADOXICAL_RESPONSE
from rls_diary.domain.insights.remission import RECURRENCE, REMISSION, remission_findings
from rls_diary.domain.night import Night
from rls_diary.domain.records import Condition, Experiment, Lab, Medication
from rls_diary.services.diary import Contents
from rls_diary.services.insights import compute_insights
from rls_diary.services.stats import night_values
from rls_diary.ui.charts.text import QT_TRANSLATE_NOOP, word  # marks and translates (no Qt)
from rls_diary.ui.insight_text import finding_text  # in the window's language

SECONDS_PER_DAY: Final = 86_400
EPOCH_ORDINAL: Final = dt.date(1970, 1, 1).toordinal()
ROLLING_NIGHTS: Final = 7
ROLLING_MIN_VALUES: Final = 4  # fewer recorded nights in the window → no median (a gap)
IV_IRON_WEEKS: Final = AFTER_INFUSION_DAYS // 7  # labs "may be raised" (DESIGN §6)
JITTER_SEED: Final = 0

# The time series of the "Over time" chart, in drawing order (each gets a rolling median).
TIME_SERIES: Final = (
    "rls_severity",
    "sleep_quality",
    "total_sleep_min",
    "sleep_efficiency_pct",
    "rls_onset_min",
)
# Everything a chart reads per night (night_values' names; tracked sleep is read as stored).
CHART_FIELDS: Final = (
    *TIME_SERIES,
    "tracked_sleep_min",
    "caffeine_drinks",
    "alcohol_drinks",
    "exercise_min",
    "daytime_sleepiness",
    "low_mood",
    "anxiety",
    "concentration_problems",
)
JITTER_KEYS: Final = ("jitter_x", "jitter_y", "sample_key")


def median_key(name: str) -> str:
    return f"{name}_median"


UNKNOWN_SOURCE: Final = ""  # tracked sleep whose source was not recorded


def tracked_key(source: str) -> str:
    """The column of sleep measured by ``source`` (another app or device)."""
    return f"tracked_sleep_min:{source}"


def source_label(source: str) -> str:
    """How a chart names a source of tracked sleep."""
    return source or QT_TRANSLATE_NOOP("charts", "another app or device")


# --- the table of nights ----------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class NightTable:
    """Per-day arrays from ``first`` over ``size`` consecutive calendar days.

    ``entry[i]`` says whether the diary has an entry on that date; every array in ``values``
    is float64 with NaN where the entry is missing or the field is blank.
    """

    first_ordinal: int
    entry: np.ndarray
    values: Mapping[str, np.ndarray]

    @property
    def size(self) -> int:
        return len(self.entry)

    @property
    def first(self) -> dt.date | None:
        return dt.date.fromordinal(self.first_ordinal) if self.size else None

    @property
    def last(self) -> dt.date | None:
        return dt.date.fromordinal(self.first_ordinal + self.size - 1) if self.size else None

    def __getitem__(self, name: str) -> np.ndarray:
        return self.values[name]

    def date(self, index: int) -> dt.date:
        return dt.date.fromordinal(self.first_ordinal + int(index))

    def index(self, day: dt.date) -> int:
        return day.toordinal() - self.first_ordinal

    def x(self) -> np.ndarray:
        """The x position (seconds, midnight UTC of the morning date) of every day."""
        return day_x(self.first_ordinal, self.size)

    def window(self, start: dt.date, end: dt.date) -> NightTable:
        """The days from ``start`` to ``end`` (inclusive, clipped to the table) — views, no
        copies."""
        low = max(0, self.index(start))
        high = min(self.size, self.index(end) + 1)
        high = max(low, high)
        return NightTable(
            self.first_ordinal + low,
            self.entry[low:high],
            {name: array[low:high] for name, array in self.values.items()},
        )

    def entry_count(self) -> int:
        return int(np.count_nonzero(self.entry))


def day_x(first_ordinal: int, size: int) -> np.ndarray:
    return (np.arange(size, dtype=np.float64) + (first_ordinal - EPOCH_ORDINAL)) * SECONDS_PER_DAY


def date_x(day: dt.date) -> float:
    return float((day.toordinal() - EPOCH_ORDINAL) * SECONDS_PER_DAY)


def x_date(x: float) -> dt.date:
    """The date whose day contains ``x`` when rounded to the nearest day start."""
    return dt.date.fromordinal(EPOCH_ORDINAL + round(x / SECONDS_PER_DAY))


def build_table(nights: Iterable[Night], default_zone: str) -> NightTable:
    """The dense table of ``nights`` (any order) with every field of :data:`CHART_FIELDS`."""
    by_date = {night.date: night for night in nights}
    if not by_date:
        return NightTable(0, np.zeros(0, dtype=bool), _empty_values(0))
    first = min(by_date).toordinal()
    size = max(by_date).toordinal() - first + 1
    columns = {name: [math.nan] * size for name in CHART_FIELDS}
    entry = np.zeros(size, dtype=bool)
    for day, night in by_date.items():
        index = day.toordinal() - first
        entry[index] = True
        values = night_values(night, default_zone)
        values["tracked_sleep_min"] = night.tracked_sleep_min
        for name in CHART_FIELDS:
            value = values[name]
            if value is not None:
                columns[name][index] = float(value)
        if night.tracked_sleep_min is not None:
            key = tracked_key(night.source or UNKNOWN_SOURCE)
            column = columns.setdefault(key, [math.nan] * size)
            column[index] = float(night.tracked_sleep_min)
    arrays = {name: np.asarray(column, dtype=np.float64) for name, column in columns.items()}
    for name in TIME_SERIES:
        arrays[median_key(name)] = rolling_median(arrays[name])
    rng = np.random.default_rng(JITTER_SEED)
    for key in JITTER_KEYS:  # fixed per night: a point does not jump when the range changes
        arrays[key] = rng.uniform(-1.0, 1.0, size)
    return NightTable(first, entry, arrays)


def _empty_values(size: int) -> dict[str, np.ndarray]:
    names = [*CHART_FIELDS, *(median_key(n) for n in TIME_SERIES), *JITTER_KEYS]
    return {name: np.full(size, np.nan) for name in names}


def rolling_median(
    values: np.ndarray,
    window: int = ROLLING_NIGHTS,
    min_values: int = ROLLING_MIN_VALUES,
) -> np.ndarray:
    """The median of each night and the ``window − 1`` calendar nights before it.

    Blanks (NaN) are left out of each window; a window with fewer than ``min_values``
    recorded nights has no median (NaN). Vectorised: one sort of an (n, window) view.
    """
    values = np.asarray(values, dtype=np.float64)
    size = len(values)
    if size == 0:
        return np.zeros(0)
    padded = np.concatenate([np.full(window - 1, np.nan), values])
    windows = np.lib.stride_tricks.sliding_window_view(padded, window)
    ordered = np.sort(windows, axis=1)  # NaN sorts last
    count = np.count_nonzero(~np.isnan(windows), axis=1)
    rows = np.arange(size)
    below = np.clip((count - 1) // 2, 0, window - 1)
    above = np.clip(count // 2, 0, window - 1)
    median: np.ndarray = (ordered[rows, below] + ordered[rows, above]) / 2.0
    median[count < min_values] = np.nan
    return median


# --- ranges -----------------------------------------------------------------------------------

# (key, label, nights ending at the diary's last entry; None = everything)
RANGES: Final = (
    ("4w", QT_TRANSLATE_NOOP("charts", "Last 4 weeks"), 28),
    ("3m", QT_TRANSLATE_NOOP("charts", "Last 3 months"), 91),
    ("1y", QT_TRANSLATE_NOOP("charts", "Last year"), 365),
    ("all", QT_TRANSLATE_NOOP("charts", "All nights"), None),
)
RANGE_NIGHTS: Final = {key: nights for key, _, nights in RANGES}


def preset_range(key: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The dates of a preset range: the last N nights of the diary, clipped to its first."""
    nights = RANGE_NIGHTS[key]
    if nights is None:
        return first, last
    return max(first, last - dt.timedelta(days=nights - 1)), last


def clamp_range(
    start: dt.date, end: dt.date, first: dt.date, last: dt.date
) -> tuple[dt.date, dt.date]:
    """A custom range inside the diary's dates, in order (a reversed range is swapped)."""
    if start > end:
        start, end = end, start
    start = min(max(start, first), last)
    end = min(max(end, first), last)
    return start, end


# --- pairs, jitter, groups and boxes ----------------------------------------------------------


def lagged(
    table: NightTable, x_name: str, y_name: str, lag: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index of day d, x of d, y of d + lag) for every d where both values exist.

    Calendar days, like :func:`rls_diary.domain.statistics.paired_by_lag`: a pair needs an
    entry on d + lag, and both entries inside the table (the chosen range).
    """
    if lag < 0:
        raise ValueError("lag must not be negative")
    size = table.size
    if lag >= size:
        empty = np.zeros(0)
        return np.zeros(0, dtype=np.int64), empty, empty
    xs = table[x_name][: size - lag]
    ys = table[y_name][lag:]
    both = ~np.isnan(xs) & ~np.isnan(ys)
    return np.flatnonzero(both), xs[both], ys[both]


def thin(keys: np.ndarray, limit: int) -> np.ndarray:
    """Positions of at most ``limit`` of ``keys``: those with the smallest keys (a seeded
    random choice that stays the same for a night when the range changes), in order."""
    if len(keys) <= limit:
        return np.arange(len(keys))
    return np.sort(np.argpartition(keys, limit)[:limit])


@dataclass(frozen=True, slots=True)
class Group:
    """Values with ``low <= value < high``."""

    label: str
    low: float
    high: float


def group_index(values: np.ndarray, groups: Sequence[Group]) -> np.ndarray:
    """The group number of each value; −1 for a blank or a value in no group."""
    out = np.full(len(values), -1, dtype=np.int64)
    for number, group in enumerate(groups):
        out[(values >= group.low) & (values < group.high)] = number
    return out


@dataclass(frozen=True, slots=True)
class Box:
    """Median, quartiles (linear interpolation) and Tukey whiskers of one group."""

    n: int
    q1: float
    median: float
    q3: float
    low: float  # lowest value within 1.5 IQR below q1
    high: float  # highest value within 1.5 IQR above q3


def box(values: np.ndarray) -> Box | None:
    present = np.asarray(values, dtype=np.float64)
    present = present[~np.isnan(present)]
    if present.size == 0:
        return None
    q1, median, q3 = (float(v) for v in np.quantile(present, (0.25, 0.5, 0.75)))
    reach = 1.5 * (q3 - q1)
    low = float(present[present >= q1 - reach].min())
    high = float(present[present <= q3 + reach].max())
    return Box(int(present.size), q1, median, q3, low, high)


def box_outline(boxes: Sequence[Box | None], half_width: float = 0.3) -> tuple[np.ndarray, ...]:
    """One path (x, y with NaN breaks) drawing every box and its whiskers, for one curve.

    Box k is centred on x = k. Returns (x, y) of the outlines and (x, y) of the median bars.
    """
    nan = math.nan
    xs: list[float] = []
    ys: list[float] = []
    mx: list[float] = []
    my: list[float] = []
    cap = half_width / 2
    for k, item in enumerate(boxes):
        if item is None:
            continue
        left, right = k - half_width, k + half_width
        xs += [left, right, right, left, left, nan]
        ys += [item.q1, item.q1, item.q3, item.q3, item.q1, nan]
        xs += [k, k, nan, k - cap, k + cap, nan, k, k, nan, k - cap, k + cap, nan]
        ys += [item.q3, item.high, nan, item.high, item.high, nan]
        ys += [item.q1, item.low, nan, item.low, item.low, nan]
        mx += [left, right, nan]
        my += [item.median, item.median, nan]
    return (np.asarray(xs), np.asarray(ys), np.asarray(mx), np.asarray(my))


# --- lifestyle factors ------------------------------------------------------------------------

_INF: Final = math.inf


@dataclass(frozen=True, slots=True)
class Factor:
    """A panel of the lifestyle chart: ``x`` grouped, against each (outcome, lag)."""

    key: str
    label: str
    axis: str
    groups: tuple[Group, ...]
    outcomes: tuple[tuple[str, int], ...]


_NIGHT_OUTCOMES: Final = (
    ("rls_severity", 0),
    ("sleep_quality", 0),
    ("rls_severity", 1),
    ("sleep_quality", 1),
)
_NEXT_DAY: Final = tuple(
    (name, 1) for name in ("daytime_sleepiness", "low_mood", "anxiety", "concentration_problems")
)

FACTORS: Final = (
    Factor(
        "caffeine_drinks",
        QT_TRANSLATE_NOOP("charts", "Caffeine"),
        QT_TRANSLATE_NOOP("charts", "caffeinated drinks during the day"),
        (Group("0", 0, 1), Group("1", 1, 2), Group("2", 2, 3), Group("3+", 3, _INF)),
        _NIGHT_OUTCOMES,
    ),
    Factor(
        "alcohol_drinks",
        QT_TRANSLATE_NOOP("charts", "Alcohol"),
        QT_TRANSLATE_NOOP("charts", "alcoholic drinks during the day"),
        (Group("0", 0, 1), Group("1", 1, 2), Group("2+", 2, _INF)),
        _NIGHT_OUTCOMES,
    ),
    Factor(
        "exercise_min",
        QT_TRANSLATE_NOOP("charts", "Exercise"),
        QT_TRANSLATE_NOOP("charts", "exercise during the day (min)"),
        (
            Group(QT_TRANSLATE_NOOP("charts", "none"), 0, 1),
            Group("1–29", 1, 30),
            Group("30–59", 30, 60),
            Group("60+", 60, _INF),
        ),
        _NIGHT_OUTCOMES,
    ),
    Factor(
        "rls_severity",
        QT_TRANSLATE_NOOP("charts", "RLS severity → next day"),
        QT_TRANSLATE_NOOP("charts", "RLS severity that night (0–10)"),
        (Group("0–2", 0, 3), Group("3–5", 3, 6), Group("6–10", 6, _INF)),
        _NEXT_DAY,
    ),
    Factor(
        "total_sleep_min",
        QT_TRANSLATE_NOOP("charts", "Total sleep → next day"),
        QT_TRANSLATE_NOOP("charts", "total sleep that night (h)"),
        (
            Group("< 5", 0, 300),
            Group("5–6", 300, 360),
            Group("6–7", 360, 420),
            Group("7+", 420, _INF),
        ),
        _NEXT_DAY,
    ),
)
FACTORS_BY_KEY: Final = {factor.key: factor for factor in FACTORS}


# --- courses, conditions and labs -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Band:
    """A period on the date axis, ``start`` to ``end`` inclusive."""

    start: dt.date
    end: dt.date
    text: str  # shown on the band: the drug and its dose, or the condition
    kind: str  # a medication class or a condition kind ("A"/"B" for experiment blocks)
    ongoing: bool = False
    short: str = ""  # a shorter text for when ``text`` does not fit ("A", "B")
    washout_end: dt.date | None = None  # experiment blocks: the last washout night

    @property
    def nights_x_range(self) -> tuple[float, float]:
        """Centred on the nights' points (each at its morning date): half a day before the
        first to half a day after the last — for blocks whose points are compared."""
        half = SECONDS_PER_DAY / 2
        return date_x(self.start) - half, date_x(self.end) + half

    @property
    def washout_x_range(self) -> tuple[float, float] | None:
        """The washout nights at the start of an experiment block, centred like
        :attr:`nights_x_range`."""
        if self.washout_end is None:
            return None
        half = SECONDS_PER_DAY / 2
        return date_x(self.start) - half, date_x(self.washout_end) + half

    @property
    def x_range(self) -> tuple[float, float]:
        """From the start of the first day to the end of the last."""
        return date_x(self.start), date_x(self.end) + SECONDS_PER_DAY

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class Lane:
    """One row of the treatment chart: every course of one drug, or periods of one kind."""

    label: str
    role: str  # "medication", "condition", "remission", "experiment" or "insights"
    bands: tuple[Band, ...]


def _dose(medication: Medication) -> str:
    if medication.dose is None:
        return ""
    dose = f"{medication.dose:g}"
    return f" {dose} {medication.unit}" if medication.unit else f" {dose}"


def lanes(
    medications: Sequence[Medication], conditions: Sequence[Condition], last: dt.date | None
) -> tuple[Lane, ...]:
    """One lane per drug name (its dose changes side by side), then one per condition kind.

    An ongoing course or period runs to the diary's last night (or its own start if later).
    """
    rows: dict[tuple[str, str], list[Band]] = {}
    for course in sorted(medications, key=lambda m: (m.start, m.name)):
        end = course.stop or max(course.start, last or course.start)
        text = f"{course.name}{_dose(course)}"
        band = Band(course.start, end, text, course.drug_class, course.stop is None)
        rows.setdefault(("medication", course.name), []).append(band)
    for period in sorted(conditions, key=lambda c: (c.start, c.kind)):
        end = period.end or max(period.start, last or period.start)
        label = period.kind.replace("_", " ")
        band = Band(period.start, end, label, period.kind, period.end is None)
        rows.setdefault(("condition", label), []).append(band)
    return tuple(Lane(label, role, tuple(bands)) for (role, label), bands in rows.items())


def iv_iron_windows(medications: Sequence[Medication]) -> tuple[tuple[dt.date, dt.date], ...]:
    """(first, last) day in which a lab value may be raised by an IV iron infusion: from the
    day of the infusion to 8 weeks after it, the rule of the iron insight (DESIGN §6)."""
    after = dt.timedelta(days=AFTER_INFUSION_DAYS)
    return tuple(
        (course.start, course.start + after)
        for course in medications
        if course.drug_class == "iron_iv"
    )


def condition_periods(
    conditions: Sequence[Condition], kind: str, last: dt.date | None
) -> tuple[tuple[dt.date, dt.date], ...]:
    """(start, end) of every period of ``kind``; an open one runs to ``last`` (or today)."""
    end_of_open = last or dt.date.today()
    return tuple(
        (period.start, period.end or max(period.start, end_of_open))
        for period in conditions
        if period.kind == kind
    )


@dataclass(frozen=True, eq=False)
class LabMarks:
    """The iron tests in date order, with the DESIGN §6 markings."""

    dates: tuple[dt.date, ...]
    ferritin: np.ndarray  # ng/mL, NaN when not measured
    tsat: np.ndarray  # %, NaN when not measured
    after_iv_iron: np.ndarray  # bool: within 8 weeks after an IV iron course
    kidney_disease: np.ndarray  # bool: during a kidney-disease period
    notes: tuple[str | None, ...]

    def x(self) -> np.ndarray:
        return np.asarray([date_x(day) for day in self.dates], dtype=np.float64)

    def __len__(self) -> int:
        return len(self.dates)


def _within(day: dt.date, periods: Iterable[tuple[dt.date, dt.date]]) -> bool:
    return any(start <= day <= end for start, end in periods)


def lab_marks(
    labs: Sequence[Lab],
    medications: Sequence[Medication],
    conditions: Sequence[Condition],
    last: dt.date | None,
) -> LabMarks:
    ordered = sorted(labs, key=lambda lab: lab.date)
    windows = iv_iron_windows(medications)
    kidney = condition_periods(conditions, "kidney_disease", dt.date.max)  # open: no end yet

    def number(value: float | None) -> float:
        return math.nan if value is None else float(value)

    return LabMarks(
        dates=tuple(lab.date for lab in ordered),
        ferritin=np.asarray([number(lab.ferritin_ng_ml) for lab in ordered], dtype=np.float64),
        tsat=np.asarray([number(lab.tsat_pct) for lab in ordered], dtype=np.float64),
        after_iv_iron=np.asarray([_within(lab.date, windows) for lab in ordered], dtype=bool),
        kidney_disease=np.asarray([_within(lab.date, kidney) for lab in ordered], dtype=bool),
        notes=tuple(lab.note for lab in ordered),
    )


# --- everything the tab draws -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Symptoms back after a remission, dated at their first night (DESIGN §6)."""

    date: dt.date
    message: str


def remission_marks(
    nights: Sequence[Night], medications: Sequence[Medication]
) -> tuple[Lane | None, tuple[Recurrence, ...]]:
    """The remission periods as a lane of bands, and the recurrences after them — found by
    the remission insight itself, so that the chart and the insights agree."""
    found = remission_findings(nights, episodes(medications))
    bands = tuple(
        Band(f.start, f.end, f"remission, {f.numbers['nights']} nights", REMISSION)
        for f in found
        if f.kind == REMISSION and f.start is not None and f.end is not None
    )
    recurrences = tuple(
        Recurrence(f.date, finding_text(f)) for f in found if f.kind == RECURRENCE and f.date
    )
    return (Lane("remission", "remission", bands) if bands else None), recurrences


EXPERIMENT_LANE: Final = "experiments"
INSIGHTS_LANE: Final = "insights"


def block_band(experiment: Experiment, block: Block) -> Band:
    """An experiment block as a band: "A: <factor>" or "B: as usual"."""
    text = f"A: {experiment.factor}" if block.condition == "A" else "B: as usual"
    return Band(
        block.first,
        block.last,
        text,
        block.condition,
        short=block.condition,
        washout_end=block.washout_last,
    )


def experiment_lane(blocks: Sequence[tuple[Experiment, Block]]) -> Lane | None:
    """One lane holding the A and B blocks of every experiment (they never overlap)."""
    bands = tuple(
        sorted((block_band(e, block) for e, block in blocks), key=lambda band: band.start)
    )
    return Lane(EXPERIMENT_LANE, "experiment", bands) if bands else None


# The insights marked on the time axis (issue 6): the augmentation watch's flags (a possible
# augmentation, a paradoxical response after a dose increase) as periods, and the iron findings
# at the date of their test. The overdue-test reminder is dated today, not at a night: it is
# shown in the Treatment tab only.
INSIGHT_SECTIONS: Final = ("augmentation", "iron")
PERIOD_FLAGS: Final = {
    POSSIBLE_AUGMENTATION: QT_TRANSLATE_NOOP("charts", "possible augmentation"),
    PARADOXICAL_RESPONSE: QT_TRANSLATE_NOOP("charts", "worse after a dose increase"),
}
FLAG_SYMBOLS: Final = {"augmentation": "star", "iron": "h"}


@dataclass(frozen=True, eq=False)
class InsightMarks:
    """The flags of the insights on the time axis: one marker per finding (x, its symbol,
    its message) and the flagged periods as bands."""

    x: np.ndarray
    symbols: tuple[str, ...]
    kinds: tuple[str, ...]
    messages: tuple[str, ...]
    periods: tuple[Band, ...]

    def __len__(self) -> int:
        return len(self.kinds)


NO_INSIGHTS: Final = InsightMarks(np.zeros(0), (), (), (), ())


def insight_marks(
    nights: Sequence[Night], contents: Contents, today: dt.date, default_zone: str
) -> InsightMarks:
    """The augmentation and iron flags of :func:`compute_insights` (the rules behind the
    Treatment tab and ``insights --json``) as markers: a flagged period is marked at its first
    night and drawn as a band (the watch's period ends at the diary's last night, where a
    marker would sit on the edge of the chart); an iron finding at the date of its test."""
    found = compute_insights(nights, contents, today, default_zone, sections=INSIGHT_SECTIONS)
    marks: list[tuple[dt.date, str, Finding]] = []
    periods = []
    for finding in found["augmentation"]:
        label = PERIOD_FLAGS.get(finding.kind)
        if label is None or finding.start is None or finding.end is None:
            continue  # the watch without a flag, or not enough data: nothing to mark
        marks.append((finding.start, FLAG_SYMBOLS["augmentation"], finding))
        periods.append(Band(finding.start, finding.end, word(label), finding.kind))
    for finding in found["iron"]:
        if finding.kind != TEST_OVERDUE and finding.date is not None:
            marks.append((finding.date, FLAG_SYMBOLS["iron"], finding))
    marks.sort(key=lambda mark: mark[0])
    return InsightMarks(
        x=np.asarray([date_x(day) for day, _, _ in marks], dtype=np.float64),
        symbols=tuple(symbol for _, symbol, _ in marks),
        kinds=tuple(f.kind for _, _, f in marks),
        messages=tuple(finding_text(f) for _, _, f in marks),
        periods=tuple(sorted(periods, key=lambda band: band.start)),
    )


def has_insight_row(medications: Sequence[Medication], labs: Sequence[Lab]) -> bool:
    """Whether the insights can flag anything on the time axis: iron findings need a test,
    the augmentation watch a dopaminergic course. Decided when the diary is loaded, so the
    row is there before the flags (computed later, with the statistics) fill it."""
    return bool(labs) or any(m.drug_class in DOPAMINERGIC for m in medications)


@dataclass(frozen=True, eq=False)
class ChartData:
    """What a worker prepares for the tab: the table, the bands and the labs.

    ``nights`` (and ``contents``) are kept (immutable) for the statistics worker, which
    feeds them to the same :func:`rls_diary.services.stats.stats_report` as ``stats --json``
    and to the insights.
    """

    table: NightTable
    lanes: tuple[Lane, ...]
    labs: LabMarks
    iv_iron: tuple[Band, ...]
    kidney_disease: tuple[Band, ...]
    nights: tuple[Night, ...]
    default_zone: str
    recurrences: tuple[Recurrence, ...] = ()
    contents: Contents | None = None
    tracked_sources: tuple[str, ...] = ()  # sources of tracked sleep, by first night
    insight_row: bool = False  # the time axis has a row for the insights' flags

    @property
    def empty(self) -> bool:
        return self.table.size == 0


def tracked_sources(nights: Iterable[Night]) -> tuple[str, ...]:
    """The sources of tracked sleep, in the order of their first night ("" = unknown)."""
    found: dict[str, None] = {}
    for night in sorted(nights, key=lambda n: n.date):
        if night.tracked_sleep_min is not None:
            found.setdefault(night.source or UNKNOWN_SOURCE)
    return tuple(found)


def build_chart_data(
    nights: Sequence[Night],
    medications: Sequence[Medication],
    labs: Sequence[Lab],
    conditions: Sequence[Condition],
    default_zone: str,
    *,
    blocks: Sequence[tuple[Experiment, Block]] = (),
    contents: Contents | None = None,
) -> ChartData:
    table = build_table(nights, default_zone)
    last = table.last
    iv_courses = tuple(
        Band(m.start, m.stop or m.start, f"IV iron{_dose(m)}", m.drug_class)
        for m in medications
        if m.drug_class == "iron_iv"
    )
    kidney = tuple(
        Band(start, end, QT_TRANSLATE_NOOP("charts", "kidney disease"), "kidney_disease")
        for start, end in condition_periods(conditions, "kidney_disease", last)
    )
    remission_lane, recurrences = remission_marks(nights, medications)
    extra = tuple(lane for lane in (remission_lane, experiment_lane(blocks)) if lane)
    return ChartData(
        table=table,
        lanes=(*lanes(medications, conditions, last), *extra),
        recurrences=recurrences,
        labs=lab_marks(labs, medications, conditions, last),
        iv_iron=iv_courses,
        kidney_disease=kidney,
        nights=tuple(sorted(nights, key=lambda night: night.date)),
        default_zone=default_zone,
        contents=contents,
        tracked_sources=tracked_sources(nights),
        insight_row=has_insight_row(medications, labs),
    )
