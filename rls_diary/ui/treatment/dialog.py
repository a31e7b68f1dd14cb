"""The form dialog every Treatment record is added and edited in.

Fields are checked by the shared record rules (:mod:`rls_diary.domain.record_validation`) plus
any rule of the dialog itself; each problem is shown in words under its field, naming it, and
the first problem field gets the focus. Saving goes through ``save_handler``, which stores the
record and returns ``None``, or a message (a full disk, a locked file) that the dialog shows
while it stays open with everything the user typed. Nothing raises out of a dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any, Final, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.record_validation import REQUIRED, RecordRules, record_problems
from rls_diary.domain.validation import FieldError, Problem
from rls_diary.ui.problem_text import problem_text

PROBLEM_STYLE: Final = "color: #c62828;"
HINT_STYLE: Final = "color: palette(placeholder-text);"
REQUIRED_TEXT: Final = QT_TRANSLATE_NOOP("RecordDialog", "required — please fill this in")

# Stores the record the dialog made: None when it was saved, else a message to show.
SaveHandler = Callable[[Any], str | None]


class Input(Protocol):
    def value(self) -> Any: ...
    def set_value(self, value: Any) -> None: ...
    def focus_target(self) -> QWidget: ...


class RecordDialog(QDialog):
    """A form of named fields. Subclasses add fields and implement :meth:`make_record`."""

    def __init__(
        self,
        title: str,
        intro: str,
        rules: RecordRules | None,
        parent: QWidget | None = None,
        *,
        fixed: Mapping[str, Any] | None = None,
        save_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self.rules = rules
        self.fixed = dict(fixed or {})  # values of fields the dialog does not show
        self.save_handler: SaveHandler | None = None
        self.inputs: dict[str, Input] = {}
        self.labels: dict[str, str] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.shown_problems: list[Problem] = []
        self.record: Any = None
        self._attempted = False
        self._tabs_ordered = False

        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.summary = QLabel(self)
        self.summary.setObjectName("dialogProblems")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(PROBLEM_STYLE)
        self.summary.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            save_text or QCoreApplication.translate("RecordDialog", "Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # problems never squash
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

    # -- building ------------------------------------------------------------------------

    def add_field(
        self, name: str, label: str, widget: QWidget, hint: str = "", *, mnemonic: str = ""
    ) -> None:
        """A row ``label`` for the input ``widget`` (field ``name`` of the rules)."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problem = QLabel(holder)
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setVisible(False)
        column.addWidget(problem)
        if hint:
            hint_label = QLabel(hint, holder)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet(HINT_STYLE)
            column.addWidget(hint_label)
        shown = mnemonic or label
        row_label = QLabel(f"{shown}:", self)
        row_label.setBuddy(widget)
        self.form.addRow(row_label, holder)
        widget.setAccessibleName(label)
        self.inputs[name] = widget  # type: ignore[assignment]
        self.labels[name] = label
        self.problem_labels[name] = problem
        changed = getattr(widget, "changed", None)
        if changed is not None:
            changed.connect(self._edited)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._tabs_ordered:
            self._tabs_ordered = True
            self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the rows as they are shown (an input made before its row came earlier
        in the chain), then Save and Cancel; the keyboard starts in the first field."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in chain:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        ordered = [
            w
            for field in self.inputs.values()
            for w in chain
            if (w is field or field.isAncestorOf(w))  # type: ignore[arg-type]
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        ordered += self.buttons.buttons()
        for first, following in pairwise(ordered):
            QWidget.setTabOrder(first, following)
        if self.inputs:
            next(iter(self.inputs.values())).focus_target().setFocus(Qt.FocusReason.TabFocusReason)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for name, value in values.items():
            if name in self.inputs:
                self.inputs[name].set_value(value)

    # -- for subclasses --------------------------------------------------------------------

    def extra_problems(self, values: Mapping[str, Any]) -> list[Problem]:
        """Rules of this dialog beyond the record rules (fields that passed on their own)."""
        return []

    def make_record(self, values: Mapping[str, Any]) -> Any:
        raise NotImplementedError

    # -- checking ----------------------------------------------------------------------------

    def values(self) -> tuple[dict[str, Any], list[Problem]]:
        """The typed value of every field (``fixed`` ones included) and the reading problems."""
        values = dict(self.fixed)
        problems: list[Problem] = []
        for name, widget in self.inputs.items():
            try:
                values[name] = widget.value()
            except FieldError as exc:
                values[name] = None
                problems.append(Problem.from_error(name, exc))
        return values, problems

    def problems(self) -> list[Problem]:
        """Every problem of the form, in field order, at most one per field."""
        values, found = self.values()
        failed = {p.field for p in found}
        checked: list[Problem] = []
        if self.rules is not None:
            checked = record_problems(self.rules, values)
        checked += self.extra_problems(values)
        for problem in checked:
            if problem.field not in failed:
                found.append(problem)
                failed.add(problem.field)
        order = {name: index for index, name in enumerate(self.inputs)}
        found.sort(key=lambda p: order.get(p.field, len(order)))
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        self.shown_problems = problems
        by_field = {p.field: p for p in problems}
        for name, label in self.problem_labels.items():
            problem = by_field.get(name)
            label.setVisible(problem is not None)
            label.setText("" if problem is None else self.problem_text(problem))
        if problems:
            first = self.problem_text(problems[0])
            more = len(problems) - 1
            extra = ""
            if more == 1:
                extra = QCoreApplication.translate(
                    "RecordDialog", " (and 1 more problem shown above)"
                )
            elif more:
                extra = QCoreApplication.translate(
                    "RecordDialog", " (and {count} more problems shown above)"
                ).format(count=more)
            self.summary.setText(
                QCoreApplication.translate("RecordDialog", "Not saved: {problem}{more}").format(
                    problem=first, more=extra
                )
            )
        self.summary.setVisible(bool(problems))
        self._fit()

    def _fit(self) -> None:
        """Grow to show new problem lines (never shrink under the user's hands)."""
        wanted = self.sizeHint()
        if wanted.height() > self.height() or wanted.width() > self.width():
            self.resize(max(wanted.width(), self.width()), max(wanted.height(), self.height()))

    def problem_text(self, problem: Problem) -> str:
        """``Ferritin (ng/mL): -3 is below 0`` — the field named in words."""
        label = self.labels.get(problem.field, problem.field)
        message = _tr(REQUIRED_TEXT) if problem.message == REQUIRED else problem_text(problem)
        return f"{label}: {message}"

    def accept(self) -> None:
        """Save when every field is fine; otherwise show the problems and stay open."""
        self._attempted = True
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            widget = self.inputs.get(problems[0].field)
            if widget is not None:
                widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        values, _ = self.values()
        record = self.make_record(values)
        error = self.save_handler(record) if self.save_handler is not None else None
        if error:
            self.summary.setText(error)
            self.summary.setVisible(True)
            self._fit()
            return
        self.record = record
        super().accept()

    def _edited(self) -> None:
        if self._attempted:  # once problems were shown, they follow the typing
            self.show_problems(self.problems())


def _tr(source: str) -> str:
    """A text of the base dialog (a subclass's ``self.tr`` would look in its own context)."""
    return QCoreApplication.translate("RecordDialog", source)
