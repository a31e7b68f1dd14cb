"""A finding of the insights engine (DESIGN §5 ``insights --json``, §6) and its wording.

Every finding carries its figures and n in ``numbers`` and in plain words in ``message``, its
dates (``start``/``end`` of a period, or one ``date``), and a message that ends by pointing to
the doctor. The engine informs; it never diagnoses and never advises a dose.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

DOCTOR: Final = "Discuss this with your doctor."
NOT_ENOUGH_DATA: Final = "not_enough_data"
AUGMENTATION_WARNING: Final = (
    "Possible augmentation — talk to your doctor; do not raise the dose yourself."
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One insight. ``start``/``end`` give a period, ``date`` a single day (or neither)."""

    kind: str
    message: str
    numbers: Mapping[str, Any] = field(default_factory=dict)
    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None


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


def day_text(day: dt.date) -> str:
    return day.isoformat()


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 night``, ``2 nights``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
