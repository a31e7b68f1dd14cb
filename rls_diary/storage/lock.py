"""The data-folder lock: one writer at a time (DESIGN §3).

An OS file lock (``flock`` / ``msvcrt.locking``) on ``DATA/rls-diary.lock``: the operating
system drops it when the holder dies, so a lock file left by a crash is never stale. The file
names the holder so that a refused writer can say who has the diary open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from rls_diary.storage.errors import LockedError
from rls_diary.storage.files import PRIVATE_FILE

LOCK_NAME = "rls-diary.lock"


class DataFolderLock:
    """Exclusive writer lock on a data folder; use as a context manager or acquire/release."""

    def __init__(self, data_dir: Path, holder: str) -> None:
        self.path = data_dir / LOCK_NAME
        self.holder = holder
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(handle):
            who = _describe(handle.read())
            handle.close()
            raise LockedError(f"the diary in {self.path.parent} is open in {who}; close it first")
        handle.seek(0)
        handle.truncate()
        info = {
            "pid": os.getpid(),
            "holder": self.holder,
            "since": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
        handle.write(json.dumps(info))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        handle.seek(0)
        handle.truncate()
        handle.flush()
        _unlock(handle)
        handle.close()

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _describe(text: str) -> str:
    try:
        info = json.loads(text)
        return f"{info['holder']} (process {info['pid']}, since {info['since']})"
    except (ValueError, KeyError, TypeError):
        return "another RLS Diary"


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
