"""Other apps' sleep records and how they become diary entries (DESIGN §4.1).

Every foreign parser turns a file into :class:`SleepRecord` values: one sleep from a start
instant to an end instant (UTC, whole minutes) in the zone it was recorded in. This module
groups them into entries keyed by the morning date:

- a record belongs to the entry its start resolves to under §3.1 — the start's local date
  when it starts before 12:00, else the next date (an afternoon nap falls on the day before
  the next night);
- in each entry the longest record (end − start) is the main sleep; records joined to it by
  gaps of at most 3 h merge into it, each gap one awakening whose minutes count as awake
  time; touching or overlapping records merge without an awakening;
- every other record is a nap: ending before the main sleep it adds to this entry's nap
  minutes, starting after it to the next date's.

Filling a diary night from an entry lives in :mod:`rls_diary.domain.foreign.filling`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from rls_diary.domain.clock import NOON, ONE_DAY, zone
from rls_diary.domain.problems import LocatedProblem

MERGE_GAP: Final = dt.timedelta(hours=3)
UTC: Final = dt.UTC
_MINUTE_MS: Final = 60_000
# Instants outside these years are treated as damage: they cannot be a real night.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2200
_FIRST_MS: Final = int(dt.datetime(FIRST_YEAR, 1, 2, tzinfo=UTC).timestamp() * 1000)
_LAST_MS: Final = int(dt.datetime(LAST_YEAR, 12, 30, tzinfo=UTC).timestamp() * 1000)

Interval = tuple[dt.datetime, dt.datetime]


class BadValue(ValueError):
    """A value in a foreign file cannot be read; the message says why, ``column`` where.

    ``night`` is the diary date of the record it spoils, when its start could be read
    (see :func:`on_night`).
    """

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.night: dt.date | None = None


@contextlib.contextmanager
def on_night(start: dt.datetime, zone_name: str) -> Iterator[None]:
    """Mark a :class:`BadValue` raised inside with the night a record starting at ``start``
    (in ``zone_name``) belongs to, so that night can be skipped and named."""
    try:
        yield
    except BadValue as exc:
        if exc.night is None:
            exc.night = night_of(start, zone_name)
        raise


@dataclass(frozen=True, slots=True)
class SleepRecord:
    """One sleep as another app recorded it.

    ``start``/``end`` are UTC instants on whole minutes; ``zone`` is the IANA zone it was
    recorded in; ``rating`` is on a 0–5 scale (``None``: unrated); ``sleep_min`` is the
    source's own sleep length; ``awake`` lists awake periods the source recorded inside the
    sleep (Sleepmeter's holes); ``where`` says where in the file the record is.
    """

    start: dt.datetime
    end: dt.datetime
    zone: str
    source: str
    sleep_min: int
    rating: float | None = None
    comment: str | None = None
    awake: tuple[Interval, ...] = ()
    where: str = ""

    @property
    def span(self) -> dt.timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A record left out because a value in it cannot be used (DESIGN §4.1: bad nights are
    skipped and reported, the rest imports); ``night`` is the diary date it belongs to, or
    ``None`` when not even its start could be read."""

    problem: LocatedProblem
    night: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ForeignRead:
    """A parsed foreign file: its records and the records left out, or the problems that
    make the whole file unreadable (not the format, no header, broken structure, encoding)."""

    format: str
    records: list[SleepRecord] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)
    skipped: list[SkippedRecord] = field(default_factory=list)

    def skip(self, exc: BadValue, file: str, line: int | None) -> None:
        """Leave out the record at ``line`` that raised ``exc``."""
        problem = LocatedProblem(file, line, exc.column, str(exc))
        self.skipped.append(SkippedRecord(problem, exc.night))


@dataclass(frozen=True, slots=True)
class MainSleep:
    """The merged main sleep of an entry."""

    start: dt.datetime
    end: dt.datetime
    zone: str
    awakenings: int
    awake_min: int
    tracked_min: int
    quality: int | None
    source: str

    @property
    def span(self) -> dt.timedelta:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Entry:
    """What a foreign file says about one diary date (the morning date)."""

    date: dt.date
    zone: str
    main: MainSleep | None = None
    nap_min: int | None = None  # None: no nap on the day before
    notes: tuple[str, ...] = ()


# --- values -------------------------------------------------------------------------------


