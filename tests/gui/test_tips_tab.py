"""The Lifestyle tips tab driven through its widgets: "Your diary says" with the numbers of
``insights --json``, tips ranked by the diary, search, the notice and the crisis numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rls_diary.domain.insights.safety import CRISIS_NUMBERS_KEY
from rls_diary.domain.night import Night
from rls_diary.domain.notices import NOTICE_PARAGRAPHS
from rls_diary.services.diary import Diary
from rls_diary.services.insights import diary_insights_report
from rls_diary.services.tips import load_tips, tips_report
from rls_diary.storage import nights as night_store
from rls_diary.storage import records
from rls_diary.ui.tips import TipsTab
from rls_diary.ui.tips.widgets import NO_NIGHTS

ZONE = "Europe/Berlin"
D0 = dt.date(2024, 3, 1)
DEFAULT = [tip.id for tip in load_tips()]


def store(diary: Diary, nights: Iterable[Night]) -> None:
    with diary.transaction() as conn:
        for night in nights:
            night_store.put(conn, night)


def caffeine_nights(with_caffeine: int = 12, without: int = 31, first: dt.date = D0) -> list[Night]:
    """Severity 6–7 after 3 caffeinated drinks, 3–4 after none."""
    values = [(3, 6 + i % 2) for i in range(with_caffeine)] + [
        (0, 3 + i % 2) for i in range(without)
    ]
    return [
        Night(
            date=first + dt.timedelta(days=i),
            timezone=ZONE,
            caffeine_drinks=drinks,
            rls_severity=severity,
        )
        for i, (drinks, severity) in enumerate(values)
    ]


@pytest.fixture
def make_tab(qtbot: Any, diary: Diary) -> Iterable[Callable[..., TipsTab]]:
    made: list[TipsTab] = []

    def make(on: Diary | None = None) -> TipsTab:
        tab = TipsTab(on or diary)
        made.append(tab)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitExposed(tab)
        wait_loaded(qtbot, tab)
        return tab

    yield make
    for tab in made:
        tab.shutdown()


def wait_loaded(qtbot: Any, tab: TipsTab) -> None:
    qtbot.waitUntil(lambda: tab.personal is not None, timeout=20_000)


def test_an_empty_diary_shows_the_tips_in_the_default_order(
    make_tab: Callable[..., TipsTab],
) -> None:
    tab = make_tab()
    assert tab.tip_ids() == DEFAULT
    assert tab.diary_panel.status.text() == NO_NIGHTS
    assert tab.diary_panel.row_texts() == []
    assert tab.count_label.text() == f"{len(DEFAULT)} tips"


def test_your_diary_says_the_numbers_of_insights(
    make_tab: Callable[..., TipsTab], diary: Diary
) -> None:
    store(diary, caffeine_nights())
    tab = make_tab()
    report = diary_insights_report(diary)["lifestyle"]
    rows = tab.diary_panel.row_texts()
    assert len(rows) == len(report) == 8
    for row, finding in zip(rows, report, strict=True):
        numbers = finding["numbers"]
        if finding["kind"] == "lifestyle_difference":
            assert f"On the {numbers['n_with']} nights after" in row
            assert f"on the {numbers['n_without']} nights without" in row
        else:
            needed = min(numbers["n_with"], numbers["n_without"])
            assert f"(n = {needed} of {numbers['needed']} needed)" in row
    caffeine = report[0]["numbers"]
    assert (caffeine["exposure"], caffeine["n_with"], caffeine["n_without"]) == (
        "caffeine_drinks",
        12,
        31,
    )
    assert rows[0].startswith("RLS severity was higher (worse) after 2 or more caffeinated")
    assert "6.5 of 10, vs 3 on the 31 nights without" in rows[0]
    assert "not a proof of cause" in tab.diary_panel.exploratory.text()
    # the tips follow the findings, in the same order as tips --json
    assert tab.tip_ids()[0] == "caffeine"
    assert tab.tip_ids() == [t["id"] for t in tips_report(diary)["tips"]]
    card = tab.cards["caffeine"]
    assert card.badge.isVisible() and "caffeine" in card.badge.text()
    assert not tab.cards["iron"].badge.isVisible()


def test_small_groups_say_not_enough_data_with_n(
    make_tab: Callable[..., TipsTab], diary: Diary
) -> None:
    store(diary, caffeine_nights(with_caffeine=7))
    tab = make_tab()
    rows = tab.diary_panel.row_texts()
    assert rows[0] == (
        "RLS severity after 2 or more caffeinated drinks: not enough data yet (n = 7 of 10 needed)"
    )
    assert tab.tip_ids()[:4] == ["caffeine", "alcohol", "nicotine", "exercise"]


def test_reload_reads_new_nights(
    qtbot: Any, make_tab: Callable[..., TipsTab], diary: Diary
) -> None:
    tab = make_tab()
    assert tab.tip_ids() == DEFAULT
    store(diary, caffeine_nights())
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.reload()
    assert tab.tip_ids()[0] == "caffeine"
    assert tab.diary_panel.row_texts()[0].startswith("RLS severity was higher")


def test_search_filters_the_tips(qtbot: Any, make_tab: Callable[..., TipsTab]) -> None:
    tab = make_tab()
    qtbot.keyClicks(tab.search, "metoclopramide")
    assert tab.visible_tip_ids() == ["medicines"]
    assert tab.count_label.text() == f"1 of {len(DEFAULT)} tips match"
    assert tab.cards["caffeine"].isHidden()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "IRON ferritin")  # every word, any case
    assert tab.visible_tip_ids() == ["iron"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "kidney")  # a topic or the text
    assert "pregnancy-kidney" in tab.visible_tip_ids()
    tab.search.clear()
    qtbot.keyClicks(tab.search, "xylophone")
    assert tab.visible_tip_ids() == []
    assert tab.no_match.isVisible() and "xylophone" in tab.no_match.text()
    tab.search.clear()
    assert tab.visible_tip_ids() == DEFAULT
    assert not tab.no_match.isVisible()


def test_sources_and_the_notice_are_shown_as_plain_text(
    make_tab: Callable[..., TipsTab],
) -> None:
    tab = make_tab()
    for tip in load_tips():
        card = tab.cards[tip.id]
        assert card.source.text() == f"Source: {tip.source}"
        assert card.text.text() == tip.text
    labels = tab.findChildren(QLabel)
    shown = [label.text() for label in labels]
    for paragraph in NOTICE_PARAGRAPHS:
        assert paragraph in shown
    for label in labels:  # nothing can open a link or a browser
        assert not label.openExternalLinks()
        assert label.textFormat() in (Qt.TextFormat.PlainText, Qt.TextFormat.AutoText)
        assert "http" not in label.text() and "<a " not in label.text()


def test_crisis_numbers_are_edited_and_saved_in_the_diary(
    qtbot: Any, make_tab: Callable[..., TipsTab], diary: Diary, data_dir: Path
) -> None:
    tab = make_tab()
    box = tab.crisis
    assert box.edit.toPlainText() == ""
    assert not box.save_button.isEnabled()
    box.edit.setFocus()
    qtbot.keyClicks(box.edit, "Crisis line: 0800 111 0 111")
    assert box.save_button.isEnabled()
    assert box.status.text() == "Not saved yet."
    with qtbot.waitSignal(tab.crisisNumbersSaved) as saved:
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["Crisis line: 0800 111 0 111"]
    assert records.load_settings(diary.conn)[CRISIS_NUMBERS_KEY] == "Crisis line: 0800 111 0 111"
    with Diary.open_reader(data_dir, ZONE) as reader:  # in the file, not just the connection
        assert records.load_settings(reader.conn)[CRISIS_NUMBERS_KEY].startswith("Crisis line")
    assert box.status.text() == "Saved in your diary."
    assert not box.save_button.isEnabled()
    # shown again in a new tab, offline, from the diary
    assert make_tab().crisis.edit.toPlainText() == "Crisis line: 0800 111 0 111"


def test_a_read_only_diary_shows_but_does_not_edit_crisis_numbers(
    make_tab: Callable[..., TipsTab], diary: Diary, data_dir: Path
) -> None:
    with diary.transaction() as conn:
        records.put_setting(conn, CRISIS_NUMBERS_KEY, "Emergency: 112")
    with Diary.open_reader(data_dir, ZONE) as reader:
        tab = make_tab(reader)
        assert tab.crisis.edit.toPlainText() == "Emergency: 112"
        assert tab.crisis.edit.isReadOnly()
        assert not tab.crisis.save_button.isEnabled()
        assert not tab.crisis.save()
        tab.shutdown()
