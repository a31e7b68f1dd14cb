"""Sample diaries: realistic, seeded, and only ever written into an empty diary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from rls_diary.domain.demo import SCENARIOS, DemoDiary, generate
from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.storage import nights as night_repo
from rls_diary.storage import records

DEMO_SUFFIX = "-demo"


class DiaryNotEmpty(ValueError):
    """``demo`` refuses a diary that already has nights (they are never mixed with samples)."""


def demo_data_dir(data_dir: Path) -> Path:
    """The sample diary's own folder, beside the real one and never the same."""
    return data_dir.with_name(data_dir.name + DEMO_SUFFIX)


def create_demo(
    diary: Diary,
    nights: int = 90,
    seed: int = 1,
    scenario: str = "typical",
    end: dt.date | None = None,
) -> int:
    """Fill an empty diary with ``nights`` sample nights ending ``end`` (yesterday's
    morning by default); returns the number of nights written."""
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r} (known: {', '.join(SCENARIOS)})")
    if nights < 1:
        raise ValueError("--nights must be at least 1")
    if diary.night_count():
        raise DiaryNotEmpty(
            f"the diary in {diary.data_dir} already has {diary.night_count()} nights; "
            "sample data goes only into an empty diary (use another --data-dir)"
        )
    last = end or dt.date.today()
    sample = generate(nights, seed, last, diary.default_zone, scenario)
    write_sample(diary, sample)
    return len(sample.nights)


def write_sample(diary: Diary, sample: DemoDiary, nights: Sequence[Night] | None = None) -> None:
    """Store ``sample`` (its nights, or only ``nights`` of them) with its medications, labs
    and IRLS totals, in one transaction."""
    with diary.transaction() as conn:
        night_repo.put_many(conn, list(sample.nights if nights is None else nights))
        for medication in sample.medications:
            records.MEDICATIONS.insert(conn, medication)
        for lab in sample.labs:
            records.LABS.insert(conn, lab)
        for assessment in sample.assessments:
            records.ASSESSMENTS.insert(conn, assessment)
