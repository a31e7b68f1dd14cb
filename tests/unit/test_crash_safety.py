"""A writer killed with SIGKILL at many points never damages the diary or loses a saved night.

A child process opens the diary like the window does and saves nights one by one, printing
each date only after ``save_night`` returned; every few nights it makes a verified backup
(with rotation), deletes a night, or replaces one. The parent reads a varying number of
lines and kills the child with SIGKILL, so the kill lands somewhere inside the next
transaction, fsync, backup or rotation. The timing varies with the number of lines read,
never with sleeps. After each kill the next writer (as the next start of the app would)
must find:

- the data-folder lock free (the OS dropped it with the process);
- ``PRAGMA integrity_check`` = ok on the diary and on every file in ``backups/``;
- every night whose save returned, with exactly the value saved; no deleted night back;
- no half-written backup under a backup's name (temporaries are cleaned by the next rotation).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rls_diary.domain.night import Night
from rls_diary.services.backups import backup_now, backup_to_file, rotate
from rls_diary.services.diary import Diary
from rls_diary.storage.backup import list_backups
from rls_diary.storage.files import BACKUP_DIR

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.timeout(60),
]

CHILD = r"""
import datetime as dt, sys
from pathlib import Path
from rls_diary.domain.night import Night
from rls_diary.services.backups import backup_now
from rls_diary.services.diary import Diary

data_dir, first = Path(sys.argv[1]), int(sys.argv[2])
base = dt.date(2000, 1, 1)
with Diary.open_writer(data_dir, "UTC", "crash test") as diary:
    print("open", flush=True)
    i = first
    while True:
        day = base + dt.timedelta(days=i)
        diary.save_night(Night(day, timezone="UTC", rls_severity=i % 11, awakenings=i % 50,
                               notes="n" * (i % 997), remedies=(("walking", i % 4),)))
        print(f"saved {i}", flush=True)
        if i % 5 == 2:
            backup_now(diary, "manual")
            print("backup", flush=True)
        if i % 7 == 3:
            diary.delete_night(day - dt.timedelta(days=1))
            print(f"deleted {i - 1}", flush=True)
        i += 1
"""

# Kill points: read this many lines, then (for "backup"/"delete") on until the line after
# which the child starts that step. 0 lines is the first save of a new diary.
KILL_POINTS: list[tuple[int, str | None]] = [
    (0, None),
    (1, None),
    (0, "backup"),
    (2, None),
    (3, "delete"),
    (4, None),
    (5, "backup"),
    (6, None),
    (7, None),
    (8, "delete"),
    (9, "backup"),
    (10, None),
    (12, None),
    (13, "backup"),
    (15, "delete"),
    (17, None),
    (20, "backup"),
    (24, None),
    (29, "delete"),
    (35, None),
    (40, "backup"),
]


def starts(target: str | None, line: str) -> bool:
    """Whether the child begins ``target`` right after printing ``line``."""
    word, _, number = line.partition(" ")
    if target is None or word != "saved":
        return target is None
    i = int(number)
    return i % 5 == 2 if target == "backup" else i % 5 != 2 and i % 7 == 3


BUDGET_S = 50


def expected_severity(i: int) -> int:
    return i % 11


def test_sigkill_at_many_points_never_loses_a_saved_night(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    data_dir = tmp_path / "data"
    saved: set[int] = set()
    deleted: set[int] = set()
    next_index = 0
    started = time.monotonic()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for round_number, (lines_before_kill, target) in enumerate(KILL_POINTS):
        if time.monotonic() - started > BUDGET_S:  # pragma: no cover - a very slow machine
            pytest.fail(f"only {round_number} kill rounds fitted in {BUDGET_S} s")
        child = subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(next_index)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        lines: list[str] = []
        try:
            first = child.stdout.readline()
            assert first == "open\n", child.stderr.read() if child.stderr else first
            while len(lines) < lines_before_kill or not (
                target is None or (lines and starts(target, lines[-1]))
            ):
                line = child.stdout.readline()
                assert line, "the child stopped on its own"
                lines.append(line.strip())
        finally:
            child.send_signal(signal.SIGKILL)
            rest, err = child.communicate(timeout=20)
        assert child.returncode == -signal.SIGKILL, err
        # lines the child printed before the kill landed: their saves had returned too
        lines += [line.strip() for line in rest.splitlines() if line.strip()]
        last_saved = None
        for line in lines:
            word, _, number = line.partition(" ")
            if word == "saved":
                last_saved = int(number)
                saved.add(last_saved)
                next_index = last_saved + 1
            elif word == "deleted":
                deleted.add(int(number))
                saved.discard(int(number))
                last_saved = None
        if last_saved is not None and last_saved % 7 == 3:
            # killed between saving this night and deleting the one before: either is right
            saved.discard(last_saved - 1)
        _check_after_kill(data_dir, saved, deleted, round_number)
    assert len(saved) >= 40, "the kills must land after real work"


def _check_after_kill(
    data_dir: Path, saved: set[int], deleted: set[int], round_number: int
) -> None:
    base = dt.date(2000, 1, 1)
    with Diary.open_writer(data_dir, "UTC", "after the crash") as diary:  # the lock is free
        assert diary.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", round_number
        stored = {(n.date - base).days: n for n in diary.nights()}
        for i in saved:
            assert i in stored, f"round {round_number}: night {i} was saved, then lost"
            assert stored[i].rls_severity == expected_severity(i)
            assert (stored[i].notes or "") == "n" * (i % 997)
            assert stored[i].remedies == (("walking", i % 4),)
        for i in deleted:
            assert i not in stored, f"round {round_number}: deleted night {i} came back"
        rotate(data_dir)  # what the next hourly backup does first: clears temporaries
    for backup in list_backups(data_dir):
        with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok", backup
    leftovers = [p.name for p in (data_dir / BACKUP_DIR).glob(".*")] if saved else []
    assert leftovers == [], leftovers


RESTORER = r"""
import sys
from pathlib import Path
from rls_diary.services.backups import restore_backup
from rls_diary.services.diary import Diary

