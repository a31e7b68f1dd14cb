"""Every insight message is made from a marked template: the finding keeps the template and
its values, which render back to the English message exactly (the window translates them,
see tests/gui/test_translations_insights.py)."""

from __future__ import annotations

import datetime as dt
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from insight_builders import course, days, night

from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights import finding as F
from rls_diary.domain.insights.finding import Figure, Finding, Joined, Text, render
from rls_diary.domain.insights.iron import lab_finding, overdue_reminder
from rls_diary.domain.insights.lifestyle import lifestyle_findings
from rls_diary.domain.insights.remission import remission_findings
from rls_diary.domain.insights.safety import check_ins, crisis_finding
from rls_diary.domain.records import Lab
from rls_diary.services.demo import SCENARIOS, create_demo
from rls_diary.services.diary import Diary
from rls_diary.services.insights import compute_insights

CATALOGUE = Path(__file__).parents[2] / "rls_diary/resources/translations/rls_diary_de.ts"
START = dt.date(2024, 1, 1)
TODAY = dt.date(2025, 3, 1)


def _pieces(value: F.Value) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
        for _, item in value.values:
            yield from _pieces(item)
    elif isinstance(value, Joined):
        for item in value.items:
            yield from _pieces(item)


def _marked() -> dict[str, str]:
    root = ET.parse(CATALOGUE).getroot()
    return {
        message.findtext("source") or "": message.findtext("translation") or ""
        for context in root.iter("context")
        if context.findtext("name") == "insights"
        for message in context.iter("message")
    }


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def check(found: list[Finding]) -> None:
    """Each finding renders from its template and values; every piece is marked."""
    assert found
    marked = _marked()
    for finding in found:
        assert finding.template, finding.message
        whole = Text(finding.template, finding.values)
        assert render(whole) == finding.message
        for piece in _pieces(whole):
            assert piece.template in marked, piece.template
            assert _names(piece.template) == {name for name, _ in piece.values}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_demo_diaries_findings_keep_their_templates(scenario: str, tmp_path: Path) -> None:
    with Diary.open_writer(tmp_path / scenario, "UTC", "tests") as diary:
        create_demo(diary, nights=180, scenario=scenario, end=TODAY)
        sections = compute_insights(diary.nights(), diary.contents(), TODAY, "UTC")
    found = [finding for section in sections.values() for finding in section]
    check(found)
    if scenario == "augmentation":
        assert "possible_augmentation" in {f.kind for f in found}


def test_the_iron_findings_keep_their_templates() -> None:
    infusion = dt.date(2024, 5, 1)
    found = [
        lab_finding(Lab(dt.date(2024, 5, 20), 60.0, 15.0), None, False),
        lab_finding(Lab(dt.date(2024, 5, 20), 90.0), infusion, False),
        lab_finding(Lab(dt.date(2024, 5, 20), 300.0), infusion, False),
        lab_finding(Lab(dt.date(2024, 5, 20), None, 12.5), infusion, True),
        overdue_reminder([], [night(d, 3) for d in days(START, 5)], dt.date(2024, 2, 1)),
        overdue_reminder(
            [Lab(dt.date(2022, 1, 1), 40.0)], [night(dt.date(2024, 1, 5), 3)], dt.date(2024, 2, 1)
        ),
    ]
    check([f for f in found if f is not None])
    assert len([f for f in found if f is not None]) == 6


def test_the_safety_and_remission_findings_keep_their_templates() -> None:
    nights = [night(d, 2, low_mood=4) for d in days(START, 3)]
    crisis = [crisis_finding(nights, {}), crisis_finding(nights, {"crisis_numbers": "112"})]
    checks = check_ins(episodes([course(START)]), dt.date(2024, 3, 5))
    quiet = [night(d, 0) for d in days(START, 30)] + [
        night(d, 3) for d in days(START + dt.timedelta(days=30), 7)
    ]
    remission = remission_findings(quiet, episodes([course(START)]))
    remission += remission_findings(quiet[:30], [])
    check([f for f in crisis if f is not None] + checks + remission)
    assert {f.kind for f in remission} == {"remission", "recurrence"}


def test_lifestyle_entries_without_enough_data_keep_their_templates() -> None:
    found = lifestyle_findings([night(d, 2, caffeine_drinks=2) for d in days(START, 3)])
    check(found)
    assert found[0].message.startswith("RLS severity after 2 or more caffeinated drinks vs none")


def test_pieces_render_words_figures_and_lists() -> None:
    text = Text.of(
        "{a}: {b}; {c}",
        a=Text("none", capitalize=True),
        b=F.counted(2, F.NIGHT),
        c=Joined("; ", (Figure("1.5"), F.both((Text(F.BOTH, (("first", "x"), ("second", "y"))),)))),
    )
    assert render(text) == "None: 2 nights; 1.5; x and y"
    words = {"none": "keine", "{count} nights": "{count} Nächte", F.BOTH: "{first} und {second}"}
    german = render(text, lambda t: words.get(t, t), lambda t: t.replace(".", ","))
    assert german == "Keine: 2 Nächte; 1,5; x und y"


@pytest.mark.parametrize(("count", "expected"), [(1, "1 week"), (3, "3 weeks")])
def test_counted_nouns(count: int, expected: str) -> None:
    assert render(F.counted(count, F.WEEK)) == expected
