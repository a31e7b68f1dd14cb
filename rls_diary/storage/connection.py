"""Opening the diary file: inspect read-only first, then (writers only) profile and migrate.

A reader never changes a byte. A writer touches only our own file of a known version; a
foreign or damaged file is copied to ``quarantine/`` and left alone, a newer one is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from rls_diary.storage.errors import (
    BusyError,
    DamagedError,
    NewerVersionError,
    NoDiaryError,
    StorageError,
    VanishedError,
    storage_error,
)
from rls_diary.storage.files import (
    BACKUP_DIR,
    PRIVATE_FILE,
    create_private_file,
    ensure_private_dir,
    private_umask,
)
from rls_diary.storage.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS, newer_schema

DB_NAME = "diary.sqlite3"
QUARANTINE_DIR = "quarantine"
_COMPANIONS: Final = ("-wal", "-shm")  # copied to quarantine with the file
BUSY_TIMEOUT_MS = 5000
# SQLite says a file is not a database, is corrupt or cannot be read with these primary codes;
# other failures (busy, no permission, cannot open) say nothing about the file's health.
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE = frozenset({_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_NOTADB})


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
    uri = f"{path.resolve().as_uri()}?mode=ro"  # as_uri percent-encodes '?', '#' and '%'
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
        code = (exc.sqlite_errorcode or 0) & 0xFF
        if code in _DAMAGE or type(exc) is sqlite3.DatabaseError:
            return Inspection(State.DAMAGED, detail=str(exc))
        raise _unreadable(path, exc) from exc
    if app_id != APPLICATION_ID:
        return Inspection(State.FOREIGN, version, f"application_id is {app_id}")
    if check != "ok":
        return Inspection(State.DAMAGED, version, f"quick_check: {check}")
    if version > LATEST_VERSION:
        return Inspection(State.NEWER, version)
    return Inspection(State.OURS, version)


def _unreadable(path: Path, exc: sqlite3.Error) -> StorageError:
    """A file that could not be checked now (locked, no permission) is not called damaged."""
    translated = storage_error(exc, path, "it was not checked and nothing was changed")
    if isinstance(translated, BusyError):
        return translated
    return StorageError(
        f"{path} could not be opened to check it ({exc}); it was not changed. Is it locked by "
        "another program, or are the file or its folder read-only or someone else's?"
    )


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
    path = db_path(data_dir)
    try:
        ensure_private_dir(data_dir)
        found = inspect(path)
        if found.state in (State.MISSING, State.EMPTY) and (data_dir / BACKUP_DIR).is_dir():
            what = "missing" if found.state is State.MISSING else "empty"
            raise VanishedError(
                f"the diary file {path} is {what}, but this folder has been used (it holds "
                f"backups); restore a backup from {data_dir / BACKUP_DIR} or move the folder away"
            )
        if found.state is State.MISSING:
            create_private_file(path)
        _refuse_unusable(path, found, quarantine=True)
        conn = _connect_writer(path)
        try:
            migrate(conn, data_dir)
        except BaseException:
            conn.close()
            raise
    except (OSError, sqlite3.Error) as exc:
        translated = storage_error(exc, path, "the diary could not be opened for writing")
        if translated is None:
            raise
        raise translated from exc
    return conn


def _refuse_unusable(path: Path, found: Inspection, *, quarantine: bool) -> None:
    if found.state is State.NEWER:
        raise NewerVersionError(
            f"{path} was written by a newer RLS Diary ({newer_schema(found.user_version)}); it "
            "was left unchanged — please update the app"
        )
    if found.state in (State.FOREIGN, State.DAMAGED):
        what = "is not an RLS Diary file" if found.state is State.FOREIGN else "is damaged"
        copy: Path | None = None
        where = ""
        if quarantine:
            try:
                copy = quarantine_copy(path)
                where = f"; a copy is in {copy}"
            except OSError as exc:  # a full disk must not hide what is wrong with the file
                where = f"; it could not be copied to {QUARANTINE_DIR}/ ({exc.strerror or exc})"
        raise DamagedError(
            f"{path} {what} ({found.detail}); it was not changed{where}. "
            "Restore a backup or move the file away.",
            copy,
        )


def quarantine_copy(path: Path) -> Path:
    """Copy a damaged or foreign file (and its WAL) into ``quarantine/``; the original stays.

    A copy already there with the same content (file and WAL: size and SHA-256) is returned
    instead of making another, so refusing the same damaged diary again adds nothing.
    """
    folder = ensure_private_dir(path.parent / QUARANTINE_DIR)
    existing = _quarantined_already(path, folder)
    if existing is not None:
        return existing
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    with private_umask():
        shutil.copy2(path, target)
        for suffix in _COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, target.with_name(target.name + suffix))
    return target


def _quarantined_already(path: Path, folder: Path) -> Path | None:
    """The copy of ``path`` in ``folder`` whose file and WAL hold the same bytes, if any.

    Only copies of the same size are hashed; the ``-shm`` index is not compared (SQLite
    rebuilds it from the WAL).
    """
    size = path.stat().st_size
    candidates = [
        copy
        for copy in sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
        if copy.is_file() and copy.stat().st_size == size
    ]
    if not candidates:
        return None
    wanted = _contents(path)
    for copy in candidates:
        with contextlib.suppress(OSError):
            if _contents(copy) == wanted:
                return copy
    return None


def _contents(path: Path) -> tuple[tuple[int, str], tuple[int, str] | None]:
    """What a (quarantined) diary file holds: its fingerprint and its WAL's."""
    wal = path.with_name(path.name + "-wal")
    return _fingerprint(path), _fingerprint(wal) if wal.exists() else None


def _fingerprint(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, read without changing it."""
    import hashlib  # only when quarantining: it loads OpenSSL, which start-up does not need

    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
        return os.fstat(handle.fileno()).st_size, digest


def clear_for_restore(data_dir: Path) -> Path | None:
    """Make the diary file ready to receive a restore when it cannot be opened normally.

    The caller holds the data-folder lock. A missing file is created (owner-only); an empty
    one is used as is; a damaged or foreign one is first copied to ``quarantine/`` (with its
    WAL), the copy compared byte for byte, and only then emptied in place (same file, never
    replaced or deleted; SQLite drops the stale WAL of an empty file). Returns the quarantine
    copy, if one was made. A file written by a newer app is refused and left unchanged.
    """
    path = db_path(data_dir)
    ensure_private_dir(data_dir)
    found = inspect(path)
    if found.state is State.MISSING:
        create_private_file(path)
        return None
    if found.state is State.EMPTY:
        if os.name == "posix":
            os.chmod(path, PRIVATE_FILE)
        return None
    if found.state is State.NEWER:
        _refuse_unusable(path, found, quarantine=False)
    if found.state is State.OURS:
        raise StorageError(f"{path} is a usable diary; restore into it through a writer")
    import filecmp

    copy = quarantine_copy(path)
    if not filecmp.cmp(path, copy, shallow=False):
        raise StorageError(f"the quarantine copy {copy} differs from {path}; nothing was changed")
    if os.name == "posix":  # it is about to hold the diary: owner-only, whatever it was
        os.chmod(path, PRIVATE_FILE)
    with path.open("r+b") as handle:
        handle.truncate(0)
        handle.flush()
        os.fsync(handle.fileno())
    return copy


def connect_plain(path: Path) -> sqlite3.Connection:
    """A connection without our profile (the target of a restore into an emptied file)."""
    with private_umask():
        return sqlite3.connect(path, isolation_level=None)


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
        from rls_diary.storage.backup import make_backup  # a migration only: not every start

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
