"""The quick paths of a bulk CSV import give exactly what the general paths give (DESIGN §8):
the quick cross-field test, the wall-clock chain near offset changes, the reader's shortcut
for files without empty lines, and the bulk insert (explicit ids, blank columns left out,
``None`` bound through an adapter)."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import SWITCH_MORNINGS, SWITCH_ZONES, night_lists

from rls_diary.domain.clock import (
    CLOCK_TIMES,
    MINUTE_OF_DAY,
    chain_minutes,
    resolve_exactly,
    steady_offset,
)
from rls_diary.domain.csv_format import read_csv, read_csv_columns, write_csv
from rls_diary.domain.night import FIELDS_BY_NAME, NIGHT_ATTRIBUTES, Night, NightColumns
from rls_diary.domain.validation import (
    cross_field_clean,
    cross_field_problems,
    errors,
    parse_text,
    parse_time,
)
from rls_diary.services.diary import Diary
from rls_diary.services.importing import apply_import, plan_import
from rls_diary.storage import connection, nights

D = dt.date
T = dt.time
ZONES = SWITCH_ZONES
SWITCHES = SWITCH_MORNINGS
days = st.dates(D(1995, 1, 1), D(2040, 12, 31)) | st.builds(
    lambda day, shift: day + dt.timedelta(days=shift),
    st.sampled_from(SWITCHES),
    st.integers(-4, 4),
)
# whole minutes (the shared clock times, or equal ones), sometimes a time with seconds (only
# the exact path keeps those)
hours, minutes_past = st.integers(0, 23), st.integers(0, 59)
times = (
    st.none()
    | st.sampled_from(CLOCK_TIMES)
    | st.builds(T, hours, minutes_past)
    | st.builds(T, hours, minutes_past, st.just(30))
)
minutes = st.none() | st.integers(0, 720)


@st.composite
def raw_nights(draw: st.DrawFn) -> Night:
    """Nights whose single fields are valid but whose times and durations may break any rule
    that ties fields together."""
    return Night(
        draw(days),
        timezone=draw(st.sampled_from(ZONES)),
        bedtime=draw(times),
        lights_out=draw(times),
        final_wake=draw(times),
        out_of_bed=draw(times),
        sleep_latency_min=draw(minutes),
        wake_after_sleep_onset_min=draw(minutes),
        no_sleep=draw(st.sampled_from((None, False, True))),
    )


def _needs_exact_path(night: Night) -> bool:
    present = sum(
        getattr(night, name) is not None
        for name in ("bedtime", "lights_out", "final_wake", "out_of_bed")
    )
    return present >= 2 and chain_minutes(night) is None


# --- the quick cross-field test -------------------------------------------------------------


@settings(max_examples=300)
@given(st.lists(raw_nights(), max_size=12))
def test_the_quick_test_answers_as_the_rules_do(batch: list[Night]) -> None:
    quick = cross_field_clean(batch, "UTC")
    assert quick == [cross_field_clean([night], "UTC")[0] for night in batch]
    for night, clean in zip(batch, quick, strict=True):
        has_errors = bool(errors(cross_field_problems(night, "UTC")))
        if clean:
            assert not has_errors
        elif not _needs_exact_path(night):  # only the exact path may leave a doubt
            assert has_errors


def _columns(batch: list[Night]) -> NightColumns:
    return NightColumns(
        [[getattr(night, name) for night in batch] for name in NIGHT_ATTRIBUTES], len(batch)
    )


@given(st.lists(raw_nights(), max_size=12))
def test_the_quick_test_on_columns_answers_as_on_nights(batch: list[Night]) -> None:
    assert cross_field_clean(_columns(batch), "UTC") == cross_field_clean(batch, "UTC")


@given(night_lists(max_size=6))
def test_valid_nights_pass_the_quick_test(batch: list[Night]) -> None:
    quick = cross_field_clean(batch, "Europe/Berlin")
    for night, clean in zip(batch, quick, strict=True):
        assert clean or _needs_exact_path(night.replace(timezone=night.timezone or "Europe/Berlin"))


@pytest.mark.parametrize(
    ("values", "clean"),
    [
        ({"bedtime": T(23), "lights_out": T(23), "final_wake": T(7), "out_of_bed": T(7)}, True),
        ({"bedtime": T(23), "out_of_bed": T(20)}, False),  # 21 h in bed
        ({"bedtime": T(22), "out_of_bed": T(14)}, True),  # 16 h: a warning only
        ({"lights_out": T(23), "final_wake": T(1), "sleep_latency_min": 150}, False),
        ({"no_sleep": True, "final_wake": T(7)}, False),
        ({"no_sleep": True, "bedtime": T(23), "out_of_bed": T(7)}, True),
        ({"bedtime": T(23)}, True),  # nothing to compare
        ({"bedtime": T(23, 0, 30), "out_of_bed": T(7)}, False),  # seconds: the exact path
    ],
)
def test_the_quick_test_on_examples(values: dict[str, object], clean: bool) -> None:
    night = Night(D(2024, 6, 15), timezone="Europe/Berlin", **values)  # type: ignore[arg-type]
    assert cross_field_clean([night], "UTC") == [clean]


def test_the_quick_test_refuses_an_unknown_zone_as_the_rules_do() -> None:
    compared = Night(D(2024, 6, 15), timezone="Mars/Olympus", bedtime=T(23), out_of_bed=T(7))
    alone = Night(D(2024, 6, 15), timezone="Mars/Olympus", bedtime=T(23))
    assert cross_field_clean([alone], "UTC") == [True]
    assert cross_field_problems(alone, "UTC") == []
    for call in (cross_field_clean, lambda batch, zone: cross_field_problems(batch[0], zone)):
        with pytest.raises(ValueError, match="unknown time zone"):
            call([compared], "UTC")


# --- the wall-clock chain near offset changes ---------------------------------------------


@settings(max_examples=300)
@given(raw_nights())
def test_the_chain_in_wall_minutes_has_the_exact_differences(night: Night) -> None:
    chain = chain_minutes(night)
    if chain is None:
        return
    exact = resolve_exactly(night)
    instants = [exact.bedtime, exact.lights_out, exact.final_wake, exact.out_of_bed]
    pairs = [(m, i) for m, i in zip(chain, instants, strict=True) if m is not None]
    assert all(i is not None for _, i in pairs)
    for (m1, i1), (m2, i2) in itertools.pairwise(pairs):
        assert i1 is not None and i2 is not None
        assert (i2 - i1) == dt.timedelta(minutes=m2 - m1)


def test_the_chain_applies_near_a_change_that_falls_outside_the_night() -> None:
    # Europe/Berlin springs forward on 2024-03-31 at 02:00
    before = Night(D(2024, 3, 29), timezone="Europe/Berlin", bedtime=T(23), out_of_bed=T(7))
    assert steady_offset("Europe/Berlin", before.date) is None  # the year table's margin
    assert chain_minutes(before) == (-60, None, None, 420)
    across = before.replace(date=D(2024, 3, 31))
    assert chain_minutes(across) is None  # the change falls inside: the exact path
    assert cross_field_clean([before, across], "UTC") == [True, False]  # across: ask the rules
    assert cross_field_problems(across, "UTC") == []  # 7 h in bed that night


def test_parsed_times_are_the_shared_clock_times() -> None:
    assert parse_time("7:05") == T(7, 5)
    assert parse_time("07:05") is CLOCK_TIMES[7 * 60 + 5]
    assert parse_text(FIELDS_BY_NAME["bedtime"], " 23:59 ") is CLOCK_TIMES[-1]
    assert all(MINUTE_OF_DAY[t] == t.hour * 60 + t.minute for t in CLOCK_TIMES)


# --- the reader's shortcut ------------------------------------------------------------------


def test_rows_read_the_same_with_and_without_the_shortcut() -> None:
    """Plain dates in every row (the shortcut: no row can be empty) and dates with spaces
    (every row is looked at) read the same; a row of empty cells is skipped either way."""
    plain = "date,rls_severity\n2024-03-30,1\n2024-03-31,2\n"
    spaced = "date,rls_severity\n 2024-03-30,1\n2024-03-31 ,2\n"
    blank_row = "date,rls_severity\n2024-03-30,1\n,\n2024-03-31,2\n"
    expected = [
        (2, Night(D(2024, 3, 30), timezone="UTC", rls_severity=1)),
        (3, Night(D(2024, 3, 31), timezone="UTC", rls_severity=2)),
    ]
    assert read_csv(plain, "f.csv", "UTC").nights == expected
    assert read_csv(spaced, "f.csv", "UTC").nights == expected
    skipped = read_csv(blank_row, "f.csv", "UTC")
    assert skipped.problems == []
    assert skipped.nights == [expected[0], (4, expected[1][1])]


def test_the_usual_file_is_read_column_by_column() -> None:
    batch = [
        Night(D(2024, 3, 30), timezone="UTC", rls_severity=1, remedies=(("cold", 2),)),
        Night(D(2024, 3, 31), timezone="Europe/Berlin", bedtime=T(23), out_of_bed=T(7)),
    ]
    text = write_csv(batch, "UTC")
    usual = read_csv_columns(text, "f.csv", "UTC")
    assert usual.columns is not None and usual.nights == [] and usual.lines == [2, 3]
    assert usual.columns.nights() == batch == [usual.columns.night(0), usual.columns.night(1)]
    assert (
        usual.located() == read_csv(text, "f.csv", "UTC").nights == [(2, batch[0]), (3, batch[1])]
    )
    gap = read_csv_columns(text.replace("\n2024-03-31", "\n\n2024-03-31"), "f.csv", "UTC")
    assert gap.columns is not None and gap.lines == [2, 4]  # an empty line is skipped
    assert gap.located() == [(2, batch[0]), (4, batch[1])]
    broken = read_csv_columns(text + "2024-04-01,Mars/Olympus\n", "f.csv", "UTC")
    assert broken.columns is None and [line for line, _ in broken.located()] == [2, 3]
    assert [p.line for p in broken.problems] == [4]


def test_night_columns_hold_one_column_per_attribute_of_equal_length() -> None:
    batch = [Night(D(2024, 1, 1), timezone="UTC"), Night(D(2024, 1, 2), notes="x")]
    columns = _columns(batch)
    assert len(columns) == 2 and columns.column("notes") == [None, "x"]
    assert columns.nights() is columns.nights()  # built once
    with pytest.raises(ValueError, match="columns"):
        NightColumns([[D(2024, 1, 1)]], 1)
    with pytest.raises(ValueError, match="every column"):
        NightColumns([*columns.columns[:-1], [None]], 2)


# --- the bulk insert ------------------------------------------------------------------------


def _stored(conn: sqlite3.Connection) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    rows = conn.execute("SELECT * FROM night ORDER BY id").fetchall()
    remedies = conn.execute("SELECT * FROM night_remedy ORDER BY night_id, remedy").fetchall()
    return rows, remedies


def _param(value: object) -> object:
    """A night's value as the diary stores it (written out here, independently)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ";".join(value)
    return value


