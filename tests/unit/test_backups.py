"""Backups, rotation, restore, encryption, purge, startup checks and injected faults (issue 9).

Every fault test checks three things: the error is a :class:`StorageError` subclass with a
message a person can act on, nothing already stored was lost, and the open diary still works.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rls_diary.domain.night import Night
from rls_diary.services import backups as service
from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_file
from rls_diary.storage import backup as storage_backup
from rls_diary.storage import connection, encrypted, schema
from rls_diary.storage.backup import (
    backup_files,
    list_backups,
    make_backup,
    parse_backup_name,
    row_counts,
)
from rls_diary.storage.errors import (
    BackupError,
    BusyError,
    DamagedError,
    DiskFullError,
    LockedError,
    NewerVersionError,
    ReadOnlyError,
    StorageError,
    VanishedError,
    WrongPassphraseError,
)
from rls_diary.storage.files import BACKUP_DIR
from rls_diary.storage.retention import POLICY, to_keep

UTC = dt.UTC
NOW = dt.datetime(2025, 3, 14, 15, 9, 26, tzinfo=UTC)
D = dt.date(2024, 6, 1)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
as_user = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions"
)


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sealing with the real n=2^17 takes a second; the format is the same with a small n."""
    monkeypatch.setattr(encrypted, "SCRYPT_N", 2**10)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def night(day: int, **fields: object) -> Night:
    values: dict[str, object] = {"timezone": "UTC", "rls_severity": day % 11}
    values.update(fields)
    return Night(D + dt.timedelta(days=day), **values)  # type: ignore[arg-type]


