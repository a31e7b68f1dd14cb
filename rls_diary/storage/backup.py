"""Verified backups with the sqlite3 backup API (owner-only, written then renamed).

A backup in ``DATA/backups/`` is named ``diary-YYYYmmdd-HHMMSS-ffffff-REASON.sqlite3`` after
the UTC instant it was taken; REASON is ``hourly``, ``manual``, ``before-import``, … Every copy
is checked (``quick_check`` and the row count of every table) under a temporary name and only
then renamed, so a file with a backup's name is always a good, complete copy.

Restoring goes the other way with the same API: from a backup (or a decrypted image held in
memory) into the live connection, in one step, which SQLite commits atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rls_diary.storage.errors import BackupError, NewerVersionError, StorageError, storage_error
from rls_diary.storage.files import (
    BACKUP_DIR,
    about,
    create_private_file,
    ensure_private_dir,
    fsync_dir,
    private_umask,
)
from rls_diary.storage.schema import APPLICATION_ID, LATEST_VERSION, newer_schema

TABLES = (
    "night",
    "night_remedy",
    "medication",
    "lab",
    "assessment",
    "condition_period",
    "doctor_question",
    "setting",
    "experiment",
)
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
PINNED_PREFIX = "before-"  # safety copies before an import, a migration or a restore
PINNED_REASONS = frozenset({"manual"})  # asked for by the user
_REASON = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NAME = re.compile(r"^diary-(\d{8}-\d{6}-\d{6})-([a-z0-9][a-z0-9-]*)\.sqlite3$")
_TEMPORARY = re.compile(r"^\.diary-.*\.tmp(-journal|-wal|-shm)?$")


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup in ``DATA/backups/`` whose name says when and why it was taken."""

    path: Path
    taken_at: dt.datetime  # UTC
    reason: str

    @property
    def pinned(self) -> bool:
        return self.reason.startswith(PINNED_PREFIX) or self.reason in PINNED_REASONS


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match[1], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return BackupFile(path, taken, match[2])


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t in names
    }


def verify_copy(copy: sqlite3.Connection, expected: dict[str, int], name: str) -> None:
    """Raise :class:`BackupError` unless ``copy`` passes ``quick_check`` with ``expected`` rows."""
    check = copy.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise BackupError(f"the backup {name} did not verify (quick_check: {check})")
    counts = row_counts(copy)
    if counts != expected:
        raise BackupError(f"the backup {name} did not verify (row counts {counts} != {expected})")


def write_verified_copy(
    conn: sqlite3.Connection, final: Path, expected: dict[str, int] | None = None
) -> Path:
    """Copy the database behind ``conn`` to ``final``: temporary file, verify, rename.

    The copy is owner-only and in rollback-journal mode (a single self-contained file). On
    any failure the temporary file is removed, ``final`` is untouched (an existing file keeps
    its old content) and a disk-full or read-only folder becomes a clear :class:`StorageError`.
    """
    tmp = final.with_name(f".{final.name}.{_token()}.tmp")
    try:
        create_private_file(tmp)
        with private_umask(), contextlib.closing(sqlite3.connect(tmp)) as target:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            verify_copy(target, row_counts(conn) if expected is None else expected, final.name)
        os.replace(tmp, final)
    except BaseException as exc:
        remove_quietly(tmp)
        remove_quietly(tmp.with_name(tmp.name + "-journal"))
        named = about(exc, final) if isinstance(exc, OSError) else exc  # not the tmp file
        translated = storage_error(named, final.parent, f"the backup {final.name} was not made")
        if translated is not None and translated is not exc:
            raise translated from exc
        if named is not exc:
            raise named from exc
        raise
    fsync_dir(final.parent)
    return final


def _token() -> str:
    """Eight random hex digits for a temporary name (``secrets.token_hex(4)`` without the
    import of ``secrets``, which loads OpenSSL: start-up imports this module)."""
    return os.urandom(4).hex()


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def backup_name(reason: str, taken_at: dt.datetime) -> str:
    if not _REASON.match(reason):
        raise ValueError(f"a backup reason is lowercase letters, digits and '-', not {reason!r}")
    return f"diary-{taken_at.astimezone(dt.UTC).strftime(STAMP_FORMAT)}-{reason}.sqlite3"