def instant_from_ms(ms: int, column: str | None = None) -> dt.datetime:
    """The UTC instant ``ms`` milliseconds after the epoch, rounded to the nearest minute."""
    if not _FIRST_MS <= ms <= _LAST_MS:
        raise BadValue(f"{ms} is not a time between {FIRST_YEAR} and {LAST_YEAR}", column)
    minutes = (ms + _MINUTE_MS // 2) // _MINUTE_MS
    return dt.datetime(1970, 1, 1, tzinfo=UTC) + dt.timedelta(minutes=minutes)


def nearest_minute(instant: dt.datetime) -> dt.datetime:
    """``instant`` in UTC, rounded to the nearest whole minute (half a minute rounds up)."""
    utc = instant.astimezone(UTC)
    rounded = utc.replace(second=0, microsecond=0)
    if (utc - rounded) >= dt.timedelta(seconds=30):
        rounded += dt.timedelta(minutes=1)
    return rounded


def parse_int(text: str, what: str) -> int:
    """A whole number written with plain digits (an optional sign)."""
    raw = text.strip()
    digits = raw[1:] if raw[:1] in "+-" else raw
    if not digits.isascii() or not digits.isdigit() or len(digits) > 18:
        raise BadValue(f"{text!r} is not a whole number", what)
    return int(raw)


def parse_decimal(text: str, what: str) -> Decimal:
    """A finite decimal number such as ``7.250`` (exact, so rounding is predictable)."""
    raw = text.strip()
    if not raw or len(raw) > 40 or not raw.isascii():
        raise BadValue(f"{text!r} is not a number", what)
    try:
        value = Decimal(raw)
    except ArithmeticError:
        raise BadValue(f"{text!r} is not a number", what) from None
    if not value.is_finite() or abs(value) > 10**9:
        raise BadValue(f"{text!r} is not a usable number", what)
    return value


def round_half_up(value: Decimal | float) -> int:
    """``value`` rounded to a whole number, halves away from zero (2.5 → 3)."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def quality_from_rating(rating: float | None) -> int | None:
    """A 0–5 rating as sleep quality 1–5: rounded half up, at least 1 (0.25 → 1)."""
    if rating is None or math.isnan(rating):
        return None
    return min(5, max(1, round_half_up(rating)))


def clean_comment(text: str | None) -> str | None:
    """Comment text without surrounding blanks; ``None`` when nothing is left."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


# --- grouping -----------------------------------------------------------------------------


def entry_date(record: SleepRecord) -> dt.date:
    """The morning date a record belongs to: its start's local date before 12:00, else the
    next date (DESIGN §3.1, §4.1)."""
    return night_of(record.start, record.zone)


def night_of(start: dt.datetime, zone_name: str) -> dt.date:
    """The morning date of a sleep starting at ``start`` in ``zone_name`` (see
    :func:`entry_date`)."""
    local = start.astimezone(zone(zone_name))
    return local.date() if local.time() < NOON else local.date() + ONE_DAY


def build_entries(records: Iterable[SleepRecord]) -> list[Entry]:
    """The entries the records describe, by date.

    Records repeated with the same start and end (the same sleep exported twice) count once.
    """
    unique: dict[tuple[dt.datetime, dt.datetime], SleepRecord] = {}
    for record in records:
        unique.setdefault((record.start, record.end), record)
    groups: dict[dt.date, list[SleepRecord]] = {}
    for record in unique.values():
        groups.setdefault(entry_date(record), []).append(record)
    mains: dict[dt.date, MainSleep] = {}
    naps: dict[dt.date, list[SleepRecord]] = {}
    notes: dict[dt.date, list[SleepRecord]] = {}
    for day, group in groups.items():
        main_record, merged, before, after = _split(group)
        mains[day] = _main_sleep(main_record, merged)
        notes.setdefault(day, []).extend(merged)
        for target, nap_records in ((day, before), (day + ONE_DAY, after)):
            if nap_records:
                naps.setdefault(target, []).extend(nap_records)
                notes.setdefault(target, []).extend(nap_records)
    entries = []
    for day in sorted(set(mains) | set(naps)):
        main = mains.get(day)
        day_naps = naps.get(day, [])
        entry_zone = main.zone if main else min(day_naps, key=lambda r: r.start).zone
        entries.append(
            Entry(
                date=day,
                zone=entry_zone,
                main=main,
                nap_min=sum(record.sleep_min for record in day_naps) if day_naps else None,
                notes=_notes(notes.get(day, [])),
            )
        )
    return entries


def _split(
    group: Sequence[SleepRecord],
) -> tuple[SleepRecord, list[SleepRecord], list[SleepRecord], list[SleepRecord]]:
    """The main record, the records merged with it (itself included, by start), the naps
    before it and the naps after it."""
    ordered = sorted(group, key=lambda r: (r.start, r.end))
    main = max(ordered, key=lambda r: r.span)  # the first of equally long ones
    merged = [main]
    start, end = main.start, main.end
    rest = [r for r in ordered if r is not main]
    changed = True
    while changed:
        changed = False
        for record in list(rest):
            if record.start - end <= MERGE_GAP and start - record.end <= MERGE_GAP:
                merged.append(record)
                rest.remove(record)
                start, end = min(start, record.start), max(end, record.end)
                changed = True
    merged.sort(key=lambda r: (r.start, r.end))
    before = [r for r in rest if r.end <= start]
    after = [r for r in rest if r.start >= end]
    return main, merged, before, after


def _main_sleep(main: SleepRecord, merged: Sequence[SleepRecord]) -> MainSleep:
    """Merge records (sorted by start) into one sleep; each gap between them is an awakening
    and so is each awake period the source recorded inside a record."""
    awakenings = 0
    awake_min = 0
    covered_until = merged[0].end
    for record in merged[1:]:
        if record.start > covered_until:
            awakenings += 1
            awake_min += minutes(record.start - covered_until)
        covered_until = max(covered_until, record.end)
    for record in merged:
        awakenings += len(record.awake)
        awake_min += sum(minutes(end - start) for start, end in record.awake)
    return MainSleep(
        start=merged[0].start,
        end=max(r.end for r in merged),
        zone=main.zone,
        awakenings=awakenings,
        awake_min=awake_min,
        tracked_min=sum(r.sleep_min for r in merged),
        quality=quality_from_rating(main.rating),
        source=main.source,
    )


def _notes(records: Iterable[SleepRecord]) -> tuple[str, ...]:
    """The records' comments in time order, each text once."""
    seen: list[str] = []
    for record in sorted(records, key=lambda r: (r.start, r.end)):
        if record.comment and record.comment not in seen:
            seen.append(record.comment)
    return tuple(seen)
