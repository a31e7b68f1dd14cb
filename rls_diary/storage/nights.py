"""The night repository: rows of ``night`` (+ ``night_remedy``) to :class:`Night` and back.

Columns carry the field names of ``NIGHT_FIELDS``; ``None`` is stored as NULL, never as 0.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import attrgetter, is_not
from typing import Any, Final, cast

from rls_diary.domain.bulk import gc_paused
from rls_diary.domain.night import (
    NIGHT_FIELDS,
    Kind,
    Night,
    NightColumns,
    Remedies,
    canonical_remedies,
    nights_from_columns,
)

# Binding ``None`` (NULL) costs the sqlite3 module of Python 3.11 about four times as much
# as binding a text: it is not one of the types bound directly, so every ``None`` goes
# looking for an adapter and, finding none, fails two attribute look-ups (one raises and
# clears an AttributeError) before it is bound as NULL. A registered adapter is found at
# once; it returns ``None``, which is then bound as NULL, exactly as before. Blank fields are
# ``None``: this was most of the cost of storing them.
sqlite3.register_adapter(type(None), cast("Callable[[None], None]", {}.get))  # None, in C

_COLUMNS: Final = tuple(f for f in NIGHT_FIELDS if f.kind is not Kind.RELIEF)
_SELECT: Final = (
    "SELECT id, date, "
    + ", ".join(f.name for f in _COLUMNS)
    + ", entered_at, updated_at FROM night"
)
_NAMES: Final = ("date", *(f.name for f in _COLUMNS), "entered_at", "updated_at")
_INSERT_REMEDY: Final = "INSERT INTO night_remedy (night_id, remedy, relief) VALUES (?, ?, ?)"
_INSERT_REMEDY_BY_DATE: Final = (
    "INSERT INTO night_remedy (night_id, remedy, relief) "
    "VALUES ((SELECT id FROM night WHERE date = ?), ?, ?)"
)
_MAX_ID: Final = 2**63 - 1  # SQLite's largest rowid
_STAMP: Final = "%Y-%m-%dT%H:%M:%SZ"
# Night's fields in the order of its constructor: the stored columns with ``remedies`` (a
# child table) at its place. Loading converts each column with one C-level ``map`` and builds
# the nights column by column (``nights_from_columns``).
_REMEDIES_AT: Final = next(i for i, f in enumerate(NIGHT_FIELDS) if f.kind is Kind.RELIEF)
_ORDER: Final = ("date", *(f.name for f in NIGHT_FIELDS), "entered_at", "updated_at")
if tuple(f.name for f in dataclasses.fields(Night)) != _ORDER:  # pragma: no cover
    raise ImportError("Night's fields are not in the order of NIGHT_FIELDS")


def stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime(_STAMP)


def parse_stamp(text: str) -> dt.datetime:
    """A stored ``YYYY-MM-DDTHH:MM:SSZ`` stamp (fromisoformat: ~40× faster than strptime)."""
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


class _Memo(dict[Any, Any]):
    """A conversion that remembers its answers (a column holds few distinct values);
    ``None`` stays ``None``."""

    def __init__(self, convert: Callable[[Any], Any]) -> None:
        super().__init__({None: None})
        self._convert = convert

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._convert(key)
        return value


def _time_text(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split(";"))


def _join_or_none(values: Sequence[str] | None) -> str | None:
    return None if values is None else ";".join(values)


# Conversions by kind (a plain value: INT, CHOICE, TEXT, ZONE, passes unchanged). The memos
# stay small: 1,440 clock times, two booleans, the subsets of areas and of triggers.
_FROM_DB: Final[dict[Kind, Callable[[Any], Any]]] = {
    Kind.TIME: _Memo(dt.time.fromisoformat).__getitem__,
    Kind.BOOL: _Memo(bool).__getitem__,
    Kind.SET: _Memo(_split).__getitem__,
}
_TO_DB: Final[dict[Kind, Callable[[Any], Any]]] = {
    Kind.TIME: _Memo(_time_text).__getitem__,
    Kind.BOOL: _Memo(int).__getitem__,
}
_STORED_VALUES: Final = attrgetter(*_NAMES)  # a night's values in the order of _NAMES
_REMEDIES: Final = attrgetter("remedies")


def _parse_stamp_or_none(text: str | None) -> dt.datetime | None:
    return parse_stamp(text) if text else None


def _insert(
    stored: Sequence[Sequence[Any]], ids: Iterable[int] | None
) -> tuple[str, list[tuple[Any, ...]]]:
    """The ``INSERT`` statement and its parameters, one tuple per night (its id first, unless
    ``ids`` is None: then SQLite chooses), from the nights' values column by column in the
    order of ``_NAMES``.

    Each column is converted at once. A column that is blank in every night is left out: it
    is NULL all the same (no column of ``night`` has another default, and its checks see the
    NULL), and not binding its ``None`` values saves the sqlite3 module an adapter call for
    each (see ``register_adapter`` above).
    """
    names: list[str] = []
    columns: list[Iterable[Any]] = []
    if ids is not None:
        names.append("id")
        columns.append(ids)
    for name, convert, column in zip(_NAMES, _CONVERTERS, stored, strict=True):
        if name != "date" and not any(map(is_not, column, repeat(None))):
            continue  # every value blank (``any`` stops at the first value that is not)
        names.append(name)
        columns.append(convert(column))
    statement = f"INSERT INTO night ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    return statement, list(zip(*columns, strict=True))


def _set_texts(column: Sequence[Sequence[str] | None]) -> list[str | None]:
    """``;``-joined members (a column holds few distinct sets: each is joined once)."""
    try:
        return list(map(_Memo(";".join).__getitem__, column))
    except TypeError:  # a list (unhashable) among them
        return list(map(_join_or_none, column))


def _converter(kind: Kind | None) -> Callable[[Sequence[Any]], Iterable[Any]]:
    """How a column of stored values of ``kind`` becomes parameters (None: a timestamp)."""
    if kind is None:
        return lambda column: map(_Memo(stamp).__getitem__, column)  # None stays None
    if kind is Kind.SET:
        return _set_texts
    convert = _TO_DB.get(kind)
    if convert is None:
        return lambda column: column
    return lambda column: map(convert, column)


# One converter per name of _NAMES: the date, the fields, the two timestamps.
_CONVERTERS: Final = (
    lambda column: map(dt.date.isoformat, column),
    *(_converter(spec.kind) for spec in _COLUMNS),
    _converter(None),
    _converter(None),
)


def _nights(
    rows: Sequence[Sequence[Any]], remedies: dict[int, list[tuple[str, int]]]
) -> list[Night]:
    """Nights from ``_SELECT`` rows: each column converted with one ``map``."""
    if not rows:
        return []
    ids, days, *stored, entered, updated = zip(*rows, strict=True)
    columns: list[Iterable[Any]] = [map(dt.date.fromisoformat, days)]
    for spec, values in zip(_COLUMNS, stored, strict=True):
        convert = _FROM_DB.get(spec.kind)
        columns.append(map(convert, values) if convert else values)
    relief = {night_id: _ordered(pairs) for night_id, pairs in remedies.items()}
    columns.insert(1 + _REMEDIES_AT, map(relief.get, ids))
    columns.append(map(_parse_stamp_or_none, entered))
    columns.append(map(_parse_stamp_or_none, updated))
    return nights_from_columns(columns, len(rows))


def _ordered(relief: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    return canonical_remedies(dict(relief))


def load(
    conn: sqlite3.Connection, start: dt.date | None = None, end: dt.date | None = None
) -> list[Night]:
    """Nights from ``start`` to ``end`` (inclusive, either open), by date."""
    where, params = _range(start, end)
    with gc_paused():
        rows = conn.execute(f"{_SELECT}{where} ORDER BY date", params).fetchall()
        remedy_rows = conn.execute(
            "SELECT night_id, remedy, relief FROM night_remedy WHERE night_id IN "
            f"(SELECT id FROM night{where})",
            params,
        ).fetchall()
        remedies: dict[int, list[tuple[str, int]]] = {}
        for night_id, remedy, relief in remedy_rows:
            remedies.setdefault(night_id, []).append((remedy, relief))
        return _nights(rows, remedies)


def get(conn: sqlite3.Connection, date: dt.date) -> Night | None:
    found = load(conn, date, date)
    return found[0] if found else None


def dates(conn: sqlite3.Connection) -> list[dt.date]:
    """Every stored night's date, oldest first. Read as one joined string: a row object per
    night costs more than the dates (20 years: 7,300 rows)."""
    joined = conn.execute("SELECT group_concat(date, ' ') FROM night").fetchone()[0]
    return sorted(map(dt.date.fromisoformat, joined.split())) if joined else []


def any_between(conn: sqlite3.Connection, start: dt.date, end: dt.date) -> bool:
    """Whether a night from ``start`` to ``end`` (inclusive) is stored."""
    found = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM night WHERE date BETWEEN ? AND ?)",
        (start.isoformat(), end.isoformat()),
    ).fetchone()[0]
    return bool(found)


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM night").fetchone()[0])


def _range(start: dt.date | None, end: dt.date | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if start is not None:
        clauses.append("date >= ?")
        params.append(start.isoformat())
    if end is not None:
        clauses.append("date <= ?")
        params.append(end.isoformat())
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def put(conn: sqlite3.Connection, night: Night) -> None:
    """Insert or replace the whole night of ``night.date`` (inside the caller's transaction)."""
    delete(conn, night.date)
    put_many(conn, [night])


def put_many(conn: sqlite3.Connection, nights: Iterable[Night]) -> None:
    """Insert new nights in bulk (the dates must not exist yet; inside the caller's
    transaction).

    Each night gets the id SQLite would give it, one more than the largest so far, given
    explicitly so that its remedies name it without a look-up. Only when those ids would
    pass SQLite's largest does SQLite choose them, and remedies find their night by date.
    """
    batch = list(nights)
    if not batch:
        return
    with gc_paused():
        stored = list(zip(*map(_STORED_VALUES, batch), strict=True))  # column by column
        _put(conn, stored, list(map(_REMEDIES, batch)), len(batch))


def put_columns(conn: sqlite3.Connection, nights: NightColumns) -> None:
    """:func:`put_many` for nights held column by column: the same rows, without building
    the nights."""
    if not nights.count:
        return
    with gc_paused():
        stored = [nights.column(name) for name in _NAMES]
        _put(conn, stored, nights.column("remedies"), nights.count)


def _put(
    conn: sqlite3.Connection,
    stored: Sequence[Sequence[Any]],
    remedies: Sequence[Remedies | None],
    count: int,
) -> None:
    last = conn.execute("SELECT max(id) FROM night").fetchone()[0] or 0
    if last <= _MAX_ID - count:
        ids = range(last + 1, last + 1 + count)
        conn.executemany(*_insert(stored, ids))
        conn.executemany(_INSERT_REMEDY, _remedy_rows(ids, remedies))
        return
    conn.executemany(*_insert(stored, None))  # SQLite chooses the ids
    days = list(map(dt.date.isoformat, stored[0]))
    conn.executemany(_INSERT_REMEDY_BY_DATE, _remedy_rows(days, remedies))


def _remedy_rows(
    keys: Iterable[Any], remedies: Iterable[Remedies | None]
) -> list[tuple[Any, str, int]]:
    """``(key, remedy, relief)`` for every remedy of every night, ``keys`` naming each night."""
    return [
        (key, remedy, relief)
        for key, reliefs in zip(keys, remedies, strict=True)
        if reliefs
        for remedy, relief in reliefs
    ]


def delete(conn: sqlite3.Connection, date: dt.date) -> bool:
    """Remove the night of ``date`` (its remedies go with it); True when one existed."""
    cursor = conn.execute("DELETE FROM night WHERE date = ?", (date.isoformat(),))
    return cursor.rowcount > 0


def delete_all(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM night")