def fill(diary: Diary, count: int, start: int = 0) -> None:
    for day in range(start, start + count):
        diary.save_night(night(day, notes=f"note {day}"))


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its digest (to prove nothing changed)."""
    return {
        str(p.relative_to(folder)): digest(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(("-shm", ".lock"))
    }


# --- retention: a pure function of instants -------------------------------------------------

instants = st.datetimes(
    min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2025, 3, 14, 15)
).map(lambda t: t.replace(tzinfo=UTC))
instant_sets = st.sets(instants, max_size=120)


@given(instant_sets, st.sets(instants, max_size=10))
def test_rotation_keeps_a_subset_with_the_newest(taken: set[dt.datetime], pins: set) -> None:
    kept = to_keep(taken, NOW, pinned=pins & taken)
    assert kept <= taken
    if taken:
        assert max(taken) in kept


@given(instant_sets)
def test_rotation_is_idempotent(taken: set[dt.datetime]) -> None:
    kept = to_keep(taken, NOW)
    assert to_keep(kept, NOW) == kept


@given(instant_sets)
def test_rotation_is_bounded(taken: set[dt.datetime]) -> None:
    hourly = POLICY.hourly_hours + 1  # the window can touch one more clock hour
    bound = hourly + POLICY.daily + POLICY.weekly + POLICY.monthly + 1
    assert len(to_keep(taken, NOW)) <= bound


def _buckets(times: set[dt.datetime], key: object) -> list[object]:
    return sorted({key(t) for t in times}, reverse=True)  # type: ignore[operator]


@given(instant_sets)
def test_rotation_keeps_one_backup_in_every_bucket_it_promises(taken: set[dt.datetime]) -> None:
    kept = to_keep(taken, NOW)
    window = NOW - dt.timedelta(hours=POLICY.hourly_hours)

    def hour(t: dt.datetime) -> object:
        return (t.date(), t.hour)

    def week(t: dt.datetime) -> object:
        return t.isocalendar()[:2]

    def month(t: dt.datetime) -> object:
        return (t.year, t.month)

    for t in taken:
        if t > window:
            assert any(hour(k) == hour(t) and k >= t for k in kept)
    for key, count in (
        (dt.datetime.date, POLICY.daily),
        (week, POLICY.weekly),
        (month, POLICY.monthly),
    ):
        for bucket in _buckets(taken, key)[:count]:
            newest = max(t for t in taken if key(t) == bucket)  # type: ignore[operator]
            assert newest in kept


@settings(max_examples=60)
@given(st.lists(st.integers(1, 60 * 30), min_size=1, max_size=150), st.sets(st.integers(0, 149)))
def test_rotating_after_each_backup_equals_rotating_once(
    gaps_min: list[int], pinned_at: set[int]
) -> None:
    """Path independence: the files alive at the end do not depend on when rotation ran."""
    start = dt.datetime(2024, 1, 1, tzinfo=UTC)
    moments = []
    t = start
    for gap in gaps_min:
        t += dt.timedelta(minutes=gap * 7)
        moments.append(t)
    pins = {moments[i] for i in pinned_at if i < len(moments)}
    alive: set[dt.datetime] = set()
    for moment in moments:
        alive.add(moment)
        alive = to_keep(alive, moment, pinned=pins & alive)
    assert alive == to_keep(set(moments), moments[-1], pinned=pins)


def test_a_year_of_hourly_backups_keeps_about_ninety_spanning_a_year() -> None:
    start = dt.datetime(2024, 1, 1, tzinfo=UTC)
    alive: set[dt.datetime] = set()
    for hour in range(24 * 400):
        now = start + dt.timedelta(hours=hour)
        alive.add(now)
        alive = to_keep(alive, now)
    assert 48 <= len(alive) <= 49 + 14 + 8 + 12 + 1
    assert len({(t.year, t.month) for t in alive}) == POLICY.monthly  # this month and 11 more
    assert now - min(alive) > dt.timedelta(days=300)
    recent = {t for t in alive if t > now - dt.timedelta(hours=48)}
    assert len(recent) == 48


def test_rotation_keeps_future_and_recent_pinned_backups() -> None:
    future = NOW + dt.timedelta(days=3)  # the clock was set back: age unknown
    pinned = [NOW - dt.timedelta(minutes=m) for m in (1, 2, 3)]  # same hour
    plain = NOW - dt.timedelta(seconds=30)
    old_pin = NOW - dt.timedelta(days=40, minutes=5)
    old_plain = NOW - dt.timedelta(days=40)  # newer in the same day: that one stands for it
    kept = to_keep([future, plain, *pinned, old_pin, old_plain], NOW, pinned=[*pinned, old_pin])
    assert kept == {future, plain, *pinned, old_plain}


# --- making backups ---------------------------------------------------------------------------


@posix_only
def test_backup_now_is_verified_owner_only_and_rotated(diary: Diary) -> None:
    fill(diary, 3)
    first = service.backup_now(diary, "manual", NOW - dt.timedelta(days=400))
    path = service.backup_now(diary, "manual", NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with contextlib.closing(sqlite3.connect(path)) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert row_counts(copy) == row_counts(diary.conn)
    # 400 days old, but the 12 monthlies count months that hold a backup: only two do
    assert first.exists()


def test_rotation_deletes_only_what_the_policy_drops(diary: Diary) -> None:
    fill(diary, 1)
    for days in range(30):  # one backup a day for a month, then a run of hourly ones
        service.backup_now(diary, "hourly", NOW - dt.timedelta(days=30 - days))
    stray = diary.data_dir / BACKUP_DIR / "diary-my-own-copy.sqlite3"
    stray.write_bytes((diary.data_dir / BACKUP_DIR).iterdir().__next__().read_bytes())
    leftover = diary.data_dir / BACKUP_DIR / ".diary-x.sqlite3.abcd.tmp"
    leftover.write_bytes(b"half")
    service.rotate(diary.data_dir, NOW)
    names = backup_files(diary.data_dir)
    assert len(names) == len(to_keep([b.taken_at for b in names], NOW))
    days = {b.taken_at.date() for b in names}
    assert len(days) >= POLICY.daily
    assert stray.exists(), "a file named by the user is never rotated away"
    assert not leftover.exists(), "a half-written copy left by a crash is removed"


def test_hourly_backup_at_most_once_an_hour(diary: Diary) -> None:
    assert service.maybe_hourly_backup(diary, NOW) is None, "an empty diary is not backed up"
    fill(diary, 2)
    made = service.maybe_hourly_backup(diary, NOW)
    assert made is not None and parse_backup_name(made) is not None
    assert service.maybe_hourly_backup(diary, NOW + dt.timedelta(minutes=59)) is None
    later = service.maybe_hourly_backup(diary, NOW + dt.timedelta(minutes=61))
    assert later is not None
    # a backup dated in the future (clock set back) does not stop hourly backups
    assert service.maybe_hourly_backup(diary, NOW - dt.timedelta(days=2)) is not None
    # a backup before an import counts as this hour's
    service.backup_now(diary, "before-import", NOW + dt.timedelta(hours=5))
    assert service.maybe_hourly_backup(diary, NOW + dt.timedelta(hours=5, minutes=1)) is None


def test_backups_need_a_writer(diary: Diary) -> None:
    fill(diary, 1)
    with Diary.open_reader(diary.data_dir, "UTC") as reader:
        with pytest.raises(StorageError, match="open for writing"):
            service.backup_now(reader)
        with pytest.raises(StorageError):
            service.maybe_hourly_backup(reader, NOW)


def test_backup_to_file_plain_replaces_only_with_a_complete_copy(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(diary, 4)
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"the previous copy")
    monkeypatch.setattr(
        storage_backup.os, "replace", _raising(OSError(errno.ENOSPC, "No space left"))
    )
    with pytest.raises(DiskFullError, match="full"):
        service.backup_to_file(diary, target)
    assert target.read_bytes() == b"the previous copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "data"]
    monkeypatch.undo()
    assert service.backup_to_file(diary, target) == target
    with contextlib.closing(sqlite3.connect(target)) as copy:
        assert copy.execute("SELECT count(*) FROM night").fetchone()[0] == 4
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_to_file_refuses_the_diary_itself_and_missing_folders(
    diary: Diary, tmp_path: Path
) -> None:
    before = digest(connection.db_path(diary.data_dir))
    for target in (
        connection.db_path(diary.data_dir),
        diary.data_dir / "diary.sqlite3-wal",
        diary.data_dir / "." / "diary.sqlite3",
    ):
        with pytest.raises(ValueError, match="the diary itself"):
            service.backup_to_file(diary, target)
    with pytest.raises(ValueError, match="does not exist"):
        service.backup_to_file(diary, tmp_path / "nowhere" / "x.sqlite3")
    with pytest.raises(ValueError, match="folder"):
        service.backup_to_file(diary, tmp_path)
    assert digest(connection.db_path(diary.data_dir)) == before


# --- encrypted backups ----------------------------------------------------------------------


def test_encrypted_backup_round_trip_and_format(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 5)
    target = tmp_path / "diary.rlsd"
    before = set(tmp_path.rglob("*"))
    service.backup_to_file(diary, target, "correct horse")
    # nothing but the encrypted file was written anywhere (no plaintext temporary)
    assert set(tmp_path.rglob("*")) - before == {target}
    data = target.read_bytes()
    assert data[:8] == b"RLSDENC\x00"
    assert data[8] == 1
    assert int.from_bytes(data[9:13], "big") == encrypted.SCRYPT_N
    assert int.from_bytes(data[13:17], "big") == 8
    assert int.from_bytes(data[17:21], "big") == 1
    assert encrypted.HEADER.size == 49
    assert b"SQLite format 3" not in data and b"note 3" not in data
    assert service.needs_passphrase(target)
    # two backups of the same diary differ (random salt and nonce)
    again = tmp_path / "again.rlsd"
    service.backup_to_file(diary, again, "correct horse")
    assert again.read_bytes()[21:49] != data[21:49]
    diary.delete_night(D)
    report = service.restore_backup(diary, target, "correct horse", NOW)
    assert report.nights == 5
    assert diary.night(D) is not None


def test_passphrases_are_compared_after_unicode_normalisation(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 1)
    target = tmp_path / "x.rlsd"
    service.backup_to_file(diary, target, "caf\u00e9")  # é as one code point
    with contextlib.closing(service.open_source(target, "cafe\u0301")) as src:  # e + accent
        assert src.execute("SELECT count(*) FROM night").fetchone()[0] == 1


def _encrypted(diary: Diary, tmp_path: Path) -> Path:
    fill(diary, 3)
    target = tmp_path / "x.rlsd"
    service.backup_to_file(diary, target, "right")
    return target


@pytest.mark.parametrize(
    ("damage", "error", "message"),
    [
        (lambda b: b, WrongPassphraseError, "passphrase is wrong"),  # wrong passphrase
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), WrongPassphraseError, "changed"),  # tag
        (lambda b: b[:60] + bytes([b[60] ^ 1]) + b[61:], WrongPassphraseError, "changed"),
        (lambda b: b[:30] + bytes([b[30] ^ 1]) + b[31:], WrongPassphraseError, "changed"),  # salt
        (lambda b: b[:9] + bytes(4) + b[13:], BackupError, "scrypt parameters"),  # n = 0
        (lambda b: b[:9] + (1000).to_bytes(4, "big") + b[13:], BackupError, "n=1000"),
        (lambda b: b[:9] + (2**30).to_bytes(4, "big") + b[13:], BackupError, "refuses"),
        (lambda b: b[:8] + b"\x02" + b[9:], BackupError, "format 2"),
        (lambda b: b[:40], BackupError, "cut short"),
    ],
)
def test_encrypted_restore_that_fails_changes_nothing(
    diary: Diary,
    tmp_path: Path,
    damage: object,
    error: type[Exception],
    message: str,
) -> None:
    source = _encrypted(diary, tmp_path)
    source.write_bytes(damage(source.read_bytes()))  # type: ignore[operator]
    diary.save_night(night(40, notes="after the backup"))
    before = folder_state(diary.data_dir)
    passphrase = "wrong" if message == "passphrase is wrong" else "right"
    with pytest.raises(error, match=message):
        service.restore_backup(diary, source, passphrase, NOW)
    assert folder_state(diary.data_dir) == before, "not even a before-restore backup"
    assert diary.night(D + dt.timedelta(days=40)) is not None
    diary.save_night(night(41))  # still usable


def test_encrypted_restore_without_a_passphrase_is_refused(diary: Diary, tmp_path: Path) -> None:
    source = _encrypted(diary, tmp_path)
    with pytest.raises(BackupError, match="passphrase is needed"):
        service.restore_backup(diary, source, None, NOW)
    with pytest.raises(BackupError, match="empty"):
        service.backup_to_file(diary, tmp_path / "y.rlsd", "")


def test_encrypted_image_that_is_not_a_diary_is_refused_after_decrypting(
    diary: Diary, tmp_path: Path
) -> None:
    fill(diary, 1)
    source = tmp_path / "sealed-garbage.rlsd"
    source.write_bytes(encrypted.seal(b"not a database at all" * 50, "pw"))
    before = folder_state(diary.data_dir)
    with pytest.raises(BackupError, match=r"does not hold a database|not a usable"):
        service.restore_backup(diary, source, "pw", NOW)
    assert folder_state(diary.data_dir) == before


# --- restore ----------------------------------------------------------------------------------


def test_restore_copies_in_place_after_backing_up_the_current_diary(diary: Diary) -> None:
    fill(diary, 3)
    old = service.backup_now(diary, "manual", NOW - dt.timedelta(hours=2))
    fill(diary, 2, start=10)
    path = connection.db_path(diary.data_dir)
    inode = path.stat().st_ino
    report = service.restore_backup(diary, old, now=NOW)
    assert report.nights == 3
    assert [n.date for n in diary.nights()] == [D + dt.timedelta(days=i) for i in range(3)]
    assert path.stat().st_ino == inode, "restored into the same file, never replaced"
    pragmas = {p: diary.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("journal_mode",)}
    assert pragmas == {"journal_mode": "wal"}
    assert diary.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    # the diary as it was (5 nights) is in the before-restore backup
    assert report.safety_backup is not None and "before-restore" in report.safety_backup.name
    with contextlib.closing(sqlite3.connect(report.safety_backup)) as safety:
        assert safety.execute("SELECT count(*) FROM night").fetchone()[0] == 5
    diary.save_night(night(20))  # the writer goes on working
    assert diary.night_count() == 4


def test_restore_of_a_backup_with_another_page_size(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 3)
    source = tmp_path / "small-pages.sqlite3"
    with contextlib.closing(sqlite3.connect(source, isolation_level=None)) as other:
        diary.conn.backup(other)
        other.execute("PRAGMA journal_mode=DELETE")
        other.execute("PRAGMA page_size=1024")
        other.execute("VACUUM")
        assert other.execute("PRAGMA page_size").fetchone()[0] == 1024
    fill(diary, 2, start=10)
    assert service.restore_backup(diary, source, now=NOW).nights == 3
    assert diary.conn.execute("PRAGMA page_size").fetchone()[0] == 4096


def test_restore_refuses_foreign_damaged_and_newer_files(diary: Diary, tmp_path: Path) -> None:
    fill(diary, 2)
    foreign = tmp_path / "foreign.sqlite3"
    with contextlib.closing(sqlite3.connect(foreign)) as other:
        other.execute("CREATE TABLE night (x)")
        other.commit()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 600)
    newer = tmp_path / "newer.sqlite3"
    with contextlib.closing(sqlite3.connect(newer)) as other:
        diary.conn.backup(other)
        other.execute(f"PRAGMA user_version={schema.LATEST_VERSION + 1}")
    damaged = tmp_path / "damaged.sqlite3"
    good = service.backup_now(diary, "manual", NOW - dt.timedelta(hours=3))
    with contextlib.closing(sqlite3.connect(good)) as copy:
        root = copy.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'night'").fetchone()
    raw = bytearray(good.read_bytes())
    start = (root[0] - 1) * 4096
    raw[start : start + 8] = b"\xff" * 8  # scribble over the night table's page header
    damaged.write_bytes(bytes(raw))
    before = folder_state(diary.data_dir)
    for source, error, message in (
        (foreign, BackupError, "not an RLS Diary backup"),
        (garbage, BackupError, "not a usable backup|cannot be opened"),
        (newer, NewerVersionError, "newer RLS Diary"),
        (damaged, BackupError, "damaged|not a usable"),
        (tmp_path / "missing.sqlite3", BackupError, "cannot be opened|not a usable"),
    ):
        with pytest.raises(error, match=message):
            service.restore_backup(diary, source, now=NOW)
        assert folder_state(diary.data_dir) == before, source.name
    with pytest.raises(ValueError, match="the diary itself"):
        service.restore_backup(diary, connection.db_path(diary.data_dir), now=NOW)


def test_restore_folder_into_a_damaged_file_keeps_it_in_quarantine(
    data_dir: Path,
) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 3)
        good = service.backup_now(diary, "manual", NOW)
    path = connection.db_path(data_dir)
    path.write_bytes(b"scrambled by a failing disk" * 300)
    damaged = digest(path)
    with pytest.raises(DamagedError):
        Diary.open_writer(data_dir, "UTC", "window")
    offered = service.newest_good_backup(data_dir)
    assert offered is not None and offered.path == good and offered.nights == 3
    report = service.restore_folder(data_dir, good, zone="UTC", holder="test")
    assert report.nights == 3
    assert report.quarantined is not None and digest(report.quarantined) == damaged
    with Diary.open_writer(data_dir, "UTC", "window") as diary:
        assert diary.night_count() == 3
        assert diary.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_folder_ignores_the_hot_wal_of_the_damaged_file(data_dir: Path) -> None:
    """The damaged file's WAL goes to quarantine with it, and is never replayed on the backup."""
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 10)
        good = service.backup_now(diary, "manual", NOW)
        diary.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        diary.conn.execute("PRAGMA wal_autocheckpoint=0")
        diary.conn.execute("UPDATE night SET rls_severity = 10")
        hot_wal = (data_dir / "diary.sqlite3-wal").read_bytes()
    path = connection.db_path(data_dir)
    raw = bytearray(path.read_bytes())
    raw[:16] = b"not a database!!"  # the header is gone: the file is damaged
    path.write_bytes(bytes(raw))
    (data_dir / "diary.sqlite3-wal").write_bytes(hot_wal)  # as a crash would leave it
    (data_dir / "diary.sqlite3-shm").unlink(missing_ok=True)
    report = service.restore_folder(data_dir, good, zone="UTC", holder="test")
    assert report.quarantined is not None
    assert report.quarantined.with_name(report.quarantined.name + "-wal").read_bytes() == hot_wal
    with Diary.open_writer(data_dir, "UTC", "window") as diary:
        assert [n.rls_severity for n in diary.nights()] == [d % 11 for d in range(10)]


