"""The PDF summary in German when the window speaks German; English stays English.

The report's own words (context ``report``), its dates and decimal comma, the insight
sentences (context ``insights``) and the footer notice come out German for ``language="de"``;
without it (the command line) the PDF is the English one even with the German catalogue
installed.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from rls_diary.domain.demo import generate
from rls_diary.domain.insights.finding import Finding, Text, figure, translated_text
from rls_diary.domain.notices import REPORT_NOTICE
from rls_diary.report import content as rc
from rls_diary.report.layout import load_fonts
from rls_diary.report.render import render_pdf
from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Contents, Diary
from rls_diary.ui.dialogs.report_dialog import ReportDialog

END = dt.date(2024, 6, 30)
NAME = "Erika Muster"
GERMAN_NOTICE = (
    "Keine medizinische Beratung und keine Diagnose: Die Werte und Hinweise ersetzen keine "
    "ärztliche Konsultation."
)


def words(data: bytes) -> str:
    """The PDF's text with every run of white space as one space."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def report(language: str = "en") -> rc.ReportContent:
    sample = generate(240, 1, END, "UTC", "augmentation")
    stored = Contents(sample.medications, sample.labs, sample.assessments, [], [], [], {})
    period = rc.Period(dt.date(2023, 11, 1), END)
    if language == "en":  # as the command line calls it
        return rc.build_content(
            sample.nights, stored, period, "UTC", generated=END, patient_name=NAME
        )
    return rc.build_content(
        sample.nights, stored, period, "UTC", generated=END, patient_name=NAME, language=language
    )


@pytest.fixture
def fonts(qapp: object) -> None:
    load_fonts()


def test_a_german_report_speaks_german(german: str, fonts: None) -> None:
    content = report("de")
    assert content.language == "de"
    assert content.title == "Bericht aus RLS Diary"
    data = render_pdf(content)
    text = words(data)
    for heading in (
        "Bericht aus RLS Diary",
        "Bitte beachten – beim heutigen Termin besprechen",
        "Übersicht: dieser und der vorherige Zeitraum",
        "Medikamente in diesem Zeitraum",
        "Eisen und IRLS",
        "RLS-Stärke und Schlafqualität",
        "Befunde",
        "Gesamtschlafzeit (h:mm)",
        "Schlafeffizienz",
        "Wirkstoffklasse",
        "Dopaminagonist",
        "IRLS-Gesamtwert: 25 von 40, schwer",
    ):
        assert heading in text
    assert "Zeitraum: 01.11.2023 bis 30.06.2024 (243 Nächte)" in text  # German dates
    assert re.search(r"Seite 1 von \d", text)
    assert "0,125 mg" in text and "0,25 mg" in text  # decimal comma
    assert "TSAT: 27,7 %" in text
    assert "Jeder Punkt ist der Median aus 7 Nächten" in text
    assert "Juni" in text  # the charts' month names
    # an insight sentence, translated as the window shows it
    assert "Mögliche Augmentation – sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt" in text
    assert GERMAN_NOTICE in text  # the safety notice of every page's footer
    assert text.count(GERMAN_NOTICE) == len(pypdf.PdfReader(io.BytesIO(data)).pages)
    for english in ("Needs attention", "Findings", "Page 1", "Possible augmentation", " to "):
        assert english not in text
    assert REPORT_NOTICE.split(":")[0] not in text
    findings = " ".join(finding.message for finding in content.findings)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", findings)  # dates in sentences: 24.03.2026


def test_without_a_language_the_report_stays_english(german: str, fonts: None) -> None:
    """The command line passes no language: English, though the German catalogue is in."""
    content = report()
    assert content.language == "en"
    text = words(render_pdf(content))
    assert "RLS Diary summary" in text
    assert "Period: 2023-11-01 to 2024-06-30 (243 nights)" in text
    assert "0.125 mg" in text and re.search(r"Page 1 of \d", text)
    assert "Possible augmentation — talk to your doctor" in text
    assert " ".join(REPORT_NOTICE.split()) in text
    for german_word in ("Zeitraum", "Befunde", "Seite", "Nächte", "0,25"):
        assert german_word not in text


def test_an_insight_sentence_is_translated_in_the_domain(german: str) -> None:
    from PySide6.QtCore import QCoreApplication

    finding = Finding.of(
        "x", Text.of("95 % interval {low} to {high}", low=figure(1.5), high=figure(2.25, 2)), {}
    )
    assert finding.message == "95 % interval 1.5 to 2.25"
    shown = translated_text(finding, QCoreApplication.translate, ",")
    assert "1,5" in shown and "2,25" in shown and shown != finding.message
    assert translated_text(Finding("x", "plain"), QCoreApplication.translate, ",") == "plain"


class FakeChooser:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save_report_file(self, parent: object, suggested: str) -> Path | None:
        return self.path


@pytest.fixture
def german_dialog(
    qtbot: QtBot, german: str, diary: Diary, tmp_path: Path
) -> Iterator[ReportDialog]:
    create_demo(diary, nights=100, scenario="augmentation", end=END)
    shown = ReportDialog(diary, chooser=FakeChooser(tmp_path / "bericht.pdf"), paper="a4")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown.busy_working and shown.preview is not None)
    yield shown
    QThreadPool.globalInstance().waitForDone()


def test_the_dialog_of_a_german_window_saves_a_german_pdf(
    qtbot: QtBot, german_dialog: ReportDialog, tmp_path: Path
) -> None:
    preview = german_dialog.preview
    assert preview is not None and preview.content.language == "de"
    with qtbot.waitSignal(german_dialog.saved):
        german_dialog.save_button.click()
    data = (tmp_path / "bericht.pdf").read_bytes()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == "Bericht aus RLS Diary"
    text = words(data)
    assert "Übersicht: dieser und der vorherige Zeitraum" in text
    assert "Zeitraum: 03.06.2024 bis 30.06.2024 (28 Nächte)" in text
    assert GERMAN_NOTICE in text
    assert "Needs attention" not in text and "Findings" not in text


def test_the_change_and_its_interval_in_german(german: str) -> None:
    metric = {m.name: m for m in rc.METRICS}
    assert rc.interval_text(metric["rls_severity"], 0.5, 2.5, "de") == "+0,5 bis +2,5"
    onset = metric["rls_onset_min"]
    assert rc.interval_text(onset, -323.0, -212.0, "de") == "3:32–5:23 früher"
    few = rc.compared(metric["rls_severity"], [7.0] * 9, [2.0] * 20)
    assert rc.change_cells(few, "de") == ("–", "zu wenige Nächte")
