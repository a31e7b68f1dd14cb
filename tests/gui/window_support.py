"""The main window as the GUI tests open it: shown, exposed, and shut down afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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