@pytest.mark.parametrize("state", ["vanished", "empty", "foreign"])
def test_restore_folder_when_the_diary_vanished_or_is_not_ours(data_dir: Path, state: str) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 2)
        good = service.backup_now(diary, "manual", NOW)
    path = connection.db_path(data_dir)
    for name in ("diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm"):
        (data_dir / name).unlink(missing_ok=True)
    if state == "empty":
        path.touch()
    elif state == "foreign":
        with contextlib.closing(sqlite3.connect(path)) as other:
            other.execute("CREATE TABLE recipes (x)")
            other.commit()
    with pytest.raises(VanishedError if state != "foreign" else DamagedError):
        Diary.open_writer(data_dir, "UTC", "window")
    report = service.restore_folder(data_dir, good, zone="UTC", holder="test")
    assert report.nights == 2
    assert (report.quarantined is not None) == (state == "foreign")
    with Diary.open_writer(data_dir, "UTC", "window") as diary:
        assert diary.night_count() == 2
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_restore_folder_refuses_a_newer_diary_and_a_held_lock(data_dir: Path) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 2)
        good = service.backup_now(diary, "manual", NOW)
    with Diary.open_writer(data_dir, "UTC", "the window"):
        before = folder_state(data_dir)
        with pytest.raises(LockedError, match="the window"):
            service.restore_folder(data_dir, good, zone="UTC", holder="cli")
        assert folder_state(data_dir) == before
    with contextlib.closing(sqlite3.connect(connection.db_path(data_dir))) as raw:
        raw.execute(f"PRAGMA user_version={schema.LATEST_VERSION + 1}")
    before = digest(connection.db_path(data_dir))
    with pytest.raises(NewerVersionError):
        service.restore_folder(data_dir, good, zone="UTC", holder="cli")
    assert digest(connection.db_path(data_dir)) == before


