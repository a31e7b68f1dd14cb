"""Running slow work off the GUI thread (DESIGN §3: long work in a QThreadPool worker).

A :class:`Task` runs a plain function in ``QThreadPool.globalInstance()`` and reports back
through queued signals, so its result is handled on the GUI thread. The function must not
touch widgets, and it opens its own read-only Diary when it needs data: the writer connection
belongs to the GUI thread. Every exception is caught and reported as ``failed`` with a message
a user can read; a worker never takes the application down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rls_diary.storage.errors import StorageError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Signals of a :class:`Task`, emitted from the worker thread: ``(token, result)`` and
    ``(token, message)``. Connect them to methods of a QObject living on the GUI thread (not
    to lambdas) so that delivery is queued there and stops when the receiver is deleted."""

    succeeded = Signal(object, object)
    failed = Signal(object, str)


class Task(QRunnable):
    """``function()`` in a worker thread; its result or failure arrives as a signal.

    ``token`` travels with the result so that a receiver can drop answers it no longer wants
    (say, a check started before the user changed an option).
    """

    def __init__(self, function: Callable[[], Any], token: object = None) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self.token = token
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as exc:  # reported to the user, never raised in a worker thread
            log.exception("background task failed")
            self.signals.failed.emit(self.token, describe_error(exc))
        else:
            self.signals.succeeded.emit(self.token, result)


def describe_error(exc: BaseException) -> str:
    """A one-line message for a dialog: our own errors carry user-readable text already."""
    if isinstance(exc, StorageError | ValueError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return f"an unexpected error occurred: {type(exc).__name__}: {exc}"


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    """Queue ``task``; keep the returned reference until one of its signals arrived."""
    (pool or QThreadPool.globalInstance()).start(task)
    return task
