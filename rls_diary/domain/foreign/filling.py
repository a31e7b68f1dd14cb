"""Filling one diary night from what another app recorded: blanks only (DESIGN §4.1).

A foreign import never overwrites a value the user entered. The four clock times
(into bed, tried to sleep, final awakening, out of bed) come from one device clock, so they
are filled together and only when all four are blank — a device's wake time beside the
user's own bedtime would mix two clocks; the awakenings and awake minutes of the merged
sleep go with them. The tracked length and its ``source`` are likewise filled as a pair.
A night whose sleep is longer than 20 h, whose times cannot be written in the night's zone,
or that filling would make invalid is skipped with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final
from zoneinfo import ZoneInfo

from rls_diary.domain.clock import resolve, to_instant, zone
from rls_diary.domain.foreign.common import Entry, MainSleep, minutes
from rls_diary.domain.night import Night
from rls_diary.domain.validation import MAX_TIB_MIN, errors, validate

TIMES: Final = ("bedtime", "lights_out", "final_wake", "out_of_bed")


class Status(Enum):
    ADDED = "added"
    FILLED = "filled"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What importing one entry does: the night to store (added or filled) or why not."""

    date: dt.date
    status: Status
    night: Night | None = None
    reason: str | None = None


def fill(entry: Entry, existing: Night | None, default_zone: str) -> Outcome:
    """The night of ``entry.date`` with the blanks of ``existing`` filled from ``entry``.

    ``existing`` keeps its zone (``default_zone`` when it has none) and the imported instants
    are converted into it; a new night takes the zone of its main sleep.
    """
    main = entry.main
    if main is not None and minutes(main.span) > MAX_TIB_MIN:
        return _skip(entry, f"a sleep of {_hm(minutes(main.span))}, more than 20 hours")
    zone_name = (existing.timezone or default_zone) if existing else entry.zone
    tz = zone(zone_name)
    offered = _offered(entry, existing, tz)
    if existing is None:
        night = Night(entry.date, timezone=zone_name, **offered)
    elif not offered:
        return Outcome(entry.date, Status.UNCHANGED)
    else:
        night = existing.replace(**offered)
    if main is not None and "bedtime" in offered and not _placed(night, main, tz, default_zone):
        start, end = main.start.astimezone(tz), main.end.astimezone(tz)
        return _skip(
            entry,
            f"the sleep from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} ({zone_name}) "
            "does not fit this night's clock times",
        )
    problems = errors(validate(night, default_zone))
    if problems:
        return _skip(
            entry, "filling it would make the night invalid: " + "; ".join(map(str, problems))
        )
    return Outcome(entry.date, Status.ADDED if existing is None else Status.FILLED, night)


def _offered(entry: Entry, existing: Night | None, tz: ZoneInfo) -> dict[str, Any]:
    """The imported values for the fields that are blank in ``existing``."""

    def blank(name: str) -> bool:
        return existing is None or existing.get(name) is None

    values: dict[str, Any] = {}
    main = entry.main
    if main is not None:
        if all(blank(name) for name in TIMES):
            start, end = _clock(main.start, tz), _clock(main.end, tz)
            values.update(bedtime=start, lights_out=start, final_wake=end, out_of_bed=end)
            if main.awakenings:
                for name, value in (
                    ("awakenings", main.awakenings),
                    ("wake_after_sleep_onset_min", main.awake_min),
                ):
                    if blank(name):
                        values[name] = value
        if main.quality is not None and blank("sleep_quality"):
            values["sleep_quality"] = main.quality
        if blank("tracked_sleep_min") and blank("source"):
            values["tracked_sleep_min"] = main.tracked_min
            values["source"] = main.source
    if entry.nap_min is not None and blank("nap_min"):
        values["nap_min"] = entry.nap_min
    if entry.notes and blank("notes"):
        values["notes"] = " / ".join(entry.notes)
    return values


def _clock(instant: dt.datetime, tz: ZoneInfo) -> dt.time:
    local = instant.astimezone(tz)
    return dt.time(local.hour, local.minute)


def _expressible(instant: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The instant a wall-clock diary can hold for ``instant``: the same one, except in the
    repeated hour when clocks go back, where a clock time means its first occurrence."""
    local = instant.astimezone(tz)
    return to_instant(local.date(), dt.time(local.hour, local.minute), tz)


def _placed(night: Night, main: MainSleep, tz: ZoneInfo, default_zone: str) -> bool:
    """Whether the night's clock times resolve (§3.1) to the imported instants."""
    at = resolve(night, default_zone)
    start, end = _expressible(main.start, tz), _expressible(main.end, tz)
    return (
        at.bedtime == start
        and at.lights_out == start
        and at.final_wake == end
        and at.out_of_bed == end
    )


def _skip(entry: Entry, reason: str) -> Outcome:
    return Outcome(entry.date, Status.SKIPPED, reason=reason)


def _hm(total: int) -> str:
    return f"{total // 60} h {total % 60:02d} min"