data_dir, small, large = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with Diary.open_writer(data_dir, "UTC", "crash test") as diary:
    print("open", flush=True)
    while True:
        for source in (small, large):
            restore_backup(diary, source)
            print(f"restored {diary.night_count()}", flush=True)
"""


def _run_until(script: Path, args: list[str], lines: int) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(script), *args], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    seen: list[str] = []
    try:
        assert child.stdout.readline() == "open\n"
        while len(seen) < lines:
            line = child.stdout.readline()
            assert line, "the child stopped on its own"
            seen.append(line.strip())
    finally:
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=20)
    assert child.returncode == -signal.SIGKILL
    return seen + rest.split("\n")


def test_sigkill_during_restores_leaves_one_whole_diary_or_the_other(tmp_path: Path) -> None:
    """A restore is one backup-API step: after a kill the diary is the old one or the new one."""
    data_dir = tmp_path / "data"
    sources = []
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        for count in (10, 30):
            for i in range(count):
                diary.save_night(
                    Night(dt.date(2001, 1, 1) + dt.timedelta(days=i), "UTC", rls_severity=1)
                )
            sources.append(backup_to_file(diary, tmp_path / f"{count}.sqlite3"))
    script = tmp_path / "restorer.py"
    script.write_text(RESTORER, encoding="utf-8")
    for lines in (0, 1, 2, 3, 5, 8):
        _run_until(script, [str(data_dir), *map(str, sources)], lines)
        with Diary.open_writer(data_dir, "UTC", "after the crash") as diary:
            assert diary.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert diary.night_count() in (10, 30)
            rotate(data_dir)
        for backup in list_backups(data_dir):  # every before-restore copy is whole
            with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as c:
                assert c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                assert c.execute("SELECT count(*) FROM night").fetchone()[0] in (10, 30)


DIE_AT = r"""
import os, signal, sys
from pathlib import Path
import rls_diary.storage.backup as storage_backup
from rls_diary.services import backups
from rls_diary.services.diary import Diary
import datetime as dt

data_dir, step = Path(sys.argv[1]), sys.argv[2]

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

with Diary.open_writer(data_dir, "UTC", "crash test") as diary:
    if step == "backup-before-rename":
        storage_backup.verify_copy = die
        backups.backup_now(diary)
    elif step == "backup-after-rename":
        storage_backup.fsync_dir = die
        backups.backup_now(diary)
    elif step == "purge-before-rename":
        storage_backup.os.replace = die
        diary.delete_night(dt.date(2001, 1, 2))
        backups.purge_night(data_dir, dt.date(2001, 1, 2))
print("survived", flush=True)
"""


@pytest.mark.parametrize(
    "step", ["backup-before-rename", "backup-after-rename", "purge-before-rename"]
)
def test_sigkill_at_exact_steps_of_backup_and_purge(tmp_path: Path, step: str) -> None:
    data_dir = tmp_path / "data"
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        for i in range(3):
            diary.save_night(Night(dt.date(2001, 1, 1) + dt.timedelta(days=i), "UTC", notes="n"))
        first = backup_now(diary)
    before = first.read_bytes()
    script = tmp_path / "die.py"
    script.write_text(DIE_AT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(data_dir), step],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "survived" not in done.stdout
    with Diary.open_writer(data_dir, "UTC", "after the crash") as diary:
        assert diary.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        expected = 2 if step.startswith("purge") else 3  # the delete committed before the kill
        assert diary.night_count() == expected
        named = list_backups(data_dir)
        assert first in named and first.read_bytes() == before  # untouched by the dead purge
        assert len(named) == (2 if step == "backup-after-rename" else 1)
        rotate(data_dir)
    assert not list((data_dir / BACKUP_DIR).glob(".*")), "temporaries cleaned by rotation"
    for backup in list_backups(data_dir):
        with contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
