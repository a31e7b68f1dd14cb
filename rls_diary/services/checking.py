"""``check``: integrity of the database and of every backup, read-only."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rls_diary.services.backups import newer_backup_text
from rls_diary.storage.backup import list_backups
from rls_diary.storage.connection import State, connect_read_only, db_path, inspect
from rls_diary.storage.errors import StorageError
from rls_diary.storage.files import BACKUP_DIR
from rls_diary.storage.schema import APPLICATION_ID, LATEST_VERSION, newer_schema


@dataclass(frozen=True, slots=True)
class CheckLine:
    path: Path
    ok: bool
    message: str

    def __str__(self) -> str:
        return f"{'ok' if self.ok else 'PROBLEM'}: {self.path}: {self.message}"


def _integrity(path: Path) -> CheckLine:
    try:
        with contextlib.closing(connect_read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                return CheckLine(path, False, f"not an RLS Diary file (application_id {app_id})")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST_VERSION:  # a backup: the diary itself is inspected first
                return CheckLine(path, False, newer_backup_text(version))
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            nights = conn.execute("SELECT count(*) FROM night").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return CheckLine(path, False, f"cannot be read ({exc})")
    result = "; ".join(r[0] for r in rows)
    if result != "ok":
        return CheckLine(path, False, result)
    return CheckLine(path, True, f"integrity ok, {nights} nights")


def check(data_dir: Path) -> list[CheckLine]:
    """One line for the database and one per backup; nothing is written."""
    path = db_path(data_dir)
    lines: list[CheckLine] = []
    try:
        found = inspect(path)
    except StorageError as exc:  # locked or unreadable: not the same as damaged
        lines.append(CheckLine(path, False, str(exc)))
    else:
        lines.append(_database_line(path, found.state, found.detail, data_dir, found.user_version))
    for backup in list_backups(data_dir):
        lines.append(_integrity(backup))
    return lines


def _database_line(
    path: Path, state: State, detail: str, data_dir: Path, version: int = 0
) -> CheckLine:
    if state is State.OURS:
        return _integrity(path)
    if state in (State.MISSING, State.EMPTY):
        if (data_dir / BACKUP_DIR).is_dir():
            return CheckLine(
                path,
                False,
                "the diary is missing or empty, but this folder holds backups (restore one)",
            )
        return CheckLine(path, False, "there is no diary in this folder")
    if state is State.NEWER:
        return CheckLine(
            path,
            False,
            f"written by a newer RLS Diary ({newer_schema(version)}); please update the app",
        )
    what = "not an RLS Diary file" if state is State.FOREIGN else "damaged"
    suffix = f" ({detail})" if detail else ""
    return CheckLine(path, False, f"{what}{suffix}")