def _one_by_one(conn: sqlite3.Connection, batch: list[Night]) -> None:
    """The nights inserted one statement at a time, every column bound, SQLite choosing the
    ids and each remedy finding its night by date."""
    names = [name for (name,) in conn.execute("SELECT name FROM pragma_table_info('night')")]
    names.remove("id")
    marks = ", ".join("?" * len(names))
    for night in batch:
        conn.execute(
            f"INSERT INTO night ({', '.join(names)}) VALUES ({marks})",
            [_param(getattr(night, name)) for name in names],
        )
        for remedy, relief in night.remedies or ():
            conn.execute(
                "INSERT INTO night_remedy VALUES ((SELECT id FROM night WHERE date = ?), ?, ?)",
                (night.date.isoformat(), remedy, relief),
            )


def _put_columns(conn: sqlite3.Connection, batch: list[Night]) -> None:
    nights.put_columns(conn, _columns(batch))


@given(night_lists(max_size=6))
def test_the_bulk_insert_stores_what_single_inserts_store(batch: list[Night]) -> None:
    zoned = [night.replace(timezone=night.timezone or "UTC") for night in batch]
    results = []
    for insert in (nights.put_many, _put_columns, _one_by_one):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        connection.migrate(conn, Path())
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("INSERT INTO night (id, date, timezone) VALUES (7, '1980-01-01', 'UTC')")
        insert(conn, zoned)
        results.append(_stored(conn))
        assert nights.load(conn)[1:] == sorted(zoned, key=lambda n: n.date)
        conn.close()
    assert results[0] == results[1] == results[2]


