"""The main window: tabs, menus, remembered geometry, closing, File/Help/View actions."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_support import shown_window

import rls_diary
from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import LockedError, StorageError
from rls_diary.ui.dialogs.about import AboutDialog
from rls_diary.ui.error_guard import ErrorGuard
from rls_diary.ui.lazy_tab import LazyTab
from rls_diary.ui.main_window import TAB_NAMES, MainWindow

ZONE = "Europe/Berlin"


class FakeChooser:
    def __init__(self, path: Path | None) -> None:
        self.path = path

    def open_import_file(self, parent: object) -> Path | None:
        return self.path

    def save_export_file(self, parent: object, kind: str) -> Path | None:
        return self.path


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, ZONE, "tests")
    with shown_window(qtbot, diary) as shown:
        yield shown


def actions_of(window: MainWindow, title: str) -> dict[str, QKeySequence]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return {a.text().replace("&", ""): a.shortcut() for a in menu.actions() if a.text()}


def test_window_has_four_tabs_and_the_menus(window: MainWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == list(TAB_NAMES)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    file_menu = actions_of(window, "&File")
    assert {"Import nights…", "Export CSV…", "Export JSON…", "Open data folder"} <= set(file_menu)
    assert file_menu["Quit"] == QKeySequence("Ctrl+Q")
    edit = actions_of(window, "&Edit")
    assert edit["New night"] == QKeySequence("Ctrl+N")
    assert edit["Save night"] == QKeySequence("Ctrl+S")
    assert edit["Find…"] == QKeySequence("Ctrl+F")
    assert {"Undo", "Redo", "Delete night"} <= set(edit)
    assert {"About RLS Diary", "Crisis numbers", "Safety notice"} <= set(
        actions_of(window, "&Help")
    )
    assert window.windowTitle() == "RLS Diary"


def test_geometry_and_last_tab_are_restored(qtbot: QtBot, data_dir: Path) -> None:
    first = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 480)  # within the offscreen 800×600 screen
    first.tabs.setCurrentIndex(2)
    assert first.close()

    second = MainWindow(Diary.open_writer(data_dir, ZONE, "tests"))
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (700, 480)
    second.shutdown()


def test_close_with_unsaved_changes_asks_and_can_be_cancelled(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = [False]

    def confirm_discard() -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(window.diary_tab, "has_unsaved_changes", lambda: True)
    monkeypatch.setattr(window.diary_tab, "confirm_discard", confirm_discard)
    assert not window.close()
    assert asked == [True]
    assert window.isVisible()
    with pytest.raises(LockedError):  # the diary is still open
        Diary.open_writer(data_dir, ZONE, "second")

    answer[0] = True
    assert window.close()
    assert len(asked) == 2
    Diary.open_writer(data_dir, ZONE, "second").close()  # the lock was released


def test_edit_menu_reaches_the_diary_tab(window: MainWindow, monkeypatch) -> None:
    called: list[str] = []
    for name in ("new_night", "save", "focus_find", "delete_selected"):
        monkeypatch.setattr(window.diary_tab, name, lambda name=name: called.append(name))
    window.tabs.setCurrentIndex(3)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    for action in menu.actions():
        if action.text() in ("&New night", "&Save night", "&Find…", "&Delete night"):
            action.trigger()
    assert called == ["new_night", "save", "focus_find", "delete_selected"]
    assert window.tabs.currentIndex() == 0


def test_other_tabs_are_built_when_first_opened(window: MainWindow) -> None:
    charts = window.tabs.widget(1)
    assert isinstance(charts, LazyTab)
    assert not charts.built
    window.tabs.setCurrentIndex(1)
    assert charts.built
    assert type(charts.content).__name__ == "ChartsTab"
    for index, name in ((2, "TreatmentTab"), (3, "TipsTab")):
        lazy = window.tabs.widget(index)
        assert isinstance(lazy, LazyTab)
        assert not lazy.built
        window.tabs.setCurrentIndex(index)
        assert type(lazy.content).__name__ == name


def test_saving_a_night_refreshes_a_built_tab_when_it_is_next_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.tabs.setCurrentIndex(3)
    tips = window.tabs.widget(3)
    assert isinstance(tips, LazyTab) and tips.content is not None
    reloaded: list[bool] = []
    monkeypatch.setattr(tips.content, "reload", lambda: reloaded.append(True))
    window.tabs.setCurrentIndex(0)
    window.diary_tab.form.set_night(None, dt.date(2024, 3, 5))
    window.undo_stack.indexChanged.emit(0)  # what a save, delete or undo signals
    assert reloaded == []  # not shown: waits
    window.tabs.setCurrentIndex(3)
    assert reloaded == [True]
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(3)
    assert reloaded == [True]  # only once per change


def test_export_writes_the_file_and_reports_the_count(window: MainWindow, tmp_path: Path) -> None:
    for day in (1, 2):
        window.diary.save_night(Night(date=dt.date(2024, 3, day), sleep_quality=3))
    target = tmp_path / "out.csv"
    window.file_chooser = FakeChooser(target)
    window.export("csv")
    assert target.read_text(encoding="utf-8").startswith("date,timezone,")
    assert "Exported 2 nights" in window.statusBar().currentMessage()


def test_export_error_is_shown_in_a_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.file_chooser = FakeChooser(tmp_path / "missing" / "out.json")
    window.export("json")
    assert len(shown) == 1
    assert "does not exist" in shown[0]


def test_open_data_folder_uses_a_local_file_url(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.open_data_folder()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == data_dir


def test_about_names_version_folder_and_notice(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: dict[str, str] = {}
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.update(about=self.text()))
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: shown.update(crisis=text)
    )
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    for action in menu.actions():
        if action.text() in ("&About RLS Diary", "&Crisis numbers"):
            action.trigger()
    about_text, crisis_text = shown["about"], shown["crisis"]
    assert rls_diary.__version__ in about_text
    assert str(data_dir) in about_text
    assert "does not diagnose" in about_text
    assert "No crisis numbers are set yet" in crisis_text


def test_theme_choice_is_stored(window: MainWindow) -> None:
    dark = next(a for a in window.theme_actions.actions() if a.data() == "dark")
    dark.trigger()
    assert QSettings().value("view/theme") == "dark"
    assert dark.isChecked()


def test_quit_closes_the_window_and_releases_the_lock(window: MainWindow, data_dir: Path) -> None:
    window.quit_all()
    assert not window.isVisible()
    Diary.open_writer(data_dir, ZONE, "second").close()


def test_unexpected_error_becomes_a_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    guard = ErrorGuard()
    guard.install()
    try:
        for exc in (RuntimeError("boom"), StorageError("the disk is full")):
            sys.excepthook(type(exc), exc, None)
    finally:
        guard.uninstall()
    assert "RuntimeError: boom" in shown[0]
    assert "still running" in shown[0]
    assert shown[1].startswith("the disk is full")


def test_diary_tab_messages_appear_in_the_status_bar(window: MainWindow) -> None:
    window.diary_tab.statusMessage.emit("Saved the night of Mon 23 → Tue 24 Mar")
    assert window.statusBar().currentMessage() == "Saved the night of Mon 23 → Tue 24 Mar"


def test_sample_window_is_labelled_and_offers_no_sample(qtbot: QtBot, tmp_path: Path) -> None:
    sample = MainWindow(Diary.open_writer(tmp_path / "demo", ZONE, "tests"), sample=True)
    qtbot.addWidget(sample)
    assert "SAMPLE DATA" in sample.windowTitle()
    assert "Explore sample data" not in actions_of(sample, "&Help")
    assert sample.open_sample() is None
    sample.shutdown()
