"""The list of nights as a table model, and the proxy that finds nights by date or notes.

The model sorts itself (a Python ``sorted`` over cached keys, then ``layoutChanged``): a
``QSortFilterProxyModel`` comparator would call back into Python some 100,000 times for a
diary of 20 years. Metrics are computed on first use and cached, so opening the list does
not compute 7,300 nights. Given only the dates and a way to read nights
(:meth:`NightTableModel.set_source`), the model reads the nights the view shows, a page of
dates at a time, and all of them only when it must (sorting by another column, finding, or
:meth:`~NightTableModel.nights`): opening the list of 20 years reads one page.
``upsert`` and ``remove`` emit row insertions, moves, removals and ``dataChanged`` (never a
reset), so views keep their selection. Blanks show as ``–`` (never 0) and sort last in
either direction.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import total_ordering
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from rls_diary.domain.metrics import NightMetrics, compute
from rls_diary.domain.night import Night
from rls_diary.ui.diary import text

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # raw value, None for blank
DATE_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # the row's dt.date (every column)
FIND_ROLE: Final = Qt.ItemDataRole.UserRole + 3  # what finding searches: dates and notes

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


# Each column's title and tooltip (translated when shown, context "NightTableModel").
HEADERS: Final = {
    Column.DATE: (
        QT_TRANSLATE_NOOP("NightTableModel", "Night (morning)"),
        QT_TRANSLATE_NOOP("NightTableModel", "The morning date: the day you woke up"),
    ),
    Column.TIB: (
        QT_TRANSLATE_NOOP("NightTableModel", "In bed"),
        QT_TRANSLATE_NOOP("NightTableModel", "Time in bed"),
    ),
    Column.TST: (
        QT_TRANSLATE_NOOP("NightTableModel", "Slept"),
        QT_TRANSLATE_NOOP("NightTableModel", "Total sleep time"),
    ),
    Column.SE: (
        QT_TRANSLATE_NOOP("NightTableModel", "Efficiency"),
        QT_TRANSLATE_NOOP("NightTableModel", "Sleep efficiency: total sleep / time in bed"),
    ),
    Column.QUALITY: (
        QT_TRANSLATE_NOOP("NightTableModel", "Quality"),
        QT_TRANSLATE_NOOP("NightTableModel", "Sleep quality, 1 (very poor) to 5 (very good)"),
    ),
    Column.SEVERITY: (
        QT_TRANSLATE_NOOP("NightTableModel", "RLS"),
        QT_TRANSLATE_NOOP("NightTableModel", "Restless legs severity, 0 (no symptoms) to 10"),
    ),
    Column.ONSET: (
        QT_TRANSLATE_NOOP("NightTableModel", "Onset"),
        QT_TRANSLATE_NOOP("NightTableModel", "Clock time the symptoms began"),
    ),
    Column.NOTES: (
        QT_TRANSLATE_NOOP("NightTableModel", "Notes"),
        QT_TRANSLATE_NOOP("NightTableModel", "The first line of your notes"),
    ),
}
_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERIC: Final = frozenset({Column.TIB, Column.TST, Column.SE, Column.QUALITY, Column.SEVERITY})
_ASCENDING: Final = Qt.SortOrder.AscendingOrder
PAGE: Final = 200  # nights read at a time when they are read on demand

# Reads the nights from one date to another (inclusive; None: open), like Diary.nights.
Fetch = Callable[[dt.date | None, dt.date | None], Sequence[Night]]


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
        self._dates: list[dt.date] = []  # the night of each row
        self._nights: dict[dt.date, Night] = {}  # the nights read so far (all, without a source)
        self._fetch: Fetch | None = None  # reads the nights not read yet
        # the sort key of each row, ascending; None until needed when sorted by date (the
        # keys then follow from the dates alone)
        self._keys: list[tuple[Any, ...]] | None = []
        self._row_of: dict[dt.date, int] = {}
        self._metrics: dict[dt.date, NightMetrics] = {}
        self._sort: tuple[int, Qt.SortOrder] = (Column.DATE, _ASCENDING)

    # -- contents ----------------------------------------------------------------------

    def set_nights(self, nights: Sequence[Night]) -> None:
        """Replace everything (a reload after an import): a model reset."""
        self.beginResetModel()
        self._metrics = {}
        self._nights = {night.date: night for night in nights}
        self._dates = list(self._nights)
        self._fetch = None
        self._arrange()
        self.endResetModel()

    def set_source(self, dates: Sequence[dt.date], fetch: Fetch) -> None:
        """Replace everything with the nights of ``dates``, read through ``fetch`` when
        they are needed (a model reset). ``fetch(first, last)`` returns the stored nights
        from ``first`` to ``last``; one it does not return shows as a blank night."""
        self.beginResetModel()
        self._metrics = {}
        self._nights = {}
        self._dates = list(dates)
        self._fetch = fetch
        self._arrange()
        self.endResetModel()

    def load_all(self) -> None:
        """Read every night not read yet (before finding or sorting by their values)."""
        fetch, self._fetch = self._fetch, None
        if fetch is None or not self._dates:
            return
        for night in fetch(None, None):
            self._nights.setdefault(night.date, night)  # a newer night of this model stays

    @property
    def fully_loaded(self) -> bool:
        return self._fetch is None

    def latest(self, count: int) -> list[Night]:
        """The ``count`` latest nights, oldest first (read on demand)."""
        dates = sorted(self._dates)[-count:] if count > 0 else []
        missing = [d for d in dates if d not in self._nights]
        if missing and self._fetch is not None:
            self._add(self._fetch(missing[0], missing[-1]), missing)
        return [self._nights.get(d) or Night(d) for d in dates]

    def _add(self, nights: Sequence[Night], wanted: Sequence[dt.date]) -> None:
        for night in nights:
            self._nights.setdefault(night.date, night)
        for day in wanted:  # gone from storage meanwhile: shown blank rather than failing
            self._nights.setdefault(day, Night(day))

    def _night(self, row: int) -> Night:
        day = self._dates[row]
        night = self._nights.get(day)
        if night is None:
            self._read_page(row)
            night = self._nights[day]
        return night

    def _read_page(self, row: int) -> None:
        """Read the nights of the rows around ``row`` (rows are in date order here: any
        other order needs every night, so it reads them all first)."""
        assert self._fetch is not None
        low, high = max(0, row - PAGE // 2), min(len(self._dates), row + PAGE // 2 + 1)
        page = [d for d in self._dates[low:high] if d not in self._nights]
        self._add(self._fetch(min(page), max(page)), page)

    def upsert(self, night: Night) -> int:
        """Add ``night`` or replace the one of its date; returns its row."""
        self._metrics.pop(night.date, None)
        key = self._key(night)
        keys = self._sort_keys()
        old = self._row_of.get(night.date)
        self._nights[night.date] = night
        if old is None:
            row = bisect.bisect_left(keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._dates.insert(row, night.date)
            keys.insert(row, key)
            self._reindex(row)
            self.endInsertRows()
            return row
        rest = keys[:old] + keys[old + 1 :]
        row = bisect.bisect_left(rest, key)
        if row != old:  # the new values move it: a move keeps the selection on it
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), row + (row > old))
            del self._dates[old], keys[old]
            self._dates.insert(row, night.date)
            keys.insert(row, key)
            self._reindex(min(row, old))
            self.endMoveRows()
        else:
            keys[row] = key
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1), [])
        return row

    def remove(self, date: dt.date) -> bool:
        """Remove the night of ``date``; False when there is none."""
        row = self._row_of.get(date)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._dates[row], self._row_of[date]
        if self._keys is not None:
            del self._keys[row]
        self._nights.pop(date, None)
        self._metrics.pop(date, None)
        self._reindex(row)
        self.endRemoveRows()
        return True

    def night_at(self, row: int) -> Night:
        return self._night(row)

    def date_at(self, row: int) -> dt.date:
        return self._dates[row]

    def row_of(self, date: dt.date) -> int | None:
        return self._row_of.get(date)

    def nights(self) -> list[Night]:
        """The nights, oldest first (all read)."""
        self.load_all()
        return [self._nights[day] for day in sorted(self._dates)]

    def metrics_at(self, row: int) -> NightMetrics:
        return self._metrics_of(self._night(row))

    def sort_key(self, row: int, column: int) -> Any:
        """The raw value of a cell (None for blank), read without a trip through Qt."""
        return self._raw(column, self._night(row))

    # -- sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        dates = [self._dates[i.row()] for i in persistent]
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
        return self._key_of(night.date, self._raw(column, night), order)

    @staticmethod
    def _key_of(date: dt.date, value: Any, order: Qt.SortOrder) -> tuple[Any, ...]:
        day = date.toordinal()
        if order == _ASCENDING:
            return (0, value, day) if value is not None else (1, day)
        if value is None:
            return (1, -day)
        if isinstance(value, int | float):  # a number reverses by its sign (fast to compare)
            return (0, -value, -day)
        return (0, _Reversed(value), -day)

    def _arrange(self) -> None:
        column, order = self._sort
        if column == Column.DATE:  # the dates are all it takes: nothing is read
            self._dates.sort(reverse=order != _ASCENDING)  # unique dates: the same order
            self._keys = None  # made from the dates when first needed (a save)
        else:
            self.load_all()
            keys = [self._key(self._nights[d]) for d in self._dates]
            keyed = sorted(zip(keys, self._dates, strict=True), key=lambda pair: pair[0])
            self._keys = [key for key, _ in keyed]
            self._dates = [day for _, day in keyed]
        self._row_of = {}
        self._reindex(0)

    def _sort_keys(self) -> list[tuple[Any, ...]]:
        if self._keys is None:
            order = self._sort[1]
            self._keys = [self._key_of(d, d.toordinal(), order) for d in self._dates]
        return self._keys

    def _reindex(self, start: int) -> None:
        dates, row_of = self._dates, self._row_of
        for row in range(start, len(dates)):
            row_of[dates[row]] = row

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
        return 0 if parent.isValid() else len(self._dates)

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
            return _tr(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(tip)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._dates):
            return None
        column = index.column()  # an int; Column members compare equal to it
        if role == DATE_ROLE:
            return self._dates[index.row()]
        if role == FIND_ROLE:
            night = self._night(index.row())
            found = f"{text.long_date(night.date)} {night.date.isoformat()} {night.notes or ''}"
            return found.casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else None
        night = self._night(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, night)
        if role == SORT_ROLE:
            return self._raw(column, night)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NOTES and night.notes:
            return night.notes
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self._display(column, night)
            if shown == text.BLANK:
                shown = QCoreApplication.translate("NightTableModel", "not recorded")
            return f"{_tr(HEADERS[Column(column)][1])}: {shown}"
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
            return text.BLANK if night.rls_onset is None else text.clock_text(night.rls_onset)
        metrics = self._metrics_of(night)
        if column == Column.TIB:
            return text.short_duration(metrics.time_in_bed_min)
        if column == Column.TST:
            return text.short_duration(metrics.total_sleep_min)
        return text.percent(metrics.sleep_efficiency_pct)


def _tr(source: Any) -> str:
    return QCoreApplication.translate("NightTableModel", source)


def _number(value: int | None) -> str:
    return text.BLANK if value is None else str(value)


class NightFilterProxy(QSortFilterProxyModel):
    """Finds nights; sorting is handed to the source model (see the module docstring).

    A query matches a night when every word of it occurs in the night's date (as shown,
    ``Tue 24 Mar 2026`` or in German ``Di. 24. März 2026``, or as ``2026-03-24``) or in its
    notes, ignoring case. Qt filters by itself (a regular expression over ``FIND_ROLE``), so
    with no query it accepts every row without calling back into Python: a reset of 7,300
    nights costs no Python call per row.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._order: tuple[int, Qt.SortOrder] = (Column.DATE, _ASCENDING)
        self.setFilterRole(FIND_ROLE)

    def set_query(self, query: str) -> None:
        words = tuple(query.casefold().split())
        if words == self._words:
            return
        model = self.sourceModel()
        if words and isinstance(model, NightTableModel):
            model.load_all()  # one read rather than a page per row filtered
        self._words = words
        self.setFilterRegularExpression(every_word(words))

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

    def proxy_row_of(self, date: dt.date) -> int | None:
        model = self.sourceModel()
        if not isinstance(model, NightTableModel):  # pragma: no cover
            return None
        row = model.row_of(date)
        if row is None:
            return None
        mapped = self.mapFromSource(model.index(row, 0))
        return mapped.row() if mapped.isValid() else None


def every_word(words: Sequence[str]) -> QRegularExpression:
    """A pattern matching a text that contains each of ``words`` (literally, in any order);
    the empty pattern (which accepts everything) for no words."""
    pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
    return QRegularExpression(
        f"^{pattern}" if words else "", QRegularExpression.PatternOption.DotMatchesEverythingOption
    )
