"""Fitbit: the Google Takeout sleep files (``Fitbit/Global Export Data/sleep-*.json``).

Each file is a JSON array of sleep logs, ``classic`` (asleep/restless/awake) or ``stages``
(deep/light/REM/wake); the Web API's ``{"sleep": [...]}`` is read too. Only what every log
has is used: ``startTime``/``endTime`` — local wall times without a zone
(``2024-03-30T23:04:30.000``), read in the import's zone (``--timezone``, else the system
zone) — and ``minutesAsleep``, the device's own sleep length. Around a change of the clocks a
wall time may be ambiguous; ``duration`` (milliseconds in bed) then picks the reading whose
length matches. Stage minutes, ``minutesToFallAsleep`` (practically always 0) and awake
counts (dozens of brief stirrings a night) are not diary values and are not imported.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, Final
from zoneinfo import ZoneInfo

from rls_diary.domain.clock import zone
from rls_diary.domain.foreign.common import (
    FIRST_YEAR,
    LAST_YEAR,
    UTC,
    BadValue,
    ForeignRead,
    SkippedRecord,
    SleepRecord,
    nearest_minute,
    on_night,
)
from rls_diary.domain.foreign.rows import BOM, decode
from rls_diary.domain.problems import LocatedProblem

NAME: Final = "fitbit"
TITLE: Final = "Fitbit"
_WALL_TIME: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?"
)
_MARKERS: Final = ('"logId"', '"dateOfSleep"', '"minutesAsleep"')
_MAX_MINUTES: Final = 7 * 24 * 60


def looks_like(data: bytes) -> bool:
    """A JSON array of sleep logs, or an object with a ``sleep`` list of them."""
    head = data[:4096].decode("utf-8", errors="ignore").lstrip(BOM + " \t\r\n")
    if not head.startswith(("[", "{")) or not any(m in head for m in _MARKERS):
        return False
    return head.startswith("[") or ('"sleep"' in head and '"format"' not in head)


def read(data: bytes, filename: str, default_zone: str) -> ForeignRead:
    """The sleeps of a Fitbit sleep file and the logs left out (each with its path), or the
    problems that make the whole file unreadable."""
    problems: list[LocatedProblem] = []
    try:
        logs, prefix = _logs(json.loads(decode(data)))
    except json.JSONDecodeError as exc:
        problems.append(LocatedProblem(filename, exc.lineno, None, f"not valid JSON: {exc.msg}"))
        return ForeignRead(NAME, problems=problems)
    except (BadValue, ValueError, RecursionError) as exc:
        message = str(exc) if isinstance(exc, BadValue) else "not readable JSON"
        problems.append(LocatedProblem(filename, None, None, message))
        return ForeignRead(NAME, problems=problems)
    tz = zone(default_zone)
    found = ForeignRead(NAME)
    for index, log in enumerate(logs):
        path = f"{prefix}[{index}]"
        try:
            found.records.append(_record(log, tz, default_zone, f"{filename}: {path}"))
        except BadValue as exc:  # this log is skipped, the others import
            where = f"{path}.{exc.column}" if exc.column else path
            problem = LocatedProblem.at_path(filename, where, str(exc))
            found.skipped.append(SkippedRecord(problem, exc.night))
    return found


def _logs(document: Any) -> tuple[list[Any], str]:
    if isinstance(document, list):
        return document, ""
    if isinstance(document, dict) and isinstance(document.get("sleep"), list):
        return document["sleep"], "sleep"
    raise BadValue("not a Fitbit sleep file (a list of sleep logs)")


def _record(log: Any, tz: ZoneInfo, zone_name: str, where: str) -> SleepRecord:
    if not isinstance(log, dict):
        raise BadValue("is not a sleep log (an object with startTime and endTime)")
    start_wall = _wall_time(log.get("startTime"), "startTime")
    with on_night(_instants(start_wall, start_wall, tz, None)[0], zone_name):
        end_wall = _wall_time(log.get("endTime"), "endTime")
        asleep = _whole(log.get("minutesAsleep"), "minutesAsleep", _MAX_MINUTES)
        duration = log.get("duration")
        duration_ms = (
            None if duration is None else _whole(duration, "duration", _MAX_MINUTES * 60_000)
        )
        start, end = _instants(start_wall, end_wall, tz, duration_ms)
        if end < start:
            raise BadValue("the sleep ends before it starts", "endTime")
    return SleepRecord(
        start=start, end=end, zone=zone_name, source=TITLE, sleep_min=asleep, where=where
    )


def _wall_time(value: Any, column: str) -> dt.datetime:
    if not isinstance(value, str):
        raise BadValue("is missing (a local time like 2024-03-30T23:04:30.000)", column)
    match = _WALL_TIME.fullmatch(value.strip())
    if match is None:
        raise BadValue(f"{value!r} is not a local time like 2024-03-30T23:04:30.000", column)
    year, month, day, hour, minute = (int(part) for part in match.groups()[:5])
    second = int(match[6] or 0)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadValue(f"{value!r} is out of range", column)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise BadValue(f"{value!r} is not a real time", column) from None


def _whole(value: Any, column: str, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
        raise BadValue(f"{value!r} is not a whole number from 0 to {high}", column)
    return value


def _instants(
    start: dt.datetime, end: dt.datetime, tz: ZoneInfo, duration_ms: int | None
) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of the two wall times; when one is ambiguous (clocks going back),
    the reading whose length is closest to ``duration_ms`` (the first reading on a tie)."""
    pairs = [
        (start.replace(tzinfo=tz, fold=fs).astimezone(UTC), end.replace(tzinfo=tz, fold=fe))
        for fs in (0, 1)
        for fe in (0, 1)
    ]
    readings = [(s, e.astimezone(UTC)) for s, e in pairs]
    if duration_ms is not None:
        wanted = dt.timedelta(milliseconds=duration_ms)
        readings.sort(key=lambda pair: abs((pair[1] - pair[0]) - wanted))
    chosen_start, chosen_end = readings[0]
    return nearest_minute(chosen_start), nearest_minute(chosen_end)
