"""The Diary tab: the list of nights on the left, the night form on the right.

Every change goes through the diary service and a command on the shared ``QUndoStack``;
storage errors are shown in a dialog and the tab keeps working. The main window wires its
shortcuts to ``new_night`` (Ctrl+N), ``save`` (Ctrl+S) and ``focus_find`` (Ctrl+F), and asks
``confirm_discard`` before closing.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.night import Night
from rls_diary.domain.validation import Problem
from rls_diary.services.diary import Diary, InvalidNight
from rls_diary.storage.errors import StorageError
from rls_diary.ui.diary import text
from rls_diary.ui.diary.commands import DeleteNightCommand, SaveNightCommand
from rls_diary.ui.diary.form import NightForm
from rls_diary.ui.diary.night_list import NightList
from rls_diary.ui.diary.sections import field_text
from rls_diary.ui.diary.usual import usual_times
from rls_diary.ui.models.night_table import NightTableModel
from rls_diary.ui.problem_text import problem_text

if TYPE_CHECKING:  # the experiment code loads only for a diary that has experiments
    from rls_diary.domain.experiments import Slot
    from rls_diary.domain.records import Experiment
    from rls_diary.ui.diary.deleted_bar import DeletedBar

STORAGE_ERRORS = (sqlite3.Error, StorageError, OSError)
USUAL_WINDOW = 60  # recent nights that feed the usual times (14 values of each count)


class _Outcome:
    ok = True


class DiaryTab(QWidget):
    statusMessage = Signal(str)
    unsavedChangesChanged = Signal(bool)
    purgeRequested = Signal(object)  # the date of a deleted night to remove from backups

    def __init__(
        self,
        diary: Diary,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.undo_stack = undo_stack
        self._today = today
        self._syncing = False
        self.model = NightTableModel(diary.default_zone, self)
        self.nights = NightList(self.model, self)
        self.proxy, self.table = self.nights.proxy, self.nights.table
        self.find_edit, self.count_label = self.nights.find_edit, self.nights.count_label
        self.form = NightForm(
            diary.default_zone, self, today=today, experiment_at=self._experiment_at, load=False
        )
        self._build()
        self.form.dirtyChanged.connect(self._on_dirty)
        self.form.dateEdited.connect(self._on_date_edited)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.nights.enterPressed.connect(self.form.focus_first_field)
        self.nights.deletePressed.connect(self.delete_selected)
        self._load_list()
        self._show_night(self._today())

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        self._right_layout = right_layout
        self._deleted_bar: DeletedBar | None = None  # made at the first delete
        self.problems_label = QLabel(right)
        self.problems_label.setObjectName("formProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #d32f2f;")
        self.problems_label.setVisible(False)
        right_layout.addWidget(self.problems_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), right)
        self.save_button.setToolTip(self.tr("Save this night (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Revert"), right)
        self.revert_button.setToolTip(self.tr("Throw away the changes since this night was opened"))
        self.delete_button = QPushButton(self.tr("De&lete night"), right)
        self.delete_button.setToolTip(self.tr("Delete this night (you can undo it)"))
        for button in (self.save_button, self.revert_button, self.delete_button):
            button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nights)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # room for the figures; the notes column takes what is left
            self._sized = True
            left = min(self.nights.figures_width(), self.width() * 40 // 100)
            self.splitter.setSizes([left, max(self.width() - left, 1)])

    # -- public API --------------------------------------------------------------------

    def new_night(self) -> bool:
        """Open last night's entry (the morning date is today), blank if there is none yet."""
        return self.open_date(self._today(), focus=True)

    def open_date(self, date: dt.date, *, focus: bool = False) -> bool:
        """Open the entry of ``date`` (a blank one if none); False when the user cancelled.

        Asking for the date already in the form keeps what is being typed there.
        """
        if date == self.form.date() and self.form.dirty:
            self._select_date(date)
        elif not self.confirm_discard() or not self._show_night(date):
            return False
        if focus:
            self.form.focus_first_field()
        return True

    def open_neighbour(self, step: int) -> bool:
        """Open the recorded night before (``step`` < 0) or after the one in the form (asking
        about unsaved changes first); False when there is none or the user cancelled."""
        current = self.form.date()
        dates = [self.model.date_at(row) for row in range(self.model.rowCount())]
        if step < 0:
            found = max((d for d in dates if d < current), default=None)
        else:
            found = min((d for d in dates if d > current), default=None)
        if found is None:
            self.statusMessage.emit(
                self.tr("No earlier night in the diary")
                if step < 0
                else self.tr("No later night in the diary")
            )
            return False
        return self.open_date(found)

    def save(self) -> bool:
        """Save the form; refused (False) with the first invalid field focused."""
        if self.form.errors():
            self._refuse(self.form.errors())
            return False
        if not self.form.dirty and not self.form.is_new:
            self.statusMessage.emit(
                self.tr("No changes to save for {night}").format(
                    night=text.night_span(self.form.date())
                )
            )
            return True
        night = self.form.night()
        if all(value is None for name, value in night.content().items() if name != "timezone"):
            self.statusMessage.emit(self.tr("Nothing to save yet: every field is blank"))
            return False
        kept = self.tr("Nothing was saved; what you typed is still in the form.")
        with self._storage(self.tr("Could not save the night"), kept) as outcome:
            before = self.diary.night(night.date)
            try:
                saved = self.diary.save_night(night)
            except InvalidNight as exc:
                self._refuse(exc.problems)
                return False
        if not outcome.ok:
            return False
        self.undo_stack.push(
            SaveNightCommand(self.diary, before, saved.night, self._changed, self._failed)
        )
        self._after_change(saved.night.date, saved.night, reload_form=True)
        message = self.tr("Saved the night of {night}").format(
            night=text.night_span(saved.night.date)
        )
        if saved.warnings:
            message += self.tr(" — check: {problems}").format(
                problems="; ".join(map(problem_text, saved.warnings))
            )
        self.problems_label.setVisible(False)
        self.statusMessage.emit(message)
        return True

    def revert(self) -> None:
        self.form.revert()
        self.problems_label.setVisible(False)

    def focus_find(self) -> None:
        self.nights.focus_find()

    def delete_selected(self) -> bool:
        """Delete the night selected in the list (or the one in the form)."""
        selected = self.nights.selected_date()
        return self._delete(selected) if selected is not None else self.delete_current()

    def night_to_delete(self) -> dt.date | None:
        """The night :meth:`delete_selected` would delete (None: nothing to delete)."""
        selected = self.nights.selected_date()
        if selected is not None:
            return selected
        return None if self.form.is_new else self.form.date()

    def delete_current(self) -> bool:
        """Delete the night shown in the form."""
        if self.form.is_new:
            self.statusMessage.emit(
                self.tr("This night is not saved, so there is nothing to delete")
            )
            return False
        return self._delete(self.form.date())

    def reload(self) -> None:
        """Read the list again (after an import); the form reloads unless it has changes."""
        self._load_list()
        self.form.refresh_experiment()  # an experiment may have started or stopped
        if not self.form.dirty:
            self._show_night(self.form.date())
        else:
            self._select_date(self.form.date())

    def saved_elsewhere(
        self, before: Night | None, after: Night, take: Callable[[NightForm], None]
    ) -> None:
        """A night saved outside the form (the tray's onset, an experiment answer) joins the
        undo history: undoing an earlier save of that night then cannot silently drop it. A
        form with unsaved edits of that night keeps them, takes what was saved (``take``
        copies it into the form) and knows the night as stored now, so a later save does
        not put the older value back."""
        if before != after:
            self.undo_stack.push(
                SaveNightCommand(self.diary, before, after, self._changed, self._failed)
            )
        if self.form.dirty and self.form.date() == after.date:
            take(self.form)
            self.form.set_stored(after)

    def has_unsaved_changes(self) -> bool:
        return self.form.dirty

    def confirm_discard(self) -> bool:
        """True when it is fine to leave the current night (saved, discarded or unchanged)."""
        if not self.form.dirty:
            return True
        from PySide6.QtWidgets import QMessageBox  # asked only with unsaved changes

        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The night of {night} has changes that are not saved.\n\nSave them?").format(
                night=text.night_span(self.form.date())
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    # -- internals ---------------------------------------------------------------------

    def _experiment_at(self, date: dt.date) -> tuple[Experiment, Slot] | None:
        """The experiment covering the night ``date`` (for the form); None when it cannot be
        read — the form then simply does not ask."""
        try:
            if not self.diary.has_experiments():  # most diaries: no need to load the code
                return None
            from rls_diary.services.experiments import condition_on

            return condition_on(self.diary, date)
        except STORAGE_ERRORS:
            return None

    @contextmanager
    def _storage(self, title: str, after: str | None = None) -> Iterator[_Outcome]:
        """Run storage work; an error is shown in a dialog and the outcome is not ``ok``.
        ``title`` and ``after`` are translated; ``after`` says nothing changed unless given."""
        outcome = _Outcome()
        try:
            yield outcome
        except STORAGE_ERRORS as exc:
            outcome.ok = False
            self._show_error(title, exc, after)

    def _show_error(self, title: str, exc: BaseException, after: str | None = None) -> None:
        if after is None:
            after = self.tr("Nothing was changed. You can go on using the diary.")
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, title, f"{title}.\n\n{exc}\n\n{after}")
        self.statusMessage.emit(f"{title}: {exc}")

    def _refuse(self, problems: list[Problem]) -> None:
        focused = self.form.focus_first_problem()
        first = focused or problems[0]
        row = self.form.rows.get(first.field)
        label = field_text(row.view.label) if row is not None else first.field
        count = len(problems)
        summary = self.tr("Not saved: {field}: {problem}").format(
            field=label, problem=problem_text(first)
        )
        if count == 2:
            summary += self.tr(" (and 1 more problem marked in red)")
        elif count > 2:
            summary += self.tr(" (and {count} more problems marked in red)").format(count=count - 1)
        self.problems_label.setText(summary)
        self.problems_label.setVisible(True)
        self.statusMessage.emit(summary)

    def _load_list(self) -> None:
        """The list reads the dates now and each night when it is shown (20 years open as
        fast as a week)."""
        with self._storage(self.tr("Could not read the diary")):
            self.model.set_source(self.diary.dates(), self._read_nights)
        self._update_usual()

    def _read_nights(self, first: dt.date | None, last: dt.date | None) -> list[Night]:
        """Nights for the list, read while it paints: a failure is reported on the status
        line (no dialog in the middle of painting) and those rows show blank."""
        try:
            return self.diary.nights(first, last)
        except STORAGE_ERRORS as exc:
            self.statusMessage.emit(self.tr("Could not read the diary: {error}").format(error=exc))
            return []

    def _update_usual(self) -> None:
        self.form.set_usual_times(usual_times(self.model.latest(USUAL_WINDOW)))

    @property
    def deleted_bar(self) -> DeletedBar:
        """The bar under the form after a delete: Undo, and removing the night from the
        backups too."""
        if self._deleted_bar is None:
            from rls_diary.ui.diary.deleted_bar import DeletedBar

            bar = self._deleted_bar = DeletedBar(self)
            bar.undoRequested.connect(self._undo_delete)
            bar.purgeRequested.connect(self.purgeRequested)
            self._right_layout.insertWidget(1, bar)
        return self._deleted_bar

    def _undo_delete(self, date: dt.date) -> None:
        """The bar's Undo: undoes the delete when it is the last change, else says how."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, DeleteNightCommand) and command.deleted.date == date:
            self.undo_stack.undo()
        else:
            self.statusMessage.emit(
                self.tr(
                    "Other changes came after this delete: use Edit ▸ Undo to go back step by step"
                )
            )

    def _show_night(self, date: dt.date) -> bool:
        """Load ``date`` into the form, without asking (the caller asked)."""
        night: Night | None = None
        with self._storage(self.tr("Could not read the night")) as outcome:
            night = self.diary.night(date)
        if not outcome.ok:
            return False
        self.form.set_night(night, date)
        self.problems_label.setVisible(False)
        self._select_date(date)
        self._update_buttons()
        return True

    def _select_date(self, date: dt.date) -> None:
        """Show ``date`` as the selected row without opening it again."""
        self._syncing = True
        try:
            self.nights.select_date(date)
        finally:
            self._syncing = False

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        date = self.nights.date_at(current)
        if date == self.form.date() and not self.form.is_new:
            return
        if not self.confirm_discard() or not self._show_night(date):
            self._select_date(self.form.date())

    def _on_date_edited(self, date: dt.date, previous: dt.date) -> None:
        exists = self.model.row_of(date) is not None
        if not exists and self.form.is_new and self.form.dirty:
            self._select_date(date)  # a new entry being typed: it just moves to that date
            return
        if not self.form.dirty:
            self._show_night(date)
            return
        self.form.set_date(previous)  # the question is about the night that was edited
        if self.confirm_discard():
            self._show_night(date)

    def _on_dirty(self, dirty: bool) -> None:
        self._update_buttons()
        if dirty:
            self.problems_label.setVisible(False)
        self.unsavedChangesChanged.emit(dirty)

    def _update_buttons(self) -> None:
        self.revert_button.setEnabled(self.form.dirty)
        self.delete_button.setEnabled(not self.form.is_new)

    def _delete(self, date: dt.date) -> bool:
        deleted: Night | None = None
        with self._storage(self.tr("Could not delete the night")) as outcome:
            deleted = self.diary.delete_night(date)
        if not outcome.ok:
            return False
        if deleted is None:
            self.model.remove(date)
            return False
        self.undo_stack.push(DeleteNightCommand(self.diary, deleted, self._changed, self._failed))
        self._after_change(date, None, reload_form=date == self.form.date())
        self.deleted_bar.offer(date)
        self.statusMessage.emit(
            self.tr("Deleted the night of {night} — Undo (Ctrl+Z) brings it back").format(
                night=text.night_span(date)
            )
        )
        return True

    def _changed(self, date: dt.date, night: Night | None) -> None:
        """Called by undo / redo after the diary changed."""
        shown = date == self.form.date()
        self._after_change(date, night, reload_form=shown and not self.form.dirty)
        if shown and self.form.dirty:
            self.form.set_stored(night)
            self._update_buttons()
            self.statusMessage.emit(
                self.tr("The night of {night} changed; your unsaved edits are kept").format(
                    night=text.night_span(date)
                )
            )

    def _failed(self, what: str, exc: Exception) -> None:
        self._show_error(what, exc)

    def _after_change(self, date: dt.date, night: Night | None, *, reload_form: bool) -> None:
        if night is None:
            self.model.remove(date)
        else:
            self.model.upsert(night)
            if self._deleted_bar is not None:
                self._deleted_bar.withdraw(date)  # the night is back (undo, or saved anew)
        if reload_form:
            self.form.set_night(night, date)
        self._update_usual()
        self._update_buttons()
        if date == self.form.date():
            self._select_date(date)
