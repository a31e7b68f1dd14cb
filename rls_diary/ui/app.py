"""Starting the window: the QApplication, the writer Diary, the main window, ``--self-test``.

Nothing here imports pyqtgraph (or scipy): the Charts tab loads it when first opened.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import rls_diary
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import DamagedError, LockedError, StorageError, VanishedError
from rls_diary.ui import gc_thread, i18n, theme
from rls_diary.ui.diary import text as diary_text
from rls_diary.ui.error_guard import ErrorGuard
from rls_diary.ui.icon import app_icon
from rls_diary.ui.main_window import MainWindow

APP_NAME: Final = "rls-diary"
HOLDER: Final = "RLS Diary window"
SELF_TEST_IDLE_TURNS: Final = 3


def run_gui(
    data_dir: Path, default_zone: str, *, self_test: bool = False, argv: list[str] | None = None
) -> int:
    """Open the window on the diary in ``data_dir``; returns the exit code.

    A diary that cannot be opened (held by another writer, damaged, newer, vanished) is
    explained in a dialog (on stderr in ``--self-test``) and gives 1. ``self_test`` shows the
    window, waits until the event loop is idle and returns 0, with no modal dialog at all.
    """
    app = application(argv)
    i18n.install(str(QSettings().value(i18n.LANGUAGE_KEY, "system")))  # before any window
    guard = ErrorGuard()
    guard.install()
    try:
        return _run(app, data_dir, default_zone, self_test)
    except Exception:  # the window could not be built: explain, never a bare traceback
        if self_test:
            import traceback

            traceback.print_exc()
        else:
            guard.handle(*sys.exc_info())
        return 1
    finally:
        guard.uninstall()


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists), named ``rls-diary`` for QSettings, with the
    app-wide window icon."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_NAME])
    QGuiApplication.setDesktopFileName(APP_NAME)
    QApplication.setWindowIcon(app_icon())
    gc_thread.install(app)  # cycles of Qt objects are freed in the GUI thread only
    return app


def _run(app: QApplication, data_dir: Path, default_zone: str, self_test: bool) -> int:
    try:
        diary = Diary.open_writer(data_dir, default_zone, HOLDER)
    except (DamagedError, VanishedError) as exc:
        if self_test or not offer_restore(data_dir, default_zone, exc):
            _refuse(exc, self_test)
            return 1
        diary = Diary.open_writer(data_dir, default_zone, HOLDER)
    except StorageError as exc:
        _refuse(exc, self_test)
        return 1
    theme.apply_theme(theme.stored_theme(QSettings()))
    try:
        window = MainWindow(diary)
    except BaseException:
        diary.close()
        raise
    window.show()
    if self_test:
        _exit_when_idle(app, window)
    else:
        QTimer.singleShot(0, window.welcome_user)
        QTimer.singleShot(0, _name_version)  # reads package metadata: after the window shows
        window.start_backups()
    try:
        return app.exec()
    finally:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.shutdown()
                widget.hide()
        QThreadPool.globalInstance().waitForDone()


def _name_version() -> None:
    QCoreApplication.setApplicationVersion(rls_diary.__version__)


def offer_restore(data_dir: Path, zone: str, exc: StorageError) -> bool:
    """When the diary is damaged or vanished, offer the newest good backup; True if restored."""
    from PySide6.QtWidgets import QMessageBox  # dialogs only when something went wrong

    from rls_diary.services.backups import newest_good_backup, restore_folder

    found = newest_good_backup(data_dir)
    if found is None:
        return False
    when = _backup_time(found.taken_at) if found.taken_at else found.path.name
    text = str(exc)
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("app", "Restore your diary from a backup?"),
        f"{text[:1].upper() + text[1:]}\n\n"
        + QCoreApplication.translate(
            "app",
            "The newest good backup is from {when} and holds {count} nights. Restore it now? "
            "(The damaged file stays in quarantine/.)",
        ).format(when=when, count=found.nights),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_folder(data_dir, found.path, zone=zone, holder=HOLDER)
    except StorageError as failed:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "The restore did not work"), str(failed)
        )
        return False
    return True


def _refuse(exc: StorageError, self_test: bool) -> None:
    """Explain why the diary cannot be opened: a dialog, or stderr in ``--self-test``."""
    text = str(exc)
    text = text[:1].upper() + text[1:]
    if self_test:
        print(f"rls-diary: {text}", file=sys.stderr)
        return
    if isinstance(exc, LockedError):
        title = QCoreApplication.translate("app", "Your diary is already open")
        text += "\n\n" + QCoreApplication.translate(
            "app", "Only one window or command can change the diary at a time."
        )
    else:
        title = QCoreApplication.translate("app", "RLS Diary cannot open your diary")
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, title, text)


def _backup_time(taken_at: dt.datetime) -> str:
    """``12 Mar 2024 08:30 UTC`` as before in English; German ``Di. 12. März 2024 08:30 UTC``."""
    if diary_text.date_words() == diary_text.ENGLISH:
        month = diary_text.MONTHS[taken_at.month - 1]  # not strftime: the C locale may differ
        return f"{taken_at.day:02d} {month} {taken_at.year} {taken_at:%H:%M} UTC"
    return f"{diary_text.long_date(taken_at.date())} {taken_at:%H:%M} UTC"


def _exit_when_idle(app: QApplication, window: MainWindow) -> None:
    """Quit with 0 once the window is shown and a few zero-timer turns found the loop idle."""

    def turn(remaining: int) -> Callable[[], None]:
        def check() -> None:
            if not window.isVisible():
                print("rls-diary: self-test: the window was not shown", file=sys.stderr)
                app.exit(1)
            elif remaining == 0:
                app.exit(0)
            else:
                QTimer.singleShot(0, turn(remaining - 1))

        return check

    QTimer.singleShot(0, turn(SELF_TEST_IDLE_TURNS))
