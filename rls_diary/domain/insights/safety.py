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
from rls_diary.domain.insights.finding import Finding, day_text, plural
from rls_diary.domain.night import Night

CRISIS_NUMBERS_KEY: Final = "crisis_numbers"
SEVERE_LOW_MOOD: Final = 4
RECENT_NIGHTS: Final = 7

CRISIS_NUMBERS: Final = "crisis_numbers"
CHECK_IN: Final = "agonist_check_in"


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
    where = (
        f"your crisis numbers: {numbers_text}"
        if numbers_text
        else "a crisis line or the emergency service (you can keep their numbers in the diary)"
    )
    message = (
        f"You recorded very low mood (4 of 4) on {plural(len(severe), 'day')} of the last "
        f"{RECENT_NIGHTS} entries, the latest on {day_text(severe[-1])}. RLS is linked with "
        "low mood. If you have thoughts of harming yourself, get help now — "
        f"{where}. Please also tell your doctor how you feel."
    )
    numbers = {
        "days": len(severe),
        "of_entries": RECENT_NIGHTS,
        "dates": severe,
        "crisis_numbers": numbers_text or None,
    }
    return Finding(CRISIS_NUMBERS, message, numbers, date=severe[-1])


def check_ins(episodes: Sequence[Episode], today: dt.date) -> list[Finding]:
    """A check-in for each dopamine agonist episode running on ``today``."""
    found = []
    for episode in episodes:
        if episode.drug_class != "dopamine_agonist" or not episode.covers_day(today):
            continue
        months = _whole_months(episode.start, today)
        due = series.add_months(episode.start, months)
        message = (
            f"Monthly check-in while taking {episode.name} (since "
            f"{day_text(episode.start)}): have you noticed new urges that are hard to resist "
            "(gambling, shopping, eating, sex) or suddenly falling asleep during the day, for "
            "example while driving? These can be side effects of dopamine agonists. If so, "
            "tell your doctor soon, and do not stop or change the medicine on your own."
        )
        numbers = {
            "episode": episode.name,
            "episode_start": episode.start,
            "months_on_treatment": months,
            "next_check_in": series.add_months(episode.start, months + 1),
        }
        found.append(Finding(CHECK_IN, message, numbers, date=due))
    return found


def _whole_months(start: dt.date, day: dt.date) -> int:
    """Complete months from ``start`` to ``day`` (0 in the first month)."""
    months = (day.year - start.year) * 12 + day.month - start.month
    while months > 0 and series.add_months(start, months) > day:
        months -= 1
    return max(months, 0)
