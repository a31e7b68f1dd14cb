"""Clock times of a night resolved to real instants (DESIGN §3.1).

Durations are differences of UTC instants: subtracting two aware datetimes that share one
``ZoneInfo`` uses wall time and gets daylight-saving nights wrong.

Fast path: on the vast majority of nights the zone's UTC offset is the same for days around
the night. There every wall time maps to its instant with that one offset, so the chain can be
resolved in whole wall-clock minutes (:func:`wall_minutes`) without a ``ZoneInfo`` call, and
differences of those minutes are differences of UTC instants. Nights near an offset change
(a daylight-saving switch, a zone changing its rules) take the exact general path.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rls_diary.domain.night import Night

UTC = dt.UTC
NOON = dt.time(12, 0)
MORNING_ANCHOR = dt.time(8, 0)  # onset without final_wake, and the "current entry" switch
ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; raises ``ValueError`` for an unknown or malformed name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except ValueError:
        return False
    return True


def to_instant(day: dt.date, clock: dt.time, tz: ZoneInfo) -> dt.datetime:
    """The UTC instant of wall time ``clock`` on ``day`` in ``tz``.

    Nonexistent times (spring gap) resolve forward, ambiguous ones (autumn) to the first
    occurrence: both are what ``fold=0`` gives.
    """
    local = dt.datetime.combine(day, clock).replace(tzinfo=tz, fold=0)
    return local.astimezone(UTC)


def local_date(instant: dt.datetime, tz: ZoneInfo) -> dt.date:
    return instant.astimezone(tz).date()


def first_at_or_after(clock: dt.time, after: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The first instant at or after ``after`` whose wall clock reads ``clock``."""
    day = local_date(after, tz)
    for offset in range(3):
        candidate = to_instant(day + offset * ONE_DAY, clock, tz)
        if candidate >= after:
            return candidate
    raise AssertionError("unreachable: a wall time recurs within two days")  # pragma: no cover