def test_newest_good_backup_skips_bad_ones(data_dir: Path) -> None:
    assert service.newest_good_backup(data_dir) is None
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 2)
        good = service.backup_now(diary, "manual", NOW - dt.timedelta(hours=5))
        fill(diary, 1, start=5)
        broken = service.backup_now(diary, "manual", NOW - dt.timedelta(hours=1))
    broken.write_bytes(b"truncated")
    foreign = data_dir / BACKUP_DIR / storage_backup.backup_name("manual", NOW)
    with contextlib.closing(sqlite3.connect(foreign)) as other:
        other.execute("CREATE TABLE x (y)")
        other.commit()
    found = service.newest_good_backup(data_dir)
    assert found is not None and found.path == good and found.nights == 2
    listed = {info.path: info for info in service.backup_infos(data_dir)}
    assert listed[good].ok and listed[good].nights == 2
    assert not listed[broken].ok and not listed[foreign].ok


# --- purge a deleted night -------------------------------------------------------------------


def test_purge_night_rewrites_every_backup_that_holds_it(diary: Diary) -> None:
    secret = "SECRET-NOTE-do-not-keep"
    diary.save_night(night(0, notes="keep me"))
    early = service.backup_now(diary, "manual", NOW - dt.timedelta(days=3))
    diary.save_night(night(1, notes=secret, remedies=(("walking", 2), ("cold", 1))))
    with_it = [service.backup_now(diary, "manual", NOW - dt.timedelta(days=d)) for d in (2, 1)]
    broken = diary.data_dir / BACKUP_DIR / storage_backup.backup_name("manual", NOW)
    broken.write_bytes(b"not a database" * 100)
    untouched = digest(early)
    diary.delete_night(D + dt.timedelta(days=1))
    report = service.purge_night(diary.data_dir, D + dt.timedelta(days=1))
    assert sorted(report.purged) == sorted(with_it)
    assert report.untouched == 1
    assert [p for p, _ in report.failed] == [broken]
    assert digest(early) == untouched
    assert broken.read_bytes() == b"not a database" * 100
    for path in with_it:
        assert secret.encode() not in path.read_bytes()
        with contextlib.closing(sqlite3.connect(path)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT date, notes FROM night").fetchall() == [
                ("2024-06-01", "keep me")
            ]
            assert copy.execute("SELECT count(*) FROM night_remedy").fetchone()[0] == 0
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in (diary.data_dir / BACKUP_DIR).iterdir() if p.name.startswith(".")]


