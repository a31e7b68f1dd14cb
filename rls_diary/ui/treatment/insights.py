"""The insights of the Treatment tab: the findings of the insights engine as readable cards,
grouped by section (augmentation, iron, remission, treatment effects, safety).

The findings are computed in a QThreadPool worker with its own read-only Diary (the engine's
lifestyle bootstrap can take seconds on a long diary) and filled in when ready; a newer request
makes older answers void. Each card carries the finding's own message, which already holds
the figures, n, dates and the pointer to the doctor (in the window's language:
:func:`rls_diary.ui.problem_text.finding_text`). A section without findings says so in
plain words ("not enough data" included). Lifestyle findings belong to the Lifestyle tips tab.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.insights.finding import Finding
from rls_diary.services.diary import Diary
from rls_diary.services.insights import compute_insights
from rls_diary.ui.insight_text import finding_text
from rls_diary.ui.treatment import text
from rls_diary.ui.workers import Task, start

Findings = Mapping[str, Sequence[Finding]]

SECTIONS: Final = ("augmentation", "iron", "remission", "treatment_effects", "safety")
SECTION_TITLES: Final = {
    "augmentation": QT_TRANSLATE_NOOP("InsightsPage", "Augmentation watch"),
    "iron": QT_TRANSLATE_NOOP("InsightsPage", "Iron"),
    "remission": QT_TRANSLATE_NOOP("InsightsPage", "Remission and recurrence"),
    "treatment_effects": QT_TRANSLATE_NOOP("InsightsPage", "Treatment effects"),
    "safety": QT_TRANSLATE_NOOP("InsightsPage", "Safety"),
}
EMPTY_TEXTS: Final = {
    "augmentation": QT_TRANSLATE_NOOP(
        "InsightsPage",
        "Nothing to check: the augmentation watch looks at a dopamine agonist or levodopa "
        "course that is running at your last diary night.",
    ),
    "iron": QT_TRANSLATE_NOOP(
        "InsightsPage",
        "No iron result calls for a note. Add your ferritin and TSAT results under Labs so "
        "the diary can compare them with the RLS guideline levels.",
    ),
    "remission": QT_TRANSLATE_NOOP(
        "InsightsPage",
        "No remission yet: that needs 28 nights in a row without symptoms (at most 3 of them "
        "not recorded).",
    ),
    "treatment_effects": QT_TRANSLATE_NOOP(
        "InsightsPage",
        "Not enough data: a course's effect is shown once at least 10 nights are recorded in "
        "the 14 nights before it began and in its nights 15–42.",
    ),
    "safety": QT_TRANSLATE_NOOP("InsightsPage", "No safety reminders right now."),
}
KIND_TITLES: Final = {
    "possible_augmentation": QT_TRANSLATE_NOOP("InsightsPage", "Possible augmentation"),
    "augmentation_watch": QT_TRANSLATE_NOOP("InsightsPage", "Augmentation watch"),
    "paradoxical_response": QT_TRANSLATE_NOOP("InsightsPage", "Worse after a dose increase"),
    "iron_low": QT_TRANSLATE_NOOP("InsightsPage", "Iron below the guideline level"),
    "iron_iv_band": QT_TRANSLATE_NOOP("InsightsPage", "Iron between 75 and 100 ng/mL"),
    "after_infusion": QT_TRANSLATE_NOOP("InsightsPage", "Test after an iron infusion"),
    "kidney_disease": QT_TRANSLATE_NOOP("InsightsPage", "Iron result during kidney disease"),
    "iron_test_overdue": QT_TRANSLATE_NOOP("InsightsPage", "Iron test reminder"),
    "remission": QT_TRANSLATE_NOOP("InsightsPage", "Remission"),
    "recurrence": QT_TRANSLATE_NOOP("InsightsPage", "Symptoms came back"),
    "treatment_effect": QT_TRANSLATE_NOOP("InsightsPage", "Treatment effect"),
    "not_enough_data": QT_TRANSLATE_NOOP("InsightsPage", "Not enough data yet"),
    "crisis_numbers": QT_TRANSLATE_NOOP("InsightsPage", "Very low mood recorded"),
    "agonist_check_in": QT_TRANSLATE_NOOP("InsightsPage", "Monthly check-in"),
}
ATTENTION_TITLE: Final = QT_TRANSLATE_NOOP("InsightsPage", "⚠ {title} — talk to your doctor")
# Kinds that call for attention: marked in words (⚠ and "Talk to your doctor"), not by colour.
ATTENTION: Final = frozenset(
    {"possible_augmentation", "paradoxical_response", "iron_low", "crisis_numbers", "recurrence"}
)
INTRO: Final = QT_TRANSLATE_NOOP(
    "InsightsPage",
    "What your diary suggests discussing with your doctor. These are observations from your "
    "own entries, not a diagnosis and not advice on doses.",
)
CALCULATING: Final = QT_TRANSLATE_NOOP("InsightsPage", "Calculating the insights from your diary…")
CARD_STYLE: Final = """
QFrame#insightCard {
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QFrame#insightCard[attention="true"] {
    border-left: 5px solid #e65100;
}
"""


def _tr(source: str) -> str:
    """A section title or note of the insights page in the window's language."""
    return QCoreApplication.translate("InsightsPage", source)


