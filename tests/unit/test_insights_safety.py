"""Safety items (DESIGN §6): crisis numbers after very low mood, and the monthly check-in
while a dopamine agonist episode runs."""

from __future__ import annotations

import datetime as dt

import pytest
from insight_builders import course, night, span

from rls_diary.domain.episodes import episodes
from rls_diary.domain.insights.safety import (
    CHECK_IN,
    CRISIS_NUMBERS,
    CRISIS_NUMBERS_KEY,
    safety_findings,
)
from rls_diary.domain.night import Night

LAST = dt.date(2024, 6, 30)
TODAY = dt.date(2024, 7, 1)


def moods(low_day: dt.date | None) -> list[Night]:
    return [night(d, 3, low_mood=4 if d == low_day else 1) for d in span(dt.date(2024, 6, 1), LAST)]


@pytest.mark.parametrize(
    ("low_day", "shown"),
    [(LAST, True), (LAST - dt.timedelta(6), True), (LAST - dt.timedelta(7), False), (None, False)],
)
def test_crisis_numbers_when_low_mood_is_four_in_the_last_seven_nights(
    low_day: dt.date | None, shown: bool
) -> None:
    settings = {CRISIS_NUMBERS_KEY: "Crisis line 0800 111 0 111"}
    found = safety_findings(moods(low_day), [], settings, TODAY)
    assert [f.kind for f in found] == ([CRISIS_NUMBERS] if shown else [])
    if shown:
        (finding,) = found
        assert finding.date == low_day
        assert "Crisis line 0800 111 0 111" in finding.message
        assert finding.numbers["crisis_numbers"] == "Crisis line 0800 111 0 111"
        assert finding.message.endswith("tell your doctor how you feel.")


def test_crisis_message_without_numbers_points_to_help() -> None:
    (finding,) = safety_findings(moods(LAST), [], {CRISIS_NUMBERS_KEY: "  "}, TODAY)
    assert "emergency service" in finding.message
    assert finding.numbers["crisis_numbers"] is None
    # the window is the last 7 calendar nights, however many of them were entered
    assert "on 1 of the last 7 nights, the latest on" in finding.message


@pytest.mark.parametrize(
    ("start", "today", "due", "months", "next_due"),
    [
        (dt.date(2024, 6, 15), dt.date(2024, 6, 20), dt.date(2024, 6, 15), 0, dt.date(2024, 7, 15)),
        (dt.date(2024, 1, 31), dt.date(2024, 3, 30), dt.date(2024, 2, 29), 1, dt.date(2024, 3, 31)),
        (dt.date(2024, 1, 31), dt.date(2024, 3, 31), dt.date(2024, 3, 31), 2, dt.date(2024, 4, 30)),
        (dt.date(2023, 3, 1), dt.date(2024, 7, 1), dt.date(2024, 7, 1), 16, dt.date(2024, 8, 1)),
    ],
)
def test_monthly_check_in_while_an_agonist_runs(
    start: dt.date, today: dt.date, due: dt.date, months: int, next_due: dt.date
) -> None:
    (finding,) = safety_findings([], episodes([course(start)]), {}, today)
    assert finding.kind == CHECK_IN
    assert finding.date == due
    assert finding.numbers["months_on_treatment"] == months
    assert finding.numbers["next_check_in"] == next_due
    assert "falling asleep" in finding.message and "urges" in finding.message
    assert "doctor" in finding.message


def test_no_check_in_for_other_drugs_or_stopped_agonists() -> None:
    stopped = episodes([course(dt.date(2024, 1, 1), dt.date(2024, 6, 30))])
    levodopa = episodes([course(dt.date(2024, 1, 1), name="levodopa", drug_class="levodopa")])
    future = episodes([course(dt.date(2024, 7, 2))])
    for running in (stopped, levodopa, future):
        assert safety_findings([], running, {}, TODAY) == []
    assert len(safety_findings([], stopped, {}, dt.date(2024, 6, 30))) == 1
