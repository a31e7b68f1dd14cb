"""File-menu backup actions: back up now, back up to a file, restore, purge a deleted night.

Each action explains its outcome in the status bar or a dialog; storage problems (disk full,
read-only folder, wrong passphrase, a damaged source) are shown as their message, never as a
traceback, and leave the diary as it was. The texts are in the ``backup`` context; storage's own
messages stay English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from rls_diary.services import backups
from rls_diary.services.diary import Diary
from rls_diary.storage.errors import StorageError
from rls_diary.storage.files import BACKUP_DIR
from rls_diary.ui.diary import text as diary_text


class Chooser(Protocol):
    def open_backup_file(self, parent: QWidget | None, folder: Path) -> Path | None: ...

    def save_backup_file(self, parent: QWidget | None) -> Path | None: ...


def _date(date: dt.date) -> str:
    """``Tue 12 Mar 2024`` as before in English; German ``Di. 12. März 2024``."""
    if diary_text.date_words() == diary_text.ENGLISH:  # not strftime: the C locale may differ
        weekday, month = diary_text.DAYS[date.weekday()], diary_text.MONTHS[date.month - 1]
        return f"{weekday} {date.day:02d} {month} {date.year}"
    return diary_text.long_date(date)


def _fail(parent: QWidget, title: str, exc: BaseException) -> None:
    text = str(exc)
    QMessageBox.warning(parent, title, (text[:1].upper() + text[1:]) or title)


def back_up_now(parent: QWidget, diary: Diary) -> str | None:
    """A verified copy in ``backups/``; returns the status message, or None on failure."""
    try:
        path = backups.backup_now(diary)
    except (StorageError, OSError) as exc:
        _fail(parent, QCoreApplication.translate("backup", "Backup failed"), exc)
        return None
    return QCoreApplication.translate("backup", "Backed up to {name} (in {folder})").format(
        name=path.name, folder=path.parent
    )


def back_up_to_file(parent: QWidget, diary: Diary, chooser: Chooser) -> str | None:
    """A copy in a file the user picks, encrypted when they give a passphrase."""
    target = chooser.save_backup_file(parent)
    if target is None:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("backup", "Encrypt the backup?"),
        QCoreApplication.translate(
            "backup",
            "Passphrase to encrypt this copy (leave empty for an unencrypted copy).\n"
            "Without the passphrase the copy cannot be opened — keep it safe.",
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        path = backups.backup_to_file(diary, target, passphrase or None)
    except (StorageError, OSError, ValueError) as exc:
        _fail(parent, QCoreApplication.translate("backup", "Backup failed"), exc)
        return None
    if passphrase:
        return QCoreApplication.translate("backup", "Encrypted backup written to {path}").format(
            path=path
        )
    return QCoreApplication.translate("backup", "Backup written to {path}").format(path=path)


def restore(
    parent: QWidget, diary: Diary, chooser: Chooser, ready: Callable[[], bool] | None = None
) -> str | None:
    """Replace the diary with a backup after confirming; the current diary is backed up first.
    ``ready`` is asked last, just before restoring (unsaved edits: save, discard or cancel)."""
    source = chooser.open_backup_file(parent, diary.data_dir / BACKUP_DIR)
    if source is None:
        return None
    passphrase: str | None = None
    try:
        if backups.needs_passphrase(source):
            text, ok = QInputDialog.getText(
                parent,
                QCoreApplication.translate("backup", "Encrypted backup"),
                QCoreApplication.translate("backup", "Passphrase:"),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
            passphrase = text
    except OSError as exc:
        _fail(parent, QCoreApplication.translate("backup", "Restore failed"), exc)
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("backup", "Restore this backup?"),
        QCoreApplication.translate(
            "backup",
            "Your diary will be replaced by the backup\n{name}.\n\n"
            "The diary as it is now is backed up first, so this can be undone by restoring "
            "that copy.",
        ).format(name=source.name),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok or (ready is not None and not ready()):
        return None
    try:
        report = backups.restore_backup(diary, source, passphrase)
    except (StorageError, OSError) as exc:
        _fail(parent, QCoreApplication.translate("backup", "Restore failed"), exc)
        return None
    kept = (
        QCoreApplication.translate("backup", "; the previous diary is in {name}").format(
            name=report.safety_backup.name
        )
        if report.safety_backup
        else ""
    )
    return QCoreApplication.translate("backup", "Restored {count} nights from {name}{kept}").format(
        count=report.nights, name=source.name, kept=kept
    )


def purge_night(parent: QWidget, diary: Diary, date: dt.date | None) -> str | None:
    """Remove a deleted night from every backup (backups otherwise keep deleted entries)."""
    if date is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup", "Remove a night from backups"),
            QCoreApplication.translate(
                "backup",
                "Delete the night in the diary first; then this removes it from the backups too.",
            ),
        )
        return None
    if diary.night(date) is not None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("backup", "Remove a night from backups"),
            QCoreApplication.translate(
                "backup", "The night of {date} is still in your diary; delete it there first."
            ).format(date=_date(date)),
        )
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("backup", "Remove from backups?"),
        QCoreApplication.translate(
            "backup",
            "Remove the night of {date} from every backup in {folder}/?\n\n"
            "This cannot be undone. Copies you exported or backed up elsewhere are not touched.",
        ).format(date=_date(date), folder=BACKUP_DIR),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return None
    report = backups.purge_night(diary.data_dir, date)
    if report.failed:
        names = "\n".join(f"{path.name}: {why}" for path, why in report.failed)
        QMessageBox.warning(
            parent, QCoreApplication.translate("backup", "Some backups were not changed"), names
        )
    english = f"{date.day:02d} {diary_text.MONTHS[date.month - 1]} {date.year}"
    day = english if diary_text.date_words() == diary_text.ENGLISH else None
    return QCoreApplication.translate(
        "backup", "Removed the night of {date} from {count} backup(s)"
    ).format(date=day or diary_text.long_date(date), count=len(report.purged))
