"""Undoable changes of the Treatment records and settings, written in one transaction each.

:func:`perform` makes a change (adding, editing or deleting records and settings together, as
a dose change ends one course and starts the next) and returns a :class:`Change` that knows
every record and setting before and after. :class:`ChangeCommand` puts that on the shared
``QUndoStack`` after the fact: undo writes the "before" states back (a deleted record returns
with its own id, so older commands still find it), redo the "after" states. A command whose
undo or redo cannot be written reports the error and makes itself obsolete.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.storage.errors import StorageError

TABLES: Final[dict[str, records.Table[Any]]] = {
    "medications": records.MEDICATIONS,
    "labs": records.LABS,
    "assessments": records.ASSESSMENTS,
    "conditions": records.CONDITIONS,
    "questions": records.QUESTIONS,
}
STORAGE_ERRORS: Final = (sqlite3.Error, StorageError, OSError, ValueError)


@dataclass(frozen=True, slots=True)
class RecordState:
    """One record of ``table`` before and after a change (``None``: not there)."""

    table: str
    record_id: int
    before: Any  # None: not there
    after: Any  # None: not there


@dataclass(frozen=True, slots=True)
class SettingState:
    key: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class Change:
    text: str
    records: tuple[RecordState, ...] = ()
    settings: tuple[SettingState, ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    """Part of a change to make: ``before`` None adds ``after``; ``after`` None deletes."""

    table: str
    before: Any  # None: not there
    after: Any  # None: not there


def perform(
    diary: Diary,
    text: str,
    steps: Sequence[Step] = (),
    settings: Sequence[SettingState] = (),
) -> Change:
    """Make the change in one transaction and describe it for undo (raises on failure)."""
    states: list[RecordState] = []
    failed = QCoreApplication.translate("ChangeCommand", "“{0}” was not saved").format(text)
    with diary.transaction(failed) as conn:
        for step in steps:
            table = TABLES[step.table]
            if step.before is None:
                new_id = table.insert(conn, step.after)
                added = replace(step.after, id=new_id)
                states.append(RecordState(step.table, new_id, None, added))
                continue
            record_id = step.before.id
            after = None if step.after is None else replace(step.after, id=record_id)
            if after is None:
                table.delete(conn, record_id)
            else:
                table.update(conn, record_id, after)
            states.append(RecordState(step.table, record_id, step.before, after))
        for setting in settings:
            records.put_setting(conn, setting.key, setting.after)
    return Change(text, tuple(states), tuple(settings))


def write(diary: Diary, change: Change, *, forward: bool) -> None:
    """Put every record and setting of ``change`` in its after (or before) state."""
    failed = QCoreApplication.translate("ChangeCommand", "“{0}” was not undone or redone")
    with diary.transaction(failed.format(change.text)) as conn:
        for state in change.records:
            table = TABLES[state.table]
            target = state.after if forward else state.before
            table.delete(conn, state.record_id)
            if target is not None:
                table.insert(conn, replace(target, id=state.record_id), keep_id=True)
        for setting in change.settings:
            records.put_setting(conn, setting.key, setting.after if forward else setting.before)


# Called after the diary changed: (the change, True after redo / False after undo).
Changed = Callable[[Change, bool], None]
# Called when an undo or redo could not be written: (what, the error).
Failed = Callable[[str, Exception], None]


class ChangeCommand(QUndoCommand):
    """A change already made (the first ``redo`` from ``QUndoStack.push`` does nothing)."""

    def __init__(self, diary: Diary, change: Change, changed: Changed, failed: Failed) -> None:
        super().__init__(change.text)
        self.diary = diary
        self.change = change
        self._changed = changed
        self._failed = failed
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        what = QCoreApplication.translate("ChangeCommand", "Could not redo “{0}”")
        self._write(forward=True, what=what.format(self.text()))

    def undo(self) -> None:
        what = QCoreApplication.translate("ChangeCommand", "Could not undo “{0}”")
        self._write(forward=False, what=what.format(self.text()))

    def _write(self, *, forward: bool, what: str) -> None:
        try:
            write(self.diary, self.change, forward=forward)
        except STORAGE_ERRORS as exc:
            self.setObsolete(True)
            self._failed(what, exc)
            return
        self._changed(self.change, forward)