def test_the_bulk_insert_lets_sqlite_choose_ids_past_the_largest(data_dir: Path) -> None:
    """Ids are one more than the largest so far; only past SQLite's largest rowid does SQLite
    choose them (and remedies find their night by date)."""
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        conn.execute(
            "INSERT INTO night (id, date, timezone) VALUES (?, '1980-01-01', 'UTC')",
            (2**63 - 1,),
        )
        batch = [
            Night(D(2024, 1, k), timezone="UTC", remedies=(("walking", k % 4),))
            for k in range(1, 4)
        ]
        nights.put_many(conn, batch)
        assert nights.load(conn)[1:] == batch
        ids = [i for (i,) in conn.execute("SELECT id FROM night WHERE date > '2000-01-01'")]
        assert len(set(ids)) == 3 and 2**63 - 1 not in ids
        nights.delete_all(conn)
        nights.put_many(conn, batch)
        assert [i for (i,) in conn.execute("SELECT id FROM night ORDER BY id")] == [1, 2, 3]


def test_blank_columns_are_left_out_and_stored_as_null(data_dir: Path) -> None:
    with contextlib.closing(connection.open_writer(data_dir)) as conn:
        blank = Night(D(2024, 1, 1), timezone="UTC")
        statement, rows = nights._insert([[value] for value in nights._STORED_VALUES(blank)], [1])
        assert statement == "INSERT INTO night (id, date, timezone) VALUES (?, ?, ?)"
        assert rows == [(1, "2024-01-01", "UTC")]
        listed = Night(D(2024, 1, 2), timezone="UTC", rls_areas=["arms", "legs"])  # type: ignore[arg-type]
        nights.put_many(conn, [Night(D(2024, 1, 1), timezone="UTC"), listed])
        row = conn.execute("SELECT * FROM night WHERE date = '2024-01-01'").fetchone()
        assert row[3:] == (None,) * (len(row) - 3)
        assert conn.execute("SELECT rls_areas FROM night WHERE id = 2").fetchone() == ("arms;legs",)


