"""File ▸ Export CSV/JSON: choose a file, write it atomically, report the count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rls_diary.services.diary import Diary
from rls_diary.services.exporting import export_file
from rls_diary.storage.errors import StorageError
from rls_diary.ui.dialogs.files import FileChooser
from rls_diary.ui.workers import describe_error


def export_diary(parent: QWidget, diary: Diary, kind: str, chooser: FileChooser) -> str | None:
    """Ask for a file and export every night to it; the status message, or None if not done.

    Only what is saved is exported. Errors are shown in a dialog.
    """
    path = chooser.save_export_file(parent, kind)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        count = export_file(diary, path)
    except (StorageError, OSError, ValueError) as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("export", "Export failed"),
            QCoreApplication.translate("export", "Nothing was exported.\n\n{error}").format(
                error=describe_error(exc)
            ),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    if count == 1:
        return QCoreApplication.translate("export", "Exported 1 night to {path}").format(path=path)
    return QCoreApplication.translate("export", "Exported {count} nights to {path}").format(
        count=count, path=path
    )