def test_purge_that_fails_to_write_leaves_the_backup_as_it_was(
    diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary.save_night(night(1, notes="secret"))
    path = service.backup_now(diary, "manual", NOW)
    before = digest(path)
    monkeypatch.setattr(
        storage_backup.os, "replace", _raising(OSError(errno.ENOSPC, "No space left"))
    )
    report = service.purge_night(diary.data_dir, D + dt.timedelta(days=1))
    assert report.purged == [] and len(report.failed) == 1
    assert "full" in report.failed[0][1]
    assert digest(path) == before
    assert [p.name for p in (diary.data_dir / BACKUP_DIR).iterdir()] == [path.name]


# --- startup checks -------------------------------------------------------------------------


def test_an_empty_diary_file_in_a_used_folder_is_reported_not_reused(data_dir: Path) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 1)
        service.backup_now(diary, "manual", NOW)
    for name in ("diary.sqlite3-wal", "diary.sqlite3-shm"):
        (data_dir / name).unlink(missing_ok=True)
    connection.db_path(data_dir).write_bytes(b"")  # truncated by a crash or a sync tool
    with pytest.raises(VanishedError, match="empty"):
        Diary.open_writer(data_dir, "UTC", "window")
    assert connection.db_path(data_dir).read_bytes() == b""


