"""The diary's own CSV exchange format (DESIGN §4): reading every problem with its line, writing.

Reading accepts a UTF-8 BOM and ``,`` or ``;`` as separator (decided from the header line
alone), matches columns by name in any order and requires only ``date``. A missing column or an
empty cell is blank (``None``), never 0. Every problem is reported with the physical line
(1-based, the header is line 1; a quoted cell holding line breaks spans several lines) and
the column, so a user can fix the whole file in one go.

Writing emits every column in the §4 order plus three computed metrics that reading ignores.
A cell starting with a character a spreadsheet treats as a formula gets one leading ``'``;
reading removes exactly that ``'`` again, so ``read_csv(write_csv(nights))`` gives the nights
back unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rls_diary.domain.clock import is_valid_zone
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import CSV_FIELDS, FieldSpec, Kind, Night, Remedies
from rls_diary.domain.problems import LocatedProblem
from rls_diary.domain.validation import (
    FieldError,
    cross_field_problems,
    errors,
    format_time,
    parse_date,
    parse_text,
)

COMPUTED_COLUMNS: Final = ("time_in_bed_min", "total_sleep_min", "sleep_efficiency_pct")
CSV_COLUMNS: Final[tuple[str, ...]] = (
    "date",
    *(spec.name for spec in CSV_FIELDS),
    *COMPUTED_COLUMNS,
)
KNOWN_COLUMNS: Final = frozenset(CSV_COLUMNS)
FORMULA_STARTS: Final = frozenset("=+-@'\t\r")
_SPECS: Final = {spec.name: spec for spec in CSV_FIELDS}
_BOM: Final = "\ufeff"
_NEEDS_QUOTES: Final = re.compile(r'[,"\r\n]')


@dataclass(frozen=True, slots=True)
class CsvRead:
    """The outcome of reading a CSV file.

    ``nights`` holds the rows without problems, as (line, night) in file order; a caller that
    imports all or nothing writes them only when ``problems`` is empty.
    """

    nights: list[tuple[int, Night]] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)


# --- cells --------------------------------------------------------------------------------


def escape_formula(cell: str) -> str:
    """``cell`` with one leading ``'`` when a spreadsheet could run it as a formula."""
    return "'" + cell if cell[:1] in FORMULA_STARTS else cell


def unescape_formula(cell: str) -> str:
    """The mirror of :func:`escape_formula`: drop a ``'`` only when a formula start follows."""
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell


def cell_text(spec: FieldSpec, value: Any) -> str:
    """The CSV text of a night field: ``HH:MM``, ``yes``/``no``, ``legs;arms``,
    ``walking:2;massage:1``; ``""`` for a blank."""
    return "" if value is None else _FORMATTERS[spec.kind](value)


def _relief_text(value: Remedies) -> str:
    return ";".join(f"{name}:{level}" for name, level in value)


_FORMATTERS: Final[Mapping[Kind, Callable[[Any], str]]] = {
    Kind.INT: str,
    Kind.TIME: format_time,
    Kind.BOOL: lambda value: "yes" if value else "no",
    Kind.CHOICE: str,
    Kind.SET: ";".join,
    Kind.RELIEF: _relief_text,
    Kind.TEXT: str,
    Kind.ZONE: str,
}


# --- writing -------------------------------------------------------------------------------


def write_csv(nights: Iterable[Night], default_zone: str) -> str:
    """Every night as one row, in the given order, under the §4 header; ``\\n`` line ends.

    ``timezone`` is always written (``default_zone`` for a night without one) and so are the
    computed ``time_in_bed_min``, ``total_sleep_min`` and ``sleep_efficiency_pct``.
    Raises ``ValueError`` when ``default_zone`` is not a known zone.
    """
    _check_zone(default_zone)
    lines = [_line(CSV_COLUMNS)]
    lines.extend(_line(_row(night, default_zone)) for night in nights)
    return "".join(lines)


def _row(night: Night, default_zone: str) -> list[str]:
    night = night if night.timezone else night.replace(timezone=default_zone)
    metrics = compute(night, default_zone)
    efficiency = metrics.sleep_efficiency_pct
    return [
        night.date.isoformat(),
        *(cell_text(spec, night.get(spec.name)) for spec in CSV_FIELDS),
        _number(metrics.time_in_bed_min),
        _number(metrics.total_sleep_min),
        "" if efficiency is None else f"{efficiency:.1f}",
    ]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _line(cells: Iterable[str]) -> str:
    """One CSV line, formula-escaped and quoted as needed.

    Quoting is done here rather than by ``csv.writer``: with ``lineterminator="\\n"``
    Python 3.11's writer leaves a cell holding a lone ``\\r`` unquoted, which a reader then
    splits into two rows.
    """
    return ",".join(_quote(escape_formula(cell)) for cell in cells) + "\n"


