"""The pages of the Treatment tab: a table of records with its buttons, and the page of the
augmentation baseline period. Pages hold no storage logic: the tab wires their signals."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.record_validation import BASELINE_FROM, BASELINE_TO, baseline_problems
from rls_diary.domain.validation import FieldError, Problem
from rls_diary.ui.models.record_tables import RecordSortProxy, RecordTableModel
from rls_diary.ui.problem_text import problem_text
from rls_diary.ui.treatment.dialog import HINT_STYLE, PROBLEM_STYLE
from rls_diary.ui.treatment.inputs import DateInput


def heading(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    label.setFont(font)
    return label


def intro_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class RecordPage(QWidget):
    """A heading, a short explanation, buttons, the table of records and an empty-state line.

    Signals: ``addRequested()``, ``editRequested(record)``, ``deleteRequested(record)`` and
    ``selectionChanged(record or None)``.
    """

    addRequested = Signal()
    editRequested = Signal(object)
    deleteRequested = Signal(object)
    selectionChanged = Signal(object)

    def __init__(
        self,
        title: str,
        intro: str,
        model: RecordTableModel[Any],
        *,
        noun: str,
        add_text: str,
        empty_text: str,
        sort_column: int = 0,
        stretch_column: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.noun = noun
        self.proxy = RecordSortProxy(self)
        self.proxy.setSourceModel(model)
        self.heading = heading(title, self)
        self.intro = intro_label(intro, self)
        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        shown_noun = QCoreApplication.translate("TreatmentTab", noun)
        self.edit_button.setToolTip(
            self.tr("Edit the selected {noun} (or double-click it)").format(noun=shown_noun)
        )
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected {noun} (you can undo it)").format(noun=shown_noun)
        )
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self._delete_selected)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.delete_button)

        self.table = QTableView(self)
        self.table.setObjectName(f"{noun.replace(' ', '_')}_table")
        self.table.setAccessibleName(title)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is not None:  # free text: takes the room left, elided (tooltip)
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName("emptyText")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.buttons)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update)
        self._update()

    def add_action_button(self, button: QPushButton) -> None:
        """Another button acting on the selected record (placed after Edit…)."""
        self.buttons.insertWidget(2, button)

    # -- selection ---------------------------------------------------------------------------

    def selected_record(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.record_at(rows[0].row())

    def select_id(self, record_id: int) -> None:
        row = self.proxy.proxy_row_of(record_id)
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.proxy.index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self._update()
        self.selectionChanged.emit(self.selected_record())

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        selected = self.selected_record() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # -- requests ----------------------------------------------------------------------------

    def _edit_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.editRequested.emit(record)

    def _delete_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.deleteRequested.emit(record)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and not (index.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            self.editRequested.emit(self.proxy.record_at(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Delete:
                self._delete_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._edit_selected()
                return True
        return super().eventFilter(watched, event)


BASELINE_INTRO: Final = QT_TRANSLATE_NOOP(
    "BaselinePage",
    "The augmentation watch compares your recent symptoms with a baseline: normally the 14 "
    "nights before a dopamine agonist or levodopa course began. If those nights were not "
    "typical (say, you were ill or travelling), choose other nights here, ideally 14 or more "
    "before the treatment. Leave both dates blank to use the automatic baseline.",
)


class BaselinePage(QWidget):
    """The user-set baseline period. ``saveRequested(first, last)`` (both None: clear)."""

    saveRequested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        automatic = self.tr("YYYY-MM-DD (blank = automatic)")
        self.first = DateInput(self, placeholder=automatic)
        self.last = DateInput(self, placeholder=automatic)
        self.inputs = {BASELINE_FROM: self.first, BASELINE_TO: self.last}
        self.labels = {
            BASELINE_FROM: self.tr("First night (morning date)"),
            BASELINE_TO: self.tr("Last night (morning date)"),
        }
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, widget in self.inputs.items():
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            problem = QLabel(holder)
            problem.setObjectName(f"problem_{key}")
            problem.setWordWrap(True)
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setVisible(False)
            column.addWidget(problem)
            self.problem_labels[key] = problem
            widget.setAccessibleName(self.labels[key])
            form.addRow(f"{self.labels[key]}:", holder)
        self.current = QLabel(self)
        self.current.setObjectName("baselineCurrent")
        self.current.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save baseline"), self)
        self.clear_button = QPushButton(self.tr("Use the &automatic baseline"), self)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Augmentation baseline"), self))
        layout.addWidget(
            intro_label(QCoreApplication.translate("BaselinePage", BASELINE_INTRO), self)
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.current)
        layout.addStretch(1)

    def set_period(self, first: dt.date | None, last: dt.date | None) -> None:
        self.first.set_value(first)
        self.last.set_value(last)
        self.show_problems([])
        if first is None or last is None:
            self.current.setText(
                self.tr("Now using: the automatic baseline (14 nights before a course).")
            )
        else:
            nights = (last - first).days + 1
            shown = (
                self.tr("Now using: the nights of {first} to {last} (1 night).")
                if nights == 1
                else self.tr("Now using: the nights of {first} to {last} ({count} nights).")
            )
            self.current.setText(
                shown.format(first=first.isoformat(), last=last.isoformat(), count=nights)
            )

    def values(self) -> tuple[dt.date | None, dt.date | None, list[Problem]]:
        found: list[Problem] = []
        dates: dict[str, dt.date | None] = {}
        for key, widget in self.inputs.items():
            try:
                dates[key] = widget.value()
            except FieldError as exc:
                dates[key] = None
                found.append(Problem.from_error(key, exc))
        first, last = dates[BASELINE_FROM], dates[BASELINE_TO]
        if not found:
            found = baseline_problems(first, last)
        return first, last, found

    def show_problems(self, problems: list[Problem]) -> None:
        by_key = {p.field: p for p in problems}
        for key, label in self.problem_labels.items():
            problem = by_key.get(key)
            label.setVisible(problem is not None)
            label.setText("" if problem is None else f"{self.labels[key]}: {problem_text(problem)}")

    def save(self) -> bool:
        first, last, problems = self.values()
        self.show_problems(problems)
        if problems:
            self.inputs[problems[0].field].focus_target().setFocus()
            return False
        self.saveRequested.emit(first, last)
        return True

    def clear(self) -> None:
        self.first.set_value(None)
        self.last.set_value(None)
        self.show_problems([])
        self.saveRequested.emit(None, None)