def load_insights(data_dir: Path, zone: str, today: dt.date) -> dict[str, list[Finding]]:
    """The findings, read through a read-only Diary of its own (worker side)."""
    with Diary.open_reader(data_dir, zone) as reader:
        return compute_insights(reader.nights(), reader.contents(), today, zone)


def finding_title(finding: Finding) -> str:
    known = KIND_TITLES.get(finding.kind)
    title = _tr(known) if known else finding.kind.replace("_", " ").capitalize()
    if finding.kind not in ATTENTION:
        return title
    return _tr(ATTENTION_TITLE).format(title=title)


def finding_when(finding: Finding) -> str:
    if finding.date is not None:
        return text.period_text(finding.date, finding.date)
    return text.period_text(finding.start, finding.end)


class InsightCard(QFrame):
    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("insightCard")
        self.setProperty("attention", finding.kind in ATTENTION)
        self.title = QLabel(finding_title(finding), self)
        self.title.setObjectName("insightTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.when = QLabel(finding_when(finding), self)
        self.when.setObjectName("insightWhen")
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(finding_text(finding), self)
        self.message.setObjectName("insightMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.when)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.message)
        self.setAccessibleName(f"{finding_title(finding)}, {finding_when(finding)}")
        self.setAccessibleDescription(self.message.text())


class InsightsPage(QWidget):
    """Signals ``ready()`` once the cards of the latest request are shown, ``failed(str)``."""

    ready = Signal()
    failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        zone: str,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
        *,
        loader: Callable[[Path, str, dt.date], Findings] = load_insights,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.data_dir = data_dir
        self.zone = zone
        self._today = today
        self._loader = loader
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tokens = itertools.count(1)
        self._latest = 0
        self._tasks: dict[object, Task] = {}
        self.findings: dict[str, list[Finding]] | None = None
        self.cards: list[InsightCard] = []

        intro = QLabel(_tr(INTRO), self)
        intro.setWordWrap(True)
        self.status = QLabel(_tr(CALCULATING), self)
        self.status.setObjectName("insightsStatus")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Recalculate"), self)
        self.refresh_button.setToolTip(self.tr("Read the diary again and recalculate the insights"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)
        self.body = QWidget()
        self.body.setObjectName("insightsBody")
        self.body.setStyleSheet(CARD_STYLE)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def refresh(self) -> None:
        """Recalculate in a worker; the cards are replaced when the answer arrives."""
        token = next(self._tokens)
        self._latest = token
        holder = self
        data_dir, zone, today, loader = self.data_dir, self.zone, self._today(), self._loader

        def work() -> Findings | None:
            if holder._latest != token:
                return None  # a newer request is queued behind this one
            return loader(data_dir, zone, today)

        self.status.setText(_tr(CALCULATING))
        self.refresh_button.setEnabled(False)
        task = Task(work, token)
        task.signals.succeeded.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._tasks[token] = task
        start(task, self._pool)

    def shutdown(self) -> None:
        """Drop queued work and wait for the running one (before the window closes)."""
        self._latest = -1
        self._pool.clear()
        self._pool.waitForDone()

    @Slot(object, object)
    def _done(self, token: object, result: object) -> None:
        self._tasks.pop(token, None)
        if token != self._latest or result is None:
            return
        assert isinstance(result, Mapping)
        self.show_findings(result)

    @Slot(object, str)
    def _failed(self, token: object, message: str) -> None:
        self._tasks.pop(token, None)
        if token != self._latest:
            return
        self.refresh_button.setEnabled(True)
        shown = self.tr("The insights could not be calculated: {message}").format(message=message)
        self.status.setText(shown)
        self.failed.emit(shown)

    def show_findings(self, found: Findings) -> None:
        """Replace the cards by ``found`` (sections in the order of :data:`SECTIONS`)."""
        self.findings = {section: list(found.get(section, ())) for section in SECTIONS}
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.cards = []
        for section in SECTIONS:
            heading = QLabel(_tr(SECTION_TITLES[section]), self.body)
            heading.setObjectName(f"section_{section}")
            font = heading.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            heading.setContentsMargins(0, 8, 0, 0)
            self.body_layout.addWidget(heading)
            findings = self.findings[section]
            if not findings:
                empty = QLabel(_tr(EMPTY_TEXTS[section]), self.body)
                empty.setObjectName(f"empty_{section}")
                empty.setWordWrap(True)
                self.body_layout.addWidget(empty)
            for finding in findings:
                card = InsightCard(finding, self.body)
                self.cards.append(card)
                self.body_layout.addWidget(card)
        self.body_layout.addStretch(1)
        count = len(self.cards)
        found_text = (
            self.tr("1 finding from your diary (as of {date}).")
            if count == 1
            else self.tr("{count} findings from your diary (as of {date}).")
        )
        self.status.setText(found_text.format(count=count, date=text.date_text(self._today())))
        self.refresh_button.setEnabled(True)
        self.ready.emit()
