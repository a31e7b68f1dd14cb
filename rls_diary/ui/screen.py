"""Window sizes that fit the screen (large fonts, small laptops)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, at most 90 % of its screen's free area."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() * 9 // 10)
        height = min(height, room.height() * 9 // 10)
    widget.resize(width, height)
