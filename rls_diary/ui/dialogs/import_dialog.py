"""Import preview: check a file in a worker, show what would change, write on Import.

Our CSV/JSON and other apps' exports (Sleep as Android, Plees Tracker, Sleepmeter, Fitbit;
DESIGN §4.1). The preview names the detected format, counts the nights that would be added,
filled in, left unchanged or replaced, lists every night skipped with its reason and the
nights affected. Another app's data only fills blanks, so "Replace existing nights" is off
for those formats.

Nothing is written before the user presses Import (DESIGN §4, issue 4). Planning runs in a
QThreadPool worker on its own read-only Diary; applying runs on the GUI thread's writer Diary,
in one transaction after a backup (``services.importing.apply_import``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
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
from rls_diary.services.importing import ImportPlan, apply_import, plan_import, skipped_text
from rls_diary.storage.errors import StorageError
from rls_diary.ui import workers

MAX_CONFLICT_DATES = 10
MAX_AFFECTED_DATES = 10
REPLACE_TIP = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "A night already in your diary with different values is a conflict. Tick this to "
    "replace each such night completely with the one from the file.",
)
FOREIGN_REPLACE_TIP = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Data from another app only fills in what is blank in your diary; it never replaces "
    "what you entered, so there is nothing to replace.",
)


def plan_in_worker(data_dir: Path, zone: str, path: Path, replace: bool) -> ImportPlan:
    """Runs in a worker thread: a private read-only Diary, closed again whatever happens."""
    with Diary.open_reader(data_dir, zone) as reader:
        return plan_import(reader, path, replace=replace)


class ImportDialog(QDialog):
    """Preview of importing ``path`` into ``diary``; ``imported`` carries the ImportReport."""

    planned = Signal(object)  # the ImportPlan shown (tests wait for it)
    planFailed = Signal(str)
    imported = Signal(object)

    def __init__(
        self,
        diary: Diary,
        path: Path,
        parent: QWidget | None = None,
        ready: Callable[[], bool] | None = None,
    ) -> None:
        """``ready`` is asked right before writing (unsaved edits elsewhere); False: wait."""
        super().__init__(parent)
        self._diary = diary
        self._path = path
        self._ready = ready
        self._plan: ImportPlan | None = None
        self._task: workers.Task | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.setMinimumWidth(560)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: planning reports no steps
        self.busy.setAccessibleName(self.tr("Checking the file"))
        self.format_label = QLabel(self)
        self.format_label.setObjectName("importFormat")
        self.added_label = QLabel(self)
        self.filled_label = QLabel(self)
        self.filled_label.setToolTip(
            self.tr("Nights already in your diary whose blank fields the file fills in")
        )
        self.unchanged_label = QLabel(self)
        self.replaced_label = QLabel(self)
        self.skipped_label = QLabel(self)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.affected_label = QLabel(self)
        self.affected_label.setObjectName("importAffected")
        self.affected_label.setWordWrap(True)
        self.affected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        counts = QFormLayout()
        counts.addRow(self.tr("Format:"), self.format_label)
        counts.addRow(self.tr("New nights:"), self.added_label)
        counts.addRow(self.tr("Nights filled in:"), self.filled_label)
        counts.addRow(self.tr("Unchanged nights:"), self.unchanged_label)
        counts.addRow(self.tr("Nights to replace:"), self.replaced_label)
        counts.addRow(self.tr("Nights skipped:"), self.skipped_label)
        counts.addRow(self.tr("Conflicts:"), self.conflicts_label)
        counts.addRow(self.tr("Nights affected:"), self.affected_label)

        self.skipped = QListWidget(self)
        self.skipped.setObjectName("importSkipped")
        self.skipped.setAccessibleName(self.tr("Nights that will be skipped, with the reason"))
        self.skipped.setUniformItemSizes(True)
        self.skipped.setWordWrap(True)
        self.skipped_title = QLabel(
            self.tr("Skipped nights (the rest of the file is imported without them):"), self
        )
        self.skipped_title.setBuddy(self.skipped)
        self.skipped_title.setVisible(False)
        self.skipped.setVisible(False)

        self.problems = QListWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setUniformItemSizes(True)
        self.replace_box = QCheckBox(
            self.tr("Replace existing nights with the ones in the file"), self
        )
        self.replace_box.setToolTip(_tr(REPLACE_TIP))
        self.replace_box.toggled.connect(self._start_planning)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
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
        layout.addWidget(self.skipped_title)
        layout.addWidget(self.skipped, 1)
        self.problems_title = QLabel(
            self.tr("Problems (nothing is imported while there are any):"), self
        )
        self.problems_title.setBuddy(self.problems)
        layout.addWidget(self.problems_title)
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
        self.status.setText(self.tr("Checking the file… nothing is written yet."))
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
        report = plan.report
        if report.foreign and self.replace_box.isChecked():
            self.replace_box.setChecked(False)  # another app's data only fills: check again
            return
        self._plan = plan
        self.busy.hide()
        self._offer_replace(report.foreign)
        self.format_label.setText(report.format_title or self.tr("not recognised"))
        # A file with problems other than conflicts is not compared with the diary at all.
        counted = report.ok or bool(report.conflicts)
        for label, count in (
            (self.added_label, report.added),
            (self.filled_label, report.filled),
            (self.unchanged_label, report.unchanged),
            (self.replaced_label, report.replaced),
            (self.skipped_label, len(report.skipped)),
        ):
            label.setText(str(count) if counted else "–")
        if report.foreign and counted:
            self.replaced_label.setText(self.tr("0 (another app's data only fills blanks)"))
        self.conflicts_label.setText(_conflicts_text(report.conflicts))
        affected = plan.affected_dates()
        self.affected_label.setText(_dates_text(affected) if report.ok else "–")
        self.skipped.clear()
        self.skipped.addItems([skipped_text(*item) for item in report.skipped])
        for widget in (self.skipped_title, self.skipped):
            widget.setVisible(bool(report.skipped))
        self.problems.clear()
        self.problems.addItems([str(problem) for problem in report.problems])
        if not report.ok:
            count = len(report.problems)
            found = (
                self.tr("1 problem found. Nothing will be imported; fix the file and try again.")
                if count == 1
                else self.tr(
                    "{count} problems found. Nothing will be imported; fix the file and try again."
                ).format(count=count)
            )
            if report.conflicts:
                found += self.tr(" Or tick “Replace existing nights”.")
            self.status.setText(found)
        elif report.changes == 0:
            self.status.setText(self.tr("Everything in this file is already in your diary."))
        elif report.foreign:
            self.status.setText(
                self.tr(
                    "The file is fine. Press Import to add its {format} data to your "
                    "diary: it fills in only what is blank and never changes what you entered."
                ).format(format=report.format_title)
            )
        else:
            self.status.setText(self.tr("The file is fine. Press Import to add it to your diary."))
        self.import_button.setEnabled(report.ok and report.changes > 0)
        self.planned.emit(plan)

    @Slot(object, str)
    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.busy.hide()
        self._offer_replace(foreign=False)
        self.status.setText(
            self.tr("The file could not be checked: {message}").format(message=message)
        )
        self.planFailed.emit(message)

    def _offer_replace(self, foreign: bool) -> None:
        """ "Replace existing nights" only means something for our own formats."""
        self.replace_box.setEnabled(not foreign)
        self.replace_box.setToolTip(_tr(FOREIGN_REPLACE_TIP if foreign else REPLACE_TIP))

    def _apply(self) -> None:
        plan = self._plan
        if plan is None or not plan.report.ok:
            return
        if self._ready is not None and not self._ready():
            return  # the unsaved edits were kept: the preview stays open
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = apply_import(self._diary, plan)
        except (StorageError, OSError, ValueError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self,
                self.tr("Import failed"),
                self.tr("Nothing was imported.\n\n{error}").format(
                    error=workers.describe_error(exc)
                ),
            )
            return
        QGuiApplication.restoreOverrideCursor()
        self.imported.emit(report)
        self.accept()


def _tr(source: str) -> str:
    """A text of the dialog marked outside a method (``QT_TRANSLATE_NOOP``)."""
    return QCoreApplication.translate("ImportDialog", source)


def _conflicts_text(conflicts: list[dt.date]) -> str:
    if not conflicts:
        return QCoreApplication.translate("ImportDialog", "none")
    shown = ", ".join(d.isoformat() for d in conflicts[:MAX_CONFLICT_DATES])
    more = (
        QCoreApplication.translate("ImportDialog", " and {count} more").format(
            count=len(conflicts) - MAX_CONFLICT_DATES
        )
        if len(conflicts) > MAX_CONFLICT_DATES
        else ""
    )
    return QCoreApplication.translate(
        "ImportDialog", "{count} date(s) differ from your diary: {dates}{more}"
    ).format(count=len(conflicts), dates=shown, more=more)


def _dates_text(dates: list[dt.date]) -> str:
    """The dates of the nights an import changes, the first few, then how many more."""
    if not dates:
        return QCoreApplication.translate("ImportDialog", "none")
    shown = ", ".join(d.isoformat() for d in dates[:MAX_AFFECTED_DATES])
    more = len(dates) - MAX_AFFECTED_DATES
    return shown + (
        QCoreApplication.translate("ImportDialog", " and {count} more").format(count=more)
        if more > 0
        else ""
    )
