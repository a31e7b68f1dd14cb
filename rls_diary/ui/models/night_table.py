"""The list of nights as a table model, and the proxy that finds nights by date or notes.

The model sorts itself (a Python ``sorted`` over cached keys, then ``layoutChanged``): a
``QSortFilterProxyModel`` comparator would call back into Python some 100,000 times for a
diary of 20 years. Metrics are computed on first use and cached, so opening the list does
not compute 7,300 nights. ``upsert`` and ``remove`` emit row insertions, moves, removals and
``dataChanged`` (never a reset), so views keep their selection. Blanks show as ``–`` (never
0) and sort last in either direction.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from functools import total_ordering
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from rls_diary.domain.metrics import NightMetrics, compute
from rls_diary.domain.night import Night
from rls_diary.domain.validation import format_time
from rls_diary.ui.diary import text

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # raw value, None for blank
DATE_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # the row's dt.date (every column)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    SEVERITY = 1
    QUALITY = 2
    TST = 3
    SE = 4
    TIB = 5
    ONSET = 6
    NOTES = 7


HEADERS: Final = {
    Column.DATE: ("Night (morning)", "The morning date: the day you woke up"),
    Column.TIB: ("In bed", "Time in bed"),
    Column.TST: ("Slept", "Total sleep time"),
    Column.SE: ("Efficiency", "Sleep efficiency: total sleep / time in bed"),
    Column.QUALITY: ("Quality", "Sleep quality, 1 (very poor) to 5 (very good)"),
    Column.SEVERITY: ("RLS", "Restless legs severity, 0 (no symptoms) to 10"),
    Column.ONSET: ("Onset", "Clock time the symptoms began"),
    Column.NOTES: ("Notes", "The first line of your notes"),
}
_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC: Final = frozenset({Column.TIB, Column.TST, Column.SE, Column.QUALITY, Column.SEVERITY})
_ASCENDING: Final = Qt.SortOrder.AscendingOrder


def _first_line(notes: str | None) -> str:
    stripped = (notes or "").strip()
    return stripped.splitlines()[0] if stripped else ""


@total_ordering
class _Reversed:
    """Orders its value backwards (a descending key that still puts blanks last)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)

    def __hash__(self) -> int:  # pragma: no cover - keys are never hashed
        return hash(self.value)