def _quote(cell: str) -> str:
    if _NEEDS_QUOTES.search(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


# --- reading -------------------------------------------------------------------------------


class _Malformed(Exception):
    """The CSV structure itself is broken (an unclosed quote, text after a closing quote)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class _Columns:
    """Where the known columns are: the cell count, ``date``'s index, each field's index."""

    size: int
    date: int
    fields: tuple[tuple[int, FieldSpec], ...]


@dataclass(slots=True)
class _Sink:
    """Collects located problems for one file."""

    file: str
    problems: list[LocatedProblem] = field(default_factory=list)

    def add(self, line: int, column: str | None, message: str) -> None:
        self.problems.append(LocatedProblem(self.file, line, column, message))


def read_csv(text: str, filename: str, default_zone: str) -> CsvRead:
    """The nights of a CSV text and every problem found in it (DESIGN §4).

    ``filename`` is only used to name the file in problems. A night's zone is its
    ``timezone`` cell, else ``default_zone``; every returned night has its zone filled in.
    Problems are errors only (validation warnings do not block an import).
    Raises ``ValueError`` when ``default_zone`` is not a known zone.
    """
    _check_zone(default_zone)
    if text.startswith(_BOM):
        text = text[1:]
    sink = _Sink(filename)
    result = CsvRead(problems=sink.problems)
    records = _records(text, _separator(text))
    try:
        header = next(records, None)
        if header is None or not any(cell.strip() for cell in header[1]):
            sink.add(1, None, "the file has no header line (the first line names the columns)")
            return result
        columns = _columns(header[1], sink)
        if columns is None:
            return result
        first_line: dict[dt.date, int] = {}
        for line, cells in records:
            if not any(cell.strip() for cell in cells):
                continue
            day, night = _read_row(line, cells, columns, sink, default_zone)
            if day is not None and day in first_line:
                sink.add(line, "date", f"{day} is also on line {first_line[day]}")
            elif day is not None:
                first_line[day] = line
                if night is not None:
                    result.nights.append((line, night))
    except _Malformed as exc:
        sink.add(exc.line, None, str(exc))
    return result


def _check_zone(name: str) -> None:
    if not is_valid_zone(name):
        raise ValueError(f"unknown time zone {name!r}")


def _separator(text: str) -> str:
    """``;`` when the header line holds more semicolons than commas, else ``,``."""
    header = text.split("\n", 1)[0].split("\r", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _records(text: str, separator: str) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the physical line it starts on.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as the csv module counts them. Empty
    lines come through as empty records, so the numbering stays true.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    consumed = 0
    while True:
        start = consumed + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _Malformed(start, _malformed_message(exc)) from exc
        consumed = reader.line_num
        yield start, cells


def _malformed_message(exc: csv.Error) -> str:
    """Say what went wrong in words a spreadsheet user can act on."""
    if "unexpected end of data" in str(exc):
        return "a quoted cell starting on this line is never closed (the file ends inside it)"
    if "field larger than field limit" in str(exc):
        return (
            f"a cell is longer than {csv.field_size_limit()} characters "
            "(is a quote left open on this line?)"
        )
    return f"the row is not valid CSV ({exc}); a quote inside a quoted cell must be doubled"


def _columns(cells: Sequence[str], sink: _Sink) -> _Columns | None:
    """Map the header's names to fields; report unknown, unnamed, repeated and missing ones.

    Returns ``None`` when rows cannot be read at all (no ``date`` column).
    """
    names = [cell.strip() for cell in cells]
    index: dict[str, int] = {}
    unknown: list[str] = []
    for position, name in enumerate(names, start=1):
        if not name:
            sink.add(1, None, f"column {position} has no name")
        elif name in index:
            first = index[name] + 1
            sink.add(1, name, f"the column appears twice (columns {first} and {position})")
        elif name not in KNOWN_COLUMNS:
            unknown.append(name)
        else:
            index[name] = position - 1
    if unknown:
        noun = "column" if len(unknown) == 1 else "columns"
        sink.add(
            1,
            None,
            f"unknown {noun} {', '.join(map(repr, unknown))} (known: {', '.join(CSV_COLUMNS)})",
        )
    if "date" not in index:
        sink.add(1, "date", "the required column is missing")
        return None
    fields = tuple((i, _SPECS[name]) for name, i in index.items() if name in _SPECS)
    return _Columns(len(names), index["date"], fields)


def _read_row(
    line: int, cells: list[str], columns: _Columns, sink: _Sink, default_zone: str
) -> tuple[dt.date | None, Night | None]:
    """The date and night of one row; the night is ``None`` when the row has a problem."""
    if len(cells) != columns.size:
        count = f"{len(cells)} cell" + ("" if len(cells) == 1 else "s")
        sink.add(line, None, f"the row has {count}, the header has {columns.size}")
        return None, None
    cells = [unescape_formula(cell) for cell in cells]
    before = len(sink.problems)
    day = _read_date(line, cells[columns.date], sink)
    values: dict[str, Any] = {}
    for position, spec in columns.fields:
        try:
            values[spec.name] = parse_text(spec, cells[position])
        except FieldError as exc:
            sink.add(line, spec.name, str(exc))
    if day is None:
        return None, None
    zone_ok = not any(p.column == "timezone" for p in sink.problems[before:])
    values["timezone"] = values.get("timezone") or default_zone
    night = Night(day, **values)
    if zone_ok:
        for problem in errors(cross_field_problems(night, default_zone)):
            sink.add(line, problem.field, problem.message)
    return day, night if len(sink.problems) == before else None


def _read_date(line: int, text: str, sink: _Sink) -> dt.date | None:
    if not text.strip():
        sink.add(line, "date", "is blank; every row needs its date (like 2024-03-31)")
        return None
    try:
        return parse_date(text)
    except FieldError as exc:
        sink.add(line, "date", str(exc))
        return None
