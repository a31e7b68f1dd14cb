"""Tabs that are not built yet: a friendly sentence saying what will be there.

Nothing here imports pyqtgraph: the Charts tab must load it only when first opened.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CHARTS_TEXT: Final = (
    "Charts of your nights will appear here: symptoms, sleep and lifestyle over time, "
    "with your treatment courses and iron results marked."
)
TREATMENT_TEXT: Final = (
    "Your medicines, iron tests, IRLS scores and health conditions will be kept here, "
    "together with what your diary suggests discussing with your doctor."
)
TIPS_TEXT: Final = (
    "Lifestyle tips from RLS guidelines will appear here, next to what your own diary shows "
    "about caffeine, alcohol, exercise and sleep."
)


class PlaceholderTab(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(f"{text}\n\nThis part of RLS Diary is coming in a later version.", self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(1)
        self.text = label.text()
