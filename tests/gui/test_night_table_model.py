"""The list of nights: a QAbstractTableModel checked by qtmodeltester and without widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from rls_diary.domain.night import Night
from rls_diary.ui.models import night_table
from rls_diary.ui.models.night_table import (
    SORT_ROLE,
    Column,
    NightFilterProxy,
    NightTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
D = dt.date(2026, 3, 24)  # a Tuesday


def full(date: dt.date, **changes: object) -> Night:
    night = Night(
        date=date,
        timezone="Europe/Berlin",
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 30),
        sleep_latency_min=15,
        awakenings=2,
        wake_after_sleep_onset_min=30,
        final_wake=dt.time(6, 45),
        out_of_bed=dt.time(7, 15),
        sleep_quality=4,
        rls_severity=3,
        rls_onset=dt.time(22, 30),
    )
    return night.replace(**changes)


def text_at(model: NightTableModel | NightFilterProxy, row: int, column: Column) -> str:
    return model.index(row, column).data(DISPLAY)


class Recorder:
    """The model's structural signals, in order."""

    def __init__(self, model: NightTableModel) -> None:
        self.events: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("removed", a, b)))
        model.rowsMoved.connect(lambda _p, a, _b, _d, to: self.events.append(("moved", a, to)))
        model.layoutChanged.connect(lambda *_: self.events.append(("layout", -1, -1)))
        model.modelReset.connect(lambda: self.events.append(("reset", -1, -1)))
        model.dataChanged.connect(
            lambda a, b, _r: self.events.append(("changed", a.row(), b.row()))
        )


@pytest.fixture
def model() -> NightTableModel:
    m = NightTableModel("Europe/Berlin")
    m.set_nights(
        [
            full(D),
            Night(date=D - dt.timedelta(days=2), rls_severity=0, notes="Walked to the park\nlate"),
            full(D - dt.timedelta(days=1), rls_severity=7, rls_onset=dt.time(1, 0)),
        ]
    )
    return m


def test_passes_qtmodeltester_through_changes(qtmodeltester, model: NightTableModel) -> None:
    qtmodeltester.check(model)
    model.upsert(full(D + dt.timedelta(days=1)))
    model.upsert(full(D, sleep_quality=1))
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    model.upsert(full(D, rls_severity=10))  # moves to the top
    model.remove(D - dt.timedelta(days=2))
    model.set_nights([])
    qtmodeltester.check(model)


def test_proxy_passes_qtmodeltester(qtmodeltester, model: NightTableModel) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.TST, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_query("park")
    model.upsert(full(D + dt.timedelta(days=3), notes="park again"))
    assert proxy.rowCount() == 2


def test_rows_are_in_date_order_with_shown_values(model: NightTableModel) -> None:
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    assert [model.night_at(r).date for r in range(3)] == [
        D - dt.timedelta(days=2),
        D - dt.timedelta(days=1),
        D,
    ]
    row = model.row_of(D)
    assert row == 2
    assert text_at(model, 2, Column.DATE) == "Tue 24 Mar 2026"
    assert text_at(model, 2, Column.TIB) == "8 h 15"
    assert text_at(model, 2, Column.TST) == "6 h 30"
    assert text_at(model, 2, Column.SE) == "78.8 %"
    assert text_at(model, 2, Column.QUALITY) == "4"
    assert text_at(model, 2, Column.SEVERITY) == "3"
    assert text_at(model, 2, Column.ONSET) == "22:30"
    assert model.headerData(Column.SE, Qt.Orientation.Horizontal) == "Efficiency"


def test_blank_shows_a_dash_never_zero(model: NightTableModel) -> None:
    row = model.row_of(D - dt.timedelta(days=2))
    assert row == 0
    for column in (Column.TIB, Column.TST, Column.SE, Column.QUALITY, Column.ONSET):
        assert text_at(model, row, column) == "–", column
        assert model.index(row, column).data(SORT_ROLE) is None
    assert text_at(model, row, Column.SEVERITY) == "0"  # an explicit "no symptoms"
    assert text_at(model, row, Column.NOTES) == "Walked to the park"
    assert model.row_of(D + dt.timedelta(days=9)) is None


def test_upsert_inserts_a_row_without_reset(model: NightTableModel) -> None:
    seen = Recorder(model)
    assert model.upsert(full(D + dt.timedelta(days=5))) == 3
    assert model.upsert(full(D - dt.timedelta(days=5))) == 0
    assert model.upsert(full(D + dt.timedelta(days=2))) == 4  # between two rows
    assert seen.events == [("inserted", 3, 3), ("inserted", 0, 0), ("inserted", 4, 4)]
    assert model.rowCount() == 6
    assert [n.date for n in model.nights()] == sorted(n.date for n in model.nights())


def test_upsert_of_an_existing_date_changes_data_only(model: NightTableModel) -> None:
    assert text_at(model, 2, Column.TIB) == "8 h 15"
    seen = Recorder(model)
    model.upsert(full(D, out_of_bed=dt.time(8, 0)))
    assert seen.events == [("changed", 2, 2)]
    assert text_at(model, 2, Column.TIB) == "9 h 00"  # recomputed, not the cached value
    assert model.rowCount() == 3


