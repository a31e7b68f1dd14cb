"""Backups as the window and the command line use them (DESIGN §3, §5; issue 9).

- :func:`maybe_hourly_backup` — call after the window is shown (and then, say, every few
  minutes): at most one backup an hour, then rotation (48 h of hourly, 14 daily, 8 weekly,
  12 monthly; :mod:`rls_diary.storage.retention`).
- :func:`backup_now` — File › Back up now, and ``rls-diary backup``.
- :func:`backup_to_file` — File › Back up to a file… (plain SQLite, or encrypted).
- :func:`restore_backup` — File › Restore… with the diary open; :func:`restore_folder` when it
  could not be opened (damaged, foreign, vanished) and for ``rls-diary restore``.
- :func:`newest_good_backup` — the restore to offer when opening failed.
- :func:`purge_night` — after deleting a night, remove it from every backup too.
- :func:`backup_infos` — the ``backups`` listing (date, reason, size, nights).

Every backup is verified before it gets its name (``quick_check`` and row counts) and is
owner-only. Restoring reads and verifies the source completely (decrypting an encrypted one)
before anything changes, backs up the current diary, then copies in with the sqlite3 backup
API under the data-folder lock (never by replacing files). Everything that writes needs the
lock: a writer :class:`Diary`, or (for :func:`restore_folder`) the lock taken here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from rls_diary.services.diary import Diary
from rls_diary.storage import connection, encrypted
from rls_diary.storage.backup import (
    backup_files,
    check_source,
    copy_into,
    list_backups,
    make_backup,
    open_image,
    parse_backup_name,
    remove_quietly,
    remove_temporaries,
    row_counts,
    verified_image,
    verify_copy,
    write_verified_copy,
)
from rls_diary.storage.errors import BackupError, StorageError, storage_error
from rls_diary.storage.files import BACKUP_DIR, ensure_private_dir, write_atomic
from rls_diary.storage.lock import LOCK_NAME, DataFolderLock
from rls_diary.storage.retention import to_keep
from rls_diary.storage.schema import APPLICATION_ID, LATEST_VERSION, newer_schema

HOURLY = dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One file in ``DATA/backups/`` as the ``backups`` command and the window list it."""

    path: Path
    taken_at: dt.datetime | None  # UTC, from the name (None for a file named otherwise)
    reason: str | None
    size: int
    nights: int | None  # None when the file cannot be read as one of our diaries
    problem: str | None = None
    newer_version: int | None = None  # the schema of a backup made by a newer app

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class RestoreReport:
    source: Path
    nights: int
    safety_backup: Path | None  # the current diary, backed up before it was overwritten
    quarantined: Path | None = None  # the damaged or foreign file, copied aside first


@dataclass(slots=True)
class PurgeReport:
    purged: list[Path] = field(default_factory=list)  # backups rewritten without the night
    untouched: int = 0  # backups that never held it
    failed: list[tuple[Path, str]] = field(default_factory=list)  # left as they were


