"""Import preview: check a CSV/JSON file in a worker, show what would change, write on Import.

Nothing is written before the user presses Import (DESIGN §4, issue 4). Planning runs in a
QThreadPool worker on its own read-only Diary; applying runs on the GUI thread's writer Diary,
in one transaction after a backup (``services.importing.apply_import``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rls_diary.services.diary import Diary
from rls_diary.services.importing import ImportPlan, apply_import, plan_import
from rls_diary.storage.errors import StorageError
from rls_diary.ui import workers

MAX_CONFLICT_DATES = 10


def plan_in_worker(data_dir: Path, zone: str, path: Path, replace: bool) -> ImportPlan:
    """Runs in a worker thread: a private read-only Diary, closed again whatever happens."""
    with Diary.open_reader(data_dir, zone) as reader:
        return plan_import(reader, path, replace=replace)


class ImportDialog(QDialog):
    """Preview of importing ``path`` into ``diary``; ``imported`` carries the ImportReport."""

    planned = Signal(object)  # the ImportPlan shown (tests wait for it)
    planFailed = Signal(str)
    imported = Signal(object)

    def __init__(self, diary: Diary, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diary = diary
        self._path = path
        self._plan: ImportPlan | None = None
        self._task: workers.Task | None = None
        self._generation = 0
        self.setWindowTitle(f"Import {path.name}")
        self.setMinimumWidth(560)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: planning reports no steps
        self.busy.setAccessibleName("Checking the file")
        self.format_label = QLabel(self)
        self.added_label = QLabel(self)
        self.unchanged_label = QLabel(self)
        self.replaced_label = QLabel(self)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        counts = QFormLayout()
        counts.addRow("Format:", self.format_label)
        counts.addRow("New nights:", self.added_label)
        counts.addRow("Unchanged nights:", self.unchanged_label)
        counts.addRow("Nights to replace:", self.replaced_label)
        counts.addRow("Conflicts:", self.conflicts_label)

        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName("Problems found in the file")
        self.problems.setUniformItemSizes(True)
        self.replace_box = QCheckBox("Replace existing nights with the ones in the file", self)
        self.replace_box.setToolTip(
            "A night already in your diary with different values is a conflict. Tick this to "
            "replace each such night completely with the one from the file."
        )
        self.replace_box.toggled.connect(self._start_planning)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{path}</b>", self))
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(counts)
        layout.addWidget(QLabel("Problems (nothing is imported while there are any):", self))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.buttons)

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def start(self) -> None:
        """Check the file in a worker; the preview fills in when it is done."""
        self._start_planning()

    def _start_planning(self) -> None:
        self._generation += 1
        generation = self._generation
        self._plan = None
        self.import_button.setEnabled(False)
        self.replace_box.setEnabled(False)
        self.busy.show()
        self.status.setText("Checking the file… nothing is written yet.")
        data_dir, zone = self._diary.data_dir, self._diary.default_zone
        path, replace = self._path, self.replace_box.isChecked()
        task = workers.Task(lambda: plan_in_worker(data_dir, zone, path, replace), generation)
        task.signals.succeeded.connect(self._show_plan)
        task.signals.failed.connect(self._show_failure)
        self._task = workers.start(task)

    @Slot(object, object)
    def _show_plan(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return  # an older check finished after the user changed the options
        self._task = None
        self._plan = plan
        report = plan.report
        self.busy.hide()
        self.replace_box.setEnabled(True)
        self.format_label.setText(report.format.upper() or "not recognised")
        # A file with problems other than conflicts is not compared with the diary at all.
        counted = report.ok or bool(report.conflicts)
        for label, count in (
            (self.added_label, report.added),
            (self.unchanged_label, report.unchanged),
            (self.replaced_label, report.replaced),
        ):
            label.setText(str(count) if counted else "–")
        self.conflicts_label.setText(_conflicts_text(report.conflicts))
        self.problems.clear()
        self.problems.addItems([str(problem) for problem in report.problems])
        if not report.ok:
            count = len(report.problems)
            self.status.setText(
                f"{count} problem{'s' if count != 1 else ''} found. Nothing will be imported; "
                "fix the file and try again."
                + (" Or tick “Replace existing nights”." if report.conflicts else "")
            )
        elif report.changes == 0:
            self.status.setText("Everything in this file is already in your diary.")
        else:
            self.status.setText("The file is fine. Press Import to add it to your diary.")
        self.import_button.setEnabled(report.ok and report.changes > 0)
        self.planned.emit(plan)

    @Slot(object, str)
    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.busy.hide()
        self.replace_box.setEnabled(True)
        self.status.setText(f"The file could not be checked: {message}")
        self.planFailed.emit(message)

    def _apply(self) -> None:
        plan = self._plan
        if plan is None or not plan.report.ok:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = apply_import(self._diary, plan)
        except (StorageError, OSError, ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                "Import failed",
                f"Nothing was imported.\n\n{workers.describe_error(exc)}",
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self.imported.emit(report)
        self.accept()


def _conflicts_text(conflicts: list[dt.date]) -> str:
    if not conflicts:
        return "none"
    shown = ", ".join(d.isoformat() for d in conflicts[:MAX_CONFLICT_DATES])
    more = (
        f" and {len(conflicts) - MAX_CONFLICT_DATES} more"
        if len(conflicts) > MAX_CONFLICT_DATES
        else ""
    )
    return f"{len(conflicts)} date(s) differ from your diary: {shown}{more}"
