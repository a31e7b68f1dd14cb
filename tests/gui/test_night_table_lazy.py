"""The list of nights read on demand (issue 11): given the dates and a way to read nights,
the model reads only the pages the view asks for, and everything only when it must."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from rls_diary.domain.night import Night
from rls_diary.ui.models import night_table
from rls_diary.ui.models.night_table import (
    DATE_ROLE,
    Column,
    NightFilterProxy,
    NightTableModel,
)

FIRST = dt.date(2010, 1, 1)
COUNT = 1000
DISPLAY = Qt.ItemDataRole.DisplayRole


def night(k: int) -> Night:
    return Night(
        FIRST + dt.timedelta(days=k),
        timezone="UTC",
        rls_severity=k % 11,
        notes="park" if k % 100 == 7 else None,
        bedtime=dt.time(23),
        out_of_bed=dt.time(7),
    )


class Store:
    """Nights by date, counting what the model reads."""

    def __init__(self) -> None:
        self.nights = {n.date: n for n in map(night, range(COUNT))}
        self.reads: list[tuple[dt.date | None, dt.date | None]] = []
        self.read_count = 0  # nights read in all

    def fetch(self, first: dt.date | None, last: dt.date | None) -> list[Night]:
        self.reads.append((first, last))
        found = [
            n
            for d, n in sorted(self.nights.items())
            if (first is None or d >= first) and (last is None or d <= last)
        ]
        self.read_count += len(found)
        return found


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def model(store: Store) -> NightTableModel:
    m = NightTableModel("UTC")
    m.set_source(sorted(store.nights), store.fetch)
    return m


def test_opening_reads_no_night(store: Store, model: NightTableModel) -> None:
    assert model.rowCount() == COUNT
    assert store.reads == []
    assert model.index(5, Column.DATE).data(DATE_ROLE) == FIRST + dt.timedelta(days=5)
    assert store.reads == []  # the date of a row is known without reading it


def test_showing_a_row_reads_one_page_around_it(store: Store, model: NightTableModel) -> None:
    assert model.index(500, Column.SEVERITY).data(DISPLAY) == str(500 % 11)
    assert len(store.reads) == 1
    assert 0 < store.read_count <= night_table.PAGE + 1
    for row in range(450, 550):  # the same page
        model.index(row, Column.TST).data(DISPLAY)
    assert len(store.reads) == 1
    assert model.night_at(999) == night(999)
    assert len(store.reads) == 2


def test_sorting_by_a_value_reads_everything_once(store: Store, model: NightTableModel) -> None:
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    assert store.reads == [(None, None)]
    severities = [model.night_at(row).rls_severity for row in range(COUNT)]
    assert severities == sorted(severities, reverse=True)
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert [model.date_at(r) for r in range(3)] == [
        FIRST + dt.timedelta(days=COUNT - 1 - k) for k in range(3)
    ]
    assert store.reads == [(None, None)]


def test_sorting_by_date_descending_reads_nothing(store: Store, model: NightTableModel) -> None:
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert store.reads == []
    assert model.night_at(0) == night(COUNT - 1)


def test_latest_reads_only_the_latest(store: Store, model: NightTableModel) -> None:
    assert model.latest(3) == [night(COUNT - 3), night(COUNT - 2), night(COUNT - 1)]
    assert store.reads == [(night(COUNT - 3).date, night(COUNT - 1).date)]


def test_nights_reads_the_rest_and_keeps_changes(store: Store, model: NightTableModel) -> None:
    changed = night(10).replace(rls_severity=10, notes="edited")
    model.upsert(changed)
    added = night(COUNT + 5)
    model.upsert(added)
    assert model.remove(night(20).date)
    everything = model.nights()
    assert len(everything) == COUNT  # one added, one removed
    assert everything[10] == changed  # not replaced by the stored copy
    assert everything[-1] == added
    assert night(20) not in everything
    assert model.fully_loaded


def test_finding_reads_everything_once(store: Store, model: NightTableModel) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_query("park")
    assert store.reads == [(None, None)]
    assert proxy.rowCount() == COUNT // 100


def test_a_night_gone_from_storage_shows_blank(store: Store, model: NightTableModel) -> None:
    gone = night(3).date
    del store.nights[gone]
    assert model.night_at(3) == Night(gone)
    assert model.index(3, Column.SEVERITY).data(DISPLAY) == "–"


def test_lazy_model_passes_qtmodeltester(qtmodeltester, store: Store) -> None:
    model = NightTableModel("UTC")
    model.set_source(sorted(store.nights)[:300], store.fetch)
    qtmodeltester.check(model)
    model.upsert(night(COUNT + 1))
    model.sort(Column.TST, Qt.SortOrder.AscendingOrder)
    model.remove(night(0).date)
    qtmodeltester.check(model)