def test_a_changed_value_moves_its_row_and_the_selection_follows(
    model: NightTableModel,
) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
    assert [text_at(proxy, r, Column.SEVERITY) for r in range(3)] == ["0", "3", "7"]
    selection = QItemSelectionModel(proxy)
    selection.setCurrentIndex(
        proxy.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    seen = Recorder(model)
    assert model.upsert(full(D, rls_severity=9)) == 2
    assert seen.events == [("moved", 1, 3), ("changed", 2, 2)]
    assert [text_at(proxy, r, Column.SEVERITY) for r in range(3)] == ["0", "7", "9"]
    current = selection.currentIndex()
    assert current.row() == 2
    assert model.night_at(proxy.mapToSource(current).row()).date == D


def test_sorting_is_a_layout_change_not_a_reset(model: NightTableModel) -> None:
    seen = Recorder(model)
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    assert seen.events == [("layout", -1, -1)]
    assert [model.night_at(r).rls_severity for r in range(3)] == [7, 3, 0]
    assert model.row_of(D) == 1


def test_remove_emits_row_removal(model: NightTableModel) -> None:
    seen = Recorder(model)
    assert model.remove(D - dt.timedelta(days=1)) is True
    assert model.remove(D - dt.timedelta(days=1)) is False
    assert seen.events == [("removed", 1, 1)]
    assert [n.date for n in model.nights()] == [D - dt.timedelta(days=2), D]
    assert model.row_of(D) == 1


def test_selection_survives_inserts_and_removals(model: NightTableModel) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    selection = QItemSelectionModel(proxy)
    row = proxy.proxy_row_of(D - dt.timedelta(days=1))
    assert row is not None
    selection.setCurrentIndex(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.upsert(full(D + dt.timedelta(days=1)))
    model.remove(D - dt.timedelta(days=2))
    model.upsert(full(D, sleep_quality=2))
    current = selection.currentIndex()
    assert current.isValid()
    assert model.night_at(proxy.mapToSource(current).row()).date == D - dt.timedelta(days=1)
    assert selection.isRowSelected(current.row(), QModelIndex())


def test_metrics_are_computed_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[dt.date] = []
    real = night_table.compute

    def counting(night: Night, zone: str = "UTC"):  # type: ignore[no-untyped-def]
        calls.append(night.date)
        return real(night, zone)

    monkeypatch.setattr(night_table, "compute", counting)
    model = NightTableModel("Europe/Berlin")
    model.set_nights([full(D - dt.timedelta(days=i)) for i in range(500)])
    assert calls == []
    assert text_at(model, 10, Column.DATE)
    assert calls == []
    text_at(model, 10, Column.TIB)
    text_at(model, 10, Column.SE)
    assert calls == [model.night_at(10).date]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_on_raw_values_with_blanks_last(model: NightTableModel, order: Qt.SortOrder) -> None:
    model.upsert(full(D + dt.timedelta(days=1), out_of_bed=dt.time(10, 0)))  # TIB 11 h
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.TIB, order)
    shown = [text_at(proxy, r, Column.TIB) for r in range(proxy.rowCount())]
    figures = ["8 h 15", "8 h 15", "11 h 00"]
    expected = figures if order == Qt.SortOrder.AscendingOrder else figures[::-1]
    assert shown == [*expected, "–"]


def test_onset_sorts_by_clock_position_around_midnight(model: NightTableModel) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.ONSET, Qt.SortOrder.AscendingOrder)
    shown = [text_at(proxy, r, Column.ONSET) for r in range(proxy.rowCount())]
    assert shown == ["22:30", "01:00", "–"]  # 22:30 the evening before comes first


def test_find_by_date_text_or_note_words(model: NightTableModel) -> None:
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)

    def found(query: str) -> list[dt.date]:
        proxy.set_query(query)
        return sorted(
            model.night_at(proxy.mapToSource(proxy.index(r, 0)).row()).date
            for r in range(proxy.rowCount())
        )

    assert found("PARK") == [D - dt.timedelta(days=2)]
    assert found("2026-03-24") == [D]
    assert found("24 mar") == [D]
    assert found("mar 24") == [D]  # every word, in any order
    assert found("tue") == [D]
    assert found("park tue") == []
    assert found("nothing like this") == []
    assert len(found("  ")) == 3


def test_find_takes_words_literally_and_spans_lines(model: NightTableModel) -> None:
    model.upsert(full(D + dt.timedelta(days=1), notes="legs (again) a+b\nsecond line.*"))
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)

    def found(query: str) -> int:
        proxy.set_query(query)
        return proxy.rowCount()

    assert found("(again)") == 1
    assert found("a+b") == 1
    assert found("ab") == 0  # "+" is a character, not "one or more"
    assert found("legs second") == 1  # words on different lines of the notes
    assert found(".*") == 1  # only the night whose notes hold ".*"
    assert found("") == model.rowCount()


def test_without_a_query_rows_are_accepted_without_asking_the_model(
    model: NightTableModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening 20 years must not call back into Python once per night."""
    asked: list[int] = []
    data = NightTableModel.data

    def counting(self: NightTableModel, index: object, role: int = DISPLAY) -> object:
        asked.append(role)
        return data(self, index, role)  # type: ignore[arg-type]

    monkeypatch.setattr(NightTableModel, "data", counting)
    proxy = NightFilterProxy()
    proxy.setSourceModel(model)
    model.set_nights([full(D - dt.timedelta(days=i)) for i in range(50)])
    assert proxy.rowCount() == 50
    assert night_table.FIND_ROLE not in asked
    proxy.set_query("tue")
    assert night_table.FIND_ROLE in asked
    assert 0 < proxy.rowCount() < 50
