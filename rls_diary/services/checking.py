"""``check``: integrity of the database and of every backup, read-only."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rls_diary.storage.backup import list_backups
from rls_diary.storage.connection import State, connect_read_only, db_path, inspect


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
    found = inspect(path)
    lines: list[CheckLine] = []
    if found.state is State.OURS:
        lines.append(_integrity(path))
    elif found.state in (State.MISSING, State.EMPTY):
        lines.append(CheckLine(path, False, "there is no diary in this folder"))
    else:
        detail = f" ({found.detail})" if found.detail else ""
        lines.append(CheckLine(path, False, f"{found.state.value}{detail}"))
    for backup in list_backups(data_dir):
        lines.append(_integrity(backup))
    return lines