def test_none_is_bound_as_null_through_an_adapter() -> None:
    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        assert conn.execute("SELECT typeof(?), ? IS NULL", (None, None)).fetchone() == ("null", 1)


def test_an_import_into_an_empty_diary_stores_every_value(tmp_path: Path) -> None:
    batch = [
        Night(
            D(2024, 3, 28) + dt.timedelta(days=k),
            timezone="Europe/Berlin",
            bedtime=T(23),
            lights_out=T(23, 10),
            sleep_latency_min=20,
            final_wake=T(6, 30),
            out_of_bed=T(7),
            nicotine=k % 2 == 0,
            rls_areas=("legs",) if k % 2 else None,
            remedies=(("walking", 2), ("cold", 1)) if k % 3 else None,
            notes="a" if k == 1 else None,
        )
        for k in range(6)
    ]
    source = tmp_path / "nights.csv"
    source.write_text(write_csv(batch, "UTC"), encoding="utf-8")
    with Diary.open_writer(tmp_path / "data", "UTC", "tests") as diary:
        plan = plan_import(diary, source)
        assert plan.report.ok and plan.report.added == 6
        assert isinstance(plan.new_batch, NightColumns)  # kept column by column
        apply_import(diary, plan)
        assert diary.nights() == batch
        again = plan_import(diary, source)  # now compared night by night
        assert again.report.unchanged == 6 and again.new_nights == []
    with Diary.open_writer(tmp_path / "other", "UTC", "tests") as diary:
        plan = plan_import(diary, source)
        assert plan.new_nights == batch  # built when asked for
        assert plan.new_batch == batch
        apply_import(diary, plan)
        assert diary.nights() == batch


ZONE = "Europe/Berlin"


def test_the_plan_names_its_dates_without_building_nights(tmp_path: Path) -> None:
    from rls_diary.domain.csv_format import write_csv
    from rls_diary.services.diary import Diary
    from rls_diary.services.importing import plan_import

    source = tmp_path / "in.csv"
    nights = [Night(dt.date(2024, 5, day), timezone=ZONE, rls_severity=day) for day in (3, 1, 2)]
    source.write_text(write_csv(nights, ZONE), encoding="utf-8")
    with Diary.in_memory(ZONE) as empty:
        plan = plan_import(empty, source)
        assert isinstance(plan.new_batch, NightColumns)
        assert plan.affected_dates() == [dt.date(2024, 5, d) for d in (1, 2, 3)]
        assert isinstance(plan.new_batch, NightColumns)  # still not built
        assert sorted(n.date for n in plan.new_nights) == plan.affected_dates()
