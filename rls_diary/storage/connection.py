"""Opening the diary file: inspect read-only first, then (writers only) profile and migrate.

A reader never changes a byte. A writer touches only our own file of a known version; a
foreign or damaged file is copied to ``quarantine/`` and left alone, a newer one is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from rls_diary.storage.backup import BACKUP_DIR, make_backup
from rls_diary.storage.errors import (
    DamagedError,
    NewerVersionError,
    NoDiaryError,
    StorageError,
    VanishedError,
)
from rls_diary.storage.files import create_private_file, ensure_private_dir, private_umask
from rls_diary.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

DB_NAME = "diary.sqlite3"
QUARANTINE_DIR = "quarantine"
BUSY_TIMEOUT_MS = 5000


class State(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # a zero-byte file: a diary that was never written
    OURS = "ours"
    NEWER = "newer"
    FOREIGN = "foreign"
    DAMAGED = "damaged"


@dataclass(frozen=True, slots=True)
class Inspection:
    state: State
    user_version: int = 0
    detail: str = ""


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def connect_read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only=ON")
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def inspect(path: Path) -> Inspection:
    """What ``path`` holds, found without writing to it."""
    if not path.exists():
        return Inspection(State.MISSING)
    if path.stat().st_size == 0:
        return Inspection(State.EMPTY)
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return Inspection(State.DAMAGED, detail=str(exc))
    if app_id != APPLICATION_ID:
        return Inspection(State.FOREIGN, version, f"application_id is {app_id}")
    if check != "ok":
        return Inspection(State.DAMAGED, version, f"quick_check: {check}")
    if version > LATEST_VERSION:
        return Inspection(State.NEWER, version)
    return Inspection(State.OURS, version)


def open_reader(data_dir: Path) -> sqlite3.Connection:
    """A read-only connection for commands that never write (not even to quarantine)."""
    path = db_path(data_dir)
    found = inspect(path)
    if found.state in (State.MISSING, State.EMPTY):
        raise NoDiaryError(f"there is no diary in {data_dir}")
    _refuse_unusable(path, found, quarantine=False)
    if found.user_version < LATEST_VERSION:
        raise StorageError(
            f"the diary in {data_dir} needs an update to this version; open it in the app "
            "(or run a writing command) once first"
        )
    return connect_read_only(path)


def open_writer(data_dir: Path) -> sqlite3.Connection:
    """The writer connection (the caller holds the data-folder lock).

    Creates a new diary in a new or empty folder, migrates an older one after a verified
    backup, and refuses anything else without changing it.
    """
    ensure_private_dir(data_dir)
    path = db_path(data_dir)
    found = inspect(path)
    if found.state is State.MISSING:
        if (data_dir / BACKUP_DIR).is_dir():
            raise VanishedError(
                f"the diary file {path} is missing, but this folder has been used (it holds "
                f"backups); restore a backup from {data_dir / BACKUP_DIR} or move the folder away"
            )
        create_private_file(path)
    _refuse_unusable(path, found, quarantine=True)
    conn = _connect_writer(path)
    try:
        migrate(conn, data_dir)
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_unusable(path: Path, found: Inspection, *, quarantine: bool) -> None:
    if found.state is State.NEWER:
        raise NewerVersionError(
            f"{path} was written by a newer RLS Diary (schema {found.user_version}, this app "
            f"knows up to {LATEST_VERSION}); it was left unchanged — please update the app"
        )
    if found.state in (State.FOREIGN, State.DAMAGED):
        what = "is not an RLS Diary file" if found.state is State.FOREIGN else "is damaged"
        copy = quarantine_copy(path) if quarantine else None
        where = f"; a copy is in {copy}" if copy else ""
        raise DamagedError(
            f"{path} {what} ({found.detail}); it was not changed{where}. "
            "Restore a backup or move the file away.",
            copy,
        )


def quarantine_copy(path: Path) -> Path:
    """Copy a damaged or foreign file (and its WAL) into ``quarantine/``; the original stays."""
    folder = ensure_private_dir(path.parent / QUARANTINE_DIR)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    with private_umask():
        shutil.copy2(path, target)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, target.with_name(target.name + suffix))
    return target


def _connect_writer(path: Path) -> sqlite3.Connection:
    with private_umask():
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode != "wal":
            raise StorageError(f"could not switch {path} to WAL mode (got {mode})")
        for pragma in (
            "synchronous=FULL",
            "foreign_keys=ON",
            "trusted_schema=OFF",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            "secure_delete=ON",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(
    conn: sqlite3.Connection,
    data_dir: Path,
    migrations: dict[int, str] | None = None,
) -> int:
    """Bring the schema up to date, one transaction per step, after a verified backup.

    Returns the final version. A failing step rolls back completely.
    """
    steps = MIGRATIONS if migrations is None else migrations
    target = max(steps)
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= target:
        return current
    if current > 0:
        make_backup(conn, data_dir, f"before-migration-v{current}")
    for version in range(current + 1, target + 1):
        script = (
            "BEGIN IMMEDIATE;\n"
            f"{steps[version]}\n"
            f"PRAGMA application_id={APPLICATION_ID};\n"
            f"PRAGMA user_version={version};\n"
            "COMMIT;"
        )
        try:
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
    return target