def latest_at_or_before(clock: dt.time, before: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The latest instant at or before ``before`` whose wall clock reads ``clock``."""
    day = local_date(before, tz)
    for offset in range(3):
        candidate = to_instant(day - offset * ONE_DAY, clock, tz)
        if candidate <= before:
            return candidate
    raise AssertionError("unreachable: a wall time recurs within two days")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Instants:
    """The night's clock times as UTC instants (``None`` where the time is blank)."""

    bedtime: dt.datetime | None = None
    lights_out: dt.datetime | None = None
    final_wake: dt.datetime | None = None
    out_of_bed: dt.datetime | None = None
    rls_onset: dt.datetime | None = None
    last_caffeine: dt.datetime | None = None


def resolve(night: Night, default_zone: str = "UTC") -> Instants:
    """Resolve the clock times of ``night`` in its zone (or ``default_zone`` when blank).

    The first time of the chain bedtime → lights_out → final_wake → out_of_bed anchors it: an
    evening time (12:00 or later) of bedtime or lights_out falls on the day before, anything
    else on the morning date. Each later time is the first occurrence at or after the one
    before it.
    """
    wall = wall_minutes(night, default_zone)
    if wall is not None:
        return wall.instants()
    return resolve_exactly(night, default_zone)


def resolve_exactly(night: Night, default_zone: str = "UTC") -> Instants:
    """:func:`resolve` through ``ZoneInfo`` for every time (the general path; the fast path
    gives the same instants wherever it applies)."""
    tz = zone(night.timezone or default_zone)
    chain: dict[str, dt.datetime | None] = {}
    previous: dt.datetime | None = None
    for name in ("bedtime", "lights_out", "final_wake", "out_of_bed"):
        clock: dt.time | None = getattr(night, name)
        if clock is None:
            chain[name] = None
            continue
        if previous is None:
            evening = name in ("bedtime", "lights_out") and clock >= NOON
            previous = to_instant(night.date - ONE_DAY if evening else night.date, clock, tz)
        else:
            previous = first_at_or_after(clock, previous, tz)
        chain[name] = previous

    onset = None
    if night.rls_onset is not None:
        final_wake = chain["final_wake"]
        if final_wake is not None:
            onset = latest_at_or_before(night.rls_onset, final_wake, tz)
        else:
            anchor = to_instant(night.date, MORNING_ANCHOR, tz) - dt.timedelta(microseconds=1)
            onset = latest_at_or_before(night.rls_onset, anchor, tz)
    caffeine = None
    if night.last_caffeine is not None:
        caffeine = to_instant(night.date - ONE_DAY, night.last_caffeine, tz)
    return Instants(rls_onset=onset, last_caffeine=caffeine, **chain)


# --- the fast path: wall-clock minutes where the zone's offset does not change ---------------

_MINUTES_PER_DAY = 1440
_NOON_MIN = 12 * 60
_BEFORE_ANCHOR_MIN = MORNING_ANCHOR.hour * 60 - 1  # the last whole minute before 08:00
# Wall times of a night fall on local days D-2 … D+3 (D: the morning date), so the offset must
# not change between the local midnights of D-3 and D+5 (a change is dated by the first
# midnight that has the new offset; the extra days are a margin).
_STEADY_BEFORE = 2
_STEADY_AFTER = 5
_FIRST_YEAR = 2  # the sampling looks one day back and the window spans years: stay in range
_LAST_YEAR = 9998
# Every whole-minute clock time, by minutes since midnight. Parsing returns these very
# objects, so that looking one up in MINUTE_OF_DAY matches at once, by identity.
CLOCK_TIMES: Final = tuple(dt.time(hour, minute) for hour in range(24) for minute in range(60))
# Minutes since midnight of each whole-minute clock time (a time with seconds is not in it).
_MINUTES_OF: dict[dt.time, int] = {time: minutes for minutes, time in enumerate(CLOCK_TIMES)}
MINUTE_OF_DAY: Final[Mapping[dt.time, int]] = _MINUTES_OF


# (zone, year) -> (ordinal of 1 January, the steady offset in minutes of each day or None)
_STEADY: dict[tuple[str, int], tuple[int, tuple[int | None, ...]]] = {}


def _steady_year(name: str, year: int) -> tuple[int, tuple[int | None, ...]]:
    """:func:`steady_offset` for every day of ``year``: the zone's offset at each local
    midnight from a week before to a week after the year (about 380 ``utcoffset`` calls,
    once per zone and year)."""
    tz = zone(name)
    first = dt.date(year, 1, 1).toordinal()
    last = dt.date(year, 12, 31).toordinal()
    low = first - _STEADY_BEFORE - 1  # one more day: a change is seen against the day before
    utcoffset, moment, one_day = tz.utcoffset, dt.datetime.fromordinal(low), dt.timedelta(days=1)
    offsets: list[dt.timedelta | None] = []
    for _ in range(low, last + _STEADY_AFTER + 1):
        offsets.append(utcoffset(moment))
        moment += one_day
    unsteady: set[int] = set()
    for index, (before, after) in enumerate(itertools.pairwise(offsets), start=1):
        if before != after:  # the offset changed by the midnight of ordinal low + index
            changed = low + index
            unsteady.update(range(changed - _STEADY_AFTER, changed + _STEADY_BEFORE + 1))
    minutes: dict[dt.timedelta | None, int | None] = {}
    for offset in set(offsets):
        seconds = None if offset is None else int(offset.total_seconds())
        minutes[offset] = None if seconds is None or seconds % 60 else seconds // 60
    days = tuple(
        None if o in unsteady else minutes[offsets[o - low]] for o in range(first, last + 1)
    )
    return first, days


def steady_offset(name: str, day: dt.date) -> int | None:
    """The UTC offset of zone ``name`` in whole minutes when it is the same on every day a
    night of morning date ``day`` can reach, else ``None`` (the exact path is needed).

    Offsets are sampled at each local midnight: a change and its reversal within one day
    would go unseen (no zone in the tz database does that). Raises ``ValueError`` for an unknown
    zone, as :func:`zone` does.
    """
    found = steady_offsets(name, day.year)
    if found is None:
        return None
    first, days = found
    return days[day.toordinal() - first]


def steady_offsets(name: str, year: int) -> tuple[int, tuple[int | None, ...]] | None:
    """:func:`steady_offset` of every morning date of ``year`` at once: the ordinal of
    1 January and the offset (or ``None``) of each day of the year; ``None`` for a year the
    fast path does not cover. Raises ``ValueError`` for an unknown zone."""
    found = _STEADY.get((name, year))
    if found is None:
        if not _FIRST_YEAR <= year <= _LAST_YEAR:
            zone(name)  # an unknown zone is still refused
            return None
        found = _STEADY[name, year] = _steady_year(name, year)
    return found


class WallMinutes(NamedTuple):
    """A night's clock times as wall-clock minutes from the midnight that starts its morning
    date (23:00 the evening before is −60), valid where the zone's offset is steady: then a
    difference of two of them is the difference of the UTC instants, in minutes, and
    ``rls_onset`` is the onset position relative to midnight (DESIGN §3.1)."""

    date: dt.date
    offset_min: int  # the zone's steady UTC offset
    bedtime: int | None
    lights_out: int | None
    final_wake: int | None
    out_of_bed: int | None
    rls_onset: int | None
    last_caffeine: int | None

    def instant(self, minutes: int | None) -> dt.datetime | None:
        if minutes is None:
            return None
        midnight = dt.datetime(self.date.year, self.date.month, self.date.day, tzinfo=UTC)
        return midnight + dt.timedelta(minutes=minutes - self.offset_min)

    def instants(self) -> Instants:
        at = self.instant
        return Instants(
            bedtime=at(self.bedtime),
            lights_out=at(self.lights_out),
            final_wake=at(self.final_wake),
            out_of_bed=at(self.out_of_bed),
            rls_onset=at(self.rls_onset),
            last_caffeine=at(self.last_caffeine),
        )


def wall_minutes(night: Night, default_zone: str = "UTC") -> WallMinutes | None:
    """The night's times resolved as :func:`resolve` does, in wall-clock minutes, or ``None``
    when the zone's offset changes near the night (use :func:`resolve` then)."""
    offset = steady_offset(night.timezone or default_zone, night.date)
    if offset is None:
        return None
    chain = _chain(night)
    if chain is None:
        return None
    onset = None
    if night.rls_onset is not None:
        minutes = _MINUTES_OF.get(night.rls_onset)
        if minutes is None:
            return None
        before = chain[2] if chain[2] is not None else _BEFORE_ANCHOR_MIN
        onset = before - (before - minutes) % _MINUTES_PER_DAY  # latest at or before
    caffeine = None
    if night.last_caffeine is not None:
        minutes = _MINUTES_OF.get(night.last_caffeine)
        if minutes is None:
            return None
        caffeine = minutes - _MINUTES_PER_DAY  # on the day before
    return WallMinutes(night.date, offset, *chain, onset, caffeine)


Chain = tuple[int | None, int | None, int | None, int | None]


def chain_minutes(night: Night, default_zone: str = "UTC") -> Chain | None:
    """Only bedtime, lights_out, final_wake and out_of_bed of :func:`wall_minutes` (what
    validation needs: their differences are the differences of the instants), or ``None``
    where the fast path does not apply.

    It applies on more nights than :func:`wall_minutes`: near an offset change too, when the
    change does not fall among the night's own times (:func:`_steady_over`).
    """
    name = night.timezone or default_zone
    if steady_offset(name, night.date) is not None:
        return _chain(night)
    chain = _chain(night)
    if chain is None or not _steady_over(name, night.date, chain):
        return None
    return chain


def _steady_over(name: str, day: dt.date, chain: Chain) -> bool:
    """:func:`steady_over` the chain's times (``day``: the morning date the minutes count
    from; the chain only goes forward)."""
    present = [minutes for minutes in chain if minutes is not None]
    return bool(present) and steady_over(name, day, present[0], present[-1])


def steady_over(name: str, day: dt.date, first: int, last: int) -> bool:
    """Whether zone ``name`` has the same offset at every local midnight from the day of wall
    minute ``first`` to the day after that of wall minute ``last`` (minutes counted from the
    midnight that starts ``day``). Then no change falls between them (sampled at midnights,
    as :func:`steady_offset` samples), each wall time between is one instant, and the first
    occurrence of a time at or after another (:func:`first_at_or_after`) is found on the
    wall clock: wall minutes there are the instants' minutes, less the one offset."""
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        return False
    ordinal = day.toordinal()
    days = range(ordinal + first // _MINUTES_PER_DAY, ordinal + last // _MINUTES_PER_DAY + 2)
    return len({_midnight_offset(name, o) for o in days}) == 1


# (zone, day ordinal) -> the zone's offset at the local midnight that starts the day
_MIDNIGHTS: dict[tuple[str, int], dt.timedelta | None] = {}


def _midnight_offset(name: str, ordinal: int) -> dt.timedelta | None:
    """The offset of zone ``name`` at the local midnight that starts day ``ordinal`` (only
    the days around offset changes are ever asked for)."""
    key = (name, ordinal)
    if key not in _MIDNIGHTS:
        _MIDNIGHTS[key] = zone(name).utcoffset(dt.datetime.fromordinal(ordinal))
    return _MIDNIGHTS[key]


def _chain(night: Night) -> Chain | None:
    """bedtime → lights_out → final_wake → out_of_bed in wall minutes (DESIGN §3.1): the first
    time anchors the chain (bedtime or lights_out at 12:00 or later on the evening before),
    each later one is its first occurrence at or after the one before. ``None`` for a time
    that is not a whole minute (only the exact path keeps seconds). Unrolled: it runs for
    every night of an import or a chart."""
    minutes_of = _MINUTES_OF
    previous: int | None = None
    bedtime = lights_out = final_wake = out_of_bed = None
    if night.bedtime is not None:
        if (found := minutes_of.get(night.bedtime)) is None:
            return None
        bedtime = previous = found - _MINUTES_PER_DAY if found >= _NOON_MIN else found
    if night.lights_out is not None:
        if (found := minutes_of.get(night.lights_out)) is None:
            return None
        if previous is None:
            lights_out = previous = found - _MINUTES_PER_DAY if found >= _NOON_MIN else found
        else:
            lights_out = previous = previous + (found - previous) % _MINUTES_PER_DAY
    if night.final_wake is not None:
        if (found := minutes_of.get(night.final_wake)) is None:
            return None
        if previous is None:
            final_wake = previous = found
        else:
            final_wake = previous = previous + (found - previous) % _MINUTES_PER_DAY
    if night.out_of_bed is not None:
        if (found := minutes_of.get(night.out_of_bed)) is None:
            return None
        out_of_bed = found if previous is None else previous + (found - previous) % _MINUTES_PER_DAY
    return bedtime, lights_out, final_wake, out_of_bed


def minutes_between(start: dt.datetime, end: dt.datetime) -> int:
    """Whole minutes from ``start`` to ``end`` (both UTC instants)."""
    return int((end - start).total_seconds() // 60)


def minutes_from_midnight(instant: dt.datetime, morning: dt.date, tz: ZoneInfo) -> int:
    """Clock position relative to the midnight that starts ``morning`` (21:30 → -150).

    Measured on the wall clock, as the chart axis shows clock times: 02:00 is +120 on every
    night, daylight saving or not.
    """
    local = instant.astimezone(tz)
    days = (local.date() - morning).days
    return days * 1440 + local.hour * 60 + local.minute


def current_entry_date(now_local: dt.datetime) -> dt.date:
    """The entry that "now" belongs to: before 08:00 today's, from 08:00 tomorrow's (§6)."""
    today = now_local.date()
    return today if now_local.time() < MORNING_ANCHOR else today + ONE_DAY
