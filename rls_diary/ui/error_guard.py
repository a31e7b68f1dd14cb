"""Unexpected errors become a dialog and a log entry, never a crash (issue 4).

PySide reports an exception raised in a slot or an event handler through ``sys.excepthook``;
the guard logs it with its traceback and tells the user in plain words, and the event loop
carries on. Expected problems (a locked folder, a bad file) are handled where they happen.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

from rls_diary.storage.errors import StorageError


def message_for(exc: BaseException) -> str:
    if isinstance(exc, StorageError):
        return f"{exc}\n\nRLS Diary is still running."
    return (
        "RLS Diary ran into an unexpected problem and stopped what it was doing. Everything "
        "you had saved is safe and the app is still running.\n\n"
        f"Details: {type(exc).__name__}: {exc}"
    )


class ErrorGuard:
    """Replaces ``sys.excepthook`` between :meth:`install` and :meth:`uninstall`."""

    def __init__(self) -> None:
        self._previous = sys.excepthook
        self._showing = False
        self.shown: list[str] = []

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous(exc_type, exc, tb)
            return
        import logging  # only when something went wrong: not at every start

        logging.getLogger("rls_diary").error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or QApplication.instance() is None:
            return  # an error while showing the dialog: logged only, no dialog storm
        from PySide6.QtWidgets import QMessageBox

        self._showing = True
        try:
            text = message_for(exc)
            self.shown.append(text)
            QMessageBox.critical(QApplication.activeWindow(), "Something went wrong", text)
        finally:
            self._showing = False
