"""Treatment changes are named in the window's language: in the undo history (Edit menu), the
status bar and the message of an undo that could not be written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import treatment_helpers
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from treatment_helpers import fill, submit
from window_support import shown_window

from rls_diary.domain.records import Condition, Lab
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import StorageError
from rls_diary.ui.main_window import MainWindow
from rls_diary.ui.treatment import commands
from rls_diary.ui.treatment.tab import TreatmentTab, describe

errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, Diary.open_writer(data_dir, "Europe/Berlin", "tests")) as shown:
        yield shown


def undo_action(window: MainWindow) -> QAction:
    edit = window.menuBar().actions()[1].menu()
    return edit.actions()[0]  # type: ignore[union-attr]


def test_a_treatment_change_is_named_in_german_in_the_edit_menu_and_status_bar(
    german: str, window: MainWindow
) -> None:
    window.show_tab(2)
    tab = window.treatment.content
    assert isinstance(tab, TreatmentTab)
    dialog = tab.add("questions")
    fill(dialog, {"text": "Eisen?"})
    dialog.accept()
    assert undo_action(window).text() == "&Rückgängig Frage „Eisen?“ hinzufügen"
    assert window.statusBar().currentMessage() == "Frage „Eisen?“ hinzufügen – gespeichert"
    window.undo_stack.undo()
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Frage „Eisen?“ hinzufügen"


def test_records_are_described_in_german(german: str) -> None:
    day = dt.date(2026, 3, 3)
    assert describe("conditions", Condition("travel", day)) == "Reise ab 3. März 2026"
    assert describe("labs", Lab(day)) == "Blutwerte vom 3. März 2026"


def test_records_are_described_in_english() -> None:
    day = dt.date(2026, 3, 3)
    assert describe("conditions", Condition("travel", day)) == "travel from 3 Mar 2026"
    assert describe("labs", Lab(day)) == "blood test of 3 Mar 2026"


def test_a_failed_undo_is_reported_in_german(
    german: str,
    qtbot: QtBot,
    make_tab: Callable[..., TreatmentTab],
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[str],
) -> None:
    tab = make_tab()
    dialog = tab.add("questions")
    fill(dialog, {"text": "Eisen?"})
    submit(qtbot, dialog)

    def locked(*args: object, **kwargs: object) -> None:
        raise StorageError("locked")

    monkeypatch.setattr(commands, "write", locked)
    tab.undo_stack.undo()
    title, body = errors_shown[0].split("|")
    assert title == "„Frage „Eisen?“ hinzufügen“ konnte nicht rückgängig gemacht werden"
    assert body.endswith("Es wurde nichts geändert.")
