"""Shared set-up of the Treatment tab tests: a tab on a temporary diary with a fixed today,
no real modal dialogs, and helpers to fill and submit the form dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui.treatment.dialog import RecordDialog
from rls_diary.ui.treatment.tab import TreatmentTab

TODAY = dt.date(2026, 3, 24)
TABLES = {
    "medications": records.MEDICATIONS,
    "labs": records.LABS,
    "assessments": records.ASSESSMENTS,
    "conditions": records.CONDITIONS,
    "questions": records.QUESTIONS,
}


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture(autouse=True)
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never open: errors are collected, questions fail the test."""
    shown: list[str] = []

    def unexpected(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"unexpected question: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *a: shown.append(f"{title}|{text}")
    )
    return shown


@pytest.fixture
def make_tab(qtbot: Any, diary: Diary) -> Iterator[Callable[..., TreatmentTab]]:
    made: list[TreatmentTab] = []

    def make(**options: Any) -> TreatmentTab:
        stack = QUndoStack()
        tab = TreatmentTab(diary, stack, today=lambda: TODAY, **options)
        tab.test_stack = stack  # type: ignore[attr-defined]  # keeps the stack alive
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitExposed(tab)
        wait_insights(qtbot, tab)
        made.append(tab)
        return tab

    yield make
    for tab in made:
        tab.shutdown()


def wait_insights(qtbot: Any, tab: TreatmentTab) -> None:
    qtbot.waitUntil(lambda: not tab.insights.busy and tab.insights.findings is not None)


def stored(diary: Diary, table: str) -> list[Any]:
    return TABLES[table].load(diary.conn)


def fill(dialog: RecordDialog, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        dialog.inputs[name].set_value(value)


def submit(qtbot: Any, dialog: RecordDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def problem_text(dialog: RecordDialog, name: str) -> str | None:
    label = dialog.problem_labels[name]
    return label.text() if label.isVisibleTo(dialog) else None
