"""The insights cards: computed in a worker with a read-only Diary of its own, filled in when
ready, grouped by section, and plain about missing data."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import treatment_helpers
from PySide6.QtGui import QUndoStack
from treatment_helpers import TODAY, wait_insights

from rls_diary.domain.insights.finding import Finding
from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Diary
from rls_diary.ui.treatment.insights import (
    EMPTY_TEXTS,
    SECTIONS,
    InsightCard,
    load_insights,
)
from rls_diary.ui.treatment.tab import TreatmentTab

MakeTab = Callable[..., TreatmentTab]

# the shared fixtures of the Treatment tests
errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


def test_the_demo_augmentation_scenario_shows_its_warning_card(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    create_demo(diary, nights=180, scenario="augmentation", end=TODAY)
    threads: list[str] = []

    def loader(data_dir: Path, zone: str, today: dt.date) -> Any:
        threads.append(threading.current_thread().name)
        return load_insights(data_dir, zone, today)

    tab = make_tab(insights_loader=loader)
    assert threads and threads[0] != threading.main_thread().name  # off the GUI thread
    page = tab.insights
    assert page.findings is not None
    cards = {card.finding.kind: card for card in page.cards}
    warning = cards["possible_augmentation"]
    assert warning.title.text() == "⚠ Possible augmentation — talk to your doctor"
    assert warning.property("attention") is True
    message = warning.message.text()
    assert "earlier" in message and "n = " in message
    assert message.endswith("do not raise the dose yourself.")
    assert warning.when.text().endswith("24 Mar 2026")  # the current window ends at the last night
    order = [
        page.body_layout.itemAt(i).widget().objectName()
        for i in range(page.body_layout.count())
        if page.body_layout.itemAt(i).widget() is not None
    ]
    headings = [name for name in order if name.startswith("section_")]
    assert headings == [f"section_{s}" for s in SECTIONS]
    assert "section_lifestyle" not in order  # lifestyle belongs to the Tips tab
    first_card = order.index("insightCard")
    assert order[first_card - 1] == "section_augmentation"
    assert page.status.text().startswith(f"{len(page.cards)} findings from your diary")


def test_an_empty_diary_says_plainly_that_there_is_not_enough_data(
    qtbot: Any, make_tab: MakeTab
) -> None:
    tab = make_tab()
    page = tab.insights
    assert page.cards == []
    for section in SECTIONS:
        (empty,) = [
            page.body_layout.itemAt(i).widget()
            for i in range(page.body_layout.count())
            if page.body_layout.itemAt(i).widget() is not None
            and page.body_layout.itemAt(i).widget().objectName() == f"empty_{section}"
        ]
        assert empty.text() == EMPTY_TEXTS[section]
    assert EMPTY_TEXTS["treatment_effects"].startswith("Not enough data")
    assert page.status.text() == "0 findings from your diary (as of 24 Mar 2026)."


def test_not_enough_data_findings_are_cards_with_a_plain_title(
    qtbot: Any, make_tab: MakeTab
) -> None:
    finding = Finding(
        "not_enough_data",
        "Treatment effect of pramipexole: not enough data yet. Discuss this with your doctor.",
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 2, 1),
    )
    tab = make_tab(insights_loader=lambda *_: {"treatment_effects": [finding]})
    (card,) = tab.insights.cards
    assert isinstance(card, InsightCard)
    assert card.title.text() == "Not enough data yet"
    assert card.when.text() == "1 Jan 2026 – 1 Feb 2026"
    assert card.property("attention") is False


def test_a_failed_calculation_is_reported_and_can_be_retried(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    calls: list[int] = []

    def flaky(data_dir: Path, zone: str, today: dt.date) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise ValueError("the diary file could not be read")
        return {}

    failures: list[str] = []
    stack = QUndoStack()
    tab = TreatmentTab(diary, stack, today=lambda: TODAY, insights_loader=flaky)
    qtbot.addWidget(tab)
    tab.insights.failed.connect(failures.append)  # connected before any event is processed
    qtbot.waitUntil(lambda: bool(failures))
    assert failures == ["The insights could not be calculated: the diary file could not be read"]
    assert tab.insights.status.text() == failures[0]
    assert tab.insights.refresh_button.isEnabled()
    with qtbot.waitSignal(tab.insights.ready):
        tab.insights.refresh_button.click()
    assert tab.insights.cards == []
    tab.shutdown()


def test_only_the_newest_request_fills_the_cards(qtbot: Any, make_tab: MakeTab) -> None:
    answers = iter(
        [
            {},  # the first load, from the constructor
            {"iron": [Finding("iron_test_overdue", "old")]},
            {"iron": [Finding("iron_test_overdue", "new")]},
        ]
    )
    tab = make_tab(insights_loader=lambda *_: next(answers))
    ready: list[int] = []
    tab.insights.ready.connect(lambda: ready.append(1))
    tab.insights.refresh()
    tab.insights.refresh()
    wait_insights(qtbot, tab)
    assert [card.finding.message for card in tab.insights.cards] in (["new"], ["old"])
    # the pool runs one task at a time, and a task that is no longer the newest skips its work
    assert ready == [1]
