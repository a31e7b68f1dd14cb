"""Form sections: a titled group of labelled rows with an optional "More" part.

Each row is a label, the input (with a unit and a live hint such as the day a time falls on)
and a problem line under it that appears only when the field has a problem. The words of
:mod:`.fields` are translated here, when they are shown (:func:`field_text`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.night import FIELDS_BY_NAME, Kind
from rls_diary.ui.diary import fields
from rls_diary.ui.diary.fields import FieldView
from rls_diary.ui.diary.inputs import (
    ChoiceRow,
    FieldInput,
    NotesInput,
    NumberInput,
    RemediesInput,
    SetInput,
    TimeInput,
)

K = TypeVar("K")


def field_text(source: str) -> str:
    """A text of :mod:`.fields` in the window's language."""
    return QCoreApplication.translate(fields.CONTEXT, source) if source else source


def field_options(options: Sequence[tuple[K, str]]) -> list[tuple[K, str]]:
    """A scale's or a choice's options with their words translated."""
    return [(value, field_text(words)) for value, words in options]


def field_labels(labels: Mapping[K, str]) -> dict[K, str]:
    return {key: field_text(words) for key, words in labels.items()}


def quiet(label: QLabel) -> QLabel:
    """Grey secondary text that follows the palette (light and dark themes)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


@dataclass(eq=False)
class FieldRow:
    view: FieldView
    input: FieldInput
    widget: QWidget
    label: QLabel
    hint: QLabel | None  # the day a time falls on (time fields only)
    section: Section
    grid: QGridLayout
    grid_row: int  # the row of the label in ``grid``; the problem line goes two rows down
    _problem: QLabel | None = None

    @property
    def name(self) -> str:
        return self.view.name

    @property
    def problem(self) -> QLabel:
        """The problem line under the input, made when first needed (most never are)."""
        if self._problem is None:
            self._problem = problem = QLabel(self.section)
            problem.setObjectName("fieldProblem")
            problem.setWordWrap(True)
            problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            problem.setVisible(False)
            self.grid.addWidget(problem, self.grid_row + 2, 1, 1, 2)
        return self._problem

    @property
    def has_problem_line(self) -> bool:
        return self._problem is not None


class Section(QFrame):
    """A group of rows; rows added with ``more=True`` sit behind a toggle."""

    def __init__(self, title: str, more_title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("formSection")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(6)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setFont(scaled_font(self, 1.2))
        layout.addWidget(self.title_label)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        self._core, self._core_grid = self._grid_widget()
        layout.addWidget(self._core)
        self.more_button: QToolButton | None = None
        self._more: QWidget | None = None
        self._more_grid: QGridLayout | None = None
        if more_title:
            self.more_button = QToolButton(self)
            self.more_button.setText(more_title)
            self.more_button.setCheckable(True)
            self.more_button.setAutoRaise(True)
            self.more_button.setArrowType(Qt.ArrowType.RightArrow)
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more_button.setAccessibleName(more_title)
            self.more_button.toggled.connect(self.set_expanded)
            layout.addWidget(self.more_button)
            self._more, self._more_grid = self._grid_widget()
            self._more.setVisible(False)
            layout.addWidget(self._more)
        self.bottom = QVBoxLayout()
        layout.addLayout(self.bottom)
        self._rows: dict[QGridLayout, int] = {}

    def _grid_widget(self) -> tuple[QWidget, QGridLayout]:
        widget = QWidget(self)
        grid = QGridLayout(widget)
        grid.setContentsMargins(12, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        return widget, grid

    @property
    def expanded(self) -> bool:
        return (
            self._more is not None
            and self.more_button is not None
            and (self.more_button.isChecked())
        )

    def set_expanded(self, expanded: bool) -> None:
        if self._more is None or self.more_button is None:
            return
        self.more_button.setChecked(expanded)
        self.more_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self._more.setVisible(expanded)

    def add_row(self, view: FieldView, widget: Any) -> FieldRow:
        """Add ``widget`` (a QWidget that is a :class:`FieldInput`) with its label."""
        field_input: FieldInput = widget
        grid = self._more_grid if view.more and self._more_grid is not None else self._core_grid
        row = self._rows.get(grid, 0)
        self._rows[grid] = row + 3
        description = field_text(view.description)
        label = QLabel(field_text(view.label), self)
        label.setBuddy(field_input.focus_target())
        label.setToolTip(description)
        widget.setToolTip(description)
        hint: QLabel | None = None
        if view.bare:
            label.setVisible(False)
            grid.addWidget(widget, row, 0, 1, 3)
        elif view.wide or isinstance(widget, SetInput | RemediesInput | NotesInput):
            # Wide inputs go under their label, across the whole section.
            grid.addWidget(label, row, 0, 1, 3)
            grid.addWidget(widget, row + 1, 0, 1, 3)
            widget.setContentsMargins(16, 0, 0, 0)
        else:
            grid.addWidget(label, row, 0)
            line = QHBoxLayout()
            line.setSpacing(8)
            line.addWidget(widget, 0 if isinstance(widget, QLineEdit) else 1)
            if view.suffix:
                line.addWidget(QLabel(field_text(view.suffix), self))
            if isinstance(widget, TimeInput):
                hint = quiet(QLabel(self))
                hint.setObjectName("dayHint")
                line.addWidget(hint)
            if isinstance(widget, QLineEdit):
                line.addStretch(1)
            grid.addLayout(line, row, 1, 1, 2)
        return FieldRow(view, field_input, widget, label, hint, self, grid, row)

    def label_width(self) -> int:
        """The widest label of the section's rows."""
        widths = [
            grid.itemAtPosition(row, 0).widget().sizeHint().width()
            for grid, rows in self._rows.items()
            for row in range(0, rows, 3)
            if (item := grid.itemAtPosition(row, 0)) is not None
            and isinstance(item.widget(), QLabel)
            and grid.getItemPosition(grid.indexOf(item.widget()))[3] == 1
        ]
        return max(widths, default=0)

    def set_label_width(self, width: int) -> None:
        """Line the inputs of every section up in one column."""
        for grid in self._rows:
            grid.setColumnMinimumWidth(0, width)

    def is_more(self, row: FieldRow) -> bool:
        return row.view.more and self._more is not None


