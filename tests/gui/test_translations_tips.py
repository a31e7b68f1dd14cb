"""The Lifestyle tips in the window's language: the tips' own texts and the "Your diary says"
sentences in German when the window speaks German, English otherwise (``tips --json`` stays
English: tests/cli/test_tips_cli.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.services.tips import load_tips
from rls_diary.storage import nights as night_store
from rls_diary.ui.tips import TipsTab

ZONE = "Europe/Berlin"
D0 = dt.date(2024, 3, 1)


def store_caffeine_nights(diary: Diary) -> None:
    """12 nights of severity 6–7 after 3 caffeinated drinks, 31 of 3–4 after none."""
    values = [(3, 6 + i % 2) for i in range(12)] + [(0, 3 + i % 2) for i in range(31)]
    with diary.transaction() as conn:
        for i, (drinks, severity) in enumerate(values):
            night_store.put(
                conn,
                Night(
                    date=D0 + dt.timedelta(days=i),
                    timezone=ZONE,
                    caffeine_drinks=drinks,
                    rls_severity=severity,
                ),
            )


@pytest.fixture
def make_tab(qtbot: QtBot, diary: Diary) -> Callable[[], TipsTab]:
    def make() -> TipsTab:
        tab = TipsTab(diary)
        qtbot.addWidget(tab, before_close_func=lambda widget: widget.shutdown())
        qtbot.waitUntil(lambda: tab.personal is not None, timeout=20_000)
        return tab

    return make


def test_the_tips_speak_german(
    german: str, qtbot: QtBot, make_tab: Callable[[], TipsTab], diary: Diary
) -> None:
    assert german == "de"
    store_caffeine_nights(diary)
    tab = make_tab()
    assert tab.language == "de"
    assert tab.tip_ids()[0] == "caffeine"  # ranked as in English
    card = tab.cards["caffeine"]
    assert card.title.text() == "Weniger Koffein"
    assert card.text.text().startswith("Koffein kann unruhige Beine verstärken.")
    assert "Wie gut ist das belegt?" in card.text.text()
    assert card.accessibleName() == "Weniger Koffein"
    english = {tip.id: tip for tip in load_tips()}
    for tip in load_tips("de"):
        shown = tab.cards[tip.id]
        assert (shown.title.text(), shown.text.text()) == (tip.title, tip.text)
        assert shown.title.text() != english[tip.id].title
        assert shown.source.text() == f"Quelle: {english[tip.id].source}"  # as written
    assert card.badge.text() == "Ihr Tagebuch: Koffein"
    rows = tab.diary_panel.row_texts()
    assert rows[0].startswith(
        "RLS-Stärke nach 2 oder mehr koffeinhaltigen Getränken: höher (schlechter)\n"
        "In den 12 Nächten nach 2 oder mehr koffeinhaltigen Getränken lag der Median Ihrer "
        "RLS-Stärke bei 6,5 von 10, gegenüber 3 in den 31 Nächten ohne"
    )
    assert any("noch nicht genug Daten (n = 0 von 10 nötigen)" in row for row in rows)
    # the search finds German words, and the English ones the placeholder suggests
    tab.search.setText("Dialyse")
    assert tab.visible_tip_ids() == ["pregnancy-kidney"]
    tab.search.setText("Kaffee")
    assert tab.visible_tip_ids() == ["caffeine"]
    tab.search.setText("coffee")
    assert tab.visible_tip_ids() == ["caffeine"]


def test_the_tips_stay_english(make_tab: Callable[[], TipsTab], diary: Diary) -> None:
    store_caffeine_nights(diary)
    tab = make_tab()
    assert tab.language == "en"
    card = tab.cards["caffeine"]
    assert card.title.text() == "Cut down on caffeine"
    assert "How strong is the evidence?" in card.text.text()
    for tip in load_tips():
        assert tab.cards[tip.id].title.text() == tip.title
        assert tab.cards[tip.id].text.text() == tip.text
    assert tab.diary_panel.row_texts()[0].startswith(
        "RLS severity was higher (worse) after 2 or more caffeinated drinks\n"
        "On the 12 nights after 2 or more caffeinated drinks your median RLS severity was 6.5"
    )
    tab.search.setText("Kaffee")
    assert tab.visible_tip_ids() == []
