"""Sleepmeter: its sectioned CSV export (``sleep_history_*.csv``).

Quirks of the real files, handled here:

- optional sections of custom aids, hindrances and tags come first, each a header line,
  rows and a blank line; only the diary section (header ``wake,sleep,bedtime,holes,type,
  dreams,aid,hindrances,tags,quality,notes``) is read, up to the end of the file;
- times are ``"yyyy-MM-dd HH:mm+hhmm"``: local wall time with its UTC offset, no zone name;
- ``notes`` (the last cell) is quoted but *not escaped*: it may hold quotes, commas and line
  breaks, so a record runs until the next line that starts like a record, and the notes are
  everything between the first quote of the cell and the record's last quote;
- ``holes`` are awake periods as minutes after falling asleep (``60-120|180-240``);
- ``quality`` is 0–10.

A record is the sleep from ``bedtime`` (into bed) to ``wake``; its own length is ``wake`` −
``sleep`` − holes. The record's zone is the import's zone when that zone has the record's
offset at the time, else a fixed ``Etc/GMT±h`` zone for a whole-hour offset (so a trip's
clock times stay as Sleepmeter showed them), else the import's zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Final

from rls_diary.domain.clock import zone
from rls_diary.domain.foreign.common import (
    FIRST_YEAR,
    LAST_YEAR,
    BadValue,
    ForeignRead,
    Interval,
    SleepRecord,
    clean_comment,
    minutes,
    nearest_minute,
    on_night,
)
from rls_diary.domain.foreign.rows import decode, first_line
from rls_diary.domain.problems import LocatedProblem

NAME: Final = "sleepmeter"
TITLE: Final = "Sleepmeter"
DIARY_HEADER: Final = "wake,sleep,bedtime,holes,type,dreams,aid,hindrances,tags,quality,notes"
SECTION_HEADERS: Final = (
    "custom_aid_id,class,name",
    "custom_hindrance_id,class,name",
    "custom_tag_id,name",
    DIARY_HEADER,
)
_TIME: Final = r'"(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2})([+-])(\d{2})(\d{2})"'
_RECORD: Final = re.compile(
    rf"{_TIME},{_TIME},{_TIME},([0-9|-]*),(NIGHT_SLEEP|NAP),([^,\n]*),([^,\n]*),([^,\n]*),"
    r'([^,\n]*),(\d{1,2}),(".*)\Z',
    re.DOTALL,
)
_RECORD_START: Final = re.compile(rf"{_TIME},{_TIME},{_TIME},")
_HOLE: Final = re.compile(r"(\d{1,5})-(\d{1,5})")

_Add = Callable[[int | None, str | None, str], None]


def looks_like(data: bytes) -> bool:
    """A CSV whose first line is one of Sleepmeter's section headers."""
    return first_line(data[:4096].decode("utf-8", errors="ignore")) in SECTION_HEADERS


def read(data: bytes, filename: str, default_zone: str) -> ForeignRead:
    """The sleeps of a Sleepmeter export and the records left out (each with its line), or
    the problems that make the whole file unreadable."""
    problems: list[LocatedProblem] = []

    def add(line: int | None, column: str | None, message: str) -> None:
        problems.append(LocatedProblem(filename, line, column, message))

    try:
        text = decode(data)
    except BadValue as exc:
        add(None, None, str(exc))
        return ForeignRead(NAME, problems=problems)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() not in SECTION_HEADERS:
        add(1, None, "not a Sleepmeter export (it starts with a section header)")
        return ForeignRead(NAME, problems=problems)
    header = next((i for i, line in enumerate(lines) if line.strip() == DIARY_HEADER), None)
    if header is None:
        return ForeignRead(NAME)  # no diary section: the user recorded no sleep yet
    found = ForeignRead(NAME)
    for line, chunk in _chunks(lines, header + 1, add):
        try:
            found.records.append(_record(chunk, default_zone, f"{filename}:{line}"))
        except BadValue as exc:  # this record is skipped, the others import
            found.skip(exc, filename, line)
    return ForeignRead(NAME, problems=problems) if problems else found


