"""Storage failures, each with a message a user can act on (shown without a traceback)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """Base of every problem with the diary file or folder."""


class LockedError(StorageError):
    """Another writer holds the data-folder lock."""


class NoDiaryError(StorageError):
    """A read-only command found no diary in the folder."""


class VanishedError(StorageError):
    """The folder has been used (it holds backups) but its database is gone."""


class NewerVersionError(StorageError):
    """The file was written by a newer RLS Diary; it is left byte-for-byte unchanged."""


class DamagedError(StorageError):
    """The file is not ours or fails ``quick_check``; it is never modified or deleted."""

    def __init__(self, message: str, quarantined: Path | None = None) -> None:
        super().__init__(message)
        self.quarantined = quarantined


class DiskFullError(StorageError):
    """The disk (or the file's size limit) is full; the change was rolled back."""


class ReadOnlyError(StorageError):
    """The diary file or its folder cannot be written (read-only or no permission)."""


class BusyError(StorageError):
    """Another program holds a lock on the diary file itself (not our folder lock)."""


class BackupError(StorageError):
    """A backup could not be made, read or verified; the diary itself is unchanged."""


class WrongPassphraseError(BackupError):
    """An encrypted backup did not decrypt: wrong passphrase, or the file was changed."""


# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_DISK_FULL_ERRNO = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_READ_ONLY_ERRNO = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def storage_error(
    exc: BaseException, where: Path | str, outcome: str = "the change was not saved"
) -> StorageError | None:
    """The :class:`StorageError` a user should see for a SQLite or OS failure, or None.

    ``where`` names the file or folder, ``outcome`` says what did not happen ("the night of
    2024-06-15 was not saved"). Disk full, read-only and locked files get their own classes
    and a message that says nothing was lost; other failures are not translated (None).
    """
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        text = str(exc).lower()
        if code == _SQLITE_FULL or "database or disk is full" in text:
            return DiskFullError(_full(where, outcome))
        if code == _SQLITE_READONLY or "readonly" in text:
            return ReadOnlyError(_read_only(where, outcome))
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
            return BusyError(_busy(where, outcome))
        if code == _SQLITE_CANTOPEN:
            return ReadOnlyError(
                f"{where} cannot be opened (does the folder exist, and may you write to it?): "
                f"{outcome}"
            )
        if code == _SQLITE_IOERR:
            return StorageError(
                f"the disk reported an error with {where}: {outcome}; check the disk and try again"
            )
        return None
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL_ERRNO:
            return DiskFullError(_full(where, outcome))
        if exc.errno in _READ_ONLY_ERRNO:
            return ReadOnlyError(_read_only(exc.filename or where, outcome))
    return None


def _full(where: Path | str, outcome: str) -> str:
    return (
        f"the disk holding {where} is full: {outcome}, and nothing already in your diary was "
        "lost; free some space and try again"
    )


def _read_only(where: Path | str, outcome: str) -> str:
    return (
        f"{where} cannot be written (it is read-only, or belongs to another user): {outcome}, "
        "and nothing already in your diary was lost"
    )


def _busy(where: Path | str, outcome: str) -> str:
    return (
        f"{where} is locked by another program (a sync or backup tool, or a database "
        f"browser?): {outcome}, and nothing was lost; close that program and try again"
    )
