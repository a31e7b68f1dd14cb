"""Settings: the preferences kept in QSettings (never diary content) and their dialog."""

from rls_diary.ui.settings.preferences import Preferences, load_preferences, save_preferences

__all__ = ["Preferences", "load_preferences", "save_preferences"]