def _chunks(lines: list[str], first: int, add: _Add) -> list[tuple[int, str]]:
    """The diary records with their first line: a record runs until the next line that
    starts like a record, since its notes may hold unescaped line breaks."""
    chunks: list[tuple[int, list[str]]] = []
    for index in range(first, len(lines)):
        line = lines[index]
        if _RECORD_START.match(line):
            chunks.append((index + 1, [line]))
        elif chunks:
            chunks[-1][1].append(line)
        elif line.strip():
            add(index + 1, None, "not a Sleepmeter diary record")
    return [(number, "\n".join(parts).rstrip()) for number, parts in chunks]


def _record(chunk: str, default_zone: str, where: str) -> SleepRecord:
    start = _RECORD_START.match(chunk)  # every chunk starts so
    if start is None:  # pragma: no cover - _chunks makes none that does not
        raise BadValue("not a Sleepmeter diary record")
    bedtime = _instant(start.groups()[16:24], "bedtime")
    night_zone = _zone_for(_offset(start.groups()[16:24]), bedtime, default_zone)
    with on_night(bedtime, night_zone):
        return _read_record(chunk, default_zone, where)


def _read_record(chunk: str, default_zone: str, where: str) -> SleepRecord:
    match = _RECORD.match(chunk)
    if match is None:
        raise BadValue("the record's cells are not as Sleepmeter writes them")
    groups = match.groups()
    wake = _instant(groups[0:8], "wake")
    sleep = _instant(groups[8:16], "sleep")
    bedtime = _instant(groups[16:24], "bedtime")
    holes_text, _type, _dreams, _aid, _hindrances, _tags, quality_text, notes = groups[24:]
    if not bedtime <= sleep <= wake:
        raise BadValue("bedtime, sleep and wake are not in order", "wake")
    if not notes.endswith('"') or len(notes) < 2:
        raise BadValue("the notes are not closed by a quote (is the file cut short?)", "notes")
    quality = int(quality_text)
    if quality > 10:
        raise BadValue(f"{quality_text!r} is outside 0–10", "quality")
    holes = _holes(holes_text, sleep, wake)
    asleep = minutes(wake - sleep) - sum(minutes(end - start) for start, end in holes)
    offset = _offset(groups[16:24])
    return SleepRecord(
        start=bedtime,
        end=wake,
        zone=_zone_for(offset, bedtime, default_zone),
        source=TITLE,
        sleep_min=max(0, asleep),
        rating=float(Decimal(quality) / 2),
        comment=clean_comment(notes[1:-1]),
        awake=holes,
        where=where,
    )


def _offset(parts: tuple[str | None, ...]) -> dt.timedelta:
    sign = -1 if parts[5] == "-" else 1
    return sign * dt.timedelta(hours=int(parts[6] or 0), minutes=int(parts[7] or 0))


def _instant(parts: tuple[str | None, ...], column: str) -> dt.datetime:
    year, month, day, hour, minute = (int(part or 0) for part in parts[:5])
    offset = _offset(parts)
    if not FIRST_YEAR <= year <= LAST_YEAR or offset >= dt.timedelta(hours=24):
        raise BadValue(f"{year}-{month}-{day} {hour}:{minute:02d} is out of range", column)
    try:
        local = dt.datetime(year, month, day, hour, minute, tzinfo=dt.timezone(offset))
    except ValueError:
        raise BadValue(f"{year}-{month}-{day} {hour}:{minute:02d} is not a time", column) from None
    return nearest_minute(local)


def _holes(text: str, sleep: dt.datetime, wake: dt.datetime) -> tuple[Interval, ...]:
    """Awake periods, as instants clipped to the sleep; empty ones are dropped."""
    if not text:
        return ()
    holes: list[Interval] = []
    for part in text.split("|"):
        match = _HOLE.fullmatch(part)
        if match is None:
            raise BadValue(f"{part!r} is not a hole like 60-120 (minutes after sleep)", "holes")
        start = min(wake, sleep + dt.timedelta(minutes=int(match[1])))
        end = min(wake, sleep + dt.timedelta(minutes=int(match[2])))
        if end > start:
            holes.append((start, end))
    return tuple(holes)


def _zone_for(offset: dt.timedelta, instant: dt.datetime, default_zone: str) -> str:
    """The zone to show a record's clock times in (see the module docstring)."""
    if instant.astimezone(zone(default_zone)).utcoffset() == offset:
        return default_zone
    hours, rest = divmod(offset, dt.timedelta(hours=1))
    if rest or not -12 <= hours <= 14:
        return default_zone
    if hours == 0:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"  # POSIX sign: Etc/GMT-1 is UTC+1
