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
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from rls_diary.domain.bulk import gc_paused
from rls_diary.domain.clock import is_valid_zone
from rls_diary.domain.metrics import compute
from rls_diary.domain.night import (
    CSV_FIELDS,
    NIGHT_FIELDS,
    FieldSpec,
    Kind,
    Night,
    NightColumns,
    Remedies,
)
from rls_diary.domain.problems import LocatedProblem
from rls_diary.domain.validation import (
    FIRST_DATE,
    LAST_DATE,
    FieldError,
    Problem,
    check_date_range,
    cross_field_clean,
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


@dataclass(frozen=True, slots=True)
class CsvColumns:
    """The outcome of :func:`read_csv_columns`: a :class:`CsvRead` whose nights, in the
    usual file, are left column by column.

    When every row read is kept, in file order (the usual file), ``columns`` holds the
    nights and ``lines`` the line of each, and ``nights`` is empty (``problems`` can then
    only hold the one that stopped the reading: text that is not valid CSV). Otherwise
    ``columns`` is ``None`` and ``nights`` holds the rows without problems as (line, night),
    as :attr:`CsvRead.nights` does.
    """

    nights: list[tuple[int, Night]] = field(default_factory=list)
    problems: list[LocatedProblem] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    columns: NightColumns | None = None

    def located(self) -> list[tuple[int, Night]]:
        """Every night read, with its line (:attr:`CsvRead.nights`), built if need be."""
        if self.columns is None:
            return self.nights
        return list(zip(self.lines, self.columns.nights(), strict=True))


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
    with gc_paused():
        read = read_csv_columns(text, filename, default_zone)
        return CsvRead(read.located(), read.problems)


def read_csv_columns(text: str, filename: str, default_zone: str) -> CsvColumns:
    """:func:`read_csv`, leaving the nights of the usual file column by column (see
    :class:`CsvColumns`): an import into an empty diary stores them as they are, without
    building a :class:`Night` for each."""
    _check_zone(default_zone)
    if text.startswith(_BOM):
        text = text[1:]
    with gc_paused():
        return _read(text, filename, default_zone)


def _read(text: str, filename: str, default_zone: str) -> CsvColumns:
    sink = _Sink(filename)
    result = CsvColumns(problems=sink.problems)
    records, malformed = _records(text, _separator(text))
    if not records and malformed is not None:
        sink.add(malformed.line, None, str(malformed))
        return result
    if not records or not any(cell.strip() for cell in records[0][1]):
        sink.add(1, None, "the file has no header line (the first line names the columns)")
        return result
    columns = _columns(records[0][1], sink)
    if columns is None:
        return result
    usual = _read_rows(records[1:], columns, sink, default_zone, result.nights)
    if malformed is not None:  # reading stopped there; the rows before it are reported
        sink.add(malformed.line, None, str(malformed))
    if usual is not None:
        lines, batch = usual
        return CsvColumns(problems=sink.problems, lines=lines, columns=batch)
    return result


def _check_zone(name: str) -> None:
    if not is_valid_zone(name):
        raise ValueError(f"unknown time zone {name!r}")


def _separator(text: str) -> str:
    """``;`` when the header line holds more semicolons than commas, else ``,``."""
    header = text.split("\n", 1)[0].split("\r", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _records(text: str, separator: str) -> tuple[list[tuple[int, list[str]]], _Malformed | None]:
    """Each CSV record with the physical line it starts on, up to the first malformed one
    (returned as the second item, else ``None``).

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as the csv module counts them. Empty
    lines come through as empty records, so the numbering stays true.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    records: list[tuple[int, list[str]]] = []
    append = records.append
    consumed = 0  # lines read so far: a record starts on the line after them
    try:
        for cells in reader:
            append((consumed + 1, cells))
            consumed = reader.line_num
    except csv.Error as exc:
        return records, _Malformed(consumed + 1, _malformed_message(exc))
    return records, None


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


class _Bad:
    """A cell that cannot be read, and why (what :class:`FieldError` said)."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _CellMemo(dict[str, Any]):
    """The value of each distinct cell text of one column, converted once: a column holds
    few distinct texts (numbers, clock times, yes/no), so 10,000 rows cost a few hundred
    conversions and 10,000 dictionary look-ups."""

    def __init__(self, convert: Callable[[str], Any]) -> None:
        super().__init__()
        self._convert = convert
        self.bad = False

    def __missing__(self, cell: str) -> Any:
        try:
            value = self._convert(cell)
        except FieldError as exc:
            value = _Bad(str(exc))
            self.bad = True
        self[cell] = value
        return value


def _column(
    cells: Sequence[str], convert: Callable[[str], Any]
) -> tuple[list[Any], dict[int, str]]:
    """The values of one column (``None`` where a cell cannot be read) and the problem of
    each unreadable cell by row."""
    memo = _CellMemo(convert)
    values = list(map(memo.__getitem__, cells))
    if not memo.bad:
        return values, {}
    problems: dict[int, str] = {}
    for row, value in enumerate(values):
        if type(value) is _Bad:
            problems[row] = value.message
            values[row] = None
    return values, problems


def _field_reader(spec: FieldSpec) -> Callable[[str], Any]:
    def read(cell: str) -> Any:
        return parse_text(spec, unescape_formula(cell))

    return read


_PLAIN_DATES: Final = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}\n)+")


