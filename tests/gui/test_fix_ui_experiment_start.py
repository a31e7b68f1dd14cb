"""Starting an experiment asks first, saying what will happen, when, and that it can be stopped
early; Cancel is the default and Escape cancels: nothing is written."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.ui.experiments import ExperimentsPanel

NOW = dt.datetime(2024, 6, 10, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))  # first night: 06-11
Button = QMessageBox.StandardButton


@pytest.fixture
def panel(qtbot: QtBot, diary: Diary) -> ExperimentsPanel:
    made = ExperimentsPanel(diary, now=lambda: NOW, seed=7)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.setup.factor.setCurrentText("no coffee after 12:00")
    made.setup.block_nights.setValue(2)
    made.setup.pairs.setValue(3)
    return made


class Asked:
    def __init__(self, reply: Button) -> None:
        self.reply = reply
        self.questions: list[tuple[str, str, object, object]] = []

    def __call__(
        self, _parent: object, title: str, text: str, buttons: object, default: object
    ) -> Button:
        self.questions.append((title, text, buttons, default))
        return self.reply


def test_starting_asks_what_will_happen_and_cancel_writes_nothing(
    panel: ExperimentsPanel, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(Button.Cancel)
    monkeypatch.setattr(QMessageBox, "question", asked)
    changed: list[bool] = []
    panel.experimentChanged.connect(lambda: changed.append(True))
    panel.setup.start_button.click()
    ((title, text, buttons, default),) = asked.questions
    assert title == "Start the experiment?"
    assert "“no coffee after 12:00”" in text
    assert "12 nights" in text
    assert "Tue 11 Jun 2024" in text and "Sat 22 Jun 2024" in text  # the nights it runs
    assert "3 pairs of blocks of 2 nights" in text
    assert "stop the experiment early" in text
    assert default == Button.Cancel
    assert buttons == Button.Yes | Button.Cancel
    assert service.experiments(diary) == []
    assert changed == []
    assert panel.stack.currentWidget() is panel.setup


def test_yes_starts_it(
    panel: ExperimentsPanel, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Asked(Button.Yes))
    started = panel.setup.start()
    assert started is not None
    assert [e.id for e in service.experiments(diary)] == [started.id]
    assert panel.stack.currentWidget() is panel.running


def test_escape_in_the_real_question_cancels(
    qtbot: QtBot, panel: ExperimentsPanel, diary: Diary
) -> None:
    seen: list[QMessageBox] = []

    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, press_escape)  # not shown yet: look again
            return
        seen.append(box)
        assert box.defaultButton() is box.button(Button.Cancel)
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert panel.setup.start() is None
    assert len(seen) == 1
    assert service.experiments(diary) == []
