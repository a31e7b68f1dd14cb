"""Words and numbers on the charts (pure: no Qt), so they can be tested on their own."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any, Final

from rls_diary.domain.statistics import MIN_CORRELATION_N

MINUS: Final = "−"
NAMES: Final = {
    "rls_severity": "RLS severity",
    "sleep_quality": "sleep quality",
    "total_sleep_min": "total sleep",
    "sleep_efficiency_pct": "sleep efficiency",
    "rls_onset_min": "symptoms began",
    "tracked_sleep_min": "sleep measured by a device or app",
    "caffeine_drinks": "caffeinated drinks",
    "alcohol_drinks": "alcoholic drinks",
    "exercise_min": "exercise",
    "daytime_sleepiness": "daytime sleepiness",
    "low_mood": "low mood",
    "anxiety": "anxiety",
    "concentration_problems": "concentration problems",
}
# y-axis titles with units or scales
AXIS_TITLES: Final = {
    "rls_severity": "RLS severity (0–10)",
    "sleep_quality": "Sleep quality (1–5)",
    "total_sleep_min": "Total sleep (h)",
    "sleep_efficiency_pct": "Sleep efficiency (%)",
    "rls_onset_min": "Symptoms began (clock)",
    "daytime_sleepiness": "Sleepiness (0–4)",
    "low_mood": "Low mood (0–4)",
    "anxiety": "Anxiety (0–4)",
    "concentration_problems": "Concentration problems (0–4)",
}
_DAY_BEFORE: Final = frozenset({"caffeine_drinks", "alcohol_drinks", "exercise_min"})
_NEXT_DAY: Final = frozenset(
    {"daytime_sleepiness", "low_mood", "anxiety", "concentration_problems"}
)


def capital(text: str) -> str:
    """The first letter in upper case, the rest as it is ("RLS severity" stays)."""
    return text[:1].upper() + text[1:]


def number(value: float, decimals: int = 2) -> str:
    """``value`` rounded, with a true minus sign (−0.00 is written 0.00)."""
    text = f"{value:.{decimals}f}"
    if text.startswith("-"):
        text = text[1:] if float(text) == 0 else MINUS + text[1:]
    return text


def clock_text(minutes: float) -> str:
    """Minutes relative to midnight as a clock time: −150 → "21:30", 120 → "02:00",
    −780 → "11:00" (the morning before)."""
    whole = round(minutes)
    return f"{(whole // 60) % 24:02d}:{whole % 60:02d}"


def duration_text(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60} h {whole % 60:02d} min"


def date_text(day: dt.date) -> str:
    """ "Mon 4 Mar 2024" (English, whatever the locale, like the rest of the app)."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def value_text(name: str, value: float) -> str:
    if name in ("total_sleep_min", "tracked_sleep_min"):
        return duration_text(value)
    if name == "sleep_efficiency_pct":
        return f"{value:.1f} %"
    if name == "rls_onset_min":
        return clock_text(value) + (" the morning before" if value < -720 else "")
    if name == "exercise_min":
        return f"{value:g} min"
    return f"{value:g}"


def night_text(
    day: dt.date,
    values: Mapping[str, float],
    recorded: bool,
    names: Mapping[str, str] | None = None,
) -> str:
    """The hover line of one night: its date and the values it holds (``names`` renames a
    value, e.g. tracked sleep after its source)."""
    if not recorded:
        return f"{date_text(day)}: no entry"
    shown = [
        f"{(names or {}).get(name, NAMES[name])} {value_text(name, value)}"
        for name, value in values.items()
        if not math.isnan(value)
    ]
    return f"{date_text(day)}: " + (" · ".join(shown) if shown else "nothing charted recorded")


def correlation_text(entry: Mapping[str, Any], compact: bool = False) -> str:
    """rho, its 95 % interval and n — or why there is no number. ``compact`` fits a small
    plot's title."""
    n = entry["n"]
    if entry.get("rho") is None or entry.get("ci95") is None:
        reason = str(entry.get("reason") or "")
        if reason.startswith("not enough data") or n < MIN_CORRELATION_N:
            return f"not enough data yet (n = {n} of {MIN_CORRELATION_N} needed)"
        return f"no association computed: {reason} (n = {n})"
    low, high = entry["ci95"]
    if compact:
        return f"ρ = {number(entry['rho'])}, 95 % interval {number(low)} to {number(high)}, n = {n}"
    return (
        f"Spearman ρ = {number(entry['rho'])} "
        f"(95 % interval {number(low)} to {number(high)}), n = {n}"
    )


def pair_text(x: str, y: str, lag: int) -> str:
    """What an association compares, in plain words."""
    if x in _DAY_BEFORE:
        when = "that night" if lag == 0 else "the next night"
        return f"{capital(NAMES[x])} during the day → {NAMES[y]} {when}"
    if y in _NEXT_DAY:
        return f"{capital(NAMES[x])} at night → {NAMES[y]} the next day"
    when = "the same night" if lag == 0 else f"{lag} nights later"
    return f"{capital(NAMES[x])} → {NAMES[y]}, {when}"


def direction_text(entry: Mapping[str, Any]) -> str:
    """ "higher together" / "one higher, the other lower", or "" when unclear."""
    interval = entry.get("ci95")
    if interval is None:
        return ""
    low, high = interval
    if low > 0:
        return "tend to be higher together"
    if high < 0:
        return "when one is higher, the other tends to be lower"
    return "no clear association (the interval includes 0)"
