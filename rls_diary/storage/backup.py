"""Verified backups with the sqlite3 backup API (owner-only, written then renamed)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from rls_diary.storage.errors import StorageError
from rls_diary.storage.files import create_private_file, ensure_private_dir, private_umask

BACKUP_DIR = "backups"
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


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    return {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t in names
    }


def make_backup(conn: sqlite3.Connection, data_dir: Path, reason: str) -> Path:
    """Copy the database behind ``conn`` to ``DATA/backups/`` and verify the copy.

    The copy is checked with ``quick_check`` and by comparing row counts before it gets its
    final name, so a file in ``backups/`` is always a good one.
    """
    folder = ensure_private_dir(data_dir / BACKUP_DIR)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    final = folder / f"diary-{stamp}-{reason}.sqlite3"
    tmp = folder / f".{final.name}.tmp"
    create_private_file(tmp)
    try:
        with private_umask(), contextlib.closing(sqlite3.connect(tmp)) as target:
            conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            check = target.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok" or row_counts(target) != row_counts(conn):
                raise StorageError(f"the backup {final.name} did not verify ({check})")
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return final


def list_backups(data_dir: Path) -> list[Path]:
    """Backups newest first."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    return sorted(folder.glob("diary-*.sqlite3"), reverse=True)
