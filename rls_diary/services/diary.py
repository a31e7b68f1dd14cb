"""A session on one data folder: the single write path shared by the window and the CLI.

``Diary.open_writer`` takes the data-folder lock and the writer connection; ``open_reader``
opens read-only (never writes, works while the window runs). Saving validates first and
writes nothing when a field is invalid.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from rls_diary.domain.night import Night
from rls_diary.domain.validation import Problem, errors, validate
from rls_diary.storage import connection, nights
from rls_diary.storage.errors import StorageError, storage_error
from rls_diary.storage.lock import DataFolderLock
from rls_diary.storage.schema import holds_rows

if TYPE_CHECKING:  # read on demand (the Treatment tab, exports): not needed to start
    from rls_diary.domain.records import (
        Assessment,
        Condition,
        Experiment,
        Lab,
        Medication,
        Question,
    )


class InvalidNight(ValueError):
    """Saving was refused; ``problems`` lists every invalid field (nothing was written)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Saved:
    night: Night
    warnings: list[Problem] = field(default_factory=list)
    created: bool = False


@dataclass(frozen=True, slots=True)
class Contents:
    """Everything besides nights, as stored."""

    medications: list[Medication]
    labs: list[Lab]
    assessments: list[Assessment]
    conditions: list[Condition]
    questions: list[Question]
    experiments: list[Experiment]
    settings: dict[str, str]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Diary:
    """An open diary. Use as a context manager; ``close`` releases the lock."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        data_dir: Path,
        default_zone: str,
        lock: DataFolderLock | None,
    ) -> None:
        self.conn = conn
        self.data_dir = data_dir
        self.default_zone = default_zone
        self._lock = lock

    @classmethod
    def open_writer(cls, data_dir: Path, default_zone: str, holder: str) -> Diary:
        """Take the data-folder lock and open for writing (LockedError if someone has it)."""
        lock = DataFolderLock(data_dir, holder)
        try:
            data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            lock.acquire()
        except OSError as exc:
            translated = storage_error(exc, data_dir, "the diary could not be opened for writing")
            if translated is None:
                raise
            raise translated from exc
        try:
            conn = connection.open_writer(data_dir)
        except BaseException:
            lock.release()
            raise
        return cls(conn, data_dir, default_zone, lock)

    @classmethod
    def open_reader(cls, data_dir: Path, default_zone: str) -> Diary:
        return cls(connection.open_reader(data_dir), data_dir, default_zone, None)

    @classmethod
    def in_memory(cls, default_zone: str) -> Diary:
        """An empty, read-only diary that lives in memory (a dry run into an empty folder)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        connection.migrate(conn, Path())
        return cls(conn, Path(), default_zone, None)

    @property
    def read_only(self) -> bool:
        return self._lock is None

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Diary:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def nights(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Night]:
        return nights.load(self.conn, start, end)

    def night(self, date: dt.date) -> Night | None:
        return nights.get(self.conn, date)

    def dates(self) -> list[dt.date]:
        return nights.dates(self.conn)

    def night_count(self) -> int:
        return nights.count(self.conn)

    def has_experiments(self) -> bool:
        """Whether any personal experiment was ever set up (a cheap check before reading
        and placing them)."""
        return holds_rows(self.conn, "experiment")

    def contents(self) -> Contents:
        from rls_diary.storage import records

        return Contents(
            medications=records.MEDICATIONS.load(self.conn),
            labs=records.LABS.load(self.conn),
            assessments=records.ASSESSMENTS.load(self.conn),
            conditions=records.CONDITIONS.load(self.conn),
            questions=records.QUESTIONS.load(self.conn),
            experiments=records.EXPERIMENTS.load(self.conn),
            settings=records.load_settings(self.conn),
        )

    # -- writing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(
        self, outcome: str = "the change was not saved"
    ) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it commits, or none of it.

        A full disk, a read-only file or a file locked by another program rolls back and
        raises a :class:`StorageError` subclass whose message ends in ``outcome``; the diary
        stays open and usable (try again once the cause is gone).
        """
        self._require_writer()
        where = connection.db_path(self.data_dir)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            translated = storage_error(exc, where, outcome)
            if translated is None:
                raise
            raise translated from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.rollback()
            translated = storage_error(exc, where, outcome)
            if translated is None or translated is exc:
                raise
            raise translated from exc

    def backup(self, reason: str) -> Path:
        from rls_diary.storage.backup import make_backup

        self._require_writer()
        return make_backup(self.conn, self.data_dir, reason)

    def check(self, night: Night) -> list[Problem]:
        """Every problem (errors and warnings) of ``night`` as it would be saved."""
        return validate(self._zoned(night), self.default_zone)

    def save_night(self, night: Night, now: dt.datetime | None = None) -> Saved:
        """Validate and store the whole night of ``night.date`` (replacing what was there).

        Keeps the stored zone and first-entered time of an existing night; raises
        :class:`InvalidNight` and writes nothing when a field is invalid.
        """
        self._require_writer()
        stamp = now or utc_now()
        with self.transaction(f"the night of {night.date} was not saved") as conn:
            existing = nights.get(conn, night.date)
            zoned = self._zoned(night, existing)
            problems = validate(zoned, self.default_zone)
            if errors(problems):
                raise InvalidNight(errors(problems))
            stored = zoned.replace(
                entered_at=existing.entered_at if existing else (night.entered_at or stamp),
                updated_at=stamp,
            )
            nights.put(conn, stored)
        return Saved(stored, [p for p in problems if p.warning], created=existing is None)

    def put_night_exactly(self, night: Night) -> None:
        """Store ``night`` as given, timestamps included (undo of a delete or an edit)."""
        problems = errors(validate(night, self.default_zone))
        if problems:
            raise InvalidNight(problems)
        with self.transaction(f"the night of {night.date} was not saved") as conn:
            nights.put(conn, night)

    def delete_night(self, date: dt.date) -> Night | None:
        """Remove the night of ``date``; returns it (for undo) or None when there was none."""
        with self.transaction(f"the night of {date} was not deleted") as conn:
            existing = nights.get(conn, date)
            if existing is not None:
                nights.delete(conn, date)
        return existing

    def _zoned(self, night: Night, existing: Night | None = None) -> Night:
        zone = (existing.timezone if existing else None) or night.timezone or self.default_zone
        return night if night.timezone == zone else night.replace(timezone=zone)

    def _require_writer(self) -> None:
        if self._lock is None:
            raise StorageError("this diary was opened read-only")
