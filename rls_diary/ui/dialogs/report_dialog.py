"""File ▸ PDF report…: choose the period and what to include, look at the pages, save.

The preview shows the very pages that are saved (the same drawing code paints images and the
PDF). Building and drawing run in a QThreadPool worker on its own read-only Diary, so a
20-year diary never freezes the window; a newer request makes older answers stale (they are
dropped). The patient's name is only printed: it is never stored, not even in QSettings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.insights.series import add_months
from rls_diary.report.content import ReportContent, default_period, diary_content
from rls_diary.report.layout import load_fonts, paper_for_locale
from rls_diary.report.render import render_images, render_pdf
from rls_diary.services.diary import Diary
from rls_diary.storage.files import write_atomic
from rls_diary.ui import i18n, workers

PREVIEW_SCALE = 1.2  # image pixels per point
EDIT_DELAY_MS = 400  # typing a name redraws the preview once the typing pauses
PERIODS = (
    ("weeks", QT_TRANSLATE_NOOP("ReportDialog", "Last 4 weeks")),
    ("months", QT_TRANSLATE_NOOP("ReportDialog", "Last 3 months")),
    ("custom", QT_TRANSLATE_NOOP("ReportDialog", "Custom dates")),
)
PAPER_NAMES = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("ReportDialog", "US Letter")))


class ReportFileChooser(Protocol):
    def save_report_file(self, parent: QWidget | None, suggested: str) -> Path | None: ...


class DialogFileChooser:
    """QFileDialog's save dialog, starting in Documents; ``None`` when cancelled."""

    def save_report_file(self, parent: QWidget | None, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = Path(folder or Path.home()) / suggested
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReportDialog", "Save the PDF summary"),
            str(start),
            QCoreApplication.translate("ReportDialog", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


@dataclass(frozen=True, slots=True)
class Options:
    start: dt.date | None
    end: dt.date | None
    include_notes: bool
    patient_name: str | None
    paper: str
    language: str = "en"  # the PDF's: the window's language


@dataclass(frozen=True, slots=True)
class Preview:
    content: ReportContent
    pages: list[QImage]


def build_preview(data_dir: Path, zone: str, options: Options) -> Preview:
    """Runs in a worker: a private read-only Diary, the content and the page images."""
    with Diary.open_reader(data_dir, zone) as reader:
        content = diary_content(
            reader,
            options.start,
            options.end,
            include_notes=options.include_notes,
            patient_name=options.patient_name,
            language=options.language,
        )
    return Preview(content, render_images(content, options.paper, PREVIEW_SCALE))


def save_pdf(content: ReportContent, paper: str, path: Path) -> Path:
    """Runs in a worker: draws the PDF and writes it atomically, owner-only."""
    write_atomic(path, render_pdf(content, paper))
    return path


class ReportDialog(QDialog):
    """The PDF summary dialog. ``previewed`` carries the :class:`ReportContent` shown,
    ``saved`` the path written, ``failed`` a message."""

    previewed = Signal(object)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        diary: Diary,
        parent: QWidget | None = None,
        *,
        chooser: ReportFileChooser | None = None,
        paper: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._diary = diary
        self._chooser: ReportFileChooser = chooser or DialogFileChooser()
        self._generation = 0
        self._preview: Preview | None = None
        self._tasks: dict[object, workers.Task] = {}
        load_fonts()  # once, on the GUI thread, before any worker draws
        self.setWindowTitle(self.tr("PDF summary for your doctor"))
        self.setObjectName("reportDialog")

        dates = diary.dates()
        last = dates[-1] if dates else dt.date.today()
        self.period = QComboBox(self)
        for key, text in PERIODS:
            self.period.addItem(self.tr(text), key)
        self.period.setAccessibleName(self.tr("Period"))
        self.start_edit = self._date_edit(last - dt.timedelta(days=27), self.tr("First night"))
        self.end_edit = self._date_edit(last, self.tr("Last night"))
        self._last_night = last
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("optional: printed on the pages, never stored"))
        self.name_edit.setAccessibleName(self.tr("Patient name"))
        self.name_edit.setMaxLength(120)
        self.notes_box = QCheckBox(
            self.tr("Include my notes (they are private; off by default)"), self
        )
        self.paper = QComboBox(self)
        for key, text in PAPER_NAMES:
            self.paper.addItem(self.tr(text), key)
        self.paper.setCurrentIndex(self.paper.findData(paper or paper_for_locale()))
        self.paper.setAccessibleName(self.tr("Paper size"))

        dates_row = QHBoxLayout()
        dates_row.addWidget(self.start_edit)
        dates_row.addWidget(QLabel(self.tr("to"), self))
        dates_row.addWidget(self.end_edit)
        dates_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Nights:"), dates_row)
        form.addRow(self.tr("Patient name:"), self.name_edit)
        form.addRow("", self.notes_box)
        form.addRow(self.tr("Paper:"), self.paper)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Preparing the pages"))
        self.pages_widget = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.pages_widget)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAccessibleName(self.tr("Preview of the pages"))
        self.preview_area.setMinimumSize(round(612 * PREVIEW_SCALE) + 40, 480)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.preview_area, 1)
        layout.addWidget(self.buttons)

        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(EDIT_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_edit.dateChanged.connect(self._custom_dates_changed)
        self.end_edit.dateChanged.connect(self._custom_dates_changed)
        self.notes_box.toggled.connect(self.refresh)
        self.paper.currentIndexChanged.connect(self.refresh)
        self.name_edit.textChanged.connect(lambda _text: self._delay.start())
        self._period_changed()

    # -- state -----------------------------------------------------------------------------

    @property
    def preview(self) -> Preview | None:
        return self._preview

    @property
    def page_count(self) -> int:
        return len(self._preview.pages) if self._preview else 0

    @property
    def busy_working(self) -> bool:
        return bool(self._tasks)

    def options(self) -> Options:
        key = self.period.currentData()
        end = self._last_night
        start: dt.date | None
        if key == "weeks":
            start = None
        elif key == "months":
            start = add_months(end, -3) + dt.timedelta(days=1)
        else:
            start, end = _date(self.start_edit), _date(self.end_edit)
        name = self.name_edit.text().strip() or None
        return Options(
            start,
            end,
            self.notes_box.isChecked(),
            name,
            str(self.paper.currentData()),
            i18n.language(),
        )

    # -- preview ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Build and draw the pages again in a worker (older answers are dropped)."""
        self._delay.stop()
        self._generation += 1
        generation = self._generation
        options = self.options()
        if options.start is not None and options.end is not None and options.start > options.end:
            self._show_problem(self.tr("The first night is after the last night."))
            return
        self.save_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Preparing the pages…"))
        data_dir, zone = self._diary.data_dir, self._diary.default_zone
        task = workers.Task(lambda: build_preview(data_dir, zone, options), generation)
        task.signals.succeeded.connect(self._show_preview)
        task.signals.failed.connect(self._preview_failed)
        self._tasks[("preview", generation)] = workers.start(task)

    @Slot(object, object)
    def _show_preview(self, generation: int, preview: Preview) -> None:
        self._tasks.pop(("preview", generation), None)
        if generation != self._generation:
            return
        self._preview = preview
        self._clear_pages()
        width = self.preview_area.viewport().width() - 24
        for index, image in enumerate(preview.pages, start=1):
            label = QLabel(self.pages_widget)
            pixmap = QPixmap.fromImage(image)
            if width > 100 and pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setAccessibleName(
                self.tr("Page {page} of {pages}").format(page=index, pages=len(preview.pages))
            )
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        content = preview.content
        pages = len(preview.pages)
        summary = (
            self.tr("1 page: {period}, {recorded} of {nights} nights recorded.")
            if pages == 1
            else self.tr("{pages} pages: {period}, {recorded} of {nights} nights recorded.")
        ).format(
            pages=pages,
            period=self.tr("{start} to {end}").format(
                start=content.period.start.isoformat(), end=content.period.end.isoformat()
            ),
            recorded=content.nights_recorded,
            nights=content.nights_in_period,
        )
        if content.include_notes:
            summary += self.tr(" Your notes are included.")
        self.status.setText(summary)
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.previewed.emit(content)

    @Slot(object, str)
    def _preview_failed(self, generation: int, message: str) -> None:
        self._tasks.pop(("preview", generation), None)
        if generation != self._generation:
            return
        self._show_problem(
            self.tr("The summary could not be prepared: {message}").format(message=message)
        )

    def _show_problem(self, message: str) -> None:
        self._preview = None
        self._clear_pages()
        self.busy.hide()
        self.save_button.setEnabled(False)
        self.status.setText(message)
        self.failed.emit(message)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    # -- saving ----------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        """Ask for a file name, then draw and write the PDF in a worker."""
        preview = self._preview
        if preview is None:
            return
        suggested = f"rls-diary-summary-{preview.content.period.end.isoformat()}.pdf"
        path = self._chooser.save_report_file(self, suggested)
        if path is None:
            return
        if not path.parent.is_dir():
            self.status.setText(
                self.tr("Not saved: the folder {folder} does not exist.").format(folder=path.parent)
            )
            return
        self.save_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Saving {name}…").format(name=path.name))
        content, paper = preview.content, str(self.paper.currentData())
        task = workers.Task(lambda: save_pdf(content, paper, path), path)
        task.signals.succeeded.connect(self._saved)
        task.signals.failed.connect(self._save_failed)
        self._tasks[("save", path)] = workers.start(task)

    @Slot(object, object)
    def _saved(self, token: Path, path: Path) -> None:
        self._tasks.pop(("save", token), None)
        self.busy.hide()
        self.save_button.setEnabled(self._preview is not None)
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.saved.emit(path)

    @Slot(object, str)
    def _save_failed(self, token: Path, message: str) -> None:
        self._tasks.pop(("save", token), None)
        self.busy.hide()
        self.save_button.setEnabled(self._preview is not None)
        self.status.setText(self.tr("Not saved: {message}").format(message=message))
        self.failed.emit(message)

    # -- period ----------------------------------------------------------------------------

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    @Slot()
    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if not custom:
            options = self.options()
            period = default_period(self._last_night, options.start, options.end)
            for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.refresh()

    @Slot()
    def _custom_dates_changed(self) -> None:
        if self.period.currentData() == "custom":
            self._delay.start()


def _date(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())
