"""View ▸ Theme: System, Light or Dark, kept in QSettings and passed to Qt's style hints.

Qt's colour-scheme hint is honoured where the platform style supports it; the full light/dark
handling (issue 10) builds on the same setting.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

THEME_KEY: Final = "view/theme"
THEMES: Final = {"system": "System", "light": "Light", "dark": "Dark"}
_SCHEMES: Final = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def stored_theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system"))
    return value if value in THEMES else "system"


def apply_theme(name: str) -> None:
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(_SCHEMES.get(name, Qt.ColorScheme.Unknown))


def choose_theme(settings: QSettings, name: str) -> None:
    settings.setValue(THEME_KEY, name)
    apply_theme(name)