def test_a_locked_file_is_busy_not_damaged(data_dir: Path) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 1)
    path = connection.db_path(data_dir)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("DELETE FROM setting")
        other.execute("COMMIT")  # WAL + exclusive locking mode: the lock stays held
        monkey_busy = connection.BUSY_TIMEOUT_MS
        connection.BUSY_TIMEOUT_MS = 50
        try:
            with pytest.raises(BusyError, match="locked by another program"):
                connection.inspect(path)
            with pytest.raises(BusyError):
                Diary.open_writer(data_dir, "UTC", "window")
        finally:
            connection.BUSY_TIMEOUT_MS = monkey_busy
        assert not (data_dir / connection.QUARANTINE_DIR).exists()
    finally:
        other.close()
    assert connection.inspect(path).state is connection.State.OURS


def test_damaged_file_is_reported_even_when_the_quarantine_copy_fails(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    path = connection.db_path(data_dir)
    path.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(
        connection.shutil, "copy2", _raising(OSError(errno.ENOSPC, "No space left on device"))
    )
    with pytest.raises(DamagedError, match=r"is damaged.*could not be copied"):
        Diary.open_writer(data_dir, "UTC", "window")
    assert path.read_bytes() == b"garbage" * 1000


# --- injected faults: disk full, read-only, locked ------------------------------------------


def _raising(exc: BaseException) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise exc

    return fail


def test_disk_full_while_saving_loses_nothing_and_the_diary_goes_on(diary: Diary) -> None:
    fill(diary, 5)
    pages = diary.conn.execute("PRAGMA page_count").fetchone()[0]
    diary.conn.execute(f"PRAGMA max_page_count={pages}")
    saved = 5
    failure: DiskFullError | None = None
    for day in range(5, 500):
        try:
            diary.save_night(night(day, notes="x" * 3000))
        except DiskFullError as exc:
            failure = exc
            break
        saved += 1
    assert failure is not None, "the disk never filled up"
    assert f"is full: the night of {D + dt.timedelta(days=saved)} was not saved" in str(failure)
    assert diary.night_count() == saved  # every save that returned is there
    assert diary.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not diary.conn.in_transaction
    with pytest.raises(DiskFullError):  # a whole import-sized transaction rolls back
        _insert_many(diary, range(600, 700))
    assert diary.night_count() == saved
    diary.conn.execute("PRAGMA max_page_count=1073741823")  # space freed
    diary.save_night(night(999))
    assert diary.night_count() == saved + 1


def _insert_many(diary: Diary, days: range) -> None:
    with diary.transaction() as conn:
        for day in days:
            conn.execute(
                "INSERT INTO night (date, timezone, notes) VALUES (?, 'UTC', ?)",
                ((D + dt.timedelta(days=day)).isoformat(), "y" * 3000),
            )


def test_disk_full_while_backing_up_leaves_no_partial_backup(
    diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(diary, 3)
    real_connect = sqlite3.connect

    def small_disk(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(storage_backup.sqlite3, "connect", small_disk)
    with pytest.raises(DiskFullError, match=r"backup .* was not made"):
        service.backup_now(diary, "manual", NOW)
    monkeypatch.undo()
    assert list((diary.data_dir / BACKUP_DIR).iterdir()) == []
    assert diary.night_count() == 3
    diary.save_night(night(10))


def test_import_is_refused_when_its_backup_cannot_be_made(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rls_diary.services.importing import apply_import, plan_import

    source = tmp_path / "in.csv"
    source.write_text("date,rls_severity\n2024-07-01,3\n", encoding="utf-8")
    plan = plan_import(diary, source)
    monkeypatch.setattr(
        storage_backup, "create_private_file", _raising(OSError(errno.EROFS, "Read-only"))
    )
    with pytest.raises(ReadOnlyError, match="cannot be written"):
        apply_import(diary, plan)
    assert diary.night_count() == 0


def test_read_only_database_while_saving(diary: Diary) -> None:
    fill(diary, 2)
    diary.conn.execute("PRAGMA query_only=ON")  # SQLite answers as for a read-only file
    with pytest.raises(ReadOnlyError, match=r"cannot be written .*: the night of .* not saved"):
        diary.save_night(night(3))
    with pytest.raises(ReadOnlyError, match="not deleted"):
        diary.delete_night(D)
    diary.conn.execute("PRAGMA query_only=OFF")
    assert diary.night_count() == 2
    diary.save_night(night(3))
    assert diary.night_count() == 3


def test_file_locked_by_another_program_while_saving(diary: Diary) -> None:
    fill(diary, 2)
    diary.conn.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(connection.db_path(diary.data_dir), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(BusyError, match=r"locked by another program.*not saved"):
            diary.save_night(night(3))
        other.execute("COMMIT")
    finally:
        other.close()
    diary.save_night(night(3))
    assert diary.night_count() == 3


@as_user
def test_read_only_folder_cannot_take_a_writer_and_says_so(data_dir: Path) -> None:
    with Diary.open_writer(data_dir, "UTC", "setup") as diary:
        fill(diary, 2)
    before = digest(connection.db_path(data_dir))
    os.chmod(connection.db_path(data_dir), 0o400)
    os.chmod(data_dir, 0o500)
    try:
        with pytest.raises(ReadOnlyError, match="cannot be written"):
            Diary.open_writer(data_dir, "UTC", "window")
        with Diary.open_reader(data_dir, "UTC") as reader:  # reading still works
            assert reader.night_count() == 2
    finally:
        os.chmod(data_dir, 0o700)
        os.chmod(connection.db_path(data_dir), 0o600)
    assert digest(connection.db_path(data_dir)) == before


@as_user
def test_read_only_backups_folder_fails_the_backup_not_the_diary(diary: Diary) -> None:
    fill(diary, 2)
    service.backup_now(diary, "manual", NOW - dt.timedelta(days=1))
    folder = diary.data_dir / BACKUP_DIR
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(ReadOnlyError, match=r"backup .* not made"):
            service.backup_now(diary, "manual", NOW)
    finally:
        os.chmod(folder, 0o700)
    diary.save_night(night(5))
    assert diary.night_count() == 3


# --- atomic, owner-only outputs --------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_export_is_atomic_and_owner_only(
    diary: Diary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    fill(diary, 3)
    target = tmp_path / f"export{suffix}"
    target.write_text("the previous export", encoding="utf-8")
    from rls_diary.storage import files

    monkeypatch.setattr(files.os, "fsync", _raising(OSError(errno.ENOSPC, "No space left")))
    with pytest.raises(OSError, match="No space"):
        export_file(diary, target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", target.name]
    assert export_file(diary, target) == 3
    assert "note 2" in target.read_text(encoding="utf-8")
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_backup_file_name_always_means_a_verified_copy(
    diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(diary, 2)

    real = storage_backup.verify_copy

    def verify_against_wrong_counts(copy: sqlite3.Connection, expected: object, name: str) -> None:
        real(copy, {"night": -1}, name)

    monkeypatch.setattr(storage_backup, "verify_copy", verify_against_wrong_counts)
    with pytest.raises(BackupError, match="did not verify"):
        make_backup(diary.conn, diary.data_dir, "manual")
    assert list_backups(diary.data_dir) == []
    assert list((diary.data_dir / BACKUP_DIR).iterdir()) == []
