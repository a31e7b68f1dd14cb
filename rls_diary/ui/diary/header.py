"""The top of the night form: which night this is, its date, and the live sleep figures."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rls_diary.domain.metrics import NightMetrics
from rls_diary.domain.night import Night
from rls_diary.domain.validation import FIRST_DATE
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
        date_label = QLabel(self.tr("Morning &date"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setKeyboardTracking(False)  # no loading of half-typed dates
        self.date_edit.setMinimumDate(qdate(FIRST_DATE))  # Qt's own minimum is 1752
        dot = text.date_words().day_suffix  # German: "Do. 27. Nov. 2026"
        self.date_edit.setDisplayFormat(f"ddd d{dot} MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Morning date"))
        self.date_edit.setAccessibleDescription(
            self.tr("The date you woke up; the night before it")
        )
        self.date_edit.setToolTip(self.tr("The date you woke up. Choosing a date opens its entry."))
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
        names = (self.tr("Time in bed"), self.tr("Total sleep"), self.tr("Sleep efficiency"))
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
        night_span = text.night_span(night.date, this_year)
        self.title.setText(self.tr("Night of {night}").format(night=night_span))
        zone_name = night.timezone or default_zone
        self.zone_label.setVisible(zone_name != default_zone)
        self.zone_label.setText(
            self.tr("Times of this night are in the {zone} time zone").format(zone=zone_name)
        )
        self.tib_label.setText(text.duration(metrics.time_in_bed_min))
        self.tst_label.setText(text.duration(metrics.total_sleep_min))
        self.se_label.setText(text.percent(metrics.sleep_efficiency_pct))


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