def _plain_dates(cells: Sequence[str]) -> bool:
    """Whether every cell is a plain ``YYYY-MM-DD`` (one regular expression for them all)."""
    return bool(cells) and _PLAIN_DATES.fullmatch("\n".join(cells) + "\n") is not None


def _dates(cells: Sequence[str], plain: bool) -> tuple[list[Any], dict[int, str]]:
    """The date column as :func:`_column` reads it with :func:`_date_cell`; a column of plain
    ``YYYY-MM-DD`` cells (the usual case, ``plain``: see :func:`_plain_dates`) is read
    without looking at each cell first."""
    if plain:
        try:
            days = list(map(dt.date.fromisoformat, cells))
        except ValueError:
            pass  # an impossible date such as 2024-02-30: cell by cell, with its message
        else:
            if min(days) >= FIRST_DATE and max(days) <= LAST_DATE:
                return days, {}
    return _column(cells, _date_cell)


def _date_cell(cell: str) -> dt.date:
    cell = unescape_formula(cell)
    if not cell.strip():
        raise FieldError("is blank; every row needs its date (like 2024-03-31)")
    return check_date_range(parse_date(cell))


def _read_rows(
    rows: Sequence[tuple[int, list[str]]],
    columns: _Columns,
    sink: _Sink,
    default_zone: str,
    nights: list[tuple[int, Night]],
) -> tuple[list[int], NightColumns] | None:
    """Check every row and keep the nights without a problem, in bulk: each column is
    converted at once (:func:`_column`), the nights are held column by column, and only the
    rules that tie fields together run row by row. Problems come out as a row-by-row reading
    reports them: by line, and within a line date, fields in header order, the rules across
    fields, a repeated date.

    Returns the lines and the nights, column by column, when every row is kept in file order
    (the usual file); else appends each kept night with its line to ``nights`` and returns
    ``None``."""
    lines = [line for line, _ in rows]
    table = [cells for _, cells in rows]
    # (line, row in table), or (line, -1 - cells) for a row with the wrong number of cells
    order: list[tuple[int, int]] = list(zip(lines, range(len(table)), strict=True))
    by_column: list[Sequence[str]] = []
    plain = False  # every date cell is a plain YYYY-MM-DD
    if set(map(len, table)) == {columns.size}:  # every row has as many cells as the header
        by_column = list(zip(*table, strict=True))
        plain = _plain_dates(by_column[columns.date])
        # a row with a date is not an empty line; without plain dates look at every row
        if not plain and not all(map(str.strip, map("".join, table))):
            by_column = []
    if not by_column:
        order, table = [], []
        for line, cells in rows:
            if not "".join(cells).strip():
                continue  # an empty line
            if len(cells) != columns.size:
                order.append((line, -len(cells) - 1))
            else:
                order.append((line, len(table)))
                table.append(cells)
        by_column = list(zip(*table, strict=True)) if table else []
        plain = bool(table) and _plain_dates(by_column[columns.date])
    cells_of = by_column.__getitem__ if table else (lambda _position: ())
    count = len(table)
    days, date_problems = _dates(cells_of(columns.date), plain)
    field_problems: dict[int, list[tuple[str, str]]] = {}
    read: dict[str, list[Any]] = {}
    for position, spec in columns.fields:
        column = cells_of(position)
        if not any(column):  # an empty column: every value blank
            read[spec.name] = [None] * count
            continue
        values, problems = _column(column, _field_reader(spec))
        read[spec.name] = values
        for row, message in problems.items():
            field_problems.setdefault(row, []).append((spec.name, message))
    zones = read.get("timezone")
    read["timezone"] = [zone or default_zone for zone in zones] if zones else [default_zone] * count
    blank = [None] * count  # entered_at and updated_at are unknown for imported nights
    batch = NightColumns(
        [days, *(read.get(spec.name, blank) for spec in NIGHT_FIELDS), blank, blank], count
    )
    cross: dict[int, list[Problem]] | None = None  # by row; a row not in it has none
    if not date_problems and not field_problems:  # every row reads: only the rules remain
        # the quick test first; the rules' own problems only where it finds one possible
        quick = cross_field_clean(batch, default_zone)
        cross = {
            row: errors(cross_field_problems(batch.night(row), default_zone))
            for row in itertools.compress(range(count), map(operator.not_, quick))
        }
        if not any(cross.values()) and len(set(days)) == count and len(order) == count:
            return [line for line, _ in order], batch  # the usual case
    built = batch.nights()
    first_line: dict[dt.date, int] = {}
    for line, row in order:
        if row < 0:
            size = -row - 1
            count_text = f"{size} cell" + ("" if size == 1 else "s")
            sink.add(line, None, f"the row has {count_text}, the header has {columns.size}")
            continue
        before = len(sink.problems)
        if row in date_problems:
            sink.add(line, "date", date_problems[row])
        own = field_problems.get(row, ())
        for name, message in own:
            sink.add(line, name, message)
        day = days[row]
        if day is None:
            continue
        night = built[row]
        if not any(name == "timezone" for name, _ in own):
            found = (
                cross.get(row, [])
                if cross is not None
                else cross_field_problems(night, default_zone)
            )
            for problem in errors(found):
                sink.add(line, problem.field, problem.message)
        clean = len(sink.problems) == before
        if day in first_line:
            sink.add(line, "date", f"{day} is also on line {first_line[day]}")
        else:
            first_line[day] = line
            if clean:
                nights.append((line, night))
    return None
