"""Undoable diary changes. Each command has already happened when it is pushed.

The change is made (and may fail, with a message) before the command reaches the stack, so
the first ``redo`` that ``QUndoStack.push`` calls does nothing. Undo of a save restores the
previous night exactly (timestamps included) or deletes the night it created; undo of a
delete puts the night back exactly. A command whose undo or redo fails reports the error and
makes itself obsolete, so the stack drops it instead of repeating a step that did not happen.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary, InvalidNight
from rls_diary.storage.errors import StorageError
from rls_diary.ui.diary.text import day_month

# Called after the diary changed: (date, the night now stored or None when deleted).
Changed = Callable[[dt.date, Night | None], None]
# Called when an undo or redo could not be written: (what, the error).
Failed = Callable[[str, Exception], None]
STORAGE_ERRORS = (sqlite3.Error, StorageError, InvalidNight, OSError)


def _could_not_undo(what: str) -> str:
    return QCoreApplication.translate("DiaryCommands", "Could not undo “{what}”").format(what=what)


def _could_not_redo(what: str) -> str:
    return QCoreApplication.translate("DiaryCommands", "Could not redo “{what}”").format(what=what)


class _DiaryCommand(QUndoCommand):
    def __init__(
        self, text: str, diary: Diary, date: dt.date, changed: Changed, failed: Failed
    ) -> None:
        super().__init__(text)
        self._diary = diary
        self._date = date
        self._changed = changed
        self._failed = failed
        self._done = True  # pushed after the change was made

    def _put(self, night: Night | None, what: str) -> None:
        try:
            if night is None:
                self._diary.delete_night(self._date)
            else:
                self._diary.put_night_exactly(night)
        except STORAGE_ERRORS as exc:
            self.setObsolete(True)
            self._failed(what, exc)
            return
        self._changed(self._date, night)


class SaveNightCommand(_DiaryCommand):
    """A save of the night of ``after.date``; ``before`` is what was stored (None: new)."""

    def __init__(
        self, diary: Diary, before: Night | None, after: Night, changed: Changed, failed: Failed
    ) -> None:
        if before is None:
            words = QCoreApplication.translate("DiaryCommands", "Add night of {night}")
        else:
            words = QCoreApplication.translate("DiaryCommands", "Edit night of {night}")
        super().__init__(
            words.format(night=day_month(after.date)), diary, after.date, changed, failed
        )
        self.before = before
        self.after = after

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(self.after, _could_not_redo(self.text()))

    def undo(self) -> None:
        self._put(self.before, _could_not_undo(self.text()))


class DeleteNightCommand(_DiaryCommand):
    def __init__(self, diary: Diary, deleted: Night, changed: Changed, failed: Failed) -> None:
        words = QCoreApplication.translate("DiaryCommands", "Delete night of {night}")
        super().__init__(
            words.format(night=day_month(deleted.date)), diary, deleted.date, changed, failed
        )
        self.deleted = deleted

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._put(None, _could_not_redo(self.text()))

    def undo(self) -> None:
        self._put(self.deleted, _could_not_undo(self.text()))
