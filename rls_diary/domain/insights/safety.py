"""Safety items (DESIGN §6): crisis numbers after severe low mood, and the monthly check-in
about impulse-control problems and sudden sleepiness while a dopamine agonist is taken.

* Crisis numbers: when a night among the last 7 calendar nights of the diary (ending at its
  last night) has low_mood 4, one finding dated at the latest such night shows the user's
  crisis numbers (setting ``crisis_numbers``) or says where to turn when none are set.
* Check-in: for each ``dopamine_agonist`` episode running on ``today``, one finding dated at
  the latest monthly anniversary of its start (the start itself in the first month).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from rls_diary.domain.episodes import Episode
from rls_diary.domain.insights import series
from rls_diary.domain.insights.finding import (
    Finding,
    Text,
    day_text,
)
from rls_diary.domain.night import Night
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

CRISIS_NUMBERS_KEY: Final = "crisis_numbers"
SEVERE_LOW_MOOD: Final = 4
RECENT_NIGHTS: Final = 7

CRISIS_NUMBERS: Final = "crisis_numbers"
CHECK_IN: Final = "agonist_check_in"

# -- the templates of the messages -----------------------------------------------------------
_YOUR_NUMBERS: Final = QT_TRANSLATE_NOOP("insights", "your crisis numbers: {numbers}")
_CRISIS_LINE: Final = QT_TRANSLATE_NOOP(
    "insights",
    "a crisis line or the emergency service (you can keep their numbers in the diary)",
)
_CRISIS: Final = QT_TRANSLATE_NOOP(
    "insights",
    "You recorded very low mood (4 of 4) on {count} of the last {nights} nights, the latest "
    "on {date}. RLS is linked with low mood. If you have thoughts of harming yourself, get "
    "help now — {where}. Please also tell your doctor how you feel.",
)
_CHECK_IN: Final = QT_TRANSLATE_NOOP(
    "insights",
    "Monthly check-in while taking {name} (since {start}): have you noticed new urges that "
    "are hard to resist (gambling, shopping, eating, sex) or suddenly falling asleep during "
    "the day, for example while driving? These can be side effects of dopamine agonists. If "
    "so, tell your doctor soon, and do not stop or change the medicine on your own.",
)


def safety_findings(
    nights: Iterable[Night],
    episodes: Sequence[Episode],
    settings: Mapping[str, str],
    today: dt.date,
) -> list[Finding]:
    """The crisis-numbers finding (if it applies), then the agonist check-ins."""
    found = []
    crisis = crisis_finding(nights, settings)
    if crisis is not None:
        found.append(crisis)
    found.extend(check_ins(episodes, today))
    return found


def crisis_finding(nights: Iterable[Night], settings: Mapping[str, str]) -> Finding | None:
    """Crisis numbers when low mood was 4 on one of the diary's last 7 nights."""
    table = series.by_date(nights)
    if not table:
        return None
    recent = series.entries(table, *series.window_ending(max(table), RECENT_NIGHTS))
    severe = [n.date for n in recent if n.low_mood == SEVERE_LOW_MOOD]
    if not severe:
        return None
    numbers_text = (settings.get(CRISIS_NUMBERS_KEY) or "").strip()
    where = Text.of(_YOUR_NUMBERS, numbers=numbers_text) if numbers_text else Text(_CRISIS_LINE)
    message = Text.of(
        _CRISIS,
        count=str(len(severe)),
        nights=str(RECENT_NIGHTS),
        date=day_text(severe[-1]),
        where=where,
    )
    numbers = {
        "days": len(severe),
        "of_entries": RECENT_NIGHTS,
        "dates": severe,
        "crisis_numbers": numbers_text or None,
    }
    return Finding.of(CRISIS_NUMBERS, message, numbers, date=severe[-1])


def check_ins(episodes: Sequence[Episode], today: dt.date) -> list[Finding]:
    """A check-in for each dopamine agonist episode running on ``today``."""
    found = []
    for episode in episodes:
        if episode.drug_class != "dopamine_agonist" or not episode.covers_day(today):
            continue
        months = _whole_months(episode.start, today)
        due = series.add_months(episode.start, months)
        message = Text.of(_CHECK_IN, name=episode.name, start=day_text(episode.start))
        numbers = {
            "episode": episode.name,
            "episode_start": episode.start,
            "months_on_treatment": months,
            "next_check_in": series.add_months(episode.start, months + 1),
        }
        found.append(Finding.of(CHECK_IN, message, numbers, date=due))
    return found


def _whole_months(start: dt.date, day: dt.date) -> int:
    """Complete months from ``start`` to ``day`` (0 in the first month)."""
    months = (day.year - start.year) * 12 + day.month - start.month
    while months > 0 and series.add_months(start, months) > day:
        months -= 1
    return max(months, 0)
