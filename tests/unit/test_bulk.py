"""Helpers for work on thousands of nights: building nights column by column, pausing the
cyclic garbage collector (issue 11)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading

import pytest

from rls_diary.domain.bulk import gc_paused
from rls_diary.domain.night import Night, nights_from_columns


def test_nights_from_columns_equals_the_constructor() -> None:
    nights = [
        Night(dt.date(2024, 1, 1), timezone="UTC", rls_severity=3, notes="a"),
        Night(
            dt.date(2024, 1, 2),
            timezone="Europe/Berlin",
            bedtime=dt.time(23),
            rls_areas=("legs", "arms"),
            remedies=(("walking", 2),),
            nicotine=False,
            entered_at=dt.datetime(2024, 1, 2, 7, tzinfo=dt.UTC),
        ),
        Night(dt.date(2024, 1, 3)),
    ]
    columns = [[getattr(n, f.name) for n in nights] for f in dataclasses.fields(Night)]
    built = nights_from_columns(columns, len(nights))
    assert built == nights
    assert [hash(n) for n in built] == [hash(n) for n in nights]
    with pytest.raises(dataclasses.FrozenInstanceError):
        built[0].notes = "changed"  # type: ignore[misc]


def test_nights_from_columns_needs_one_column_per_field() -> None:
    with pytest.raises(ValueError, match="columns"):
        nights_from_columns([[dt.date(2024, 1, 1)]], 1)


def test_gc_paused_restores_the_collector_after_nested_blocks() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_gc_paused_restores_the_collector_after_an_error() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_gc_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_gc_paused_in_overlapping_threads_restores_once_both_end() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    with gc_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the worker's block is still running
    release.set()
    thread.join(10)
    assert gc.isenabled()
