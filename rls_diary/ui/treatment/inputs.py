"""Inputs of the Treatment forms. Every one has a blank state that reads back as ``None``.

Each offers ``value()`` (the typed value; ``FieldError`` with a message when the text cannot be
read), ``set_value``, ``changed`` and ``focus_target()``. Ranges are not checked here: the
shared record rules (:mod:`rls_diary.domain.record_validation`) do that for the form and for
imports alike.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from rls_diary.domain.records import IRLS_ITEMS
from rls_diary.domain.validation import FieldError, format_time, parse_date, parse_time
from rls_diary.ui.diary.text import normalize_time_text

_NUMBER_RE: Final = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_INT_RE: Final = re.compile(r"[+-]?\d+")
_DATE_DOTS: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


class LineInput(QLineEdit):
    """Free text; white space only is blank."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.changed)

    def value(self) -> Any:
        text = self.text()
        return text.strip() if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self


class NumberInput(LineInput):
    """A decimal number (``0.125`` or ``0,125``); blank is ``None``."""

    def value(self) -> float | None:
        raw = self.text().strip()
        if not raw:
            return None
        if not _NUMBER_RE.fullmatch(raw):
            raise FieldError(self.tr("{value} is not a number").format(value=repr(raw)))
        return float(raw.replace(",", "."))

    def set_value(self, value: Any) -> None:
        if value is None:
            self.setText("")
        elif float(value).is_integer():
            self.setText(str(int(value)))
        else:
            self.setText(f"{float(value):.6f}".rstrip("0").rstrip("."))


class IntInput(LineInput):
    """A whole number; blank is ``None``."""

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str = "", digits: int = 3
    ) -> None:
        super().__init__(parent, placeholder=placeholder)
        self.setClearButtonEnabled(False)
        self.setMaxLength(digits + 1)

    def value(self) -> int | None:
        raw = self.text().strip()
        if not raw:
            return None
        if not _INT_RE.fullmatch(raw):
            raise FieldError(self.tr("{value} is not a whole number").format(value=repr(raw)))
        return int(raw)


class TimeInput(LineInput):
    """A clock time: ``21:00``, also ``2100``, ``21.00`` or ``21``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("HH:MM, e.g. 21:00"))

    def value(self) -> dt.time | None:
        raw = self.text().strip()
        if not raw:
            return None
        return parse_time(normalize_time_text(raw))

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else format_time(value))


def parse_day(text: str) -> dt.date:
    """``2026-03-31``, also ``31.3.2026`` (day first, as many patients write it)."""
    raw = text.strip()
    if match := _DATE_DOTS.fullmatch(raw):
        raw = f"{int(match[3]):04d}-{int(match[2]):02d}-{int(match[1]):02d}"
    return parse_date(raw)


class DateInput(QWidget):
    """A date typed as ``2026-03-31`` or picked from a calendar; blank is ``None``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        placeholder = placeholder or self.tr("YYYY-MM-DD")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9.\- ]{0,12}"), self.edit)
        )
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setToolTip(self.tr("Pick the date from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance("2026-12-31") + 48)
        self.edit.setMaximumWidth(metrics.horizontalAdvance(placeholder) + 64)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        layout.addStretch(0)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        raw = self.edit.text().strip()
        return parse_day(raw) if raw else None

    def set_value(self, value: dt.date | None) -> None:
        self.edit.setText("" if value is None else value.isoformat())

    def focus_target(self) -> QWidget:
        return self.edit

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("{name}: pick from a calendar").format(name=name))

    def _sync_calendar(self) -> None:
        try:
            day = self.value()
        except FieldError:
            day = None
        day = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self._menu.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


class ChoiceInput(QComboBox):
    """One of ``options`` ((value, label) pairs) or blank (the first entry, "choose")."""

    changed = Signal()

    def __init__(
        self,
        options: Sequence[tuple[Any, str]],
        parent: QWidget | None = None,
        *,
        blank: str = "",
    ) -> None:
        super().__init__(parent)
        self.addItem(blank or self.tr("— choose —"), None)
        for value, label in options:
            self.addItem(label, value)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def focus_target(self) -> QWidget:
        return self


class YesNoInput(ChoiceInput):
    """Yes, no, or blank (not recorded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [(True, self.tr("Yes")), (False, self.tr("No"))],
            parent,
            blank=self.tr("– (not recorded)"),
        )


class CheckInput(QCheckBox):
    """A plain yes/no without a blank (a question is either done or not)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def focus_target(self) -> QWidget:
        return self


class ItemsInput(QWidget):
    """The ten IRLS item scores, "Item 1" … "Item 10", each 0–4 or blank.

    Only the numbers are shown: the questionnaire's wording is licensed and never appears.
    ``value()`` gives ten scores (``None`` for a blank one); all blank means "not recorded".
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: list[QLineEdit] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        per_row = 5
        for number in range(1, IRLS_ITEMS + 1):
            label = QLabel(self.tr("Item {number}").format(number=number), self)
            edit = QLineEdit(self)
            edit.setObjectName(f"irlsItem{number}")
            edit.setAccessibleName(self.tr("Item {number}, score 0 to 4").format(number=number))
            edit.setPlaceholderText("–")
            edit.setMaxLength(1)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-4]?"), edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            width = edit.fontMetrics().horizontalAdvance("00") + 24
            edit.setMaximumWidth(max(width, 40))
            label.setBuddy(edit)
            edit.textChanged.connect(self.changed)
            row, column = divmod(number - 1, per_row)
            grid.addWidget(label, row * 2, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(edit, row * 2 + 1, column, Qt.AlignmentFlag.AlignHCenter)
            self.edits.append(edit)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("irlsItemsSum")
        grid.addWidget(self.total_label, 4, 0, 1, per_row)
        self.changed.connect(self._show_sum)
        self._show_sum()

    def value(self) -> tuple[int | None, ...]:
        scores: list[int | None] = []
        for number, edit in enumerate(self.edits, start=1):
            raw = edit.text().strip()
            if not raw:
                scores.append(None)
            elif raw.isdigit():
                scores.append(int(raw))
            else:
                raise FieldError(
                    self.tr("item {number}: {value} is not a whole number (0–4)").format(
                        number=number, value=repr(raw)
                    )
                )
        return tuple(scores)

    def set_value(self, value: Sequence[int] | None) -> None:
        for index, edit in enumerate(self.edits):
            edit.setText("" if value is None else str(value[index]))

    def focus_target(self) -> QWidget:
        for edit in self.edits:
            if not edit.text().strip():
                return edit
        return self.edits[0]

    def _show_sum(self) -> None:
        filled = [int(e.text()) for e in self.edits if e.text().strip().isdigit()]
        if not filled:
            self.total_label.setText(
                self.tr("Optional: leave all ten blank if you only have the total.")
            )
        else:
            self.total_label.setText(
                self.tr("Sum of the items: {sum} ({filled} of {count} filled in)").format(
                    sum=sum(filled), filled=len(filled), count=IRLS_ITEMS
                )
            )
