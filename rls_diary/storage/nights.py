"""The night repository: rows of ``night`` (+ ``night_remedy``) to :class:`Night` and back.

Columns carry the field names of ``NIGHT_FIELDS``; ``None`` is stored as NULL, never as 0.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, Final

from rls_diary.domain.night import NIGHT_FIELDS, FieldSpec, Kind, Night, canonical_remedies

_COLUMNS: Final = tuple(f for f in NIGHT_FIELDS if f.kind is not Kind.RELIEF)
_SELECT: Final = (
    "SELECT id, date, "
    + ", ".join(f.name for f in _COLUMNS)
    + ", entered_at, updated_at FROM night"
)
_NAMES: Final = ("date", *(f.name for f in _COLUMNS), "entered_at", "updated_at")
_INSERT: Final = f"INSERT INTO night ({', '.join(_NAMES)}) VALUES ({', '.join('?' * len(_NAMES))})"
_STAMP: Final = "%Y-%m-%dT%H:%M:%SZ"


def stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime(_STAMP)


def parse_stamp(text: str) -> dt.datetime:
    """A stored ``YYYY-MM-DDTHH:MM:SSZ`` stamp (fromisoformat: ~40× faster than strptime)."""
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _to_db(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.TIME:
        return f"{value.hour:02d}:{value.minute:02d}"
    if spec.kind is Kind.BOOL:
        return int(value)
    if spec.kind is Kind.SET:
        return ";".join(value)
    return value


def _from_db(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind is Kind.TIME:
        return dt.time.fromisoformat(value)
    if spec.kind is Kind.BOOL:
        return bool(value)
    if spec.kind is Kind.SET:
        return tuple(value.split(";"))
    return value


def _row_values(night: Night) -> tuple[Any, ...]:
    return (
        night.date.isoformat(),
        *(_to_db(f, night.get(f.name)) for f in _COLUMNS),
        stamp(night.entered_at) if night.entered_at else None,
        stamp(night.updated_at) if night.updated_at else None,
    )


def _night(row: Sequence[Any], remedies: dict[int, list[tuple[str, int]]]) -> Night:
    values = {f.name: _from_db(f, row[i + 2]) for i, f in enumerate(_COLUMNS)}
    entered, updated = row[-2], row[-1]
    relief = remedies.get(row[0])
    return Night(
        date=dt.date.fromisoformat(row[1]),
        remedies=_ordered(relief) if relief else None,
        entered_at=parse_stamp(entered) if entered else None,
        updated_at=parse_stamp(updated) if updated else None,
        **values,
    )


def _ordered(relief: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    return canonical_remedies(dict(relief))


def load(
    conn: sqlite3.Connection, start: dt.date | None = None, end: dt.date | None = None
) -> list[Night]:
    """Nights from ``start`` to ``end`` (inclusive, either open), by date."""
    where, params = _range(start, end)
    rows = conn.execute(f"{_SELECT}{where} ORDER BY date", params).fetchall()
    remedy_rows = conn.execute(
        "SELECT night_id, remedy, relief FROM night_remedy WHERE night_id IN "
        f"(SELECT id FROM night{where})",
        params,
    ).fetchall()
    remedies: dict[int, list[tuple[str, int]]] = {}
    for night_id, remedy, relief in remedy_rows:
        remedies.setdefault(night_id, []).append((remedy, relief))
    return [_night(row, remedies) for row in rows]


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
    conn.executemany(_INSERT, [_row_values(n) for n in batch])
    with_remedies = [n for n in batch if n.remedies]
    if not with_remedies:
        return
    first = min(n.date for n in with_remedies).isoformat()
    last = max(n.date for n in with_remedies).isoformat()
    ids = dict(
        conn.execute(
            "SELECT date, id FROM night WHERE date BETWEEN ? AND ?", (first, last)
        ).fetchall()
    )
    conn.executemany(
        "INSERT INTO night_remedy (night_id, remedy, relief) VALUES (?, ?, ?)",
        [
            (ids[n.date.isoformat()], remedy, relief)
            for n in with_remedies
            for remedy, relief in n.remedies or ()
        ],
    )


def delete(conn: sqlite3.Connection, date: dt.date) -> bool:
    """Remove the night of ``date`` (its remedies go with it); True when one existed."""
    cursor = conn.execute("DELETE FROM night WHERE date = ?", (date.isoformat(),))
    return cursor.rowcount > 0


def delete_all(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM night")
