"""The empty diary's first page: "Add last night" or "Explore sample data" (DESIGN §7)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

BUTTON_HEIGHT = 56
COLUMN_CHARS = 60


class WelcomePage(QWidget):
    addLastNight = Signal()
    exploreSample = Signal()

    def __init__(self, parent: QWidget | None = None, *, sample_offered: bool = True) -> None:
        super().__init__(parent)
        # One centred column about 60 characters wide: wrapped text gets its full height at
        # any font size (a word-wrapped label aligned inside a layout gets squashed).
        column = QWidget(self)
        column.setFixedWidth(column.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        heading = self.tr("Welcome to RLS Diary")
        title = QLabel(f"<h2>{heading}</h2>", column)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Your diary is empty. Start with last night: how you slept and how your legs "
                "felt. It takes about a minute, and any question may be left blank."
            ),
            column,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = _big_button(
            column, self.tr("Add last night"), self.tr("Start your diary with last night")
        )
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.addLastNight)
        self.sample_button = _big_button(
            column,
            self.tr("Explore sample data"),
            self.tr("Open a made-up diary in a separate window; it is never mixed with yours"),
        )
        self.sample_button.clicked.connect(self.exploreSample)
        self.sample_button.setVisible(sample_offered)

        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (title, text, self.add_button, self.sample_button):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


def _big_button(parent: QWidget, label: str, description: str) -> QPushButton:
    button = QPushButton(label, parent)
    button.setMinimumHeight(BUTTON_HEIGHT)
    font = button.font()
    if font.pointSizeF() > 0:  # a font sized in pixels reports -1
        font.setPointSizeF(font.pointSizeF() * 1.25)
        button.setFont(font)
    button.setAccessibleName(label)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    return button
