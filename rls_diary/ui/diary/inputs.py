"""Inputs that all have a blank state, and a blank always reads back as ``None``.

Each input offers the same small interface to the form (see :class:`FieldInput`): a
``changed`` signal, ``value()`` (the typed value, ``None`` when blank, ``FieldError`` when the
text cannot be read), ``set_value``, ``raw_state()`` (what the user sees, for dirty tracking),
``focus_target()``, ``typing`` (text edited but not yet committed, so errors can wait until
the user leaves the field) and ``set_problem_text`` (the message for assistive technology).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Mapping, Sequence
from typing import Any, Final, Protocol

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from rls_diary.domain.night import FieldSpec, canonical_remedies, canonical_set
from rls_diary.domain.validation import parse_text, parse_time
from rls_diary.ui.diary.flow import FlowLayout
from rls_diary.ui.diary.marks import ChoiceButton, ProblemBorder
from rls_diary.ui.diary.text import clock_text, normalize_time_text

DIGIT_PAUSE: Final = 1.0  # seconds within which "1", "0" on a 0–10 scale means 10


class FieldInput(Protocol):
    typing: bool

    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...
    def raw_state(self) -> object: ...
    def focus_target(self) -> QWidget: ...
    def set_problem_text(self, text: str | None) -> None: ...


class _Described:
    """The accessible description: the question, the current choice, and any problem."""

    _description = ""
    _problem: str | None = None

    def set_description(self, text: str) -> None:
        self._description = text
        self._describe()

    def set_problem_text(self, text: str | None) -> None:
        self._problem = text
        self._describe()

    def _state_text(self) -> str:
        return ""

    def _describe(self) -> None:
        parts = [self._description, self._state_text(), self._problem or ""]
        self.setAccessibleDescription(" — ".join(p for p in parts if p))  # type: ignore[attr-defined]


class _BlankLineEdit(_Described, QLineEdit):
    """A line edit whose errors wait until the user commits (Enter, Tab, click away)."""

    changed = Signal()
    committed = Signal()

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing = False
        self.set_description(description)
        self.textChanged.connect(self.changed)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._on_finished)

    def _on_edited(self, _text: str) -> None:
        self.typing = True

    def _on_finished(self) -> None:
        self.typing = False
        self._tidy()
        self.committed.emit()

    def _tidy(self) -> None:
        """Rewrite a readable value in its canonical form (e.g. ``2330`` → ``23:30``)."""

    def raw_state(self) -> object:
        return self.text().strip()

    def focus_target(self) -> QWidget:
        return self

    def _set_text(self, text: str) -> None:
        self.typing = False
        if text != self.text():
            self.setText(text)


class TimeInput(_BlankLineEdit):
    """A clock time. Empty is blank; a usual time shows only as grey placeholder text."""

    def __init__(self, example: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(description, parent)
        self._example = example
        self.usual: dt.time | None = None
        pattern = QRegularExpression(r"[0-9:.,hH aApPmM]{0,10}")  # 23:30 and 11:30 p.m.
        self.setValidator(QRegularExpressionValidator(pattern, self))
        widest = self.tr("usually {time}").format(time="12:55 pm")
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(widest) + 24)
        self.set_usual(None)

    def set_usual(self, usual: dt.time | None) -> None:
        self.usual = usual
        if usual is None:
            self.setPlaceholderText(self.tr("e.g. {time}").format(time=self._shown_example()))
        else:
            self.setPlaceholderText(self.tr("usually {time}").format(time=clock_text(usual)))

    def _shown_example(self) -> str:
        try:
            return clock_text(parse_time(normalize_time_text(self._example)))
        except ValueError:
            return self._example

    def reformat(self) -> None:
        """Show the time and the placeholder in the clock format now chosen (24 h / 12 h)."""
        self.set_usual(self.usual)
        self._tidy()

    def accept_usual(self) -> bool:
        """Fill in the usual time when blank (the user asked for it); True when filled."""
        if self.usual is None or self.text().strip():
            return False
        self._set_text(clock_text(self.usual))
        return True

    def value(self) -> dt.time | None:
        text = normalize_time_text(self.text())
        return parse_time(text) if text else None

    def set_value(self, value: Any) -> None:
        self._set_text("" if value is None else clock_text(value))

    def raw_state(self) -> object:
        """The time meant (so ``23:30`` and ``11:30 pm`` are no change), else the text."""
        try:
            return self.value()
        except ValueError:
            return self.text().strip()

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None and self.text() != clock_text(value):
            self.setText(clock_text(value))


class NumberInput(_BlankLineEdit):
    """A whole number in the field's range; empty is blank (never 0)."""

    def __init__(self, spec: FieldSpec, description: str, parent: QWidget | None = None) -> None:
        super().__init__(description, parent)
        self._spec = spec
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self))
        self.setPlaceholderText("–")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00000") + 24)

    def value(self) -> int | None:
        return parse_text(self._spec, self.text())  # type: ignore[no-any-return]

    def set_value(self, value: Any) -> None:
        self._set_text("" if value is None else str(value))


