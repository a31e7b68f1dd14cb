"""The left side of the Diary tab: a find box over the table of nights.

Keyboard: Down or Enter in the find box goes to the first result, Escape clears it; in the
table, Enter goes to the form and Delete deletes the selected night (signals for the tab).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rls_diary.ui.diary import text
from rls_diary.ui.models.night_table import Column, NightFilterProxy, NightTableModel

COLUMN_SAMPLES = {  # the widest text each column shows (the dates: see _samples)
    Column.DATE: "Wed 30 Sep 2026",
    Column.TIB: "12 h 00",
    Column.TST: "12 h 00",
    Column.SE: "100.0 %",
    Column.QUALITY: "5",
    Column.SEVERITY: "10",
    Column.ONSET: "00:00",
}
_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | (
    QItemSelectionModel.SelectionFlag.Rows
)


def _samples() -> dict[Column, list[str]]:
    """The widest texts of each column; the dates as the window's language spells them
    (every weekday of every month: "Mi. 30. Sept. 2026" is wider than "Wed 30 Sep 2026")."""
    samples = {column: [sample] for column, sample in COLUMN_SAMPLES.items()}
    if text.date_words() != text.ENGLISH:
        days = [dt.date(2026, month, 22 + i) for month in range(1, 13) for i in range(7)]
        samples[Column.DATE] = [text.long_date(day) for day in days]
        samples[Column.SE] = [text.percent(100.0)]
    return samples


class NightList(QWidget):
    enterPressed = Signal()
    deletePressed = Signal()

    def __init__(self, model: NightTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = NightFilterProxy(self)
        self.proxy.setSourceModel(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find date or note…"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setAccessibleName(self.tr("Find a night by date or note text"))
        self.find_edit.textChanged.connect(self._on_find)
        self.find_edit.installEventFilter(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Nights"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)
        self._size_columns()
        self.count_label = QLabel(self)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        model.modelReset.connect(self.update_count)
        model.rowsInserted.connect(self.update_count)
        model.rowsRemoved.connect(self.update_count)

    def _size_columns(self) -> None:
        """Widths from the font, not from the data: measuring 7,300 rows costs seconds."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        cell, title = self.table.fontMetrics(), header.fontMetrics()
        for column, samples in _samples().items():
            name = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(max(map(cell.horizontalAdvance, samples)), title.horizontalAdvance(name))
            header.resizeSection(column, width + 28)  # padding and the sort arrow

    def figures_width(self) -> int:
        """Room for every column but the notes."""
        header = self.table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(Column.NOTES))
        return width + self.table.verticalScrollBar().sizeHint().width() + 40

    # -- rows --------------------------------------------------------------------------

    def date_at(self, index: QModelIndex) -> dt.date:
        return self.model.date_at(self.proxy.mapToSource(index).row())

    def selected_date(self) -> dt.date | None:
        selection = self.table.selectionModel()
        index = selection.currentIndex()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return self.date_at(index)
        return None

    def select_date(self, date: dt.date | None) -> None:
        """Make ``date`` the current, selected row (or select nothing)."""
        row = None if date is None else self.proxy.proxy_row_of(date)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.proxy.index(row, 0)
        selection.setCurrentIndex(index, _SELECT_ROW)
        self.table.scrollTo(index)

    # -- finding -----------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _on_find(self, query: str) -> None:
        self.proxy.set_query(query)
        self.update_count()

    def update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            one, many = self.tr("1 night"), self.tr("{count} nights")
        else:
            one, many = (
                self.tr("{shown} of 1 night shown"),
                self.tr("{shown} of {count} nights shown"),
            )
        words = one if total == 1 else many
        self.count_label.setText(words.format(shown=shown, count=total))

    def _focus_first_result(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.selectionModel().currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(self.proxy.index(0, 0), _SELECT_ROW)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.find_edit and (enter or key == Qt.Key.Key_Down):
            self._focus_first_result()
            return True
        if watched is self.find_edit and key == Qt.Key.Key_Escape and self.find_edit.text():
            self.find_edit.clear()
            return True
        if watched is self.table and enter:
            self.enterPressed.emit()
            return True
        if watched is self.table and key == Qt.Key.Key_Delete:
            self.deletePressed.emit()
            return True
        return super().eventFilter(watched, event)
