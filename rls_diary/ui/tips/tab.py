"""The Lifestyle tips tab (DESIGN §6, §7).

On top, "Your diary says": this diary's lifestyle findings from the insights service (the same
numbers as ``insights --json``), labelled exploratory. Below, the tips ranked by those findings
(the same order as ``tips --json``), each with its source, and a search box. At the side, the
not-medical-advice notice and the user's crisis numbers, editable and stored in the diary.

The findings take about a second for a year of nights, so a worker computes them with a
read-only Diary of its own; the tips show at once in their default order and are re-ranked
when the findings arrive. Crisis numbers are read and saved through the writer on the GUI
thread. Call :meth:`reload` after the diary changed and :meth:`shutdown` before closing.

The tab's own words are translatable; the tips (``resources/tips.json``) and the findings'
sentences (made by the tips service) come in the language the window speaks
(:func:`rls_diary.ui.i18n.language`, chosen at start: a new language applies after a restart,
as for every tab).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rls_diary.domain.notices import NOTICE_PARAGRAPHS
from rls_diary.services.diary import Diary
from rls_diary.services.tips import PersonalTips, RankedTip, load_tips, personal_tips, rank_tips
from rls_diary.ui import i18n
from rls_diary.ui.tips.widgets import CrisisNumbersBox, DiaryPanel, TipCard, text_label
from rls_diary.ui.workers import Task, start

SIDE_WIDTH_CHARS: Final = 38
TIPS_HEADING: Final = QT_TRANSLATE_NOOP("TipsTab", "Tips from RLS guidelines and studies")
TIPS_INTRO: Final = QT_TRANSLATE_NOOP(
    "TipsTab",
    "Tips that touch what your diary shows come first. Each names its source and how strong "
    "the evidence is.",
)


def load_personal_tips(data_dir: Path, zone: str, language: str = "en") -> PersonalTips:
    """Findings and ranked tips in ``language``, read through a read-only Diary of its own
    (worker side)."""
    with Diary.open_reader(data_dir, zone) as reader:
        return personal_tips(reader, language=language)


class _Latest:
    """The token of the newest reload, read by the worker to skip work nobody waits for."""

    def __init__(self) -> None:
        self.token = 0


class TipsTab(QWidget):
    """The Lifestyle tips tab on ``diary`` (its data folder and zone for the findings, read
    in a worker; the writer itself for the crisis numbers).

    Signals: ``loaded()`` when the findings are shown and the tips ranked;
    ``loadFailed(message)``; ``crisisNumbersSaved(text)``.
    """

    loaded = Signal()
    loadFailed = Signal(str)
    crisisNumbersSaved = Signal(str)

    def __init__(self, diary: Diary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tipsTab")
        self.diary = diary
        self.data_dir = diary.data_dir
        self.zone = diary.default_zone
        self.language = i18n.language()
        self.tips = load_tips(self.language)
        self.ranked: list[RankedTip] = rank_tips(self.tips, [])
        self.personal: PersonalTips | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._tokens = itertools.count(1)
        self._latest = _Latest()
        self._tasks: dict[object, Task] = {}

        # left: what your diary says, search, the tips
        self.diary_panel = DiaryPanel()
        self.search = QLineEdit()
        self.search.setObjectName("tipsSearch")
        self.search.setPlaceholderText(
            self.tr("Search the tips (for example: iron, coffee, pregnancy)")
        )
        self.search.setAccessibleName(self.tr("Search the tips"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("tipsCount")
        self.no_match = text_label("", "tipsNoMatch")
        self.no_match.hide()
        self.cards = {tip.id: TipCard(tip) for tip in self.tips}
        heading = text_label(self.tr(TIPS_HEADING))
        heading.setObjectName("tipsHeading")
        font = heading.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        self.card_layout = QVBoxLayout()
        self.card_layout.setSpacing(10)

        column = QWidget()
        column.setObjectName("tipsColumn")
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(self.diary_panel)
        column_layout.addSpacing(8)
        column_layout.addWidget(heading)
        column_layout.addWidget(text_label(self.tr(TIPS_INTRO)))
        column_layout.addLayout(search_row)
        column_layout.addWidget(self.no_match)
        column_layout.addLayout(self.card_layout)
        column_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("tipsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(column)

        # right: the notice and the crisis numbers
        self.crisis = CrisisNumbersBox(diary)
        self.crisis.saved.connect(self.crisisNumbersSaved)
        notice = QGroupBox(self.tr("Please note"))
        notice.setObjectName("tipsNotice")
        notice_layout = QVBoxLayout(notice)
        for paragraph in NOTICE_PARAGRAPHS:
            notice_layout.addWidget(text_label(QCoreApplication.translate("notices", paragraph)))
        self.notice = notice
        side = QWidget()
        side.setObjectName("tipsSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.crisis)
        side_layout.addWidget(notice)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(side)
        side_scroll.setFixedWidth(self.fontMetrics().averageCharWidth() * SIDE_WIDTH_CHARS + 40)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(side_scroll)

        self._show_ranked(self.ranked)
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the diary again: crisis numbers now, findings and ranking in a worker."""
        self.crisis.reload()
        token = next(self._tokens)
        self._latest.token = token
        latest, data_dir, zone, language = self._latest, self.data_dir, self.zone, self.language

        def work() -> PersonalTips | None:
            if latest.token != token:
                return None  # a newer reload is queued
            return load_personal_tips(data_dir, zone, language)

        self.diary_panel.show_loading()
        task = Task(work, token)
        task.signals.succeeded.connect(self._loaded)
        task.signals.failed.connect(self._failed)
        self._tasks[token] = task
        start(task, self._pool)

    @Slot(object, object)
    def _loaded(self, token: object, result: object) -> None:
        self._tasks.pop(token, None)
        if token != self._latest.token or not isinstance(result, PersonalTips):
            return
        self.personal = result
        self.diary_panel.set_lines(result.lines)
        self._show_ranked(result.tips)
        self.loaded.emit()

    @Slot(object, str)
    def _failed(self, token: object, message: str) -> None:
        self._tasks.pop(token, None)
        if token != self._latest.token:
            return
        self.diary_panel.show_failure(message)
        self.loadFailed.emit(message)

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Wait for the running worker (call before the window goes away)."""
        self._latest.token = -1
        self._pool.waitForDone(timeout_ms)

    # -- tips -------------------------------------------------------------------------------

    def _show_ranked(self, ranked: list[RankedTip]) -> None:
        self.ranked = ranked
        while self.card_layout.count():
            self.card_layout.takeAt(0)
        for item in ranked:
            card = self.cards[item.tip.id]
            card.set_ranked(item)
            self.card_layout.addWidget(card)
        self._filter(self.search.text())

    def tip_ids(self) -> list[str]:
        """Every tip's id in the order shown (filtered out ones included)."""
        return [item.tip.id for item in self.ranked]

    def visible_tip_ids(self) -> list[str]:
        """The ids of the tips the search leaves visible, in the order shown."""
        return [item.tip.id for item in self.ranked if not self.cards[item.tip.id].isHidden()]

    def _filter(self, text: str) -> None:
        words = text.split()
        shown = 0
        for item in self.ranked:
            visible = item.tip.matches(words)
            self.cards[item.tip.id].setHidden(not visible)
            shown += visible
        total = len(self.ranked)
        self.count_label.setText(
            self.tr("{count} tips").format(count=total)
            if not words
            else self.tr("{shown} of {count} tips match").format(shown=shown, count=total)
        )
        self.no_match.setText(
            self.tr("No tip mentions “{words}”.").format(words=text.strip())
            if words and not shown
            else ""
        )
        self.no_match.setVisible(bool(words) and not shown)
