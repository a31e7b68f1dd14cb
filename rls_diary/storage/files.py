"""Owner-only files and folders, and atomic writes (health data is nobody else's business)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
BACKUP_DIR = "backups"  # DATA/backups: the diary's backups (storage.backup writes them)


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files created inside (by us, sqlite or the backup API) are owner-only on POSIX."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) owner-only when missing; existing folders are left as is."""
    with private_umask():
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty owner-only file; fails if it exists (never truncates a diary)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a replace.

    Readers see the old file or the new one, never a half-written one; the result is
    owner-only. An :class:`OSError` names ``path``, not the temporary file.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise about(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise about(exc, path) from exc
        raise
    fsync_dir(path.parent)


def about(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` (the file the user asked for), not the temporary file it
    failed on; of the same class (errno decides it), so a full disk stays a full disk."""
    if exc.errno is None:
        return exc
    return OSError(exc.errno, exc.strerror, str(path))


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":  # pragma: no cover - Windows commits renames itself
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
