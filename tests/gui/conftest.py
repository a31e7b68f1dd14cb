"""GUI test set-up: offscreen Qt, QSettings and standard paths inside the test folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _qt_isolation(qapp, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale, QSettings, QStandardPaths

    from rls_diary.ui import gc_thread, i18n, theme
    from rls_diary.ui.diary import text

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("rls-diary-tests")
    qapp.setApplicationName("rls-diary-tests")
    # The same formats whatever LANG the run has (British English: 24-hour clock).
    QLocale.setDefault(QLocale("en_GB"))
    # As in the app: cycles are collected in the GUI thread only, never in a worker.
    gc_thread.install(qapp)
    yield
    gc_thread.uninstall(qapp)
    # Process-wide state a test may change: translators, the palette, the clock format.
    i18n.uninstall()
    theme.apply_theme("system")
    text.set_twelve_hour_clock(False)


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def german(qapp: object) -> Iterator[str]:
    """The window speaks German (on an English system) for the test, English after it."""
    from PySide6.QtCore import QLocale

    from rls_diary.ui import i18n

    yield i18n.install("de", QLocale("en_GB"))
    i18n.uninstall()
