"""The main window as the GUI tests open it: shown, exposed, and shut down afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.services.diary import Diary
from rls_diary.ui.main_window import MainWindow


@contextmanager
def shown_window(qtbot: QtBot, diary: Diary) -> Iterator[MainWindow]:
    """A MainWindow on ``diary``, shown and exposed; shut down (the diary closed) on exit."""
    shown = MainWindow(diary)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.shutdown()


class Questions:
    """Stands in for ``QMessageBox.question``: records every question (title, text) and
    answers with the next of ``replies`` (else No)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.replies: list[QMessageBox.StandardButton] = []

    def __call__(
        self, _parent: object, title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        self.asked.append((title, text))
        return self.replies.pop(0) if self.replies else QMessageBox.StandardButton.No
