"""Sleep as Android: ``sleep-export.csv``, alone or inside the app's backup ``.zip``.

The real exports (see ``docs/import-formats.md``) have these quirks, all handled here:

- a header line before *every* record; after the fixed columns ``Id,Tz,From,To,Sched,Hours,
  Rating,Comment,Framerate,Snore,Noise,Cycles,DeepSleep,LenAdjust,Geo`` come clock-time
  columns and ``Event`` columns whose number differs between the header and its record, so
  only the named fixed columns are read, by name;
- an optional third line of noise values, starting with empty cells;
- ``From``/``To`` are day-first local times with unpadded hours (``27. 11. 2020 7:00``) and
  ambiguous when clocks go back, so they are ignored: start = ``Id`` (epoch milliseconds),
  end = ``Id`` + ``Hours``, both to the nearest minute;
- ``Tz`` per record (an unknown name falls back to the import's zone);
- ``Rating`` 0–5 in quarter steps, 0 = unrated;
- ``Comment`` escapes line breaks as `` \\n `` and carries hashtags;
- ``LenAdjust`` is minutes to add to ``Hours`` (``-1.0`` marks a manual record: no change);
- event values in E notation (``DEVICE-1606462823190-3.30427818E18``) — never read.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from decimal import Decimal
from typing import Final

from rls_diary.domain.clock import is_valid_zone
from rls_diary.domain.foreign.common import (
    BadValue,
    ForeignRead,
    SleepRecord,
    clean_comment,
    instant_from_ms,
    on_night,
    parse_decimal,
    parse_int,
    round_half_up,
)
from rls_diary.domain.foreign.rows import BadRow, csv_rows, decode, first_line
from rls_diary.domain.problems import LocatedProblem

NAME: Final = "sleep-as-android"
TITLE: Final = "Sleep as Android"
MEMBER: Final = "sleep-export.csv"
ZIP_MAGIC: Final = b"PK\x03\x04"
MAX_CSV_BYTES: Final = 256 * 1024 * 1024
HEADER_START: Final = ("Id", "Tz", "From", "To")
FIXED_COLUMNS: Final = (
    *HEADER_START,
    "Sched",
    "Hours",
    "Rating",
    "Comment",
    "Framerate",
    "Snore",
    "Noise",
    "Cycles",
    "DeepSleep",
    "LenAdjust",
    "Geo",
)
_REQUIRED: Final = ("Id", "Tz", "Hours")
_MANUAL_LEN_ADJUST: Final = "-1.0"
_LINE_BREAK: Final = re.compile(r" ?\\n ?")
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    OSError,
    zlib.error,
    ValueError,
)


def looks_like(data: bytes) -> bool:
    """A backup zip holding ``sleep-export.csv``, or a CSV whose first line starts
    ``Id,Tz,From,To``."""
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return _member(archive) is not None
        except _ZIP_ERRORS:
            return False
    head = first_line(data[:4096].decode("utf-8", errors="ignore"))
    cells = [cell.strip().strip('"') for cell in head.split(",")]
    return tuple(cells[: len(HEADER_START)]) == HEADER_START


def read(data: bytes, filename: str, default_zone: str) -> ForeignRead:
    """The sleeps of a Sleep as Android export and the records left out (each with its line),
    or the problems that make the whole file unreadable."""
    problems: list[LocatedProblem] = []
    where = filename
    try:
        if data.startswith(ZIP_MAGIC):
            member, raw = _unzip(data)
            where = f"{filename}[{member}]"
        else:
            raw = data
        text = decode(raw)
    except BadValue as exc:
        return ForeignRead(NAME, problems=[LocatedProblem(where, None, None, str(exc))])
    found = ForeignRead(NAME)
    header: dict[str, int] | None = None
    try:
        for line, cells in csv_rows(text):
            first = cells[0].strip() if cells else ""
            if first == "Id":
                header = _header(cells)
                missing = [name for name in _REQUIRED if name not in header]
                if missing:
                    problems.append(
                        LocatedProblem(
                            where, line, None, f"the header has no {', '.join(missing)} column"
                        )
                    )
                    header = None
                continue
            if not first:
                continue  # a blank line, or the noise values under a record
            if header is None:
                problems.append(
                    LocatedProblem(
                        where, line, None, "a record without a header line (Id,Tz,From,…) above"
                    )
                )
                continue
            try:
                found.records.append(_record(cells, header, default_zone, f"{where}:{line}"))
            except BadValue as exc:  # this record is skipped, the others import
                found.skip(exc, where, line)
    except BadRow as exc:
        problems.append(LocatedProblem(where, exc.line, None, str(exc)))
    if not problems and header is None and not found.records and text.strip():
        problems.append(LocatedProblem(where, 1, None, "not a Sleep as Android export"))
    return ForeignRead(NAME, problems=problems) if problems else found


def _header(cells: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, cell in enumerate(cells):
        index.setdefault(cell.strip(), position)
    return index


def _cell(cells: list[str], header: dict[str, int], name: str) -> str | None:
    position = header.get(name)
    if position is None:
        return None
    if position >= len(cells):
        raise BadValue(f"the record has {len(cells)} cells and no {name}", name)
    return cells[position]


def _record(cells: list[str], header: dict[str, int], default_zone: str, where: str) -> SleepRecord:
    fixed = max(header.get(name, 0) for name in FIXED_COLUMNS) + 1
    if len(cells) < fixed:
        raise BadValue(
            f"the record has {len(cells)} cells, fewer than the {fixed} fixed columns of its "
            "header (is the file cut short?)"
        )
    id_ms = parse_int(_cell(cells, header, "Id") or "", "Id")
    start = instant_from_ms(id_ms, "Id")
    zone_name = (_cell(cells, header, "Tz") or "").strip()
    if not zone_name or not is_valid_zone(zone_name):
        zone_name = default_zone
    with on_night(start, zone_name):
        hours_text = _cell(cells, header, "Hours") or ""
        hours = parse_decimal(hours_text, "Hours")
        if hours < 0:
            raise BadValue(f"{hours_text!r} is negative", "Hours")
        end = instant_from_ms(id_ms + round_half_up(hours * 3_600_000), "Hours")
        rating = _rating(_cell(cells, header, "Rating"))
        adjust = _len_adjust(_cell(cells, header, "LenAdjust"))
    comment = _cell(cells, header, "Comment")
    return SleepRecord(
        start=start,
        end=end,
        zone=zone_name,
        source=TITLE,
        sleep_min=max(0, round_half_up(hours * 60 + adjust)),
        rating=rating,
        comment=clean_comment(_LINE_BREAK.sub("\n", comment)) if comment else None,
        where=where,
    )


def _rating(text: str | None) -> float | None:
    if text is None or not text.strip():
        return None
    value = parse_decimal(text, "Rating")
    if not 0 <= value <= 5:
        raise BadValue(f"{text!r} is outside 0–5", "Rating")
    return float(value) if value else None


def _len_adjust(text: str | None) -> Decimal:
    if text is None or not text.strip() or text.strip() == _MANUAL_LEN_ADJUST:
        return Decimal(0)
    return parse_decimal(text, "LenAdjust")


def _member(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    for info in archive.infolist():
        if not info.is_dir() and info.filename.rsplit("/", 1)[-1] == MEMBER:
            return info
    return None


def _unzip(data: bytes) -> tuple[str, bytes]:
    """The name and bytes of ``sleep-export.csv`` inside a backup zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = _member(archive)
            if info is None:
                raise BadValue(f"the zip file holds no {MEMBER}")
            if info.file_size > MAX_CSV_BYTES:
                raise BadValue(f"{info.filename} in the zip file is too large")
            with archive.open(info) as member:
                raw = member.read(MAX_CSV_BYTES + 1)
    except BadValue:
        raise
    except _ZIP_ERRORS as exc:
        raise BadValue(f"the zip file is damaged ({exc})") from None
    if len(raw) > MAX_CSV_BYTES:
        raise BadValue(f"{info.filename} in the zip file is too large")
    return info.filename, raw
