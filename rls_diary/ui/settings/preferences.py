"""The user's preferences, read from and written to QSettings.

QSettings holds window state and preferences only, never diary content (DESIGN §3): settings
that change what the diary means (crisis numbers, a baseline period) live in the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QLocale, QSettings

from rls_diary.ui import theme
from rls_diary.ui.i18n import LANGUAGE_KEY

REMINDER_KEY: Final = "reminder/enabled"
REMINDER_TIME_KEY: Final = "reminder/time"
TRAY_KEY: Final = "tray/show"
CLOCK_KEY: Final = "clock/format"
PAPER_KEY: Final = "report/paper"
THEME_KEY: Final = theme.THEME_KEY

CLOCKS: Final = ("locale", "24h", "12h")
PAPERS: Final = ("locale", "a4", "letter")
LANGUAGES: Final = ("system", "en", "de")
DEFAULT_REMINDER: Final = dt.time(8, 30)


@dataclass(frozen=True, slots=True)
class Preferences:
    """Everything the Settings dialog edits; the defaults are those of a first start."""

    reminder: bool = False  # off by default (issue 10)
    reminder_time: dt.time = DEFAULT_REMINDER
    tray_icon: bool = False
    clock: str = "locale"  # "locale" (from the region), "24h" or "12h"
    paper: str = "locale"  # "locale" (CLDR: Letter in the US and a few more), "a4", "letter"
    theme: str = "system"
    language: str = "system"

    @property
    def tray_wanted(self) -> bool:
        """The tray icon is shown for a reminder or when asked for (if a tray exists)."""
        return self.reminder or self.tray_icon

    def twelve_hour(self, locale: QLocale | None = None) -> bool:
        """Whether clock times read ``11:30 pm``: the choice, else the region's short format."""
        if self.clock != "locale":
            return self.clock == "12h"
        short = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
        return "a" in short.lower()

    @property
    def report_paper(self) -> str | None:
        """The paper for the PDF dialog, ``None`` for the region's own (the dialog decides)."""
        return None if self.paper == "locale" else self.paper


def load_preferences(settings: QSettings | None = None) -> Preferences:
    settings = settings or QSettings()
    default = Preferences()

    def choice(key: str, allowed: tuple[str, ...], fallback: str) -> str:
        value = str(settings.value(key, fallback))
        return value if value in allowed else fallback

    return Preferences(
        reminder=_bool(settings.value(REMINDER_KEY, False)),
        reminder_time=_time(settings.value(REMINDER_TIME_KEY), default.reminder_time),
        tray_icon=_bool(settings.value(TRAY_KEY, False)),
        clock=choice(CLOCK_KEY, CLOCKS, default.clock),
        paper=choice(PAPER_KEY, PAPERS, default.paper),
        theme=theme.stored_theme(settings),
        language=choice(LANGUAGE_KEY, LANGUAGES, default.language),
    )


def save_preferences(preferences: Preferences, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(REMINDER_KEY, preferences.reminder)
    settings.setValue(REMINDER_TIME_KEY, f"{preferences.reminder_time:%H:%M}")
    settings.setValue(TRAY_KEY, preferences.tray_icon)
    settings.setValue(CLOCK_KEY, preferences.clock)
    settings.setValue(PAPER_KEY, preferences.paper)
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.sync()


def _bool(value: object) -> bool:
    """QSettings' INI files give back "true"/"false" strings."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def _time(value: object, fallback: dt.time) -> dt.time:
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        return fallback
