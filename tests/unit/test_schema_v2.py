"""Schema v2 (DESIGN §8): the night tables rebuilt with cheaper checks that accept and refuse
exactly what v1's accept and refuse; a v1 diary migrates keeping every row."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rls_diary.domain.night import Night
from rls_diary.services import backups as backup_service
from rls_diary.services.diary import Diary
from rls_diary.storage import connection, nights, records, schema
from rls_diary.storage.backup import list_backups

V1_ONLY = {1: schema.SCHEMA_V1}
NOW = dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)


def _database(version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    connection.migrate(conn, Path(), V1_ONLY if version == 1 else None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("INSERT INTO night (id, date, timezone) VALUES (1, '2024-01-01', 'UTC')")
    return conn


V1, V2 = _database(1), _database(2)
NIGHT_COLUMNS = [r[1] for r in V1.execute("SELECT * FROM pragma_table_info('night')")]


def _outcome(conn: sqlite3.Connection, statement: str, values: list[object]) -> str:
    """What inserting does: ``ok``, or the kind of error (constraint, datatype, …)."""
    conn.execute("SAVEPOINT probe")
    try:
        conn.execute(statement, values)
    except sqlite3.Error as exc:
        return f"{type(exc).__name__}:{exc.sqlite_errorname}"
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    return "ok"


def _both(statement: str, values: list[object]) -> tuple[str, str]:
    return _outcome(V1, statement, values), _outcome(V2, statement, values)


# Values that probe every check: members and near-members of the lists, separators, blanks,
# other types.
_WORDS = (
    *schema._AREAS,
    *schema._TRIGGERS,
    *schema._REMEDIES,
    "as_planned",
    "missed",
    "extra",
    "none",
    "",
    " ",
    "Legs",
    "legs ",
    "walk",
    "stresss",
    "a",
    "%",
    "_",
)
_lists = st.lists(st.sampled_from(_WORDS), max_size=5).flatmap(
    lambda words: st.sampled_from((";", "; ", ",", ";;")).map(lambda sep: sep.join(words))
)
# members of one list, in any order, repeats allowed: what v1 accepts and its edges
_members = st.sampled_from((schema._AREAS, schema._TRIGGERS, schema._REMEDIES)).flatmap(
    lambda choices: st.lists(st.sampled_from(choices), min_size=1, max_size=4).map(";".join)
)
_texts = (
    st.sampled_from(_WORDS)
    | _members
    | _lists
    | st.text(max_size=12)
    | st.sampled_from(("2024-02-30", "2024-02-29", "2023-02-29", "24:00", "23:59", "7:30"))
)
_values = (
    st.none()
    | _texts
    | st.integers(-3, 1500)
    | st.sampled_from((2**63 - 1, -(2**63)))
    | st.floats(allow_nan=False)
    | st.binary(max_size=4)
)


@given(column=st.sampled_from([c for c in NIGHT_COLUMNS if c != "id"]), value=_values)
def test_the_night_table_refuses_what_v1_refuses(column: str, value: object) -> None:
    row: dict[str, object] = {"date": "2024-06-15", "timezone": "UTC", column: value}
    statement = f"INSERT INTO night ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
    v1, v2 = _both(statement, list(row.values()))
    assert v1 == v2


@given(night_id=st.sampled_from((1, 2, None, "1")), remedy=_values, relief=_values)
def test_the_remedy_table_refuses_what_v1_refuses(
    night_id: object, remedy: object, relief: object
) -> None:
    v1, v2 = _both("INSERT INTO night_remedy VALUES (?, ?, ?)", [night_id, remedy, relief])
    assert v1 == v2


@pytest.mark.parametrize(
    ("column", "value", "accepted"),
    [
        ("medication_taken", "none", True),
        ("medication_taken", "None", False),
        ("medication_taken", None, True),
        ("rls_areas", "legs", True),
        ("rls_areas", "arms;legs", True),  # any order, as v1
        ("rls_areas", "legs;legs", False),
        ("rls_areas", "legs;arms;legs", True),  # v1's replace() chain lets this one through
        ("rls_areas", "", False),
        ("triggers", "other", True),
        ("triggers", "stress;", False),
    ],
)
def test_examples_are_judged_alike(column: str, value: object, accepted: bool) -> None:
    statement = f"INSERT INTO night (date, timezone, {column}) VALUES ('2024-06-15', 'UTC', ?)"
    v1, v2 = _both(statement, [value])
    assert v1 == v2
    assert (v2 == "ok") is accepted


def test_v2_changes_only_the_four_checks() -> None:
    def definitions(conn: sqlite3.Connection, table: str) -> set[str]:
        sql = conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
        return {line.strip().rstrip(",") for line in sql[0].splitlines()}

    changed = {
        ("night", "rls_areas"),
        ("night", "medication_taken"),
        ("night", "triggers"),
        ("night_remedy", "remedy"),
    }
    for table in ("night", "night_remedy"):
        old, new = definitions(V1, table), definitions(V2, table)
        assert {line.split()[0] for line in old ^ new} == {c for t, c in changed if t == table}
    others = "SELECT name, sql FROM sqlite_schema WHERE name NOT IN ('night', 'night_remedy')"
    assert sorted(V1.execute(others)) == sorted(V2.execute(others))


# --- migrating a v1 diary -------------------------------------------------------------------


def _v1_diary(data_dir: Path) -> None:
    """A v1 diary with nights (remedies, blanks, timestamps) and other records."""
    data_dir.mkdir()
    with contextlib.closing(sqlite3.connect(connection.db_path(data_dir))) as conn:
        conn.isolation_level = None
        connection.migrate(conn, data_dir, V1_ONLY)
        conn.execute("PRAGMA foreign_keys=ON")
        start = dt.date(2023, 1, 1)
        batch = [
            Night(
                start + dt.timedelta(days=k),
                timezone="Europe/Berlin",
                bedtime=dt.time(23),
                out_of_bed=dt.time(7),
                rls_severity=k % 11,
                medication_taken=("as_planned", "none", None)[k % 3],
                rls_areas=(("legs",), ("legs", "arms"), None)[k % 3],
                triggers=(None, ("stress",), ("travel", "other"))[k % 3],
                remedies=((("walking", 2),), None, (("cold", 0), ("other", 3)))[k % 3],
                notes="x" if k % 5 == 0 else None,
                entered_at=NOW if k % 2 else None,
            )
            for k in range(40)
        ]
        conn.execute("BEGIN")
        nights.put_many(conn, batch)
        conn.execute("DELETE FROM night WHERE date = '2023-01-05'")  # a gap in the ids
        records.put_setting(conn, "crisis", "112")
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")]
        return {t: sorted(conn.execute(f"SELECT * FROM {t}"), key=repr) for t in tables}


def test_migrating_a_v1_diary_keeps_every_row(data_dir: Path) -> None:
    _v1_diary(data_dir)
    path = connection.db_path(data_dir)
    before = _contents(path)
    assert len(before["night"]) == 39 and len(before["night_remedy"]) == 40
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION == 2
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        migrated = conn.execute(
            "SELECT name, sql FROM sqlite_schema WHERE name LIKE 'night%' ORDER BY name"
        ).fetchall()
        kept = nights.load(conn)
    assert _contents(path) == before  # every row, ids and all; no table left behind
    fresh = _database(2).execute(
        "SELECT name, sql FROM sqlite_schema WHERE name LIKE 'night%' ORDER BY name"
    )
    assert migrated == fresh.fetchall()  # the same tables as a new diary's
    assert [n.remedies for n in kept][:3] == [(("walking", 2),), None, (("cold", 0), ("other", 3))]
    (backup,) = list_backups(data_dir)
    assert "before-migration-v1" in backup.name
    assert _contents(backup) == before
    with contextlib.closing(sqlite3.connect(backup)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_failing_migration_leaves_the_v1_diary_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _v1_diary(data_dir)
    path = connection.db_path(data_dir)
    broken = {**schema.MIGRATIONS, 2: schema.MIGRATION_V2 + "\nINSERT INTO nowhere VALUES (1);"}
    monkeypatch.setattr(schema, "MIGRATIONS", broken)
    monkeypatch.setattr(connection, "MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError, match="nowhere"):
        connection.open_writer(data_dir)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM night").fetchone()[0] == 39
    monkeypatch.undo()
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        assert conn.execute("SELECT count(*) FROM night_remedy").fetchone()[0] == 40
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_v1_backup_restores_into_a_v2_diary(data_dir: Path, tmp_path: Path) -> None:
    old = tmp_path / "old"
    _v1_diary(old)
    source = connection.db_path(old)
    expected = _contents(source)
    with Diary.open_writer(data_dir, "Europe/Berlin", "tests") as diary:
        diary.save_night(Night(dt.date(2020, 1, 1), rls_severity=1))
        report = backup_service.restore_backup(diary, source, now=NOW)
        assert report.nights == 39
        assert diary.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert diary.nights()[0].date == dt.date(2023, 1, 1)
    restored = _contents(connection.db_path(data_dir))
    assert restored == expected
