"""Plees Tracker: its "Export to File" CSV.

Two column sets exist: the old ``sid,start,stop,rating`` and the current
``sid,start,stop,rating,comment,wakes`` (written by Apache Commons CSV, so lines end in CRLF
and a comment may be quoted over several lines). ``start``/``stop`` are epoch milliseconds
and carry no zone: the import's zone (``--timezone``, else the system zone) applies.
``rating`` is 0–5 stars, 0 = unrated. ``wakes`` defaults to 0 in the app, so it cannot tell
"no awakenings" from "not counted" and is not imported. The app's optional "pretty" export
(``sid,start,stop,length,…`` with formatted, locale-dependent times) cannot be read back, not
even by Plees Tracker itself, and is refused with a message saying so.
"""

from __future__ import annotations

from typing import Final

from rls_diary.domain.foreign.common import (
    BadValue,
    ForeignRead,
    SleepRecord,
    clean_comment,
    instant_from_ms,
    minutes,
    on_night,
    parse_int,
)
from rls_diary.domain.foreign.rows import BadRow, csv_rows, decode, first_line
from rls_diary.domain.problems import LocatedProblem

NAME: Final = "plees-tracker"
TITLE: Final = "Plees Tracker"
_REQUIRED: Final = ("sid", "start", "stop")
_KNOWN: Final = frozenset({"sid", "start", "stop", "rating", "comment", "wakes"})


def looks_like(data: bytes) -> bool:
    """A CSV whose header starts ``sid,start,stop``."""
    head = first_line(data[:4096].decode("utf-8", errors="ignore"))
    cells = [cell.strip().strip('"').lower() for cell in head.split(",")]
    return tuple(cells[:3]) == _REQUIRED


def read(data: bytes, filename: str, default_zone: str) -> ForeignRead:
    """The sleeps of a Plees Tracker export and the records left out (each with its line),
    or the problems that make the whole file unreadable."""
    problem = _Problems(filename)
    try:
        text = decode(data)
    except BadValue as exc:
        problem.add(None, None, str(exc))
        return problem.read()
    found = ForeignRead(NAME)
    header: dict[str, int] | None = None
    try:
        for line, cells in csv_rows(text):
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _header(line, cells, problem)
                if header is None:
                    break
                continue
            try:
                found.records.append(_record(cells, header, default_zone, f"{filename}:{line}"))
            except BadValue as exc:  # this record is skipped, the others import
                found.skip(exc, filename, line)
    except BadRow as exc:
        problem.add(exc.line, None, str(exc))
    if header is None and not problem.problems:
        problem.add(1, None, "the file is empty (a Plees Tracker export starts sid,start,stop)")
    return problem.read(found)


class _Problems:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[LocatedProblem] = []

    def add(self, line: int | None, column: str | None, message: str) -> None:
        self.problems.append(LocatedProblem(self.filename, line, column, message))

    def read(self, found: ForeignRead | None = None) -> ForeignRead:
        if self.problems or found is None:
            return ForeignRead(NAME, problems=self.problems)
        return found


def _header(line: int, cells: list[str], problem: _Problems) -> dict[str, int] | None:
    names = [cell.strip().lower() for cell in cells]
    if "length" in names:
        problem.add(
            line,
            None,
            "this is Plees Tracker's 'pretty' export, whose times cannot be read back; "
            "export again with the pretty option off",
        )
        return None
    if tuple(names[:3]) != _REQUIRED:
        problem.add(line, None, "not a Plees Tracker export (the header must start sid,start,stop)")
        return None
    unknown = [name for name in names if name not in _KNOWN]
    if unknown:
        problem.add(line, None, f"unknown column(s) {', '.join(map(repr, unknown))}")
        return None
    index: dict[str, int] = {}
    for position, name in enumerate(names):
        index.setdefault(name, position)
    return index


def _cell(cells: list[str], header: dict[str, int], name: str) -> str | None:
    position = header.get(name)
    return cells[position] if position is not None and position < len(cells) else None


def _record(cells: list[str], header: dict[str, int], default_zone: str, where: str) -> SleepRecord:
    if len(cells) < 3:
        raise BadValue(f"the row has {len(cells)} cells; start and stop are needed")
    start_ms = parse_int(_cell(cells, header, "start") or "", "start")
    start = instant_from_ms(start_ms, "start")
    with on_night(start, default_zone):
        stop_ms = parse_int(_cell(cells, header, "stop") or "", "stop")
        stop = instant_from_ms(stop_ms, "stop")
        if stop_ms < start_ms:
            raise BadValue("the sleep stops before it starts", "stop")
        rating_text = (_cell(cells, header, "rating") or "").strip()
        rating = parse_int(rating_text, "rating") if rating_text else 0
        if not 0 <= rating <= 5:
            raise BadValue(f"{rating_text!r} is outside 0–5", "rating")
    return SleepRecord(
        start=start,
        end=stop,
        zone=default_zone,
        source=TITLE,
        sleep_min=minutes(stop - start),
        rating=float(rating) if rating else None,
        comment=clean_comment(_cell(cells, header, "comment")),
        where=where,
    )
