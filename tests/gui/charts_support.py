"""Helpers of the Charts tab tests: filling a diary and opening the tab on it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Sequence
from pathlib import Path

from rls_diary.domain.night import Night
from rls_diary.domain.records import Condition, Lab, Medication
from rls_diary.services.diary import Diary
from rls_diary.storage import nights as night_repo
from rls_diary.storage import records

ZONE = "Europe/Berlin"
WAIT_MS = 60_000


def fill(
    diary: Diary,
    nights: Iterable[Night],
    medications: Sequence[Medication] = (),
    labs: Sequence[Lab] = (),
    conditions: Sequence[Condition] = (),
) -> None:
    with diary.transaction() as conn:
        night_repo.put_many(conn, list(nights))
        for medication in medications:
            records.MEDICATIONS.insert(conn, medication)
        for lab in labs:
            records.LABS.insert(conn, lab)
        for condition in conditions:
            records.CONDITIONS.insert(conn, condition)


def random_nights(
    seed: int, count: int, first: dt.date, gap_share: float = 0.15, blank_share: float = 0.1
) -> list[Night]:
    """Integer scales (many ties), calendar gaps and blank fields, loosely related."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        if 0 < index < count - 1 and rng.random() < gap_share:
            continue

        def maybe(value: int) -> int | None:
            return None if rng.random() < blank_share else value

        severity = rng.randint(0, 10)
        out.append(
            Night(
                first + dt.timedelta(days=index),
                timezone=ZONE,
                rls_severity=maybe(severity),
                sleep_quality=maybe(max(1, min(5, 5 - severity // 3 + rng.randint(-1, 1)))),
                caffeine_drinks=maybe(rng.randint(0, 4)),
                alcohol_drinks=maybe(rng.choice((0, 0, 0, 1, 2))),
                exercise_min=maybe(rng.choice((0, 0, 20, 45, 90))),
                daytime_sleepiness=maybe(rng.randint(0, 4)),
                low_mood=maybe(rng.randint(0, 4)),
                anxiety=maybe(rng.randint(0, 4)),
                concentration_problems=maybe(rng.randint(0, 4)),
            )
        )
    return out


def open_tab(qtbot, diary: Diary, **kwargs):  # type: ignore[no-untyped-def]
    """A shown ChartsTab on ``diary`` whose plots and statistics are in."""
    from rls_diary.ui.charts.tab import ChartsTab

    tab = ChartsTab(diary, **kwargs)
    qtbot.addWidget(tab, before_close_func=lambda widget: widget.shutdown())
    tab.resize(1200, 800)
    tab.show()
    wait_idle(qtbot, tab)
    return tab


def wait_idle(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.idle and tab.data is not None, timeout=WAIT_MS)


class FakeChooser:
    """Stands in for the save dialog: answers with ``path`` and remembers the question."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[tuple[str, str]] = []

    def save_chart_file(self, parent: object, kind: str, suggested: str) -> Path | None:
        self.asked.append((kind, suggested))
        return self.path
