"""Choosing files to import and export, behind one small object that tests replace.

Titles and filters are marked in the ``FileChooser`` context and translated when shown; the
patterns in brackets stay as they are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

# Sleep as Android's backup is a .zip; Fitbit's Takeout files are .json (DESIGN §4.1). The
# format is recognised by content, whatever the extension.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "FileChooser",
    "Diary and sleep-app files (*.csv *.json *.zip);;CSV files (*.csv);;JSON files (*.json);;"
    "Sleep as Android backups (*.zip);;All files (*)",
)
EXPORT_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("FileChooser", "CSV files (*.csv)"),
    "json": QT_TRANSLATE_NOOP("FileChooser", "JSON files (*.json)"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("FileChooser", source)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def export_name(kind: str, today: dt.date | None = None) -> str:
    return f"rls-diary-{(today or dt.date.today()).isoformat()}.{kind}"


def with_suffix(path: Path, kind: str) -> Path:
    """``path`` ending in ``.kind`` (a typed name without the extension gets it added)."""
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")


class FileChooser:
    """QFileDialog's static dialogs; ``None`` when the user cancels."""

    def open_import_file(self, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate(
                "FileChooser", "Import a diary file or another sleep app's export"
            ),
            str(documents_folder()),
            _tr(IMPORT_FILTER),
        )
        return Path(name) if name else None

    def save_export_file(self, parent: QWidget | None, kind: str) -> Path | None:
        start = documents_folder() / export_name(kind)
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Export the diary as {kind}").format(
                kind=kind.upper()
            ),
            str(start),
            _tr(EXPORT_FILTERS[kind]),
        )
        return with_suffix(Path(name), kind) if name else None

    def open_backup_file(self, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Restore the diary from a backup"),
            str(folder),
            QCoreApplication.translate(
                "FileChooser", "Backups (*.sqlite3 *.rlsbackup *.enc);;All files (*)"
            ),
        )
        return Path(name) if name else None

    def save_backup_file(self, parent: QWidget | None) -> Path | None:
        start = documents_folder() / f"rls-diary-backup-{dt.date.today().isoformat()}.sqlite3"
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Back up the diary to a file"),
            str(start),
            QCoreApplication.translate("FileChooser", "Backups (*.sqlite3);;All files (*)"),
        )
        return Path(name) if name else None
