"""Settings: defaults, persistence in (isolated) QSettings, the dialog, and what it changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.ui import theme
from rls_diary.ui.diary import text
from rls_diary.ui.diary.inputs import TimeInput
from rls_diary.ui.main_window import MainWindow
from rls_diary.ui.settings import Preferences, load_preferences, save_preferences
from rls_diary.ui.settings.dialog import SettingsDialog
from rls_diary.ui.settings.preferences import REMINDER_KEY

ZONE = "Europe/Berlin"
KNOWN_GROUPS = {"reminder", "tray", "clock", "report", "view", "language", "window", "safety"}


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, Diary.open_writer(data_dir, ZONE, "tests")) as shown:
        yield shown


def make_dialog(
    qtbot: QtBot, preferences: Preferences, folder: Path, *, tray: bool = True
) -> SettingsDialog:
    dialog = SettingsDialog(preferences, folder, tray_available=lambda: tray)
    qtbot.addWidget(dialog)
    return dialog


# -- preferences ---------------------------------------------------------------------------


def test_defaults_keep_the_reminder_off() -> None:
    preferences = load_preferences()
    assert preferences == Preferences()
    assert not preferences.reminder and not preferences.tray_wanted
    assert preferences.reminder_time == dt.time(8, 30)
    assert (preferences.clock, preferences.paper, preferences.theme, preferences.language) == (
        "locale",
        "locale",
        "system",
        "system",
    )


def test_preferences_survive_a_restart() -> None:
    chosen = Preferences(
        reminder=True,
        reminder_time=dt.time(21, 15),
        tray_icon=True,
        clock="12h",
        paper="letter",
        theme="dark",
        language="de",
    )
    save_preferences(chosen)
    assert load_preferences(QSettings()) == chosen
    assert QSettings().value("view/theme") == "dark"  # the View menu's key


def test_settings_hold_preferences_only(window: MainWindow) -> None:
    window.settings_chosen(Preferences(reminder=True, clock="24h"))
    assert window.close()
    groups = {key.split("/")[0] for key in QSettings().allKeys()}
    assert groups <= KNOWN_GROUPS


def test_unreadable_values_fall_back_to_the_defaults() -> None:
    settings = QSettings()
    for key, value in (
        (REMINDER_KEY, "maybe"),
        ("reminder/time", "25:99"),
        ("clock/format", "36h"),
        ("report/paper", "A3"),
        ("language/ui", "tlh"),
        ("view/theme", "neon"),
    ):
        settings.setValue(key, value)
    assert load_preferences(settings) == Preferences()


def test_the_clock_follows_the_region_unless_chosen() -> None:
    from PySide6.QtCore import QLocale

    us, germany = QLocale("en_US"), QLocale("de_DE")
    assert Preferences().twelve_hour(us)
    assert not Preferences().twelve_hour(germany)
    assert not Preferences(clock="24h").twelve_hour(us)
    assert Preferences(clock="12h").twelve_hour(germany)


# -- the dialog ------------------------------------------------------------------------------


def test_the_dialog_shows_the_preferences_and_returns_the_changes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, Preferences(), tmp_path)
    assert not dialog.reminder_box.isChecked()
    assert not dialog.reminder_time.isEnabled()  # off: the time waits
    assert dialog.preferences() == Preferences()

    dialog.reminder_box.setChecked(True)
    assert dialog.reminder_time.isEnabled()
    dialog.reminder_time.setTime(QTime(7, 45))
    dialog.tray_box.setChecked(True)
    dialog.clock_combo.setCurrentIndex(dialog.clock_combo.findData("12h"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    assert dialog.reminder_time.displayFormat() == "h:mm ap"
    with qtbot.waitSignal(dialog.preferencesChanged) as changed:
        dialog.accept()
    assert changed.args == [Preferences(True, dt.time(7, 45), True, "12h", "letter", "dark", "de")]


def test_the_dialog_says_when_a_language_change_takes_effect(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, Preferences(), tmp_path)
    assert "started again" in dialog.language_note.text()
    assert [dialog.language_combo.itemData(i) for i in range(3)] == ["system", "en", "de"]
    assert dialog.language_combo.itemText(2) == "Deutsch"


def test_without_a_system_tray_the_dialog_says_where_the_reminder_goes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, Preferences(tray_icon=True), tmp_path, tray=False)
    assert not dialog.tray_box.isEnabled()
    assert "status bar" in dialog.tray_note.text()
    assert dialog.preferences().tray_icon  # kept for a desktop that has a tray


def test_the_dialog_shows_and_opens_the_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, Preferences(), tmp_path)
    assert dialog.folder_edit.text() == str(tmp_path)
    assert dialog.folder_edit.isReadOnly()
    dialog.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


# -- in the window -------------------------------------------------------------------------


def test_ctrl_comma_opens_the_settings(qtbot: QtBot, window: MainWindow) -> None:
    action = next(
        a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if a.shortcut() == QKeySequence("Ctrl+,")
    )
    action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.folder_edit.text() == str(window.diary.data_dir)
    dialog.reject()


def test_ok_stores_and_applies_theme_and_clock(qtbot: QtBot, window: MainWindow) -> None:
    window.diary.save_night(Night(dt.date(2024, 3, 12), rls_onset=dt.time(23, 30)))
    window.diary_tab.reload()
    window.diary_tab.open_date(dt.date(2024, 3, 12))
    onset = window.diary_tab.form.rows["rls_onset"].widget
    assert isinstance(onset, TimeInput)
    assert onset.text() == "23:30"
    assert not theme.is_dark(QGuiApplication.palette())

    window.settings_chosen(Preferences(clock="12h", theme="dark"))

    assert load_preferences() == Preferences(clock="12h", theme="dark")
    assert theme.is_dark(QGuiApplication.palette())
    checked = next(a for a in window.theme_actions.actions() if a.isChecked())
    assert checked.data() == "dark"
    assert text.twelve_hour_clock()
    assert onset.text() == "11:30 pm"
    assert onset.value() == dt.time(23, 30)
    assert not window.diary_tab.form.dirty  # a new format is not a change
    model = window.diary_tab.model
    horizontal = Qt.Orientation.Horizontal
    onset_column = next(
        c for c in range(model.columnCount()) if model.headerData(c, horizontal) == "Onset"
    )
    assert model.index(0, onset_column).data() == "11:30 pm"

    window.settings_chosen(Preferences(clock="24h", theme="light"))
    assert onset.text() == "23:30"
    assert not theme.is_dark(QGuiApplication.palette())


def test_the_report_uses_the_chosen_paper(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rls_diary.ui.dialogs.report_dialog as report_dialog

    papers: list[str | None] = []

    class FakeReport(QLabel):
        saved = Signal(object)

        def __init__(self, _diary: Diary, parent: object, *, paper: str | None = None) -> None:
            super().__init__()
            papers.append(paper)

        def open(self) -> None:
            pass

    monkeypatch.setattr(report_dialog, "ReportDialog", FakeReport)
    window.pdf_report()
    window.settings_chosen(Preferences(paper="letter"))
    window.pdf_report()
    assert papers == [None, "letter"]  # None: the dialog takes the region's paper


def test_a_language_change_waits_for_the_next_start(window: MainWindow) -> None:
    window.settings_chosen(Preferences(language="de"))
    assert "next start" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"


@pytest.mark.parametrize("twelve_hour", [False, True])
def test_a_time_field_reads_both_clocks_and_shows_the_chosen_one(
    qtbot: QtBot, twelve_hour: bool
) -> None:
    text.set_twelve_hour_clock(twelve_hour)
    field = TimeInput("23:00", "Into bed")
    qtbot.addWidget(field)
    assert field.placeholderText() == ("e.g. 11:00 pm" if twelve_hour else "e.g. 23:00")
    for typed in ("11:30 pm", "23:30", "2330", "11.30 p.m."):
        field.setText(typed)
        assert field.value() == dt.time(23, 30)
        field.editingFinished.emit()
        assert field.text() == ("11:30 pm" if twelve_hour else "23:30")
    field.setText("12:05 am")
    assert field.value() == dt.time(0, 5)
    field.set_usual(dt.time(7, 15))
    assert field.placeholderText() == ("usually 7:15 am" if twelve_hour else "usually 07:15")


def test_the_theme_follows_the_system_unless_overridden() -> None:
    from rls_diary.ui.charts.style import current_style

    system = QGuiApplication.palette()
    theme.apply_theme("system")
    assert QGuiApplication.palette() == system  # the platform's own palette, untouched
    theme.apply_theme("dark")
    assert theme.is_dark(QGuiApplication.palette())
    assert current_style().dark  # the charts take their colours from the palette
    theme.apply_theme("light")
    assert not theme.is_dark(QGuiApplication.palette())
    assert not current_style().dark
    theme.apply_theme("system")
    assert QGuiApplication.palette() == system
