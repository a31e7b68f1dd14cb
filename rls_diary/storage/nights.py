"""The night repository: rows of ``night`` (+ ``night_remedy``) to :class:`Night` and back.

Columns carry the field names of ``NIGHT_FIELDS``; ``None`` is stored as NULL, never as 0.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Any, Final

from rls_diary.domain.bulk import gc_paused
from rls_diary.domain.night import (
    NIGHT_FIELDS,
    Kind,
    Night,
    canonical_remedies,
    nights_from_columns,
)

_COLUMNS: Final = tuple(f for f in NIGHT_FIELDS if f.kind is not Kind.RELIEF)
_SELECT: Final = (
    "SELECT id, date, "
    + ", ".join(f.name for f in _COLUMNS)
    + ", entered_at, updated_at FROM night"
)
_NAMES: Final = ("date", *(f.name for f in _COLUMNS), "entered_at", "updated_at")
_INSERT: Final = f"INSERT INTO night ({', '.join(_NAMES)}) VALUES ({', '.join('?' * len(_NAMES))})"
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
    Kind.SET: _join_or_none,  # tuples; a list (unhashable) must work too
}
_GETTERS: Final = tuple(attrgetter(f.name) for f in _COLUMNS)


def _stamp_or_none(value: dt.datetime | None) -> str | None:
    return None if value is None else stamp(value)


def _parse_stamp_or_none(text: str | None) -> dt.datetime | None:
    return parse_stamp(text) if text else None


def _rows(nights: Sequence[Night]) -> list[tuple[Any, ...]]:
    """The ``_INSERT`` parameters of ``nights``, built column by column."""
    columns: list[Iterable[Any]] = [[n.date.isoformat() for n in nights]]
    for spec, getter in zip(_COLUMNS, _GETTERS, strict=True):
        values = map(getter, nights)
        convert = _TO_DB.get(spec.kind)
        columns.append(map(convert, values) if convert else values)
    columns.append(map(_stamp_or_none, map(attrgetter("entered_at"), nights)))
    columns.append(map(_stamp_or_none, map(attrgetter("updated_at"), nights)))
    return list(zip(*columns, strict=True))


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
    return [
        dt.date.fromisoformat(r[0]) for r in conn.execute("SELECT date FROM night ORDER BY date")
    ]


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
    """Insert new nights in bulk (the dates must not exist yet)."""
    batch = list(nights)
    with gc_paused():
        conn.executemany(_INSERT, _rows(batch))
    # each remedy finds its night by date in SQL (the unique index on date): no read-back
    conn.executemany(
        "INSERT INTO night_remedy (night_id, remedy, relief) "
        "VALUES ((SELECT id FROM night WHERE date = ?), ?, ?)",
        [
            (night.date.isoformat(), remedy, relief)
            for night in batch
            if night.remedies
            for remedy, relief in night.remedies
        ],
    )


def delete(conn: sqlite3.Connection, date: dt.date) -> bool:
    """Remove the night of ``date`` (its remedies go with it); True when one existed."""
    cursor = conn.execute("DELETE FROM night WHERE date = ?", (date.isoformat(),))
    return cursor.rowcount > 0


def delete_all(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM night")
