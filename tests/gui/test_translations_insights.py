"""The insight cards of the Treatment tab in German (and unchanged in English).

The engine writes its messages in English; the cards show them through
:func:`rls_diary.ui.problem_text.finding_text`, which translates their templates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import treatment_helpers
from treatment_helpers import TODAY

from rls_diary.domain.insights.finding import Figure, Finding, Text
from rls_diary.services.demo import create_demo
from rls_diary.services.diary import Diary
from rls_diary.ui.insight_text import finding_text
from rls_diary.ui.treatment.tab import TreatmentTab

MakeTab = Callable[..., TreatmentTab]

# the shared fixtures of the Treatment tests
errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


def _cards(make_tab: MakeTab, diary: Diary) -> dict[str, Any]:
    create_demo(diary, nights=180, scenario="augmentation", end=TODAY)
    tab = make_tab()
    assert tab.insights.findings is not None
    return {card.finding.kind: card for card in tab.insights.cards}


def test_the_augmentation_warning_speaks_german(
    german: str, make_tab: MakeTab, diary: Diary
) -> None:
    card = _cards(make_tab, diary)["possible_augmentation"]
    message = card.message.text()
    assert message.startswith("Seit Beginn von ")
    assert "beginnen die Beschwerden" in message and "früher" in message
    assert "gegenüber" in message and "n = " in message
    assert message.endswith(
        "Mögliche Augmentation – sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt; "
        "erhöhen Sie die Dosis nicht selbst."
    )
    assert message != card.finding.message
    assert card.accessibleDescription() == message
    assert re.search(r"\d{4}-\d{2}-\d{2}", card.finding.message)  # the engine's ISO dates
    assert not re.search(r"\d{4}-\d{2}-\d{2}", message)  # German dates: "5. Apr. 2026"
    assert re.search(r"\b\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+\.? \d{4}\b", message)
    assert card.title.text() == (
        "⚠ Mögliche Augmentation – sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt"
    )


def test_every_card_speaks_german(german: str, make_tab: MakeTab, diary: Diary) -> None:
    cards = _cards(make_tab, diary)
    assert len(cards) >= 2
    for card in cards.values():
        text = card.message.text()
        assert text != card.finding.message, text
        assert " the " not in text and "doctor" not in text, text
        assert "doctor" not in card.title.text() and card.title.text() != card.finding.kind


def test_english_cards_show_the_engine_message(make_tab: MakeTab, diary: Diary) -> None:
    cards = _cards(make_tab, diary)
    for card in cards.values():
        assert card.message.text() == card.finding.message
    assert cards["possible_augmentation"].title.text() == (
        "⚠ Possible augmentation — talk to your doctor"
    )
    assert (
        cards["possible_augmentation"]
        .message.text()
        .endswith("Possible augmentation — talk to your doctor; do not raise the dose yourself.")
    )


def test_figures_use_the_window_decimal_sign(german: str) -> None:
    text = Text.of("TSAT {value} %", value=Figure("12.5"))
    finding = Finding.of("iron_low", text, {})
    assert finding.message == "TSAT 12.5 %"
    assert finding_text(finding) == "TSAT 12,5 %"


def test_a_finding_without_template_or_with_a_bad_translation_shows_english(
    german: str,
) -> None:
    assert finding_text(Finding("x", "Plain English.")) == "Plain English."
    broken = Finding("x", "Hello", template="{missing}", values=())
    assert finding_text(broken) == "Hello"
