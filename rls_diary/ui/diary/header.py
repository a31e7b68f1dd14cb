"""The top of the night form: which night this is, its date, and the live sleep figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rls_diary.domain.metrics import NightMetrics
from rls_diary.domain.night import Night
from rls_diary.ui.diary import text
from rls_diary.ui.diary.sections import quiet, scaled_font


class NightHeader(QWidget):
    """ "Night of Mon 23 → Tue 24 Mar", the morning date, and TIB / TST / SE as they change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QVBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 4)
        top.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("nightHeader")
        self.title.setFont(scaled_font(self, 1.5))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setWordWrap(True)  # large fonts: wrap rather than widen the window
        head.addWidget(self.title, 1)
        date_label = QLabel("Morning &date", self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)  # no loading of half-typed dates
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName("Morning date")
        self.date_edit.setAccessibleDescription("The date you woke up; the night before it")
        self.date_edit.setToolTip("The date you woke up. Choosing a date opens its entry.")
        date_label.setBuddy(self.date_edit)
        head.addWidget(date_label)
        head.addWidget(self.date_edit)
        top.addLayout(head)
        self.zone_label = quiet(QLabel(self))
        top.addWidget(self.zone_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        self.tib_label, self.tst_label, self.se_label = QLabel(self), QLabel(self), QLabel(self)
        names = ("Time in bed", "Total sleep", "Sleep efficiency")
        values = (self.tib_label, self.tst_label, self.se_label)
        for i, (name, value) in enumerate(zip(names, values, strict=True)):
            value.setFont(scaled_font(self, 1.25))
            value.setAccessibleName(name)
            grid.addWidget(quiet(QLabel(name, self)), 0, i)
            grid.addWidget(value, 1, i)
        grid.setColumnStretch(3, 1)
        top.addLayout(grid)

    def set_date(self, date: dt.date, today: dt.date) -> None:
        """Show ``date`` in the date field without emitting ``dateChanged``."""
        self.date_edit.blockSignals(True)
        try:
            self.date_edit.setMaximumDate(qdate(max(today, date)))
            self.date_edit.setDate(qdate(date))
        finally:
            self.date_edit.blockSignals(False)

    def show_night(
        self, night: Night, metrics: NightMetrics, default_zone: str, this_year: int
    ) -> None:
        self.title.setText(text.night_header(night.date, this_year))
        zone_name = night.timezone or default_zone
        self.zone_label.setVisible(zone_name != default_zone)
        self.zone_label.setText(f"Times of this night are in the {zone_name} time zone")
        self.tib_label.setText(text.duration(metrics.time_in_bed_min))
        self.tst_label.setText(text.duration(metrics.total_sleep_min))
        self.se_label.setText(text.percent(metrics.sleep_efficiency_pct))


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
