"""File-menu backup actions: back up now, back up to a file, restore, purge a deleted night.

Each action explains its outcome in the status bar or a dialog; storage problems (disk full,
read-only folder, wrong passphrase, a damaged source) are shown as their message, never as a
traceback, and leave the diary as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from rls_diary.services import backups
from rls_diary.services.diary import Diary
from rls_diary.storage.backup import BACKUP_DIR
from rls_diary.storage.errors import StorageError


class Chooser(Protocol):
    def open_backup_file(self, parent: QWidget | None, folder: Path) -> Path | None: ...

    def save_backup_file(self, parent: QWidget | None) -> Path | None: ...


def _fail(parent: QWidget, title: str, exc: BaseException) -> None:
    text = str(exc)
    QMessageBox.warning(parent, title, (text[:1].upper() + text[1:]) or title)


def back_up_now(parent: QWidget, diary: Diary) -> str | None:
    """A verified copy in ``backups/``; returns the status message, or None on failure."""
    try:
        path = backups.backup_now(diary)
    except (StorageError, OSError) as exc:
        _fail(parent, "Backup failed", exc)
        return None
    return f"Backed up to {path.name} (in {path.parent})"


def back_up_to_file(parent: QWidget, diary: Diary, chooser: Chooser) -> str | None:
    """A copy in a file the user picks, encrypted when they give a passphrase."""
    target = chooser.save_backup_file(parent)
    if target is None:
        return None
    passphrase, ok = QInputDialog.getText(
        parent,
        "Encrypt the backup?",
        "Passphrase to encrypt this copy (leave empty for an unencrypted copy).\n"
        "Without the passphrase the copy cannot be opened — keep it safe.",
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    try:
        path = backups.backup_to_file(diary, target, passphrase or None)
    except (StorageError, OSError, ValueError) as exc:
        _fail(parent, "Backup failed", exc)
        return None
    return f"{'Encrypted backup' if passphrase else 'Backup'} written to {path}"


def restore(parent: QWidget, diary: Diary, chooser: Chooser) -> str | None:
    """Replace the diary with a backup after confirming; the current diary is backed up first."""
    source = chooser.open_backup_file(parent, diary.data_dir / BACKUP_DIR)
    if source is None:
        return None
    passphrase: str | None = None
    try:
        if backups.needs_passphrase(source):
            text, ok = QInputDialog.getText(
                parent, "Encrypted backup", "Passphrase:", QLineEdit.EchoMode.Password
            )
            if not ok:
                return None
            passphrase = text
    except OSError as exc:
        _fail(parent, "Restore failed", exc)
        return None
    answer = QMessageBox.question(
        parent,
        "Restore this backup?",
        f"Your diary will be replaced by the backup\n{source.name}.\n\n"
        "The diary as it is now is backed up first, so this can be undone by restoring "
        "that copy.",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return None
    try:
        report = backups.restore_backup(diary, source, passphrase)
    except (StorageError, OSError) as exc:
        _fail(parent, "Restore failed", exc)
        return None
    kept = f"; the previous diary is in {report.safety_backup.name}" if report.safety_backup else ""
    return f"Restored {report.nights} nights from {source.name}{kept}"


def purge_night(parent: QWidget, diary: Diary, date: dt.date | None) -> str | None:
    """Remove a deleted night from every backup (backups otherwise keep deleted entries)."""
    if date is None:
        QMessageBox.information(
            parent,
            "Remove a night from backups",
            "Delete the night in the diary first; then this removes it from the backups too.",
        )
        return None
    if diary.night(date) is not None:
        QMessageBox.information(
            parent,
            "Remove a night from backups",
            f"The night of {date:%a %d %b %Y} is still in your diary; delete it there first.",
        )
        return None
    answer = QMessageBox.question(
        parent,
        "Remove from backups?",
        f"Remove the night of {date:%a %d %b %Y} from every backup in {BACKUP_DIR}/?\n\n"
        "This cannot be undone. Copies you exported or backed up elsewhere are not touched.",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Ok:
        return None
    report = backups.purge_night(diary.data_dir, date)
    if report.failed:
        names = "\n".join(f"{path.name}: {why}" for path, why in report.failed)
        QMessageBox.warning(parent, "Some backups were not changed", names)
    return f"Removed the night of {date:%d %b %Y} from {len(report.purged)} backup(s)"