def make_backup(
    conn: sqlite3.Connection, data_dir: Path, reason: str, now: dt.datetime | None = None
) -> Path:
    """Copy the database behind ``conn`` to ``DATA/backups/`` and verify the copy.

    The copy is checked with ``quick_check`` and by comparing row counts before it gets its
    final name, so a file in ``backups/`` is always a good one.
    """
    try:
        folder = ensure_private_dir(data_dir / BACKUP_DIR)
    except OSError as exc:
        translated = storage_error(exc, data_dir, "the backup was not made")
        if translated is None:
            raise
        raise translated from exc
    taken = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    final = folder / backup_name(reason, taken)
    while final.exists():  # two backups in the same microsecond (or a fixed clock in tests)
        taken += dt.timedelta(microseconds=1)
        final = folder / backup_name(reason, taken)
    return write_verified_copy(conn, final)


def list_backups(data_dir: Path) -> list[Path]:
    """Backups newest first."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob("diary-*.sqlite3"), reverse=True)


def backup_files(data_dir: Path) -> list[BackupFile]:
    """The backups whose names we wrote, newest first (others are never rotated away)."""
    return [b for b in map(parse_backup_name, list_backups(data_dir)) if b is not None]


def remove_temporaries(data_dir: Path) -> list[Path]:
    """Remove half-written copies left in ``backups/`` by a crash (call under the lock)."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    removed = [p for p in folder.iterdir() if _TEMPORARY.match(p.name)]
    for path in removed:
        remove_quietly(path)
    return removed


# --- images in memory and restoring ---------------------------------------------------------


def verified_image(conn: sqlite3.Connection, name: str = "the backup") -> bytes:
    """A verified copy of the database behind ``conn`` as bytes (never written to disk)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as memory:
        conn.backup(memory)
        verify_copy(memory, row_counts(conn), name)
        return _rollback_mode(memory.serialize())


def _rollback_mode(image: bytes) -> bytes:
    """Mark an image as a rollback-journal database (a WAL header cannot be deserialized)."""
    if len(image) >= 20 and image[18:20] == b"\x02\x02":
        patched = bytearray(image)
        patched[18:20] = b"\x01\x01"
        return bytes(patched)
    return image


def open_image(image: bytes, name: str) -> sqlite3.Connection:
    """An in-memory database holding ``image`` (a serialized SQLite file)."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.deserialize(_rollback_mode(image))
        memory.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        memory.close()
        raise BackupError(f"{name} does not hold a database ({exc})") from exc
    return memory


def check_source(conn: sqlite3.Connection, name: str) -> int:
    """Check that ``conn`` holds one of our diaries this app can use; returns its version.

    Raises :class:`BackupError` for a foreign or damaged file and
    :class:`NewerVersionError` for one written by a newer app.
    """
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{name} is not a usable backup ({exc})") from exc
    if app_id != APPLICATION_ID:
        raise BackupError(f"{name} is not an RLS Diary backup (application_id is {app_id})")
    if check != "ok":
        raise BackupError(f"{name} is damaged (quick_check: {check})")
    if version > LATEST_VERSION:
        raise NewerVersionError(
            f"{name} was written by a newer RLS Diary ({newer_schema(version)}); please update "
            "the app to restore it"
        )
    if version < 1:
        raise BackupError(f"{name} holds no diary (its schema version is {version})")
    return version


def copy_into(source: sqlite3.Connection, dest: sqlite3.Connection, scratch: Path) -> None:
    """Replace the whole content of ``dest`` with ``source``'s, in one atomic step.

    A WAL destination needs the same page size (and an in-memory database cannot change
    its own), so a source with another one is first rebuilt in an owner-only scratch file
    in the folder ``scratch`` (the data folder, which holds the diary in the clear anyway),
    removed afterwards.
    """
    if dest.in_transaction:
        raise StorageError("cannot restore while a change is being written")
    size = int(dest.execute("PRAGMA page_size").fetchone()[0])
    if int(source.execute("PRAGMA page_size").fetchone()[0]) == size:
        source.backup(dest)
        return
    tmp = scratch / f".diary-restore-{_token()}.tmp"
    try:
        create_private_file(tmp)
        with private_umask(), contextlib.closing(sqlite3.connect(tmp)) as rebuilt:
            source.backup(rebuilt)
            rebuilt.execute("PRAGMA journal_mode=DELETE")
            rebuilt.execute(f"PRAGMA page_size={size}")
            rebuilt.execute("VACUUM")
            rebuilt.backup(dest)
    finally:
        remove_quietly(tmp)
        remove_quietly(tmp.with_name(tmp.name + "-journal"))
