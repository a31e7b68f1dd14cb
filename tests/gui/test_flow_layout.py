"""The wrapping layout of the choice rows: lines, and re-flowing when an item changes (the
layout keeps its measurements until Qt invalidates it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from rls_diary.ui.diary.flow import FlowLayout

SPACING = 4


@pytest.fixture
def row(qtbot: QtBot) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget, spacing=SPACING)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for text in ("one", "two", "three", "four"):
        button = QPushButton(text, widget)
        button.setFixedSize(50, 20)
        layout.addWidget(button)
        buttons.append(button)
    return widget, layout, buttons


def test_items_wrap_onto_lines_of_the_given_width(row) -> None:  # type: ignore[no-untyped-def]
    _widget, layout, buttons = row
    assert layout.heightForWidth(4 * 50 + 3 * SPACING) == 20  # one line
    assert layout.heightForWidth(2 * 50 + SPACING) == 2 * 20 + SPACING  # two per line
    layout.setGeometry(QRect(0, 0, 2 * 50 + SPACING, 100))
    assert [b.geometry().topLeft().toTuple() for b in buttons] == [
        (0, 0),
        (50 + SPACING, 0),
        (0, 20 + SPACING),
        (50 + SPACING, 20 + SPACING),
    ]


def test_a_hidden_item_gives_up_its_place(row) -> None:  # type: ignore[no-untyped-def]
    widget, layout, buttons = row
    widget.resize(2 * 50 + SPACING, 100)
    widget.show()
    width = 2 * 50 + SPACING
    assert layout.heightForWidth(width) == 2 * 20 + SPACING
    buttons[0].hide()
    assert layout.heightForWidth(width) == 2 * 20 + SPACING  # three items: still two lines
    buttons[1].hide()
    assert layout.heightForWidth(width) == 20
    layout.setGeometry(QRect(0, 0, width, 100))
    assert buttons[2].geometry().topLeft().toTuple() == (0, 0)


def test_a_wider_item_pushes_the_next_one_along(qtbot: QtBot, row) -> None:  # type: ignore[no-untyped-def]
    widget, layout, buttons = row
    widget.resize(400, 100)
    widget.show()
    qtbot.waitUntil(lambda: buttons[1].x() == 50 + SPACING)
    buttons[0].setFixedSize(120, 20)
    qtbot.waitUntil(lambda: buttons[1].x() == 120 + SPACING)
    assert layout.heightForWidth(120 + SPACING + 50) == 20 + SPACING + 20
