"""Sample diaries: realistic, seeded, and only ever written into an empty diary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rls_diary.domain.demo import SCENARIOS, generate
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
    with diary.transaction() as conn:
        night_repo.put_many(conn, sample.nights)
        for medication in sample.medications:
            records.MEDICATIONS.insert(conn, medication)
        for lab in sample.labs:
            records.LABS.insert(conn, lab)
        for assessment in sample.assessments:
            records.ASSESSMENTS.insert(conn, assessment)
    return len(sample.nights)
