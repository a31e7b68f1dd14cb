"""The SQLite store: profile, schema checks, migrations, lock, owner-only files, refusals."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from rls_diary.domain import night as night_domain
from rls_diary.domain import records as records_domain
from rls_diary.domain.night import Night
from rls_diary.domain.records import Assessment, Condition, Experiment, Lab, Medication, Question
from rls_diary.services.diary import Diary
from rls_diary.storage import connection, nights, records, schema
from rls_diary.storage.backup import list_backups, make_backup
from rls_diary.storage.errors import (
    DamagedError,
    LockedError,
    NewerVersionError,
    NoDiaryError,
    VanishedError,
)
from rls_diary.storage.lock import DataFolderLock

D = dt.date(2024, 6, 15)
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def writer(data_dir: Path) -> sqlite3.Connection:
    return connection.open_writer(data_dir)


def test_connection_profile(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        pragma = {
            name: conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "trusted_schema",
                "secure_delete",
                "application_id",
                "user_version",
            )
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "trusted_schema": 0,
        "secure_delete": 1,
        "application_id": schema.APPLICATION_ID,
        "user_version": schema.LATEST_VERSION,
    }


@posix_only
def test_files_and_folders_are_owner_only(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        make_backup(conn, data_dir, "test")
        created = [data_dir, *data_dir.iterdir(), *list_backups(data_dir)]
        for path in created:
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("rls_severity", 11),
        ("rls_severity", -1),
        ("sleep_quality", 0),
        ("sleep_latency_min", 721),
        ("awakenings", 51),
        ("caffeine_drinks", 31),
        ("low_mood", 5),
        ("bedtime", "24:00"),
        ("bedtime", "7:30"),
        ("rls_areas", "legs;tail"),
        ("rls_areas", ""),
        ("triggers", "stress;stress"),
        ("medication_taken", "sometimes"),
        ("no_sleep", 2),
        ("rls_severity", "five"),  # STRICT: text is not an integer
        ("date", "2024-02-30"),
        ("entered_at", "2024-06-15 07:00"),
    ],
)
def test_check_constraints_refuse_out_of_range_values(
    data_dir: Path, column: str, value: object
) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        values = {"date": "2024-06-15", "timezone": "UTC", column: value}
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                f"INSERT INTO night ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                list(values.values()),
            )


def test_record_tables_check_their_ranges(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        bad = [
            "INSERT INTO medication (name, class, start, stop) VALUES ('x', 'candy', '2024-01-01',"
            " NULL)",
            "INSERT INTO medication (name, class, start, stop) VALUES ('x', 'other', '2024-01-02',"
            " '2024-01-01')",
            "INSERT INTO lab (date, tsat_pct) VALUES ('2024-01-01', 101)",
            "INSERT INTO assessment (date, irls_total) VALUES ('2024-01-01', 41)",
            "INSERT INTO assessment (date, irls_total, irls_item1, irls_item2, irls_item3,"
            " irls_item4, irls_item5, irls_item6, irls_item7, irls_item8, irls_item9, irls_item10)"
            " VALUES ('2024-01-01', 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)",
            "INSERT INTO condition_period (kind, start) VALUES ('flu', '2024-01-01')",
            "INSERT INTO experiment (factor, outcome, start, block_nights, pairs, washout_nights,"
            " seed, schedule) VALUES ('x', 'rls_severity', '2024-01-01', 4, 6, 4, 1, 'AB')",
        ]
        for statement in bad:
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(statement)


def test_schema_lists_match_the_domain_lists() -> None:
    """v1 copies the enumerations; a change in the domain needs a migration."""
    assert night_domain.RLS_AREAS == schema._AREAS
    assert night_domain.REMEDIES == schema._REMEDIES
    assert night_domain.TRIGGERS == schema._TRIGGERS
    assert records_domain.MEDICATION_CLASSES == schema._MED_CLASSES
    assert records_domain.CONDITION_KINDS == schema._CONDITIONS
    assert records_domain.EXPERIMENT_OUTCOMES == schema._OUTCOMES


def test_blank_is_stored_as_null_and_round_trips(data_dir: Path) -> None:
    full = Night(
        D,
        timezone="Europe/Berlin",
        bedtime=dt.time(23),
        rls_severity=0,
        caffeine_drinks=0,
        nicotine=False,
        rls_areas=("legs", "arms"),
        remedies=(("walking", 0), ("massage", 3)),
        notes="",
        entered_at=dt.datetime(2024, 6, 15, 6, 30, tzinfo=dt.UTC),
    )
    blank = Night(D + dt.timedelta(days=1), timezone="UTC")
    with contextlib.closing(writer(data_dir)) as conn:
        nights.put(conn, full)
        nights.put(conn, blank)
        assert nights.load(conn) == [full, blank]
        row = conn.execute(
            "SELECT rls_severity, caffeine_drinks, nicotine, alcohol_drinks FROM night "
            "WHERE date = '2024-06-16'"
        ).fetchone()
        assert row == (None, None, None, None)
        zero = conn.execute(
            "SELECT rls_severity, caffeine_drinks, nicotine FROM night WHERE date = '2024-06-15'"
        ).fetchone()
        assert zero == (0, 0, 0)


def test_dates_are_every_stored_date_oldest_first(data_dir: Path) -> None:
    stored = [D + dt.timedelta(days=offset) for offset in (3, -400, 0, 1, 365)]
    with contextlib.closing(writer(data_dir)) as conn:
        assert nights.dates(conn) == []
        for date in stored:
            nights.put(conn, Night(date, timezone="UTC"))
        assert nights.dates(conn) == sorted(stored)
        assert schema.holds_rows(conn, "night")
        assert not schema.holds_rows(conn, "experiment")


def test_records_round_trip(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        med = Medication("pramipexole", "dopamine_agonist", D, 0.125, "mg", dt.time(21))
        lab = Lab(D, ferritin_ng_ml=42.0, tsat_pct=18.5, fasting_morning=True)
        irls = Assessment(D, 12, (1, 1, 1, 1, 1, 1, 1, 1, 2, 2))
        cond = Condition("pregnancy", D, D + dt.timedelta(days=200))
        question = Question("Could my iron be low?", D)
        experiment = Experiment(7, "no coffee", "rls_severity", D, 4, 2, 1, 3, ("AB", "BA"))
        for table, record in (
            (records.MEDICATIONS, med),
            (records.LABS, lab),
            (records.ASSESSMENTS, irls),
            (records.CONDITIONS, cond),
            (records.QUESTIONS, question),
            (records.EXPERIMENTS, experiment),
        ):
            table.insert(conn, record)  # type: ignore[attr-defined]
            (loaded,) = table.load(conn)  # type: ignore[attr-defined]
            assert loaded.__class__(**{**vars_of(loaded), "id": record.id}) == record
        records.put_setting(conn, "crisis", "112")
        assert records.load_settings(conn) == {"crisis": "112"}


def vars_of(record: object) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}  # type: ignore[attr-defined]


def test_migration_runs_each_step_in_a_transaction_after_a_backup(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        nights.put(conn, Night(D, timezone="UTC", rls_severity=3))
        latest = schema.LATEST_VERSION
        steps = {
            **schema.MIGRATIONS,
            latest + 1: "ALTER TABLE night ADD COLUMN mood_note TEXT;",
            latest + 2: "CREATE TABLE broken (x INTEGER); INSERT INTO nowhere VALUES (1);",
        }
        with pytest.raises(sqlite3.OperationalError):
            connection.migrate(conn, data_dir, steps)
        # the first new step committed, the second rolled back completely
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest + 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
        assert "broken" not in tables
        assert len(list_backups(data_dir)) == 1  # the verified backup before migrating
        assert nights.get(conn, D) is not None


def test_migration_of_a_current_file_does_nothing(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        assert connection.migrate(conn, data_dir) == schema.LATEST_VERSION
    assert list_backups(data_dir) == []


def test_newer_file_is_refused_and_left_byte_identical(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        conn.execute(f"PRAGMA user_version={schema.LATEST_VERSION + 1}")
    path = connection.db_path(data_dir)
    before = digest(path)
    with pytest.raises(NewerVersionError, match="newer RLS Diary"):
        writer(data_dir)
    with pytest.raises(NewerVersionError):
        connection.open_reader(data_dir)
    assert digest(path) == before


def test_foreign_file_is_quarantined_and_never_modified(data_dir: Path) -> None:
    data_dir.mkdir()
    path = connection.db_path(data_dir)
    with contextlib.closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE notes (x TEXT)")
        other.commit()
    before = digest(path)
    with pytest.raises(DamagedError, match="not an RLS Diary file") as caught:
        writer(data_dir)
    assert caught.value.quarantined is not None
    assert digest(caught.value.quarantined) == before
    assert digest(path) == before


def test_garbage_file_is_damaged_and_readers_do_not_quarantine(data_dir: Path) -> None:
    data_dir.mkdir()
    path = connection.db_path(data_dir)
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedError):
        connection.open_reader(data_dir)
    assert not (data_dir / connection.QUARANTINE_DIR).exists()
    with pytest.raises(DamagedError):
        writer(data_dir)
    assert len(list((data_dir / connection.QUARANTINE_DIR).iterdir())) == 1
    assert path.read_bytes() == b"this is not a database" * 100


def test_vanished_database_in_a_used_folder_is_reported(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        make_backup(conn, data_dir, "test")
    for name in ("diary.sqlite3", "diary.sqlite3-wal", "diary.sqlite3-shm"):
        (data_dir / name).unlink(missing_ok=True)
    with pytest.raises(VanishedError, match="missing"):
        writer(data_dir)
    assert not connection.db_path(data_dir).exists()


def test_reader_of_an_empty_folder_finds_no_diary(data_dir: Path) -> None:
    with pytest.raises(NoDiaryError):
        connection.open_reader(data_dir)
    assert not data_dir.exists()


def test_reader_is_read_only_and_leaves_the_file_unchanged(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        nights.put(conn, Night(D, timezone="UTC", rls_severity=3))
    before = digest(connection.db_path(data_dir))
    with contextlib.closing(connection.open_reader(data_dir)) as reader:
        assert nights.count(reader) == 1
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM night")
    assert digest(connection.db_path(data_dir)) == before


def test_backup_is_verified_and_complete(data_dir: Path) -> None:
    with contextlib.closing(writer(data_dir)) as conn:
        nights.put(conn, Night(D, timezone="UTC", rls_severity=3, remedies=(("cold", 1),)))
        path = make_backup(conn, data_dir, "test")
    with contextlib.closing(sqlite3.connect(path)) as copy:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM night_remedy").fetchone()[0] == 1


def test_second_writer_is_refused_while_one_holds_the_lock(data_dir: Path) -> None:
    with Diary.open_writer(data_dir, "UTC", "first window"):
        with pytest.raises(LockedError, match="first window"):
            Diary.open_writer(data_dir, "UTC", "second")
        # read-only commands still work alongside the writer
        with Diary.open_reader(data_dir, "UTC") as reader:
            assert reader.night_count() == 0
    # released: a new writer may open
    with Diary.open_writer(data_dir, "UTC", "third") as again:
        assert not again.read_only


def test_lock_left_by_a_dead_process_is_not_stale(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "rls-diary.lock").write_text('{"pid": 999999, "holder": "crashed", "since": ""}')
    with DataFolderLock(data_dir, "new") as lock:
        assert lock.held
        assert "new" in (data_dir / "rls-diary.lock").read_text()