def _utc(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


def _writer(diary: Diary) -> None:
    if diary.read_only:
        raise StorageError("backups need the diary open for writing")


# --- making backups --------------------------------------------------------------------------


def backup_now(diary: Diary, reason: str = "manual", now: dt.datetime | None = None) -> Path:
    """A verified backup in ``DATA/backups/``, then rotation. Returns the new file."""
    _writer(diary)
    moment = _utc(now)
    path = make_backup(diary.conn, diary.data_dir, reason, moment)
    rotate(diary.data_dir, moment)
    return path


def maybe_hourly_backup(diary: Diary, now: dt.datetime | None = None) -> Path | None:
    """Back up unless a backup was taken in the last hour (or the diary holds nothing).

    Returns the new backup, or None when none was due. Runs on the thread that owns
    ``diary.conn`` (the GUI's main thread); a backup of 20 years of nights takes well under a
    second. Raises a :class:`StorageError` (disk full, read-only) with a message to show.
    """
    _writer(diary)
    moment = _utc(now)
    if any(moment - HOURLY < b.taken_at <= moment for b in backup_files(diary.data_dir)):
        return None
    if not any(row_counts(diary.conn).values()):
        return None
    return backup_now(diary, "hourly", moment)


def rotate(data_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the retention policy no longer keeps; returns them.

    Only files whose names we wrote are considered; half-written copies left by a crash are
    removed. Call under the data-folder lock.
    """
    remove_temporaries(data_dir)
    files = backup_files(data_dir)
    kept = to_keep(
        (b.taken_at for b in files), _utc(now), pinned=(b.taken_at for b in files if b.pinned)
    )
    removed = [b.path for b in files if b.taken_at not in kept]
    for path in removed:
        remove_quietly(path)
    return removed


def _refuse_live_file(diary_dir: Path, target: Path, verb: str) -> None:
    live = connection.db_path(diary_dir).resolve()
    forbidden = {live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")}
    forbidden.add((diary_dir / LOCK_NAME).resolve())
    if target.resolve() in forbidden:
        raise ValueError(f"{target} is the diary itself; {verb} another file")


def backup_to_file(diary: Diary, target: Path, passphrase: str | None = None) -> Path:
    """Write a verified backup to ``target``: a SQLite file, or encrypted with ``passphrase``.

    Written to a temporary file beside ``target`` and renamed (an existing file is replaced
    only by a complete, verified one). The encrypted file is read back and decrypted before
    the rename would count as done; its plaintext never touches the disk.
    """
    _writer(diary)
    if target.is_dir():
        raise ValueError(f"{target} is a folder; give a file name")
    if not target.parent.is_dir():
        raise ValueError(f"{target}: the folder {target.parent} does not exist")
    _refuse_live_file(diary.data_dir, target, "back up to")
    if passphrase is None:
        return write_verified_copy(diary.conn, target)
    image = verified_image(diary.conn, target.name)
    sealed = encrypted.seal(image, passphrase)
    if encrypted.open_sealed(sealed, passphrase, target.name) != image:  # pragma: no cover
        raise BackupError(f"the encrypted backup {target} did not verify; it was not written")
    try:
        write_atomic(target, sealed)
    except OSError as exc:
        translated = storage_error(exc, target.parent, f"the backup {target.name} was not made")
        if translated is None:
            raise
        raise translated from exc
    if target.read_bytes() != sealed:
        raise BackupError(f"{target} reads back differently from what was written")
    return target


# --- reading and listing ------------------------------------------------------------------


def needs_passphrase(source: Path) -> bool:
    """Whether ``source`` is an encrypted backup (ask for the passphrase before restoring)."""
    return encrypted.is_encrypted(source)


def resolve_backup(data_dir: Path, name: str | Path) -> Path:
    """A backup named on the command line: a path, or a file name in ``DATA/backups/``."""
    given = Path(name)
    if given.is_file():
        return given
    inside = data_dir / BACKUP_DIR / given.name
    if given.name == str(name) and inside.is_file():
        return inside
    raise ValueError(f"{name}: no such backup (see `rls-diary backups`)")


def open_source(source: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """Open and completely verify a backup to restore; nothing is written anywhere.

    An encrypted file is decrypted into memory. Raises :class:`BackupError` (not ours,
    damaged, wrong passphrase) or :class:`NewerVersionError`.
    """
    name = str(source)
    if encrypted.is_encrypted(source):
        if passphrase is None:
            raise BackupError(f"{source} is encrypted: a passphrase is needed")
        image = encrypted.open_sealed(_read(source), passphrase, name)
        conn = open_image(image, name)
    else:
        try:
            conn = connection.connect_read_only(source)
        except sqlite3.Error as exc:
            raise BackupError(f"{source} cannot be opened ({exc})") from exc
    try:
        check_source(conn, name)
    except BaseException:
        conn.close()
        raise
    return conn


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BackupError(f"{path} cannot be read ({exc.strerror or exc})") from exc


def _info(path: Path) -> BackupInfo:
    parsed = parse_backup_name(path)
    taken = parsed.taken_at if parsed else None
    reason = parsed.reason if parsed else None
    try:
        size = path.stat().st_size
        with contextlib.closing(connection.connect_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                return BackupInfo(path, taken, reason, size, None, "not an RLS Diary file")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:  # its tables may differ: do not count its nights
                return BackupInfo(
                    path, taken, reason, size, None, newer_backup_text(version), version
                )
            nights = int(conn.execute("SELECT count(*) FROM night").fetchone()[0])
    except (OSError, sqlite3.Error) as exc:
        size = path.stat().st_size if path.exists() else 0
        return BackupInfo(path, taken, reason, size, None, f"cannot be read ({exc})")
    return BackupInfo(path, taken, reason, size, nights)


def newer_backup_text(version: int) -> str:
    """Why a backup of a newer schema is listed as unusable (``backups`` and ``check``)."""
    return (
        f"comes from a newer version of RLS Diary ({newer_schema(version)}) and cannot be "
        "restored by this one; update the app to use it"
    )


def backup_infos(data_dir: Path) -> list[BackupInfo]:
    """Every backup in ``DATA/backups/``, newest first, read-only."""
    return [_info(path) for path in list_backups(data_dir)]


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes every check a restore makes (None when there is none).

    Read-only: for the window to offer when the diary is damaged, foreign or vanished.
    """
    for path in list_backups(data_dir):
        try:
            with contextlib.closing(open_source(path)) as conn:
                nights = int(conn.execute("SELECT count(*) FROM night").fetchone()[0])
        except StorageError:
            continue
        parsed = parse_backup_name(path)
        return BackupInfo(
            path,
            parsed.taken_at if parsed else None,
            parsed.reason if parsed else None,
            path.stat().st_size,
            nights,
        )
    return None


# --- restoring ------------------------------------------------------------------------------


def restore_backup(
    diary: Diary, source: Path, passphrase: str | None = None, now: dt.datetime | None = None
) -> RestoreReport:
    """Replace the open diary's content with ``source`` (File › Restore…).

    The source is verified first (decrypted in memory when encrypted); then the current
    diary is backed up (``before-restore``), then copied over with the backup API in one
    atomic step, migrated if the backup is older, and checked. On any failure before the
    copy nothing has changed.
    """
    _writer(diary)
    _refuse_live_file(diary.data_dir, source, "restore from")
    with contextlib.closing(open_source(source, passphrase)) as src:
        return _restore_open(diary, src, source, now)


def _restore_open(
    diary: Diary, src: sqlite3.Connection, source: Path, now: dt.datetime | None
) -> RestoreReport:
    safety = make_backup(diary.conn, diary.data_dir, "before-restore", _utc(now))
    _copy(src, diary.conn, diary.data_dir)
    nights = _finish(src, diary.conn, diary.data_dir, source, safety)
    return RestoreReport(source, nights, safety)


def _copy(src: sqlite3.Connection, dest: sqlite3.Connection, data_dir: Path) -> None:
    try:
        copy_into(src, dest, data_dir)
    except sqlite3.Error as exc:
        translated = storage_error(exc, connection.db_path(data_dir), "the restore did not happen")
        if translated is None:
            raise
        raise translated from exc


def _finish(
    src: sqlite3.Connection,
    dest: sqlite3.Connection,
    data_dir: Path,
    source: Path,
    safety: Path | None,
) -> int:
    """Migrate an older backup and check the result against the source."""
    version = int(src.execute("PRAGMA user_version").fetchone()[0])
    expected = row_counts(src)
    connection.migrate(dest, data_dir)
    if version != LATEST_VERSION:  # migrated: the tables may differ, the check still holds
        expected = row_counts(dest)
    try:
        verify_copy(dest, expected, "the restored diary")
    except BackupError as exc:
        where = f"; the diary as it was is in {safety}" if safety else ""
        raise BackupError(f"{exc} after restoring {source}{where}") from exc
    return int(dest.execute("SELECT count(*) FROM night").fetchone()[0])


def restore_folder(
    data_dir: Path,
    source: Path,
    *,
    zone: str,
    holder: str,
    passphrase: str | None = None,
    now: dt.datetime | None = None,
) -> RestoreReport:
    """Restore ``source`` into the diary of ``data_dir``, whatever state it is in.

    Takes the data-folder lock (:class:`LockedError` while the window holds it). A usable
    diary is backed up and overwritten as in :func:`restore_backup`; a damaged or foreign
    file is copied to ``quarantine/`` first and then overwritten in place; a vanished or
    empty one is simply filled. A file from a newer app is refused and left unchanged.
    """
    _refuse_live_file(data_dir, source, "restore from")
    with contextlib.closing(open_source(source, passphrase)) as src:
        lock = DataFolderLock(data_dir, holder)
        try:
            ensure_private_dir(data_dir)
            lock.acquire()
        except OSError as exc:
            translated = storage_error(exc, data_dir, "the restore did not happen")
            if translated is None:
                raise
            raise translated from exc
        try:
            found = connection.inspect(connection.db_path(data_dir))
            if found.state is connection.State.OURS:
                with Diary(connection.open_writer(data_dir), data_dir, zone, lock) as diary:
                    return _restore_open(diary, src, source, now)
            return _restore_damaged(data_dir, src, source)
        finally:
            lock.release()


def _restore_damaged(data_dir: Path, src: sqlite3.Connection, source: Path) -> RestoreReport:
    try:
        quarantined = connection.clear_for_restore(data_dir)
        with contextlib.closing(connection.connect_plain(connection.db_path(data_dir))) as plain:
            copy_into(src, plain, data_dir)
    except (OSError, sqlite3.Error) as exc:
        translated = storage_error(exc, connection.db_path(data_dir), "the restore did not happen")
        if translated is None:
            raise
        raise translated from exc
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        nights = _finish(src, conn, data_dir, source, None)
    return RestoreReport(source, nights, None, quarantined)


# --- purging a deleted night ---------------------------------------------------------------


def purge_night(data_dir: Path, date: dt.date) -> PurgeReport:
    """Rewrite every backup that holds the night of ``date`` without it.

    Each affected backup is copied into memory, the night (and its remedies) deleted, the
    copy rebuilt (``VACUUM``, so no deleted bytes remain) and verified (``quick_check``, row
    counts one night less), then written beside the old file and renamed over it; a failure
    leaves that backup exactly as it was and is reported. Call with the diary open for
    writing (the lock held), after deleting the night from the diary itself. Copies outside
    ``backups/`` (encrypted or exported files, ``quarantine/``) are not touched.
    """
    report = PurgeReport()
    key = date.isoformat()
    remove_temporaries(data_dir)
    for path in list_backups(data_dir):
        try:
            if _purge_one(path, key):
                report.purged.append(path)
            else:
                report.untouched += 1
        except (StorageError, OSError, sqlite3.Error) as exc:
            report.failed.append((path, str(exc)))
    return report


def _purge_one(path: Path, key: str) -> bool:
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as memory:
        with contextlib.closing(connection.connect_read_only(path)) as ro:
            check_source(ro, str(path))
            row = ro.execute("SELECT id FROM night WHERE date = ?", (key,)).fetchone()
            if row is None:
                return False
            expected = row_counts(ro)
            remedies = ro.execute(
                "SELECT count(*) FROM night_remedy WHERE night_id = ?", (row[0],)
            ).fetchone()[0]
            ro.backup(memory)
        memory.execute("PRAGMA foreign_keys=ON")
        memory.execute("PRAGMA secure_delete=ON")
        memory.execute("DELETE FROM night WHERE date = ?", (key,))
        memory.execute("VACUUM")
        expected["night"] -= 1
        expected["night_remedy"] -= remedies
        verify_copy(memory, expected, path.name)
        write_verified_copy(memory, path, expected)
    return True
