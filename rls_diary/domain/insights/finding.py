"""A finding of the insights engine (DESIGN §5 ``insights --json``, §6) and its wording.

Every finding carries its figures and n in ``numbers`` and in plain words in ``message``, its
dates (``start``/``end`` of a period, or one ``date``), and a message that ends by pointing to
the doctor. The engine informs; it never diagnoses and never advises a dose.

Messages are English (the CLI and the report print them as they are). Each is built from a
:class:`Text`: a template with named placeholders, marked for translation in the ``insights``
context with ``QT_TRANSLATE_NOOP`` (here a plain function of that name, which lupdate finds:
the domain loads no Qt), and its values — plain text (dates, names the user typed), a
:class:`Figure` (a number, whose decimal point the window may write its own way), or another
:class:`Text` (a marked piece: a word, a counted noun, a clause). A :class:`Finding` keeps the
template and values of its message, so the window can show it in its language
(:func:`rls_diary.ui.problem_text.finding_text`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, TypeAlias

from rls_diary.domain.translatable import QT_TRANSLATE_NOOP

CONTEXT: Final = "insights"  # the translation context of every template of the insights


DOCTOR: Final = QT_TRANSLATE_NOOP("insights", "Discuss this with your doctor.")
NOT_ENOUGH_DATA: Final = "not_enough_data"
AUGMENTATION_WARNING: Final = QT_TRANSLATE_NOOP(
    "insights", "Possible augmentation — talk to your doctor; do not raise the dose yourself."
)
INTERVAL: Final = QT_TRANSLATE_NOOP("insights", "95 % interval {low} to {high}")
BOTH: Final = QT_TRANSLATE_NOOP("insights", "{first} and {second}")
NIGHT: Final = (
    QT_TRANSLATE_NOOP("insights", "{count} night"),
    QT_TRANSLATE_NOOP("insights", "{count} nights"),
)
WEEK: Final = (
    QT_TRANSLATE_NOOP("insights", "{count} week"),
    QT_TRANSLATE_NOOP("insights", "{count} weeks"),
)
DAY: Final = (
    QT_TRANSLATE_NOOP("insights", "{count} day"),
    QT_TRANSLATE_NOOP("insights", "{count} days"),
)

Value: TypeAlias = "str | Figure | Day | Text | Joined"
Values: TypeAlias = "tuple[tuple[str, Value], ...]"  # a template's values, by placeholder name
Translate: TypeAlias = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as a sentence writes it in English (``4.5``, ``−1``, ``4.5 h``)."""

    text: str


@dataclass(frozen=True, slots=True)
class Day:
    """A date in a sentence: ISO in English (``2026-04-05``), as the language writes it in
    another (German ``5. Apr. 2026``)."""

    date: dt.date


@dataclass(frozen=True, slots=True)
class Text:
    """A marked ``template`` and its ``values``; ``capitalize``: its first letter upper case."""

    template: str
    values: Values = ()
    capitalize: bool = False

    @classmethod
    def of(cls, template: str, /, **values: Value) -> Text:
        return cls(template, tuple(values.items()))

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True, slots=True)
class Joined:
    """``items`` written one after the other with ``separator`` between them."""

    separator: str
    items: tuple[Value, ...]


def _same(text: str) -> str:
    return text


def _iso(day: dt.date) -> str:
    return day.isoformat()


def render(
    value: Value,
    translate: Translate = _same,
    figure: Translate = _same,
    days: Callable[[dt.date], str] = _iso,
) -> str:
    """``value`` as text: its templates passed through ``translate`` (the English ones as they
    are by default) and filled, its figures through ``figure``, its dates through ``days``."""
    if isinstance(value, str):
        return value
    if isinstance(value, Figure):
        return figure(value.text)
    if isinstance(value, Day):
        return days(value.date)
    if isinstance(value, Joined):
        return value.separator.join(render(item, translate, figure, days) for item in value.items)
    filled = {name: render(item, translate, figure, days) for name, item in value.values}
    text = translate(value.template).format(**filled)
    return text[:1].upper() + text[1:] if value.capitalize else text


