"""A row of choices: one checked button at most, the ✕ only with a value, "not recorded"
only without one, by mouse and by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rls_diary.ui.diary.inputs import ChoiceRow

OPTIONS = [(1, "1 poor"), (2, "2 fair"), (3, "3 good")]


def row(qtbot: QtBot) -> ChoiceRow:
    choice = ChoiceRow("Quality", OPTIONS)
    qtbot.addWidget(choice)
    choice.show()
    qtbot.waitExposed(choice)
    return choice


def checked(choice: ChoiceRow) -> list[int]:
    return [value for value, _label in OPTIONS if choice.button(value).isChecked()]


def test_a_blank_row_says_not_recorded_and_offers_no_clear_button(qtbot: QtBot) -> None:
    choice = row(qtbot)
    assert choice.value() is None
    assert checked(choice) == []
    assert choice.blank_label.isVisible()
    assert not choice.clear_button.isVisible()


def test_clicks_choose_move_and_clear_the_one_checked_button(qtbot: QtBot) -> None:
    choice = row(qtbot)
    changes: list[object] = []
    choice.changed.connect(lambda: changes.append(choice.value()))
    qtbot.mouseClick(choice.button(2), Qt.MouseButton.LeftButton)
    assert (choice.value(), checked(choice)) == (2, [2])
    assert choice.clear_button.isVisible() and not choice.blank_label.isVisible()
    qtbot.mouseClick(choice.button(3), Qt.MouseButton.LeftButton)
    assert (choice.value(), checked(choice)) == (3, [3])
    qtbot.mouseClick(choice.button(3), Qt.MouseButton.LeftButton)  # the chosen one again
    assert (choice.value(), checked(choice)) == (None, [])
    assert choice.blank_label.isVisible() and not choice.clear_button.isVisible()
    assert changes == [2, 3, None]


def test_the_clear_button_and_keys_keep_buttons_and_value_in_step(qtbot: QtBot) -> None:
    choice = row(qtbot)
    choice.set_value(1)
    qtbot.mouseClick(choice.clear_button, Qt.MouseButton.LeftButton)
    assert (choice.value(), checked(choice)) == (None, [])
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    assert (choice.value(), checked(choice)) == (1, [1])
    qtbot.keyClick(choice, Qt.Key.Key_Right)
    assert (choice.value(), checked(choice)) == (2, [2])
    qtbot.keyClick(choice, Qt.Key.Key_Delete)
    assert (choice.value(), checked(choice)) == (None, [])
    choice.set_value(3)
    choice.set_value(3)  # unchanged: still one checked button
    assert checked(choice) == [3]
