"""Treatment episodes, derived from medication courses and never stored (DESIGN §3).

A dose change ends one course and starts the next. Courses of the same drug (names compared
case-insensitively, surrounding spaces ignored) that follow each other with a gap of at most
7 days form one **episode**; the dose changes stay visible inside it. An ``iron_iv`` course is
a one-day course: the infusion day, whatever its stop says.

Course days and diary nights: an entry is keyed by its morning date D and describes the
evening of D − 1 and the night to D. A course taken on the days ``start`` … ``stop`` therefore
covers the entries ``start + 1`` … ``stop + 1``: the first night on a course begun on day S is
the entry S + 1, and the entry S (its evening was S − 1) is still a night before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from rls_diary.domain.records import Medication

MAX_GAP_DAYS: Final = 7  # days without the drug between two courses of one episode
ONE_DAY: Final = dt.timedelta(days=1)
DOPAMINERGIC: Final = ("dopamine_agonist", "levodopa")


def drug_key(name: str) -> str:
    """The name two courses must share to be the same drug (case and outer spaces ignored)."""
    return name.strip().casefold()


def course_stop(course: Medication) -> dt.date | None:
    """The last day of ``course`` (``None`` while it is ongoing); an IV infusion lasts one day."""
    if course.drug_class == "iron_iv":
        return course.start
    return course.stop


@dataclass(frozen=True, slots=True)
class DoseChange:
    """The step from one course of an episode to the next, on the new course's first day."""

    date: dt.date
    before: float | None
    after: float | None
    unit: str | None

    @property
    def is_increase(self) -> bool:
        """Both doses known and the new one higher (a unit change is never compared)."""
        return self.before is not None and self.after is not None and self.after > self.before


@dataclass(frozen=True, slots=True)
class Episode:
    """Consecutive courses of one drug: from the first course's start to the last one's stop."""

    name: str  # as written in the first course
    drug_class: str  # of the latest course
    courses: tuple[Medication, ...]  # by start date
    start: dt.date
    stop: dt.date | None  # the last day on the drug; None while it is ongoing

    @property
    def first_night(self) -> dt.date:
        """The first entry on the drug: the night after the first day's evening."""
        return self.start + ONE_DAY

    @property
    def last_night(self) -> dt.date | None:
        """The last entry on the drug (``None`` while ongoing)."""
        return None if self.stop is None else self.stop + ONE_DAY

    @property
    def is_dopaminergic(self) -> bool:
        return self.drug_class in DOPAMINERGIC

    def covers_night(self, night: dt.date) -> bool:
        """Whether the evening before entry ``night`` was a day on the drug."""
        last = self.last_night
        return self.first_night <= night and (last is None or night <= last)

    def covers_day(self, day: dt.date) -> bool:
        """Whether ``day`` is a day on the drug (from the start to the stop, both included)."""
        return self.start <= day and (self.stop is None or day <= self.stop)

    def overlaps_nights(self, first: dt.date, last: dt.date) -> bool:
        """Whether any entry from ``first`` to ``last`` (inclusive) is covered."""
        end = self.last_night
        return self.first_night <= last and (end is None or end >= first)

    def dose_changes(self) -> list[DoseChange]:
        """Every step from one course to the next whose dose differs (in start order)."""
        changes = []
        for before, after in zip(self.courses, self.courses[1:], strict=False):
            same_unit = _unit(before.unit) == _unit(after.unit)
            if before.dose != after.dose and same_unit:
                changes.append(DoseChange(after.start, before.dose, after.dose, after.unit))
        return changes

    def dose_increases(self) -> list[DoseChange]:
        return [change for change in self.dose_changes() if change.is_increase]


def _unit(unit: str | None) -> str | None:
    return None if unit is None else unit.strip().casefold()


def episodes(courses: Iterable[Medication]) -> list[Episode]:
    """The treatment episodes of ``courses``, ordered by start date (then by name).

    Courses of one drug are joined when the next one starts at most ``MAX_GAP_DAYS`` days
    after the last day of the ones before it (overlapping courses always join); an ongoing
    course keeps its episode open.
    """
    by_drug: dict[str, list[Medication]] = {}
    for course in courses:
        by_drug.setdefault(drug_key(course.name), []).append(course)
    found: list[Episode] = []
    for group in by_drug.values():
        group.sort(key=lambda c: (c.start, course_stop(c) or dt.date.max))
        current: list[Medication] = []
        stop: dt.date | None = None
        for course in group:
            joins = bool(current) and (
                stop is None or (course.start - stop).days - 1 <= MAX_GAP_DAYS
            )
            if current and not joins:
                found.append(_episode(current, stop))
                current = []
            stop = _later_stop(stop, course_stop(course)) if current else course_stop(course)
            current.append(course)
        found.append(_episode(current, stop))
    found.sort(key=lambda e: (e.start, drug_key(e.name)))
    return found


def _later_stop(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    """The later of two stops, ``None`` (ongoing) being the latest of all."""
    if a is None or b is None:
        return None
    return max(a, b)


def _episode(courses: list[Medication], stop: dt.date | None) -> Episode:
    return Episode(
        name=courses[0].name.strip(),
        drug_class=courses[-1].drug_class,
        courses=tuple(courses),
        start=courses[0].start,
        stop=stop,
    )