class NightTableModel(QAbstractTableModel):
    """One row per night, in the order of the last ``sort`` (by date at first)."""

    def __init__(self, default_zone: str = "UTC", parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = default_zone
        self._rows: list[Night] = []
        self._keys: list[tuple[Any, ...]] = []  # the sort key of each row, ascending
        self._row_of: dict[dt.date, int] = {}
        self._metrics: dict[dt.date, NightMetrics] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Column.DATE, _ASCENDING)

    # -- contents ----------------------------------------------------------------------

    def set_nights(self, nights: Sequence[Night]) -> None:
        """Replace everything (a reload after an import): a model reset."""
        self.beginResetModel()
        self._metrics = {}
        self._rows = list(nights)
        self._arrange()
        self.endResetModel()

    def upsert(self, night: Night) -> int:
        """Add ``night`` or replace the one of its date; returns its row."""
        self._metrics.pop(night.date, None)
        key = self._key(night)
        old = self._row_of.get(night.date)
        if old is None:
            row = bisect.bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, night)
            self._keys.insert(row, key)
            self._reindex(row)
            self.endInsertRows()
            return row
        rest = self._keys[:old] + self._keys[old + 1 :]
        row = bisect.bisect_left(rest, key)
        if row != old:  # the new values move it: a move keeps the selection on it
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), row + (row > old))
            del self._rows[old], self._keys[old]
            self._rows.insert(row, night)
            self._keys.insert(row, key)
            self._reindex(min(row, old))
            self.endMoveRows()
        else:
            self._rows[row] = night
            self._keys[row] = key
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1), [])
        return row

    def remove(self, date: dt.date) -> bool:
        """Remove the night of ``date``; False when there is none."""
        row = self._row_of.get(date)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row], self._keys[row], self._row_of[date]
        self._metrics.pop(date, None)
        self._reindex(row)
        self.endRemoveRows()
        return True

    def night_at(self, row: int) -> Night:
        return self._rows[row]

    def row_of(self, date: dt.date) -> int | None:
        return self._row_of.get(date)

    def nights(self) -> list[Night]:
        """The nights, oldest first."""
        return sorted(self._rows, key=lambda n: n.date)

    def metrics_at(self, row: int) -> NightMetrics:
        return self._metrics_of(self._rows[row])

    def sort_key(self, row: int, column: int) -> Any:
        """The raw value of a cell (None for blank), read without a trip through Qt."""
        return self._raw(column, self._rows[row])

    # -- sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        dates = [self._rows[i.row()].date for i in persistent]
        self._sort = (column, order)
        self._arrange()
        moved = [
            self.index(self._row_of[d], i.column()) for d, i in zip(dates, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _key(self, night: Night) -> tuple[Any, ...]:
        """Blanks after values in either order; ties by date, in the same direction."""
        column, order = self._sort
        value = self._raw(column, night)
        day = night.date.toordinal()
        if order == _ASCENDING:
            return (0, value, day) if value is not None else (1, day)
        return (0, _Reversed(value), -day) if value is not None else (1, -day)

    def _arrange(self) -> None:
        keyed = sorted(((self._key(n), n) for n in self._rows), key=lambda pair: pair[0])
        self._keys = [key for key, _ in keyed]
        self._rows = [night for _, night in keyed]
        self._reindex(0)

    def _reindex(self, start: int) -> None:
        for row in range(start, len(self._rows)):
            self._row_of[self._rows[row].date] = row

    def _metrics_of(self, night: Night) -> NightMetrics:
        cached = self._metrics.get(night.date)
        if cached is None:
            try:
                cached = compute(night, self._zone)
            except ValueError:  # a zone this machine does not know
                cached = NightMetrics()
            self._metrics[night.date] = cached
        return cached

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = HEADERS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = index.column()  # an int; Column members compare equal to it
        night = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, night)
        if role == SORT_ROLE:
            return self._raw(column, night)
        if role == DATE_ROLE:
            return night.date
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTES and night.notes:
            return night.notes
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self._display(column, night)
            return (
                f"{HEADERS[Column(column)][1]}: {'not recorded' if shown == text.BLANK else shown}"
            )
        return None

    def _raw(self, column: int, night: Night) -> Any:
        if column == Column.DATE:
            return night.date.toordinal()
        if column == Column.QUALITY:
            return night.sleep_quality
        if column == Column.SEVERITY:
            return night.rls_severity
        if column == Column.NOTES:
            return _first_line(night.notes).casefold() or None
        metrics = self._metrics_of(night)
        if column == Column.TIB:
            return metrics.time_in_bed_min
        if column == Column.TST:
            return metrics.total_sleep_min
        if column == Column.SE:
            return metrics.sleep_efficiency_pct
        return metrics.rls_onset_min  # ONSET: relative to midnight, so 23:00 < 01:00

    def _display(self, column: int, night: Night) -> str:
        if column == Column.DATE:
            return text.long_date(night.date)
        if column == Column.NOTES:
            return _first_line(night.notes)
        if column == Column.QUALITY:
            return _number(night.sleep_quality)
        if column == Column.SEVERITY:
            return _number(night.rls_severity)
        if column == Column.ONSET:
            return text.BLANK if night.rls_onset is None else format_time(night.rls_onset)
        metrics = self._metrics_of(night)
        if column == Column.TIB:
            return text.short_duration(metrics.time_in_bed_min)
        if column == Column.TST:
            return text.short_duration(metrics.total_sleep_min)
        return text.percent(metrics.sleep_efficiency_pct)


def _number(value: int | None) -> str:
    return text.BLANK if value is None else str(value)


class NightFilterProxy(QSortFilterProxyModel):
    """Finds nights; sorting is handed to the source model (see the module docstring).

    A query matches a night when every word of it occurs in the night's date (as shown,
    ``Tue 24 Mar 2026``, or as ``2026-03-24``) or in its notes, ignoring case.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._order: tuple[int, Qt.SortOrder] = (Column.DATE, _ASCENDING)

    def set_query(self, query: str) -> None:
        words = tuple(query.casefold().split())
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateRowsFilter()

    @property
    def query_words(self) -> tuple[str, ...]:
        return self._words

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Sort the source model; this proxy keeps its order (it never sorts itself)."""
        model = self.sourceModel()
        if isinstance(model, NightTableModel) and column >= 0:
            self._order = (column, order)
            model.sort(column, order)

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._order

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, NightTableModel):  # pragma: no cover - wired by the tab
            return True
        night = model.night_at(source_row)
        haystack = f"{text.long_date(night.date)} {night.date.isoformat()} {night.notes or ''}"
        haystack = haystack.casefold()
        return all(word in haystack for word in self._words)

    def proxy_row_of(self, date: dt.date) -> int | None:
        model = self.sourceModel()
        if not isinstance(model, NightTableModel):  # pragma: no cover
            return None
        row = model.row_of(date)
        if row is None:
            return None
        mapped = self.mapFromSource(model.index(row, 0))
        return mapped.row() if mapped.isValid() else None
