"""Other apps' exports (DESIGN §4.1): one module per format, each with ``NAME``, ``TITLE``,
``looks_like(data)`` (recognition by content) and ``read(data, filename, zone)`` (the sleep
records, or the problems that make the file unreadable). :mod:`.common` maps records to diary
entries and :mod:`.filling` fills a night's blanks from an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.foreign import fitbit, plees_tracker, sleep_as_android, sleepmeter
from rls_diary.domain.foreign.common import ForeignRead


@dataclass(frozen=True, slots=True)
class ForeignFormat:
    name: str  # as given to ``--format``
    title: str  # as shown to the user
    looks_like: Callable[[bytes], bool]
    read: Callable[[bytes, str, str], ForeignRead]


FOREIGN_FORMATS: Final[tuple[ForeignFormat, ...]] = (
    ForeignFormat(
        sleep_as_android.NAME,
        sleep_as_android.TITLE,
        sleep_as_android.looks_like,
        sleep_as_android.read,
    ),
    ForeignFormat(
        plees_tracker.NAME, plees_tracker.TITLE, plees_tracker.looks_like, plees_tracker.read
    ),
    ForeignFormat(sleepmeter.NAME, sleepmeter.TITLE, sleepmeter.looks_like, sleepmeter.read),
    ForeignFormat(fitbit.NAME, fitbit.TITLE, fitbit.looks_like, fitbit.read),
)
BY_NAME: Final = {f.name: f for f in FOREIGN_FORMATS}


def detect(data: bytes) -> ForeignFormat | None:
    """The foreign format ``data`` is in, judged by its content; ``None`` when none fits."""
    return next((f for f in FOREIGN_FORMATS if f.looks_like(data)), None)
