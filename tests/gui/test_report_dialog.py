"""File ▸ PDF report: options, a preview drawn in a worker, and saving through a chooser."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from rls_diary.domain.insights.series import add_months
from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Diary
from rls_diary.ui.dialogs.report_dialog import PREVIEW_SCALE, ReportDialog

LAST_NIGHT = dt.date(2024, 6, 30)
NAME = "Grace Example"


class FakeChooser:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.suggested: list[str] = []

    def save_report_file(self, parent: object, suggested: str) -> Path | None:
        self.suggested.append(suggested)
        return self.path


@pytest.fixture
def filled(diary: Diary) -> Diary:
    create_demo(diary, nights=100, scenario="augmentation", end=LAST_NIGHT)
    night = diary.night(LAST_NIGHT)
    assert night is not None
    diary.save_night(night.replace(notes="a private note"))
    return diary


@pytest.fixture
def dialog(qtbot: QtBot, filled: Diary, tmp_path: Path) -> Iterator[ReportDialog]:
    shown = ReportDialog(filled, chooser=FakeChooser(tmp_path / "summary.pdf"), paper="a4")
    qtbot.addWidget(shown)
    shown.show()
    wait_for_preview(qtbot, shown)
    yield shown
    QThreadPool.globalInstance().waitForDone()


def wait_for_preview(qtbot: QtBot, dialog: ReportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy_working and dialog.preview is not None)


def test_preview_shows_the_pages_of_the_last_four_weeks(dialog: ReportDialog) -> None:
    preview = dialog.preview
    assert preview is not None
    content = preview.content
    assert content.period.end == LAST_NIGHT
    assert content.period.nights == 28
    assert 1 <= dialog.page_count <= 3
    labels = [dialog.pages_layout.itemAt(i).widget() for i in range(dialog.pages_layout.count())]
    assert len(labels) == dialog.page_count
    assert all(not label.pixmap().isNull() for label in labels)
    first = preview.pages[0]
    assert (first.width(), first.height()) == (
        round(595.276 * PREVIEW_SCALE),
        round(841.89 * PREVIEW_SCALE),
    )
    assert f"{content.nights_recorded} of 28 nights recorded" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    assert not dialog.notes_box.isChecked()
    assert content.notes == ()


def test_options_change_the_report(qtbot: QtBot, dialog: ReportDialog) -> None:
    dialog.notes_box.setChecked(True)
    wait_for_preview(qtbot, dialog)
    assert dialog.preview is not None
    notes = dialog.preview.content.notes
    assert (LAST_NIGHT, "a private note") in [(note.date, note.text) for note in notes]

    dialog.period.setCurrentIndex(dialog.period.findData("months"))
    wait_for_preview(qtbot, dialog)
    assert dialog.preview is not None
    period = dialog.preview.content.period
    assert period.start == add_months(LAST_NIGHT, -3) + dt.timedelta(days=1)
    assert dialog.start_edit.date().toPython() == period.start

    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    wait_for_preview(qtbot, dialog)
    assert dialog.preview is not None
    assert dialog.preview.pages[0].width() == round(612 * PREVIEW_SCALE)


def test_the_name_is_printed_but_never_stored(qtbot: QtBot, dialog: ReportDialog) -> None:
    qtbot.keyClicks(dialog.name_edit, NAME)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.content.patient_name == NAME
    )
    wait_for_preview(qtbot, dialog)
    settings = QSettings()
    assert all(NAME not in str(settings.value(key)) for key in settings.allKeys())


def test_custom_dates_the_wrong_way_round_are_refused(qtbot: QtBot, dialog: ReportDialog) -> None:
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    wait_for_preview(qtbot, dialog)
    assert dialog.start_edit.isEnabled()
    with qtbot.waitSignal(dialog.failed):
        dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    assert "after the last night" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.page_count == 0


def test_save_writes_an_owner_only_pdf(qtbot: QtBot, dialog: ReportDialog, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    path = tmp_path / "summary.pdf"
    assert saved.args == [path]
    assert f"Saved to {path}" in dialog.status.text()
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == dialog.page_count
    assert reader.metadata is not None and reader.metadata.title == "RLS Diary summary"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    chooser = dialog._chooser
    assert isinstance(chooser, FakeChooser)
    assert chooser.suggested == [f"rls-diary-summary-{LAST_NIGHT.isoformat()}.pdf"]


def test_cancelled_save_writes_nothing(qtbot: QtBot, filled: Diary, tmp_path: Path) -> None:
    shown = ReportDialog(filled, chooser=FakeChooser(None), paper="a4")
    qtbot.addWidget(shown)
    wait_for_preview(qtbot, shown)
    shown.save_button.click()
    assert list(tmp_path.glob("*.pdf")) == []
    assert not shown.busy_working
    QThreadPool.globalInstance().waitForDone()


def test_an_empty_diary_still_previews(qtbot: QtBot, diary: Diary) -> None:
    shown = ReportDialog(diary, chooser=FakeChooser(None), paper="a4")
    qtbot.addWidget(shown)
    wait_for_preview(qtbot, shown)
    assert shown.preview is not None
    assert shown.preview.content.nights_recorded == 0
    assert shown.page_count >= 1
    QThreadPool.globalInstance().waitForDone()
