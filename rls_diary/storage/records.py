"""Repositories for everything besides nights (medications, labs, IRLS totals, conditions,
questions, experiments, settings). Each table maps to one record type of ``domain.records``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any, Final, Generic, TypeVar

from rls_diary.domain.records import (
    IRLS_ITEMS,
    Assessment,
    Condition,
    Experiment,
    Lab,
    Medication,
    Question,
)
from rls_diary.storage.schema import holds_rows

R = TypeVar("R")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


@dataclass(frozen=True)
class Table(Generic[R]):
    """A record type stored one row per record; ``columns`` pair record fields with columns."""

    name: str
    columns: tuple[tuple[str, str], ...]  # (attribute, column)
    readers: dict[str, Callable[[Any], Any]]
    make: Callable[..., R]
    order: str

    def load(self, conn: sqlite3.Connection) -> list[R]:
        cols = ", ".join(c for _, c in self.columns)
        rows = conn.execute(f"SELECT id, {cols} FROM {self.name} ORDER BY {self.order}, id")
        return [self._record(row) for row in rows]

    def any(self, conn: sqlite3.Connection) -> bool:
        """Whether the table holds a record (cheaper than loading them)."""
        return holds_rows(conn, self.name)

    def _record(self, row: Sequence[Any]) -> R:
        values = {
            attr: self.readers.get(attr, _same)(row[i + 1])
            for i, (attr, _) in enumerate(self.columns)
        }
        return self.make(id=row[0], **values)

    def insert(self, conn: sqlite3.Connection, record: R, *, keep_id: bool = False) -> int:
        """Store ``record`` and return its id: a new one, or with ``keep_id`` the record's own
        (putting a deleted record back exactly, for undo)."""
        cols = [c for _, c in self.columns]
        values = [_plain(getattr(record, attr)) for attr, _ in self.columns]
        if keep_id:
            cols, values = ["id", *cols], [_record_id(record), *values]
        cursor = conn.execute(
            f"INSERT INTO {self.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )
        return int(cursor.lastrowid or 0)

    def update(self, conn: sqlite3.Connection, record_id: int, record: R) -> None:
        sets = ", ".join(f"{c} = ?" for _, c in self.columns)
        values = [_plain(getattr(record, attr)) for attr, _ in self.columns]
        conn.execute(f"UPDATE {self.name} SET {sets} WHERE id = ?", [*values, record_id])

    def delete(self, conn: sqlite3.Connection, record_id: int) -> None:
        conn.execute(f"DELETE FROM {self.name} WHERE id = ?", (record_id,))

    def replace_all(self, conn: sqlite3.Connection, records: Iterable[R]) -> None:
        conn.execute(f"DELETE FROM {self.name}")
        for record in records:
            self.insert(conn, record)


def _same(value: Any) -> Any:
    return value


def _record_id(record: Any) -> int:
    ident = getattr(record, "id", None)
    if not isinstance(ident, int):
        raise ValueError("keep_id needs a record with an id")
    return ident


def _cols(record_type: type, **renamed: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (f.name, renamed.get(f.name, f.name)) for f in fields(record_type) if f.name != "id"
    )


MEDICATIONS: Final = Table[Medication](
    "medication",
    _cols(Medication, drug_class="class"),
    {"start": _date, "stop": _date, "time": _time},
    Medication,
    "start",
)
LABS: Final = Table[Lab]("lab", _cols(Lab), {"date": _date, "fasting_morning": _bool}, Lab, "date")
CONDITIONS: Final = Table[Condition](
    "condition_period",
    _cols(Condition, end="end_date"),
    {"start": _date, "end": _date},
    Condition,
    "start",
)
QUESTIONS: Final = Table[Question](
    "doctor_question",
    _cols(Question),
    {"created": _date, "done": bool},
    Question,
    "created",
)


class _Assessments(Table[Assessment]):
    """IRLS totals; the optional ten item scores live in columns irls_item1..10."""

    _ITEMS: Final = tuple(f"irls_item{i}" for i in range(1, IRLS_ITEMS + 1))

    def load(self, conn: sqlite3.Connection) -> list[Assessment]:
        rows = conn.execute(
            f"SELECT id, date, irls_total, {', '.join(self._ITEMS)} FROM assessment "
            "ORDER BY date, id"
        )
        return [
            Assessment(
                id=r[0],
                date=dt.date.fromisoformat(r[1]),
                irls_total=r[2],
                items=None if r[3] is None else tuple(r[3:]),
            )
            for r in rows
        ]

    def insert(self, conn: sqlite3.Connection, record: Assessment, *, keep_id: bool = False) -> int:
        cols = ["date", "irls_total", *self._ITEMS]
        values: list[Any] = [record.date.isoformat(), record.irls_total, *self._items(record)]
        if keep_id:
            cols, values = ["id", *cols], [_record_id(record), *values]
        cursor = conn.execute(
            f"INSERT INTO assessment ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            values,
        )
        return int(cursor.lastrowid or 0)

    def update(self, conn: sqlite3.Connection, record_id: int, record: Assessment) -> None:
        sets = ", ".join(f"{c} = ?" for c in ("date", "irls_total", *self._ITEMS))
        conn.execute(
            f"UPDATE assessment SET {sets} WHERE id = ?",
            [record.date.isoformat(), record.irls_total, *self._items(record), record_id],
        )

    @staticmethod
    def _items(record: Assessment) -> list[int | None]:
        return list(record.items) if record.items else [None] * IRLS_ITEMS


ASSESSMENTS: Final = _Assessments("assessment", (), {}, Assessment, "date")


class _Experiments(Table[Experiment]):
    """Experiments keep their ids (the stored schedule is the authority, DESIGN §6.1)."""

    def load(self, conn: sqlite3.Connection) -> list[Experiment]:
        rows = conn.execute(
            "SELECT id, factor, outcome, start, block_nights, pairs, washout_nights, seed, "
            "schedule, stopped FROM experiment ORDER BY id"
        )
        return [
            Experiment(
                id=r[0],
                factor=r[1],
                outcome=r[2],
                start=dt.date.fromisoformat(r[3]),
                block_nights=r[4],
                pairs=r[5],
                washout_nights=r[6],
                seed=r[7],
                schedule=tuple(r[8].split(",")),
                stopped=_date(r[9]),
            )
            for r in rows
        ]

    def insert(self, conn: sqlite3.Connection, record: Experiment, *, keep_id: bool = True) -> int:
        conn.execute(
            "INSERT INTO experiment (id, factor, outcome, start, block_nights, pairs, "
            "washout_nights, seed, schedule, stopped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.factor,
                record.outcome,
                record.start.isoformat(),
                record.block_nights,
                record.pairs,
                record.washout_nights,
                record.seed,
                ",".join(record.schedule),
                _plain(record.stopped),
            ),
        )
        return record.id


EXPERIMENTS: Final = _Experiments("experiment", (), {}, Experiment, "id")


def load_settings(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


def put_setting(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM setting WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def replace_settings(conn: sqlite3.Connection, settings: dict[str, str]) -> None:
    conn.execute("DELETE FROM setting")
    for key, value in sorted(settings.items()):
        put_setting(conn, key, value)