@dataclass(frozen=True, slots=True)
class Finding:
    """One insight. ``start``/``end`` give a period, ``date`` a single day (or neither)."""

    kind: str
    message: str
    numbers: Mapping[str, Any] = field(default_factory=dict)
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    # How ``message`` was made (for translation): its template and values; "" for a message
    # made otherwise. Not compared: a finding is what it says.
    template: str = field(default="", compare=False)
    values: Values = field(default=(), compare=False)

    @classmethod
    def of(
        cls,
        kind: str,
        text: Text,
        numbers: Mapping[str, Any],
        *,
        date: dt.date | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> Finding:
        """The finding whose message is ``text`` in English."""
        return cls(kind, render(text), numbers, date, start, end, text.template, text.values)


def number_text(value: float, decimals: int = 1) -> str:
    """A figure for a sentence: at most ``decimals`` decimals, no trailing ``.0``."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def signed_text(value: float, decimals: int = 1) -> str:
    """A change with its sign (+2, −1.5, 0)."""
    text = number_text(value, decimals)
    if text == "0":
        return text
    return f"+{text}" if value > 0 else text.replace("-", "−")


def interval_text(interval: tuple[float, float] | None, decimals: int = 1) -> str:
    """``95 % interval a to b``, or an empty text when there is no interval."""
    if interval is None:
        return ""
    low, high = interval
    return f"95 % interval {signed_text(low, decimals)} to {signed_text(high, decimals)}"


def clock_text(minutes: float) -> str:
    """A position in minutes relative to midnight as a wall-clock time (−150 → 21:30)."""
    whole = math.floor(minutes + 0.5) % 1440
    return f"{whole // 60:02d}:{whole % 60:02d}"


def hours_text(minutes: float) -> str:
    """Minutes as hours for a sentence (270 → ``4.5 h``)."""
    return f"{number_text(minutes / 60)} h"


def day_text(day: dt.date) -> Day:
    """A date for a sentence (see :class:`Day`)."""
    return Day(day)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 night``, ``2 nights``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def figure(value: float, decimals: int = 1) -> Figure:
    """:func:`number_text` as a :class:`Figure`."""
    return Figure(number_text(value, decimals))


def signed_figure(value: float, decimals: int = 1) -> Figure:
    """:func:`signed_text` as a :class:`Figure`."""
    return Figure(signed_text(value, decimals))


def hours_figure(minutes: float) -> Figure:
    """:func:`hours_text` as a :class:`Figure`."""
    return Figure(hours_text(minutes))


def interval_piece(interval: tuple[float, float] | None, decimals: int = 1) -> Text | None:
    """:func:`interval_text` as a :class:`Text` (``None`` when there is no interval)."""
    if interval is None:
        return None
    low, high = interval
    return Text.of(INTERVAL, low=signed_figure(low, decimals), high=signed_figure(high, decimals))


def counted(count: int, forms: tuple[str, str]) -> Text:
    """``1 night``, ``2 nights``: ``forms`` is the marked (one, many) pair, like :data:`NIGHT`."""
    return Text.of(forms[0] if count == 1 else forms[1], count=str(count))


def both(items: tuple[Value, ...]) -> Value:
    """One item as it is, two joined with "and" (none: an empty text)."""
    if len(items) <= 1:
        return items[0] if items else ""
    assert len(items) == 2
    return Text.of(BOTH, first=items[0], second=items[1])


def translated_text(
    finding: Finding,
    translate: Callable[[str, str], str],
    decimal: str,
    days: Callable[[dt.date], str] = _iso,
) -> str:
    """The message of ``finding`` in another language: its templates passed through
    ``translate(context, source)`` (context :data:`CONTEXT`), its figures written with the
    ``decimal`` sign, its dates by ``days``. A finding without a template, or one whose
    translation does not fit its values (a placeholder too many), gives its English
    ``message``."""
    if not finding.template:
        return finding.message

    def in_language(template: str) -> str:
        return translate(CONTEXT, template)

    def figure(text: str) -> str:
        return text.replace(".", decimal)

    try:
        return render(Text(finding.template, finding.values), in_language, figure, days)
    except (KeyError, IndexError, ValueError):  # a translation with a placeholder too many
        return finding.message
