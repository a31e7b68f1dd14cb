"""Accessibility: every control has a name for assistive technology; the keyboard reaches
every tab (Ctrl+1 … Ctrl+4) and the Settings (Ctrl+,)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_support import shown_window

from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Diary
from rls_diary.ui.dialogs.safety import SafetyNoticeDialog
from rls_diary.ui.main_window import TAB_NAMES, MainWindow
from rls_diary.ui.settings import Preferences
from rls_diary.ui.settings.dialog import SettingsDialog
from rls_diary.ui.treatment import forms

ZONE = "Europe/Berlin"
LAST_NIGHT = dt.date(2024, 6, 30)
# Interactive widgets (QCheckBox, QRadioButton and QToolButton are QAbstractButtons, QDateEdit
# and QTimeEdit QAbstractSpinBoxes, tables and lists QAbstractItemViews).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
# Parts of Qt's own composite widgets, named through the widget that owns them.
QT_PARTS = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def unnamed(root: QWidget) -> list[str]:
    """Focusable interactive widgets under ``root`` (and ``root``) without an accessible name,
    a buddy label or a text of their own."""
    widgets = [root, *root.findChildren(QWidget)]
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside_qt_part(widget, root):
            continue
        if widget.accessibleName().strip() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if isinstance(widget, QTabBar) and all(
            widget.tabText(i).strip() for i in range(widget.count())
        ):
            continue
        missing.append(_path(widget))
    return missing


def focused() -> QWidget:
    return QApplication.focusWidget() or QWidget()  # a stray widget is no one's descendant


def _inside_qt_part(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, QT_PARTS):
            return True
        parent = parent.parentWidget()
    return False


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(f"{type(current).__name__}#{current.objectName()}")
        current = current.parentWidget()
    return " < ".join(names)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    diary = Diary.open_writer(data_dir, ZONE, "tests")
    create_demo(diary, nights=60, scenario="augmentation", end=LAST_NIGHT)
    with shown_window(qtbot, diary) as shown:
        yield shown
    QThreadPool.globalInstance().waitForDone()


def test_every_control_of_the_window_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(window.tabs.count()):  # build every tab
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    for lazy in (window.charts, window.treatment, window.tips):
        assert lazy.built
    for section in window.diary_tab.form.sections.values():
        section.set_expanded(True)
    assert unnamed(window) == []
    window.show_welcome()
    assert unnamed(window.welcome) == []


def test_every_control_of_the_dialogs_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    today = dt.date(2024, 6, 30)
    dialogs: list[QDialog] = [
        SettingsDialog(Preferences(reminder=True), tmp_path, tray_available=lambda: True),
        SafetyNoticeDialog(first_run=True),
        forms.MedicationDialog(None, today),
        forms.LabDialog(None, today),
        forms.AssessmentDialog(None, today),
        forms.ConditionDialog(None, today),
        forms.QuestionDialog(None, today),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__


def test_the_check_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    QLineEdit(holder).setObjectName("anonymous")
    named = QLineEdit(holder)
    named.setAccessibleName("Named")
    labelled = QLineEdit(holder)
    QLabel("&Labelled", holder).setBuddy(labelled)
    assert unnamed(holder) == ["QLineEdit#anonymous < QWidget#"]


def test_ctrl_1_to_4_switch_tabs(qtbot: QtBot, window: MainWindow) -> None:
    shortcuts = {
        a.shortcut().toString(): a
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
    }
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index, name in enumerate([*TAB_NAMES, TAB_NAMES[0]]):
        number = index % len(TAB_NAMES) + 1
        action = shortcuts[QKeySequence(f"Ctrl+{number}").toString()]
        assert action.text() == name
        action.trigger()
        page = window.tabs.currentWidget()
        assert window.tabs.currentIndex() == number - 1
        # the keyboard lands on the tab's first control
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(focused()))
    assert QApplication.focusWidget() is window.diary_tab.find_edit


def test_the_tab_bar_takes_the_keyboard(window: MainWindow) -> None:
    bar = window.tabs.tabBar()
    assert bar.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert window.tabs.accessibleName() == "Sections"
