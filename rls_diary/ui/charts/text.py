"""Words and numbers on the charts (pure: no Qt), so they can be tested on their own.

The words are English, marked for translation in the ``charts`` context with
``QT_TRANSLATE_NOOP`` (here a plain function of that name, which lupdate finds: this module
loads no Qt). They are translated when shown, through :func:`word`
(:func:`rls_diary.ui.diary.text.translate`, which :func:`rls_diary.ui.i18n.install` points at
the installed catalogue). Hover lines (dates and
values) stay English.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any, Final

from rls_diary.domain.statistics import MIN_CORRELATION_N
from rls_diary.domain.translatable import QT_TRANSLATE_NOOP
from rls_diary.ui.diary.text import long_date, translate

CONTEXT: Final = "charts"  # the translation context of every marked text of the charts


def word(source: str) -> str:
    """A marked text of the ``charts`` context in the window's language."""
    return translate(CONTEXT, source)


MINUS: Final = "−"
NAMES: Final = {
    "rls_severity": QT_TRANSLATE_NOOP("charts", "RLS severity"),
    "sleep_quality": QT_TRANSLATE_NOOP("charts", "sleep quality"),
    "total_sleep_min": QT_TRANSLATE_NOOP("charts", "total sleep"),
    "sleep_efficiency_pct": QT_TRANSLATE_NOOP("charts", "sleep efficiency"),
    "rls_onset_min": QT_TRANSLATE_NOOP("charts", "symptoms began"),
    "tracked_sleep_min": QT_TRANSLATE_NOOP("charts", "sleep measured by a device or app"),
    "caffeine_drinks": QT_TRANSLATE_NOOP("charts", "caffeinated drinks"),
    "alcohol_drinks": QT_TRANSLATE_NOOP("charts", "alcoholic drinks"),
    "exercise_min": QT_TRANSLATE_NOOP("charts", "exercise"),
    "daytime_sleepiness": QT_TRANSLATE_NOOP("charts", "daytime sleepiness"),
    "low_mood": QT_TRANSLATE_NOOP("charts", "low mood"),
    "anxiety": QT_TRANSLATE_NOOP("charts", "anxiety"),
    "concentration_problems": QT_TRANSLATE_NOOP("charts", "concentration problems"),
}
# y-axis titles with units or scales
AXIS_TITLES: Final = {
    "rls_severity": QT_TRANSLATE_NOOP("charts", "RLS severity (0–10)"),
    "sleep_quality": QT_TRANSLATE_NOOP("charts", "Sleep quality (1–5)"),
    "total_sleep_min": QT_TRANSLATE_NOOP("charts", "Total sleep (h)"),
    "sleep_efficiency_pct": QT_TRANSLATE_NOOP("charts", "Sleep efficiency (%)"),
    "rls_onset_min": QT_TRANSLATE_NOOP("charts", "Symptoms began (clock)"),
    "daytime_sleepiness": QT_TRANSLATE_NOOP("charts", "Sleepiness (0–4)"),
    "low_mood": QT_TRANSLATE_NOOP("charts", "Low mood (0–4)"),
    "anxiety": QT_TRANSLATE_NOOP("charts", "Anxiety (0–4)"),
    "concentration_problems": QT_TRANSLATE_NOOP("charts", "Concentration problems (0–4)"),
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
    """ "Mon 4 Mar 2024" whatever the C locale; German "Mo. 4. März 2024" when the window
    speaks German (the Diary's date words)."""
    return long_date(day)


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
            return word(
                QT_TRANSLATE_NOOP("charts", "not enough data yet (n = {n} of {needed} needed)")
            ).format(n=n, needed=MIN_CORRELATION_N)
        return word(
            QT_TRANSLATE_NOOP("charts", "no association computed: {reason} (n = {n})")
        ).format(reason=reason, n=n)
    low, high = entry["ci95"]
    numbers = {"rho": number(entry["rho"]), "low": number(low), "high": number(high), "n": n}
    if compact:
        return word(
            QT_TRANSLATE_NOOP("charts", "ρ = {rho}, 95 % interval {low} to {high}, n = {n}")
        ).format(**numbers)
    return word(
        QT_TRANSLATE_NOOP("charts", "Spearman ρ = {rho} (95 % interval {low} to {high}), n = {n}")
    ).format(**numbers)


def pair_text(x: str, y: str, lag: int) -> str:
    """What an association compares, in plain words."""
    names = {"x": capital(word(NAMES[x])), "y": word(NAMES[y]), "lag": lag}
    if x in _DAY_BEFORE:
        if lag == 0:
            return word(QT_TRANSLATE_NOOP("charts", "{x} during the day → {y} that night")).format(
                **names
            )
        return word(QT_TRANSLATE_NOOP("charts", "{x} during the day → {y} the next night")).format(
            **names
        )
    if y in _NEXT_DAY:
        return word(QT_TRANSLATE_NOOP("charts", "{x} at night → {y} the next day")).format(**names)
    if lag == 0:
        return word(QT_TRANSLATE_NOOP("charts", "{x} → {y}, the same night")).format(**names)
    return word(QT_TRANSLATE_NOOP("charts", "{x} → {y}, {lag} nights later")).format(**names)


def direction_text(entry: Mapping[str, Any]) -> str:
    """ "higher together" / "one higher, the other lower", or "" when unclear."""
    interval = entry.get("ci95")
    if interval is None:
        return ""
    low, high = interval
    if low > 0:
        return word(QT_TRANSLATE_NOOP("charts", "tend to be higher together"))
    if high < 0:
        return word(QT_TRANSLATE_NOOP("charts", "when one is higher, the other tends to be lower"))
    return word(QT_TRANSLATE_NOOP("charts", "no clear association (the interval includes 0)"))