class ChoiceRow(_Described, ProblemBorder, QFrame):
    """One choice out of a row of buttons, or none (blank, shown as "not recorded").

    A single Tab stop: digits pick a number (``1`` ``0`` quickly for 10), the first letter
    picks a word (Y / N), ←/→ move, Delete or Backspace clear. Clicking the chosen button
    again, or the ✕ button, clears it too.
    """

    changed = Signal()
    focus_ring = True

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[Any, str]],
        blank_text: str | None = None,
        tips: Mapping[Any, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``blank_text`` is what a blank shows ("not recorded" unless given)."""
        super().__init__(parent)
        if blank_text is None:
            blank_text = self.tr("not recorded")
        self.typing = False
        self._name = name
        self._value: Any = None
        self._digits = ""
        self._digit_at = 0.0
        self._options = list(options)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        layout = FlowLayout(self)
        layout.setContentsMargins(5, 5, 5, 5)  # room for the focus and problem border
        self._buttons: list[tuple[Any, QToolButton]] = []
        # One connection for the row (a form has ~100 choice buttons): the group says which.
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # clicking the chosen button again clears the row
        self._group.idClicked.connect(self._clicked_at)
        self._chosen: QToolButton | None = None  # the button shown checked
        least = self.fontMetrics().horizontalAdvance("00") + 20
        for index, (value, label) in enumerate(self._options):
            button = ChoiceButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setMinimumWidth(least)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{name}: {label}")
            if tips and value in tips:
                button.setToolTip(tips[value])
            self._group.addButton(button, index)
            layout.addWidget(button)
            self._buttons.append((value, button))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(self.tr("Clear: {blank}").format(blank=blank_text))
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=name))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout.addWidget(self.clear_button)
        self.blank_label = QLabel(blank_text, self)
        self.blank_label.setObjectName("blankHint")
        layout.addWidget(self.blank_label)
        self.clear_button.hide()  # blank to begin with: "not recorded" shows instead
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._letters = _unique_initials(self._options)
        self._sync()

    def button(self, value: Any) -> QToolButton:
        return next(b for v, b in self._buttons if v == value)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        if value is not None and all(value != v for v, _ in self._buttons):
            value = None  # nothing in the registry's range reaches here; stay blank
        if value == self._value:
            self._sync()
            return
        self._value = value
        self._sync()
        self.changed.emit()

    def raw_state(self) -> object:
        return self._value

    def focus_target(self) -> QWidget:
        return self

    def _clicked_at(self, index: int) -> None:
        """A click on the button ``index``: its value, or blank when it was the chosen one."""
        value = self._buttons[index][0]
        self.set_value(None if self._value == value else value)

    def _sync(self) -> None:
        """Show the value: only the buttons that change (a click has toggled the one clicked),
        and the ✕ or "not recorded" only when blankness changes (each re-lays the row out)."""
        chosen = None
        if self._value is not None:
            chosen = next(b for v, b in self._buttons if v == self._value)
        for button in (self._chosen, chosen):
            if button is not None:
                button.setChecked(button is chosen)
        self._chosen = chosen
        blank = chosen is None
        if self.blank_label.isHidden() == blank:
            self.blank_label.setVisible(blank)
            self.clear_button.setVisible(not blank)
        self._describe()

    def _state_text(self) -> str:
        chosen = [
            b.text() for v, b in self._buttons if self._value is not None and v == self._value
        ]
        return chosen[0] if chosen else self.blank_label.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        values = [v for v, _ in self._buttons]
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(values, -1 if key == Qt.Key.Key_Left else 1)
        elif text.isdigit() and any(isinstance(v, int) and not isinstance(v, bool) for v in values):
            self._digit(text, values)
        elif text and text.casefold() in self._letters:
            self.set_value(self._letters[text.casefold()])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, values: list[Any], step: int) -> None:
        if self._value is None:
            self.set_value(values[0] if step > 0 else values[-1])
            return
        index = values.index(self._value) + step
        self.set_value(values[max(0, min(index, len(values) - 1))])

    def _digit(self, digit: str, values: list[Any]) -> None:
        now = time.monotonic()
        joined = self._digits + digit
        recent = now - self._digit_at < DIGIT_PAUSE
        self._digits = joined if recent and self._digits and int(joined) in values else digit
        self._digit_at = now
        if int(self._digits) in values:
            self.set_value(int(self._digits))


def _unique_initials(options: Sequence[tuple[Any, str]]) -> dict[str, Any]:
    initials: dict[str, list[Any]] = {}
    for value, label in options:
        first = label.strip()[:1].casefold()
        if first.isalpha():
            initials.setdefault(first, []).append(value)
    return {letter: found[0] for letter, found in initials.items() if len(found) == 1}


class SetInput(_Described, ProblemBorder, QWidget):
    """Some of a fixed list of names; none ticked is blank."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        choices: Sequence[str],
        labels: Mapping[str, str],
        columns: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.typing = False
        self._choices = tuple(choices)
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        for i, choice in enumerate(self._choices):
            box = QCheckBox(labels.get(choice, choice), self)
            box.setAccessibleName(f"{name}: {labels.get(choice, choice)}")
            box.toggled.connect(self.changed)
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[choice] = box
        grid.setColumnStretch(columns, 1)

    def value(self) -> tuple[str, ...] | None:
        ticked = [c for c, box in self.boxes.items() if box.isChecked()]
        return canonical_set(ticked, self._choices) or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for choice, box in self.boxes.items():
            box.setChecked(choice in chosen)

    def raw_state(self) -> object:
        return self.value()

    def focus_target(self) -> QWidget:
        return self.boxes[self._choices[0]]


class RemediesInput(_Described, ProblemBorder, QWidget):
    """Each remedy tried, with how much it helped (0–3); a remedy left blank was not tried."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        remedies: Sequence[str],
        labels: Mapping[str, str],
        relief: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.typing = False
        self.setAccessibleName(name)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rows: dict[str, ChoiceRow] = {}
        for i, remedy in enumerate(remedies):
            label = QLabel(labels.get(remedy, remedy), self)
            name = self.tr("Relief from {remedy}").format(remedy=labels.get(remedy, remedy))
            row = ChoiceRow(name, relief, self.tr("not tried"))
            label.setBuddy(row)
            row.changed.connect(self.changed)
            grid.addWidget(label, i, 0)
            grid.addWidget(row, i, 1)
            self.rows[remedy] = row
        grid.setColumnStretch(1, 1)

    def value(self) -> tuple[tuple[str, int], ...] | None:
        relief = {n: row.value() for n, row in self.rows.items() if row.value() is not None}
        return canonical_remedies(relief) or None

    def set_value(self, value: Any) -> None:
        relief = dict(value or ())
        for remedy, row in self.rows.items():
            row.set_value(relief.get(remedy))

    def raw_state(self) -> object:
        return self.value()

    def focus_target(self) -> QWidget:
        return next(iter(self.rows.values()))


class NotesInput(_Described, QPlainTextEdit):
    """Free text; Tab moves on (it does not type a tab). Only whitespace is blank."""

    changed = Signal()

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing = False
        self.setTabChangesFocus(True)
        self.set_description(description)
        self.setPlaceholderText(self.tr("Anything you want to remember about this night (private)"))
        self.textChanged.connect(self.changed)
        lines = self.fontMetrics().lineSpacing() * 4
        self.setFixedHeight(lines + 2 * self.frameWidth() + 12)

    def value(self) -> str | None:
        text = self.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        if (value or "") != self.toPlainText():
            self.setPlainText(value or "")

    def raw_state(self) -> object:
        return self.toPlainText() if self.toPlainText().strip() else ""

    def focus_target(self) -> QWidget:
        return self
