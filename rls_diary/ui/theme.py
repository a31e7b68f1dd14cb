"""View ▸ Theme (also in Settings): System, Light or Dark, kept in QSettings.

"System" follows the desktop's light or dark palette (Qt 6.8+ style hints: the palette changes
with the desktop while the app runs). "Light" and "Dark" ask Qt for that colour scheme; where
the platform cannot switch (X11 without a desktop portal, the offscreen platform) an explicit
light or dark palette is set instead, so that the choice always shows. Widgets take their
colours from the palette, and the Charts tab re-colours itself when the palette changes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEME_KEY: Final = "view/theme"
THEMES: Final = {
    "system": QT_TRANSLATE_NOOP("theme", "System"),
    "light": QT_TRANSLATE_NOOP("theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("theme", "Dark"),
}
_SCHEMES: Final = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}
_own_palette = {"set": False}  # whether apply_theme replaced the application palette


def theme_label(key: str) -> str:
    """The translated menu text of theme ``key``."""
    return QCoreApplication.translate("theme", THEMES.get(key, THEMES["system"]))


def stored_theme(settings: QSettings) -> str:
    value = str(settings.value(THEME_KEY, "system"))
    return value if value in THEMES else "system"


def apply_theme(name: str) -> None:
    hints = QGuiApplication.styleHints()
    scheme = _SCHEMES.get(name, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(scheme)
    if _own_palette["set"]:
        QGuiApplication.setPalette(QPalette())  # back to the platform's palette
        _own_palette["set"] = False
    if scheme != Qt.ColorScheme.Unknown and is_dark(QGuiApplication.palette()) != (
        scheme == Qt.ColorScheme.Dark
    ):
        QGuiApplication.setPalette(dark_palette() if name == "dark" else light_palette())
        _own_palette["set"] = True


def choose_theme(settings: QSettings, name: str) -> None:
    settings.setValue(THEME_KEY, name)
    apply_theme(name)


def is_dark(palette: QPalette) -> bool:
    """Light text on a darker window: what "dark theme" means to every widget here."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def dark_palette() -> QPalette:
    """A dark palette with text contrast ≥ 7:1 (placeholder text ≥ 4.5:1)."""
    role = QPalette.ColorRole
    palette = QPalette()
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1f22",
        role.AlternateBase: "#26282b",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#a9abb0",
        role.Text: "#e8e8e8",
        role.Button: "#3a3c40",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4d52",
        role.Midlight: "#3f4246",
        role.Mid: "#303236",
        role.Dark: "#18191b",
        role.Shadow: "#000000",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#7c7f85"))
    palette.setColor(disabled, role.Base, QColor("#26282b"))
    palette.setColor(disabled, role.Button, QColor("#303236"))
    return palette


def light_palette() -> QPalette:
    """The light palette of Qt's Fusion style (for a dark desktop that cannot be overridden)."""
    role = QPalette.ColorRole
    palette = QPalette(QColor("#efefef"), QColor("#efefef"))
    palette.setColor(role.WindowText, QColor("#000000"))
    palette.setColor(role.Text, QColor("#000000"))
    palette.setColor(role.ButtonText, QColor("#000000"))
    palette.setColor(role.Base, QColor("#ffffff"))
    palette.setColor(role.AlternateBase, QColor("#f7f7f7"))
    palette.setColor(role.PlaceholderText, QColor("#5f6368"))
    palette.setColor(role.Highlight, QColor("#308cc6"))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    palette.setColor(role.ToolTipBase, QColor("#ffffdc"))
    palette.setColor(role.ToolTipText, QColor("#000000"))
    return palette
