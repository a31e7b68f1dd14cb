"""Storage failures, each with a message a user can act on (shown without a traceback)."""

from __future__ import annotations

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