def make_input(view: FieldView) -> Any:
    """The input for ``view``'s field, chosen by the field's kind."""
    spec = FIELDS_BY_NAME[view.name]
    label = field_text(view.label)
    description = field_text(view.description)
    widget: Any
    if spec.kind is Kind.TIME:
        widget = TimeInput(view.example or "23:00", description)
    elif spec.kind is Kind.INT and view.name in fields.SCALES:
        tips = field_labels(fields.SEVERITY_TIPS) if view.name == "rls_severity" else None
        widget = ChoiceRow(label, field_options(fields.SCALES[view.name]), tips=tips)
    elif spec.kind is Kind.INT:
        widget = NumberInput(spec, description)
    elif spec.kind is Kind.BOOL:
        widget = ChoiceRow(label, field_options(fields.YES_NO))
    elif spec.kind is Kind.CHOICE:
        widget = ChoiceRow(label, field_options(fields.MEDICATION))
    elif spec.kind is Kind.SET:
        labels = fields.AREA_LABELS if view.name == "rls_areas" else fields.TRIGGER_LABELS
        columns = 4 if len(spec.choices) <= 4 else 3
        widget = SetInput(label, spec.choices, field_labels(labels), columns=columns)
    elif spec.kind is Kind.RELIEF:
        widget = RemediesInput(
            label,
            spec.choices,
            field_labels(fields.REMEDY_LABELS),
            field_options(fields.RELIEF),
        )
    else:
        widget = NotesInput(description)
    widget.setAccessibleName(label)
    widget.set_description(description)
    return widget
