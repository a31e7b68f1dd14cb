"""The schedule of an experiment as a month-style calendar: one row per week (Monday first),
each night a cell labelled with its morning date and its condition, A or B.

Colour is never the only cue: every cell spells out "A" or "B", washout nights say so, and
the tooltip names the condition in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rls_diary.domain import experiments as ex
from rls_diary.domain.records import Experiment
from rls_diary.ui.experiments import words

A_COLOUR: Final = QColor("#0f766e")  # teal: the change
B_COLOUR: Final = QColor("#64748b")  # slate: as usual
A_WASHOUT: Final = QColor("#99d5cf")
B_WASHOUT: Final = QColor("#cbd2dc")
LIGHT_TEXT: Final = QColor("#ffffff")
DARK_TEXT: Final = QColor("#1f2933")
DATE_ROLE: Final = Qt.ItemDataRole.UserRole
MARKS: Final = {
    "followed": "✓",
    "not followed": "✗",
    "recorded": "○",
}
ROW_HEIGHT: Final = 50
MAX_ROWS_SHOWN: Final = 12


class ScheduleCalendar(QTableWidget):
    """Weeks × weekdays; ``nightClicked(date)`` when a night of the experiment is clicked."""

    nightClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.experiment: Experiment | None = None
        self.setHorizontalHeaderLabels(words.weekdays())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Experiment calendar"))
        self.setWordWrap(True)
        self.setShowGrid(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.cellClicked.connect(self._on_clicked)

    def sizeHint(self) -> QSize:
        rows = min(max(self.rowCount(), 1), MAX_ROWS_SHOWN)
        height = self.horizontalHeader().sizeHint().height() + rows * ROW_HEIGHT
        return QSize(520, height + 2 * self.frameWidth())

    def show_experiment(
        self,
        e: Experiment,
        *,
        planned: bool = True,
        marks: Mapping[dt.date, str] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Show ``e``'s nights (all of them when ``planned``, else up to its stop), with a
        mark per night (keys of ``MARKS``) and the current entry ``today`` outlined."""
        self.experiment = e
        self.clearContents()
        first = e.start - dt.timedelta(days=e.start.weekday())
        last = ex.end_date(e)
        weeks = (last - first).days // 7 + 1
        self.setRowCount(weeks)
        self.setVerticalHeaderLabels(
            [_day_month(first + dt.timedelta(weeks=w)) for w in range(weeks)]
        )
        marks = marks or {}
        for offset in range((last - first).days + 1):
            day = first + dt.timedelta(days=offset)
            row, column = divmod(offset, 7)
            self.setItem(row, column, self._item(e, day, planned, marks.get(day), today))
        self.updateGeometry()

    def select_date(self, date: dt.date | None) -> None:
        """Highlight the night ``date`` (``None``: no highlight)."""
        item = self.item_for(date) if date is not None else None
        if item is None:
            self.clearSelection()
            return
        self.setCurrentItem(item)

    def item_for(self, date: dt.date) -> QTableWidgetItem | None:
        e = self.experiment
        if e is None:
            return None
        offset = (date - (e.start - dt.timedelta(days=e.start.weekday()))).days
        if offset < 0:
            return None
        row, column = divmod(offset, 7)
        return self.item(row, column) if row < self.rowCount() else None

    def _item(
        self,
        e: Experiment,
        day: dt.date,
        planned: bool,
        mark: str | None,
        today: dt.date | None,
    ) -> QTableWidgetItem:
        where = ex.slot(e, day, planned=planned)
        label = _day_month(day) if day.day == 1 or day == e.start else str(day.day)
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setData(DATE_ROLE, day.isoformat())
        if where is None:
            item.setText(label)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            stopped = ex.slot(e, day, planned=True) is not None
            tip = (
                self.tr("Night to {date}: after the stop")
                if stopped
                else self.tr("Night to {date}: not in the experiment")
            )
            item.setToolTip(tip.format(date=long_date(day)))
            return item
        condition = where.condition
        is_tonight = today is not None and day == today
        text = f"{label}\n{condition}"
        if where.block == 0 and where.index == 0:
            text += self.tr(" · pair {pair}").format(pair=where.pair + 1)
        if where.washout:
            text += self.tr(" washout")
        if is_tonight:
            text += self.tr(" · tonight")
        if mark:
            text += f" {MARKS.get(mark, '')}"
        item.setText(text.rstrip())
        washout = where.washout
        if condition == "A":
            background = A_WASHOUT if washout else A_COLOUR
        else:
            background = B_WASHOUT if washout else B_COLOUR
        item.setBackground(QBrush(background))
        item.setForeground(QBrush(DARK_TEXT if washout else LIGHT_TEXT))
        if is_tonight:
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            item.setFont(font)
        if condition == "A":
            meaning = f"A: {e.factor}"
        else:
            meaning = self.tr("B: as usual (without “{factor}”)").format(factor=e.factor)
        details = self.tr("pair {pair} of {pairs}, night {night} of {nights}").format(
            pair=where.pair + 1, pairs=e.pairs, night=where.index + 1, nights=e.block_nights
        )
        if washout:
            details += self.tr("; washout night, not counted")
        if mark == "not followed":
            details += self.tr("; marked as not followed, not counted")
        elif mark == "followed":
            details += self.tr("; followed")
        tip = (
            self.tr("Night to {date} (tonight) — {meaning}; {details}")
            if is_tonight
            else self.tr("Night to {date} — {meaning}; {details}")
        )
        item.setToolTip(tip.format(date=long_date(day), meaning=meaning, details=details))
        return item

    def _on_clicked(self, row: int, column: int) -> None:
        item = self.item(row, column)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.nightClicked.emit(dt.date.fromisoformat(str(item.data(DATE_ROLE))))


def long_date(day: dt.date) -> str:
    """ "Mon 7 Dec 2026" (no leading zero; German "Mo. 7. Dez. 2026")."""
    return words.long_date(day)


def _day_month(day: dt.date) -> str:
    """ "7 Nov": the day without a leading zero (German "7. Nov.")."""
    return words.day_month(day)
